// Mail clients hard-wrap pasted ssh logs at ~72 columns; the parsers read whole lines. Rejoin them, keeping
// every line at its original number (a joined continuation leaves a blank line) so evidence still quotes the mail.

import { stripQuote } from '../parse/input-lines.js';
import { classifyLine } from '../parse/legacy-classify.js';

/** Clients wrap at 72 to 78 columns; a line this long with spaces in it means the text was not wrapped. */
const MAX_WRAPPED = 80;
const WRAP_AT = 72;

function wasWrapped(lines: readonly string[]): boolean {
  return !lines.some((l) => l.length > MAX_WRAPPED && l.slice(0, MAX_WRAPPED).includes(' '));
}

/** A continuation: a line no parser recognises, whose first word did not fit on the previous physical line. */
function continues(previous: string, next: string): boolean {
  if (previous.trim() === '' || next.trim() === '' || /^\s/.test(next)) return false;
  if (previous.length > MAX_WRAPPED) return false;
  const word = next.split(' ', 1)[0] ?? '';
  if (previous.length + 1 + word.length <= WRAP_AT) return false;
  return classifyLine(next) === 'other';
}

/** Rejoins wrapped lines of a pasted text; returns it unchanged when it does not look wrapped. */
export function unwrapLines(text: string): string {
  const lines = text.split('\n').map((l) => stripQuote(l.replace(/\r+$/, '')));
  if (!wasWrapped(lines)) return text;
  const out: string[] = [];
  let head = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const previous = lines[i - 1] ?? '';
    if (head >= 0 && continues(previous, line)) {
      out[head] = `${out[head]} ${line}`;
      out.push('');
      continue;
    }
    head = i;
    out.push(line);
  }
  return out.join('\n');
}
