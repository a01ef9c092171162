// Splits a sysadmin's file of received keys into entries: one key per line, but an armoured block (RFC 4716,
// PEM, .ppk) is one entry, and a line that continues a key cut by a line break joins the entry before it.
import type { KeyPolicy } from '../profile/profile.js';
import { checkPublicKeyText } from './check-public-key.js';

/** One key's text and where it starts. */
export interface RawEntry {
  file: string;
  /** 1-based line of the entry's first line. */
  line: number;
  text: string;
}

const BLOCK_START = /^\s*(?:-{4,5} ?BEGIN\b|PuTTY-User-Key-File-)/;
const BLOCK_END = /^\s*(?:-{3,5} ?END\b|Private-(?:MAC|Hash):)/;
const KEY_START = /^\s*(?:[^\s]+\s+)?(?:ssh|ecdsa|sk)-[a-z0-9@.-]+\s/;
const CONTINUATION = /^\s*[A-Za-z0-9+/=][A-Za-z0-9+/=@._ -]*$/;

/** Is `entry` a one-line key cut short, that `next` may complete? */
function continues(entry: RawEntry, next: string, policy: KeyPolicy): boolean {
  if (KEY_START.test(next) || BLOCK_START.test(next) || !CONTINUATION.test(next)) return false;
  return checkPublicKeyText(entry.text, policy).problems.some((p) => p.code === 'truncated');
}

/** Entries of one file's text; blank lines and `#` comments are skipped. */
export function splitEntries(file: string, text: string, policy: KeyPolicy): RawEntry[] {
  if (text.includes('\u0000')) return [{ file, line: 1, text }];
  const lines = text.split('\n');
  const entries: RawEntry[] = [];
  let block: RawEntry | null = null;
  let previous: RawEntry | null = null;
  lines.forEach((line, i) => {
    if (block) {
      if (BLOCK_START.test(line) && !BLOCK_END.test(line)) {
        entries.push(block);
        block = null;
      } else {
        block.text += `\n${line}`;
        if (BLOCK_END.test(line)) {
          entries.push(block);
          block = null;
        }
        return;
      }
    }
    if (line.trim() === '' || line.trimStart().startsWith('#')) {
      previous = null;
      return;
    }
    if (BLOCK_START.test(line)) {
      block = { file, line: i + 1, text: line };
      previous = null;
      return;
    }
    if (previous && continues(previous, line, policy)) {
      previous.text += `\n${line}`;
      return;
    }
    previous = { file, line: i + 1, text: line };
    entries.push(previous);
  });
  if (block) entries.push(block);
  return entries;
}
