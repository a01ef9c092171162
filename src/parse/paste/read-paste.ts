// The paste reader: turns text as people paste it (prefixed, quoted, escaped, in Markdown or HTML, wrapped, cut)
// into the OpenSSH client lines the parsers know, each with the 1-based number of the physical line it came from.
// Pure and linear: each physical line is cleaned on its own, with bounded work.
import type { InputLine } from '../input-lines.js';
import { classifyLine, type LineClass } from '../legacy-classify.js';
import { knownLineKind } from '../ssh-verbose.js';
import { findFragment } from './fragments.js';
import { cleanHtml } from './html-leftovers.js';
import { splitEscaped, stripAnsi } from './json-escapes.js';
import { dropBold, isFence, stripBullet, unwrapEmphasis } from './markdown.js';
import { peelPrefix } from './prefixes.js';
import { stripAnyQuote, stripQuote, unwrapQuotes } from './quoting.js';
import { joinWrapped } from './wrapped-lines.js';

/** The text read: logical lines (each with its physical line's number) and the physical lines, CRs removed. */
export interface PastedText {
  lines: InputLine[];
  physical: string[];
}

/** Work cap per physical line (a whole `-vvv` log escaped in one JSON string is ~100 kB). */
const MAX_PHYSICAL = 1 << 20;
const MAX_LOGICAL_PER_LINE = 10_000;
const MAX_PEELS = 8;
/** `...`, `[...]`, `[snip]`, `(truncated)`: where a person cut the log. */
const ELISION =
  /^\s*(?:\.{2,}|…|[[(<](?:\.{2,}|…|snip(?:ped)?|cut|truncated|[\w ]{0,20}(?:lines?|output) (?:removed|omitted|snipped))[\])>])\s*$/i;

/** Classes that say what a line is; a typed command or a prompt may still be a prefixed ssh line. */
const WEAK: ReadonlySet<LineClass> = new Set(['other', 'blank', 'base64', 'command', 'prompt']);
const isStrong = (text: string) => !WEAK.has(classifyLine(text));
const isRuleLine = (text: string) => knownLineKind(text) !== null;

/** One step of cleaning, or null when none applies; each returns a strictly shorter text. */
const PEELS: readonly ((text: string) => string | null)[] = [
  stripAnyQuote,
  unwrapQuotes,
  unwrapEmphasis,
  stripBullet,
  peelPrefix,
  dropBold,
];

function peelOnce(text: string): string | null {
  for (const peel of PEELS) {
    const next = peel(text);
    if (next !== null && next !== text) return next;
  }
  return null;
}

/** One logical line: as is when known, else with prefixes peeled until known, else the message inside it. */
export function readLine(raw: string): string {
  const t0 = stripQuote(raw);
  if (ELISION.test(t0)) return '';
  const cls = classifyLine(t0);
  if (!WEAK.has(cls)) return t0;
  let t = t0;
  for (let i = 0; i < MAX_PEELS; i++) {
    const next = peelOnce(t);
    if (next === null) break;
    t = next;
    if (isStrong(t)) return t;
  }
  const fragment = findFragment(t0, isRuleLine);
  if (fragment !== null) return fragment;
  return t0;
}

/** The logical lines of one physical line (several when it holds `<br>` or escaped line breaks). */
function logicalLines(physical: string): string[] {
  if (isFence(physical)) return [''];
  const out: string[] = [];
  for (const piece of cleanHtml(stripAnsi(physical))) {
    const parts = splitEscaped(piece, (p) => isStrong(readLine(p))) ?? [piece];
    for (const p of parts) if (out.length < MAX_LOGICAL_PER_LINE) out.push(readLine(p));
  }
  return out;
}

/** The lines of the input as a person sees them: split at `\n`, trailing CRs removed, no last empty line. */
export function physicalLines(text: string): string[] {
  const physical = text.split('\n');
  if (physical.length > 0 && physical[physical.length - 1] === '') physical.pop();
  for (let i = 0; i < physical.length; i++) physical[i] = (physical[i] ?? '').replace(/\r+$/, '');
  return physical;
}

/** Reads pasted text; line numbers are those of `text` split at `\n` (1-based). */
export function readPaste(text: string): PastedText {
  const physical = physicalLines(text);
  const numbers: number[] = [];
  const texts: string[] = [];
  physical.forEach((line, i) => {
    for (const t of logicalLines(line.length > MAX_PHYSICAL ? line.slice(0, MAX_PHYSICAL) : line)) {
      numbers.push(i + 1);
      texts.push(t);
    }
  });
  const joined = joinWrapped(texts);
  return { lines: joined.map((t, i) => ({ line: numbers[i] ?? 1, text: t })), physical };
}
