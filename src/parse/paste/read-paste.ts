// The paste reader: turns text as people paste it (prefixed, quoted, escaped, in Markdown or HTML, wrapped, cut)
// into the OpenSSH client lines the parsers know, each with the 1-based number of the physical line it came from.
// Pure and linear: each physical line is cleaned on its own, with bounded work.
import type { InputLine } from '../input-lines.js';
import { classifyLine, type LineClass } from '../legacy-classify.js';
import { knownLineKind } from '../ssh-verbose.js';
import { findFragment, startsWithMessage } from './fragments.js';
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

/** JSON or YAML around a message (`{`, `},`, `"unreachable": true,`): structure, not text anybody wrote. */
const STRUCTURE = /^\s*(?:["{}[\],]+|"[\w.-]{1,40}"\s*:\s*(?:true|false|null|-?\d+(?:\.\d+)?|[{[])?,?)\s*$/;

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

/** One logical line read: its clean text, and what was cut around it when a known line was found inside. */
export interface ReadLine {
  text: string;
  known: boolean;
  /** Text removed before and after the known line (both empty when the line was known as is, or not at all). */
  cut: { before: string; after: string } | null;
}

function found(t0: string, t: string): ReadLine {
  const at = t0.indexOf(t);
  if (at < 0) return { text: t, known: true, cut: null };
  return { text: t, known: true, cut: { before: t0.slice(0, at), after: t0.slice(at + t.length) } };
}

/**
 * A line known with more prefixes still on (`> [12:00:01] > debug1: ...` is known by a rule that matches inside a
 * line): peeled further while it stays known, but never past the start of a message (`debug1: `, `ssh: `).
 */
function peelKnown(text: string): string {
  let best = text;
  let t = text;
  for (let i = 0; i < MAX_PEELS && !startsWithMessage(t); i++) {
    const next = peelOnce(t);
    if (next === null) break;
    t = next;
    if (isStrong(t)) best = t;
  }
  return best;
}

/** One logical line: as is when known, else with prefixes peeled until known, else the message inside it. */
export function readLine(raw: string): ReadLine {
  const t0 = stripQuote(raw);
  if (ELISION.test(t0) || STRUCTURE.test(t0)) return { text: '', known: false, cut: null };
  if (!WEAK.has(classifyLine(t0))) {
    const t = t0.trimStart();
    return t === t0 ? { text: t0, known: true, cut: null } : found(t0, t);
  }
  let t = t0;
  for (let i = 0; i < MAX_PEELS; i++) {
    const next = peelOnce(t);
    if (next === null) break;
    t = next;
    if (isStrong(t)) return found(t0, peelKnown(t).trimStart());
  }
  const fragment = findFragment(t0, isRuleLine);
  if (fragment !== null) return found(t0, fragment);
  return { text: t0, known: false, cut: null };
}

/** The logical lines of one physical line (several when it holds `<br>` or escaped line breaks). */
function logicalLines(physical: string): ReadLine[] {
  if (isFence(physical)) return [{ text: '', known: false, cut: null }];
  const out: ReadLine[] = [];
  for (const piece of cleanHtml(stripAnsi(physical))) {
    const parts = splitEscaped(piece, (p) => readLine(p).known) ?? [piece];
    for (const p of parts) if (out.length < MAX_LOGICAL_PER_LINE) out.push(readLine(p));
  }
  return out;
}

/**
 * A tool or a person that prefixes lines prefixes all of them, also the ones no parser knows (a fingerprint on its
 * own line, a motd, a final error ssh does not print itself). Learn the cut from the known lines (digits as 0: a
 * timestamp changes from line to line) and apply it to unknown lines that have the same shape.
 */
const digitsAsZero = (text: string) => text.replace(/\d/g, '0');
const MIN_SEEN = 2;

function learnCuts(read: readonly ReadLine[]): { before: string; after: string }[] {
  const seen = new Map<string, { before: string; after: string; n: number }>();
  for (const r of read) {
    if (!r.cut || (r.cut.before === '' && r.cut.after === '')) continue;
    const before = digitsAsZero(r.cut.before);
    const after = digitsAsZero(r.cut.after);
    const key = `${before}\u0000${after}`;
    const hit = seen.get(key) ?? { before, after, n: 0 };
    hit.n += 1;
    seen.set(key, hit);
  }
  return [...seen.values()]
    .filter((c) => c.n >= MIN_SEEN)
    .sort((a, b) => b.n - a.n)
    .slice(0, 3);
}

function applyCut(r: ReadLine, cuts: readonly { before: string; after: string }[]): ReadLine {
  if (r.cut !== null || r.text === '') return r;
  // A line some rule knows with the prefix still on (a rule that matches inside a line) loses the document's prefix.
  for (const c of r.known ? cuts.slice(0, 1) : cuts) {
    const t = r.text;
    if (t.length < c.before.length + c.after.length) continue;
    if (digitsAsZero(t.slice(0, c.before.length)) !== c.before) continue;
    if (digitsAsZero(t.slice(t.length - c.after.length)) !== c.after) continue;
    const inner = t.slice(c.before.length, t.length - c.after.length);
    return { ...r, text: inner };
  }
  return r;
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
  const read: ReadLine[] = [];
  physical.forEach((line, i) => {
    for (const r of logicalLines(line.length > MAX_PHYSICAL ? line.slice(0, MAX_PHYSICAL) : line)) {
      numbers.push(i + 1);
      read.push(r);
    }
  });
  const cuts = learnCuts(read);
  const joined = joinWrapped(read.map((r) => applyCut(r, cuts).text));
  return { lines: joined.map((t, i) => ({ line: numbers[i] ?? 1, text: t })), physical };
}
