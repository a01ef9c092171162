// Mail clients quote replies with `>` at any depth (`> > `, `>>`), some with `|`; people wrap a line in quotes.

const MAIL_QUOTE = /^(?:[ \t]{0,3}>[ \t]?)+/;
const ANY_QUOTE = /^(?:[ \t]{0,3}[>|][ \t]?)+/;
const PAIRS: Record<string, string> = { '"': '"', "'": "'", '`': '`', '“': '”', '‘': '’', '«': '»' };

/** Removes `>` mail quoting (`> `, `>> `, `> > `) from the start of a line. */
export function stripQuote(text: string): string {
  return text.replace(MAIL_QUOTE, '');
}

/** Removes `>` or `|` quoting; `|` only counts as quoting with text after it (a lone `|` is not a quote). */
export function stripAnyQuote(text: string): string | null {
  const m = ANY_QUOTE.exec(text);
  return m && m[0].length < text.length ? text.slice(m[0].length) : null;
}

/** `"line"`, `'line'`, `` `line` ``, `“line”`, also with a JSON array's trailing comma: the line inside, else null. */
export function unwrapQuotes(text: string): string | null {
  const t = text.trim().replace(/,$/, '');
  const close = PAIRS[t.charAt(0)];
  if (close === undefined || t.length < 3 || !t.endsWith(close)) return null;
  return t.slice(1, -1);
}
