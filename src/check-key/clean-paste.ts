// Undoes what copy-paste does to a key before it is parsed: BOMs, zero-width and non-breaking spaces (web pages,
// Word, chats), CRLF, tabs, surrounding blanks, quotes and code fences. Each repair is reported as a problem.
import { type Problem, problem } from './problems.js';

/** The text with character-level damage undone, and what was undone. */
export interface CleanedPaste {
  text: string;
  problems: Problem[];
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\u00AD\uFEFF]/;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
const PAIRS: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ["'", "'"],
  ['`', '`'],
  ['\u201C', '\u201D'],
  ['\u2018', '\u2019'],
  ['\u00AB', '\u00BB'],
];
const QUOTE_CHARS = new Set(PAIRS.flat());
/** What a key text starts with once its quotes are gone. */
const KEY_START = /^(?:(?:ssh|ecdsa|sk)-|AAAA|-{4,5} ?BEGIN|PuTTY-)/;
const FENCE = /^```[A-Za-z0-9_-]*[ \t]*\n?([\s\S]*?)\n?```$/;

function countOf(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/** Removes one layer of quotes or a code fence; null when there is none. */
function unquoteOnce(text: string): string | null {
  const fence = FENCE.exec(text);
  if (fence) return fence[1] ?? '';
  for (const [open, close] of PAIRS) {
    if (text.length >= 2 && text.startsWith(open) && text.endsWith(close)) return text.slice(1, -1);
  }
  const first = text.charAt(0);
  if (QUOTE_CHARS.has(first) && KEY_START.test(text.slice(1)) && countOf(text, first) === 1)
    return text.slice(1);
  const last = text.charAt(text.length - 1);
  if (QUOTE_CHARS.has(last) && countOf(text, last) === 1 && KEY_START.test(text)) return text.slice(0, -1);
  return null;
}

/** Cleans a pasted or read key text; pure. */
export function cleanPaste(raw: string): CleanedPaste {
  const problems: Problem[] = [];
  let text = raw;
  if (text.startsWith('\uFEFF')) {
    problems.push(problem('byte-order-mark'));
    text = text.slice(1);
  }
  if (ZERO_WIDTH.test(text)) {
    problems.push(problem('invisible-characters'));
    text = text.replace(new RegExp(ZERO_WIDTH, 'g'), '');
  }
  if (ODD_SPACES.test(text)) {
    problems.push(problem('non-breaking-spaces'));
    text = text.replace(new RegExp(ODD_SPACES, 'g'), ' ');
  }
  if (text.includes('\r')) {
    problems.push(problem('carriage-returns'));
    text = text.replace(/\r\n?/g, '\n');
  }
  if (text.includes('\t')) {
    problems.push(problem('tabs'));
    text = text.replace(/\t/g, ' ');
  }
  const trimmed = text.trim();
  const lead = text.slice(0, text.length - text.trimStart().length);
  const trail = text.slice(text.trimEnd().length);
  if (trimmed !== '' && (lead !== '' || !/^\n?$/.test(trail)))
    problems.push(problem('surrounding-whitespace'));
  text = trimmed;
  let unquoted = false;
  for (let layer = 0; layer < 3; layer++) {
    const inner = unquoteOnce(text);
    if (inner === null) break;
    unquoted = true;
    text = inner.trim();
  }
  if (unquoted) problems.push(problem('surrounding-quotes'));
  return { text, problems };
}
