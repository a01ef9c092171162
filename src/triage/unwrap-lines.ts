// Kept for callers that want the unwrapped text itself: the work is the paste reader's (src/parse/paste).

import { stripQuote } from '../parse/paste/quoting.js';
import { joinWrapped } from '../parse/paste/wrapped-lines.js';

/** Rejoins wrapped lines of a pasted text (quotes and CRs removed); returns it unchanged when it does not look wrapped. */
export function unwrapLines(text: string): string {
  const lines = text.split('\n').map((l) => stripQuote(l.endsWith('\r') ? l.replace(/\r+$/, '') : l));
  const out = joinWrapped(lines);
  return out === lines ? text : out.join('\n');
}
