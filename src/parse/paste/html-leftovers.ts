// Text copied from a web page or an HTML mail keeps `<br>`, `&nbsp;`, `&gt;` and non-breaking spaces.

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  gt: '>',
  lt: '<',
  amp: '&',
  quot: '"',
  apos: "'",
  '#39': "'",
  '#34': '"',
  '#x27': "'",
  '#160': ' ',
  '#xa0': ' ',
};
const ENTITY = /&(nbsp|gt|lt|amp|quot|apos|#39|#34|#x27|#160|#xa0);/gi;
const BREAK = /<br\s*\/?>/i;
/** Tags a web page or mail wraps around pasted output; never a part of an ssh message. */
const TAGS = /<\/?(?:p|div|span|pre|code|tt|b|strong|i|em|font|td|tr|li)(?:\s[^<>]{0,200})?>/gi;
const SPACES = /[\u00a0\u2007\u202f]/g;
const MAY_HOLD = /[&<\u00a0\u2007\u202f]/;

/** One level of entities (a page copied twice shows `&amp;nbsp;`: decoded twice). */
const decode = (text: string) =>
  text.includes('&')
    ? text.replace(ENTITY, (_all, name: string) => ENTITIES[name.toLowerCase()] ?? '')
    : text;

/** Splits a physical line at `<br>` and decodes entities, tags and odd spaces; the text itself when it holds none. */
export function cleanHtml(text: string): string[] {
  if (!MAY_HOLD.test(text)) return [text];
  const parts = BREAK.test(text) ? text.split(/<br\s*\/?>/gi) : [text];
  // `line<br>` ends the line: no empty line after it.
  if (parts.length > 1 && parts[parts.length - 1]?.trim() === '') parts.pop();
  return parts.map((p) => decode(decode(p.replace(TAGS, ''))).replace(SPACES, ' '));
}
