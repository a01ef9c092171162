// Mail clients hard-wrap pasted ssh logs at ~72 columns; the parsers read whole lines. Rejoin them, keeping
// every line at its original index (a joined continuation leaves a blank line) so evidence still quotes the mail.
// Pasted transcripts that were never wrapped also have only short lines: join only what cannot be a line of its own.

import { classifyLine } from '../legacy-classify.js';
import { knownLineKind } from '../ssh-verbose.js';

/** Clients wrap at 72 to 80 columns; a line this long with spaces in it means the text was not wrapped. */
const MAX_WRAPPED = 80;
const WRAP_AT = 72;
/** A wrapped line fills the width but for the next word; shorter ones only before a long token (path, key). */
const FULL_LINE = 60;
const LONG_TOKEN = 16;

/** How lines printed by ssh, git, the shell or the OS start: such a line is never the tail of the one before. */
const OWN_LINE =
  /^(?:(?:debug[1-3]|[Ff]atal|FATAL|[Ee]rror|ERROR|[Ww]arning|WARNING|ssh|scp|sftp|git|remote|hint|ssh-add|ssh-keygen|kex_exchange_identification|ssh_exchange_identification|ssh_dispatch_run_fatal|channel \d+): |OpenSSH_|Permission denied|Connection (?:closed|reset|refused|timed out|to |established)|Host key |Load key |Authenticated to |Received disconnect |Disconnected from |Unable to negotiate |Cloning into |@{3})/;
/** A capitalised word opening a sentence: after a complete known line, the start of a new line. */
const NEW_SENTENCE = /^[A-Z][a-z]+(?:[\s,.!:]|$)/;

function wasWrapped(lines: readonly string[]): boolean {
  return !lines.some((l) => l.length > MAX_WRAPPED && l.slice(0, MAX_WRAPPED).includes(' '));
}

/** What recognises a line: the ssh rule kind, else the one-liner line class; null when nothing knows it. */
function knownAs(text: string): string | null {
  const cls = classifyLine(text);
  if (cls === 'ssh') return knownLineKind(text);
  return cls === 'other' || cls === 'command' || cls === 'prompt' || cls === 'base64' ? null : cls;
}

/**
 * A continuation of `head` (the logical line so far, ending with the physical line `previous`): `next` is a line no
 * parser recognises and no program starts so, whose first word did not fit on the full previous line; a head some
 * rule already knows takes it only when the joined line is still that rule's (an open tail such as a key path).
 */
function continues(head: string, previous: string, next: string): boolean {
  // Cheapest tests first: most lines fail on length alone.
  if (previous.length > MAX_WRAPPED) return false;
  const space = next.indexOf(' ');
  const wordLength = space < 0 ? next.length : space;
  if (previous.length + 1 + wordLength <= WRAP_AT) return false;
  if (previous.length < FULL_LINE && wordLength < LONG_TOKEN) return false;
  if (previous.trim() === '' || next.trim() === '' || /^\s/.test(next)) return false;
  if (OWN_LINE.test(next) || classifyLine(next) !== 'other') return false;
  const known = knownAs(head);
  if (known === null) return true;
  return !NEW_SENTENCE.test(next) && knownAs(`${head} ${next}`) === known;
}

/**
 * Rejoins wrapped lines: the result has as many entries as `lines`; a continuation is appended to its head and
 * left blank. Returns `lines` itself when the text does not look wrapped.
 */
export function joinWrapped(lines: readonly string[]): readonly string[] {
  if (!wasWrapped(lines)) return lines;
  const out: string[] = [];
  let head = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const previous = lines[i - 1] ?? '';
    if (head >= 0 && continues(out[head] ?? '', previous, line)) {
      out[head] = `${out[head]} ${line}`;
      out.push('');
      continue;
    }
    head = i;
    out.push(line);
  }
  return out;
}
