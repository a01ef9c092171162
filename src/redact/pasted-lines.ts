// How pasting and mail quoting mangle key text, in one place: line bounds with CR kept outside the content,
// quote/indent prefixes and JSON-ish suffixes stripped, and the test for "this line is (still) base64 body".

/** One line of the text: [start, end) excludes the `\n`; content is what is left after prefix/suffix stripping. */
export interface PastedLine {
  start: number;
  /** Index of the `\n` ending the line, or text.length. */
  end: number;
  contentStart: number;
  contentEnd: number;
}

const PREFIX = new Set([' ', '\t', '>', '|']);
const SUFFIX = new Set([' ', '\t', '\r', '"', "'", ',', ';']);

/** The line starting at `start` (which must be a line start). */
export function lineAt(text: string, start: number): PastedLine {
  const nl = text.indexOf('\n', start);
  const end = nl < 0 ? text.length : nl;
  let cs = start;
  while (cs < end && PREFIX.has(text.charAt(cs))) cs++;
  if (cs < end && (text[cs] === '"' || text[cs] === "'")) cs++;
  let ce = end;
  while (ce > cs && SUFFIX.has(text.charAt(ce - 1))) ce--;
  if (ce - cs >= 2 && text[ce - 2] === '\\' && text[ce - 1] === 'n') ce -= 2; // a JSON "...\n" line
  return { start, end, contentStart: cs, contentEnd: ce };
}

/** Content of a line, prefix and suffix removed. */
export function contentOf(text: string, line: PastedLine): string {
  return text.slice(line.contentStart, line.contentEnd);
}

const B64_TOKEN = /^[A-Za-z0-9+/=]+$/;

/**
 * Is this content base64 body? `strong`: long enough to be nothing else (a wrapped line, or wrapped lines joined
 * with spaces); `weak`: a short base64-only word, body only right after other body (the last, short line).
 */
export function bodyStrength(content: string): 'strong' | 'weak' | null {
  if (content.length === 0) return null;
  let longest = 0;
  let count = 0;
  for (const token of content.split(/[ \t]+/)) {
    if (token === '') continue;
    if (!B64_TOKEN.test(token)) return null;
    longest = Math.max(longest, token.length);
    count++;
  }
  if (longest >= 16) return 'strong';
  return count === 1 ? 'weak' : null;
}

/** Content of the next non-blank line after `line` (looking at most 3 lines ahead), or null at end of input. */
export function peekNextContent(text: string, line: PastedLine): string | null {
  let pos = line.end;
  for (let i = 0; i < 3 && pos < text.length; i++) {
    const next = lineAt(text, pos + 1);
    const content = contentOf(text, next);
    if (content !== '') return content;
    pos = next.end;
  }
  return pos >= text.length ? null : '';
}

/**
 * May a short base64-only word right after body be the body's last line? Yes if it has a character prose words
 * lack (digit, `+`, `/`, `=`) or if the block ends right after it; so `Regards` after a cut key stays.
 */
export function isLastBodyLine(text: string, line: PastedLine, endLine: RegExp): boolean {
  if (/[0-9+/=]/.test(contentOf(text, line))) return true;
  const next = peekNextContent(text, line);
  return next === null || endLine.test(next);
}
