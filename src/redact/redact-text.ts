// First stage of the pipeline: removes private keys and secrets from raw text before anything else sees it,
// keeping every other byte (line endings included) as it was.
import { describeRemovedKey } from './describe-removed-key.js';
import { findKeyBlocks } from './find-key-blocks.js';
import { findSecretHits, MASK } from './secret-patterns.js';

/** How many things of one kind were removed (counts only, never content). */
export interface Redaction {
  kind: string;
  count: number;
}

/** Redacted text and what was removed. */
export interface RedactResult {
  text: string;
  redactions: Redaction[];
}

interface Edit {
  start: number;
  end: number;
  kind: string;
  replacement: string;
}

/** Blocks described in full (parsing, key derivation); past this, a flood of markers gets a plain placeholder. */
const DESCRIBED_BLOCKS = 200;

/** The line breaks (`\n` or `\r\n`, as written) inside text[start, end). */
function lineBreaks(text: string, start: number, end: number): string {
  return text.slice(start, end).match(/\r?\n/g)?.join('') ?? '';
}

/** Replaces every private key block by a one-line description (line count kept) and masks secrets with `***`. */
export function redactText(text: string): RedactResult {
  const edits: Edit[] = findKeyBlocks(text).map((b, i) => ({
    start: b.start,
    end: b.end,
    kind: 'private-key',
    // The removed lines stay as empty lines, so that line numbers quoted as evidence still point into the
    // original input (a pasted mail, a ticket).
    replacement:
      (i < DESCRIBED_BLOCKS
        ? describeRemovedKey(b.normalized, b.complete, b.headerless)
        : '[private key removed]') + lineBreaks(text, b.start, b.end),
  }));
  const keys = [...edits];
  let k = 0;
  for (const hit of findSecretHits(text)) {
    while (k < keys.length && (keys[k]?.end ?? 0) <= hit.start) k++;
    const key = keys[k];
    if (key && key.start < hit.end) continue; // inside a key block: removed with it
    edits.push({ ...hit, replacement: MASK });
  }
  edits.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  const counts = new Map<string, number>();
  let pos = 0;
  for (const e of edits) {
    parts.push(text.slice(pos, e.start), e.replacement);
    pos = e.end;
    counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  }
  parts.push(text.slice(pos));
  return {
    text: parts.join(''),
    redactions: [...counts].map(([kind, count]) => ({ kind, count })),
  };
}
