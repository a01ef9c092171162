// `ls -al ~/.ssh` shows key file names and modes; users paste it from GNU, BSD/macOS, busybox and French locales.
import type { LsEntry } from '../report/schema.js';
import { afterPrompt, splitInputLines } from './input-lines.js';

/** A parsed listing: entries, the `total` line, and whether ls said the directory is missing. */
export interface LsListing {
  entries: LsEntry[];
  total: number | null;
  /** false when ls said `No such file or directory`; null when it cannot tell. */
  exists: boolean | null;
  /** Octal mode of `.` (the listed directory itself). */
  mode: string | null;
  /** ls error lines, verbatim. */
  errors: string[];
}

const MODE = /^([-dlcbpsDn?])([-rwxsStTlL]{9})([.+@]?)\s+/;
const MONTH = String.raw`\p{L}{3,5}\.?`;
const TIME_OR_YEAR = String.raw`(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s+\d{4})?|\d{4})`;
// Date shapes: `Nov 26 00:41`, `Nov 26  2025`, `26 nov.  00:41` (fr), `2026-11-26 00:41[:35.123 +0100]`.
const DATE = new RegExp(
  String.raw`\s(\d+)\s+(?:${MONTH}\s+\d{1,2}\s+${TIME_OR_YEAR}|\d{1,2}\s+${MONTH}\s+${TIME_OR_YEAR}|\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s+[+-]\d{4})?)\s`,
  'u',
);
const MISSING = /No such file or directory|Aucun fichier ou dossier|not found/i;

function octalOf(perm: string): string | null {
  const bit = (c: string | undefined, on: string) => (c !== undefined && on.includes(c) ? 1 : 0);
  const digits = [0, 3, 6].map(
    (i) => 4 * bit(perm[i], 'r') + 2 * bit(perm[i + 1], 'w') + bit(perm[i + 2], 'xsStT'),
  );
  const special = 4 * bit(perm[2], 'sS') + 2 * bit(perm[5], 'sS') + bit(perm[8], 'tT');
  return /^[-rwxsStT]{9}$/.test(perm) ? `${special}${digits.join('')}` : null;
}

function kindOf(type: string): LsEntry['kind'] {
  if (type === '-') return 'file';
  if (type === 'd') return 'dir';
  if (type === 'l') return 'link';
  return 'other';
}

/** Parses one `ls -l` entry line, or returns null when the line is not one. */
export function parseLsLine(line: string): LsEntry | null {
  const mode = MODE.exec(line);
  if (!mode) return null;
  const rest = line.slice(mode[0].length);
  const date = DATE.exec(` ${rest}`);
  if (!date) return null;
  // Before the size: link count, owner, group (group may hold spaces on Windows: `Domain Users`).
  const head = ` ${rest}`.slice(0, date.index).trim().split(/\s+/);
  const owners = /^\d+$/.test(head[0] ?? '') ? head.slice(1) : head;
  let name = ` ${rest}`.slice(date.index + date[0].length);
  let target: string | null = null;
  const type = mode[1] ?? '?';
  const arrow = name.indexOf(' -> ');
  if (type === 'l' && arrow >= 0) {
    target = name.slice(arrow + 4);
    name = name.slice(0, arrow);
  }
  return {
    name,
    mode: `${type}${mode[2] ?? ''}${mode[3] ?? ''}`,
    octal: octalOf(mode[2] ?? ''),
    kind: kindOf(type),
    owner: owners[0] ?? null,
    group: owners.length > 1 ? owners.slice(1).join(' ') : null,
    size: Number(date[1]),
    target,
    line,
  };
}

/** Parses `ls -al` output (prompts, quoting and blank lines tolerated). */
export function parseLsAl(text: string): LsListing {
  const out: LsListing = { entries: [], total: null, exists: null, mode: null, errors: [] };
  for (const { text: raw } of splitInputLines(text)) {
    const line = (afterPrompt(raw) ?? raw).trim();
    const total = /^total\s+(\d+)/.exec(line);
    if (total) {
      out.total = Number(total[1]);
      out.exists = true;
      continue;
    }
    if (/^ls: /.test(line)) {
      out.errors.push(line);
      if (MISSING.test(line)) out.exists = false;
      continue;
    }
    const entry = parseLsLine(line);
    if (!entry) continue;
    out.entries.push(entry);
    out.exists = true;
    if (entry.name === '.') out.mode = entry.octal;
  }
  return out;
}
