// Finds an OpenSSH one-line public key in a paste however it was mangled: broken over lines, spaces in the
// base64, options or a label before it, type word missing or glued. The blob's own length decides where it ends.

import { measureBlob } from './blob-extent.js';
import { blobMissing, describeIncomplete } from './blob-messages.js';
import { classifyPrefix } from './key-prefix.js';
import {
  BASE64_TOKEN,
  brokenBetween,
  type Token,
  TYPE_WORD,
  tokenize,
  unwrapFixedWidth,
} from './paste-tokens.js';
import { type Problem, problem } from './problems.js';

/** A public key read from a line: exact blob bytes, the type word written before it, its comment. */
export interface FoundKey {
  blob: Buffer;
  declaredType: string | null;
  comment: string | null;
}

export type LineScan =
  | { kind: 'found'; key: FoundKey; problems: Problem[] }
  | { kind: 'failed'; problems: Problem[] }
  | { kind: 'none' };

/** Key types whose word alone (without data) means "a key was meant here". */
export const KNOWN_TYPE =
  /^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d+|sk-[a-z0-9-]+@openssh\.com)(?:-cert-v01@openssh\.com)?$/;

interface BlobRead {
  state: ReturnType<typeof measureBlob>['state'];
  /** Index of the first token after the blob. */
  next: number;
  blob: Buffer | null;
  problems: Problem[];
}

/** Joins base64 tokens from `i` until the blob is complete, cut, or damaged. */
function readBlob(tokens: Token[], i: number): BlobRead {
  const problems: Problem[] = [];
  let b64 = '';
  let j = i;
  let extent: ReturnType<typeof measureBlob> = { state: 'incomplete' };
  for (; j < tokens.length; ) {
    const t = tokens[j] as Token;
    if (!BASE64_TOKEN.test(t.text)) break;
    const prev = tokens[j - 1];
    if (j > i && prev) problems.push(problem(brokenBetween(prev, t) ? 'line-breaks' : 'spaces-in-base64'));
    b64 += t.text;
    j++;
    extent = measureBlob(Buffer.from(b64, 'base64'));
    if (extent.state !== 'incomplete' || t.text.endsWith('=')) break;
  }
  if (extent.state !== 'complete') return { state: extent.state, next: j, blob: null, problems };
  const decoded = Buffer.from(b64, 'base64');
  const blob = decoded.subarray(0, extent.length);
  if (decoded.length > extent.length) {
    // the key's end is inside a token pasted from another line: characters are missing and other data (maybe
    // private lines) filled the gap; never "repair" that into a key
    const lastTok = tokens[j - 1];
    const prevTok = tokens[j - 2];
    if (j - 1 > i && lastTok && prevTok && brokenBetween(prevTok, lastTok)) {
      return { state: 'invalid', next: j, blob: null, problems };
    }
    problems.push(problem('trailing-data'));
  } else if (b64 !== blob.toString('base64')) problems.push(problem('base64-padding'));
  return { state: 'complete', next: j, blob, problems };
}

/** Problems caused by what precedes the key: other lines, then the same line's prefix. */
function prefixProblems(text: string, prefixEnd: number): Problem[] {
  const lineStart = text.lastIndexOf('\n', prefixEnd - 1) + 1;
  const out: Problem[] = [];
  if (text.slice(0, lineStart).trim() !== '') out.push(problem('extra-text', 'removed from before the key'));
  const same = classifyPrefix(text.slice(lineStart, prefixEnd));
  if (same) out.push(same);
  return out;
}

/**
 * A comment is never a long base64 run: after a key, that is more key data (maybe private lines of a .ppk
 * pasted without its headers), which must not be echoed. A comment alone on the next line must look like one.
 */
const DATA_RUN = /[A-Za-z0-9+/]{16,}/;
const COMMENT_LIKE = /[@._-]/;

/** Comment tokens: the rest of the blob's last line, or a lone last line just after it. */
function readComment(
  tokens: Token[],
  k: number,
  last: Token,
): { comment: string | null; next: number; broken: boolean } {
  let j = k;
  while (j < tokens.length && tokens[j]?.line === last.line && !DATA_RUN.test(tokens[j]?.text ?? '')) j++;
  let words = tokens.slice(k, j).map((t) => t.text);
  if (j < tokens.length && tokens[j]?.line === last.line) words = []; // data follows on the line: no comment
  let broken = false;
  const lone = tokens[j];
  if (
    words.length === 0 &&
    lone &&
    j === tokens.length - 1 &&
    lone.line !== last.line &&
    COMMENT_LIKE.test(lone.text) &&
    !DATA_RUN.test(lone.text) &&
    !KNOWN_TYPE.test(lone.text)
  ) {
    words = [lone.text];
    j++;
    broken = true;
  }
  const digits = tokens[j];
  const cut = /^[a-z0-9]+-key-(\d{1,7})$/.exec(words.at(-1) ?? '');
  if (
    cut &&
    digits &&
    j === tokens.length - 1 &&
    new RegExp(`^\\d{${8 - (cut[1]?.length ?? 0)}}$`).test(digits.text)
  ) {
    words[words.length - 1] += digits.text; // PuTTYgen's rsa-key-YYYYMMDD cut by a wrap
    j++;
    broken = true;
  }
  return { comment: words.length > 0 ? words.join(' ') : null, next: words.length > 0 ? j : k, broken };
}

function finish(text: string, tokens: Token[], i: number, read: BlobRead): LineScan {
  const start = tokens[i] as Token;
  const before = tokens[i - 1];
  const typeTok = before && TYPE_WORD.test(before.text) ? before : undefined;
  const problems = prefixProblems(text, typeTok ? typeTok.start : start.start);
  if (read.state === 'incomplete')
    return { kind: 'failed', problems: [describeIncomplete(tokens, read.next)] };
  if (read.state !== 'complete' || !read.blob) return { kind: 'failed', problems: [blobMissing(read.state)] };
  if (typeTok?.glued) problems.push(problem('missing-space'));
  if (typeTok && brokenBetween(typeTok, start)) problems.push(problem('line-breaks'));
  problems.push(...read.problems);
  const last = tokens[read.next - 1] as Token;
  const { comment, next, broken } = readComment(tokens, read.next, last);
  if (broken) problems.push(problem('line-breaks'));
  const rest = tokens[next];
  if (rest) {
    const more = scanPublicLine(text.slice(rest.start));
    if (more.kind === 'found') {
      problems.push(more.key.blob.equals(read.blob) ? problem('repeated-key') : problem('multiple-keys'));
    } else {
      problems.push(problem('extra-text', 'removed from after the key'));
    }
  }
  return { kind: 'found', key: { blob: read.blob, declaredType: typeTok?.text ?? null, comment }, problems };
}

/** Reads the first public key line in `text` (already cleaned); `none` when nothing looks like one. */
export function scanPublicLine(text: string): LineScan {
  const unwrapped = unwrapFixedWidth(text);
  if (unwrapped !== null) {
    const scan = scanLine(unwrapped);
    const joinedData = scan.kind === 'found' && scan.problems.some((p) => p.code === 'trailing-data');
    if (scan.kind === 'found' && !joinedData)
      return { ...scan, problems: [problem('line-breaks'), ...scan.problems] };
  }
  return scanLine(text);
}

function scanLine(text: string): LineScan {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.text.startsWith('AAAA') || !BASE64_TOKEN.test(t.text)) continue;
    const read = readBlob(tokens, i);
    if (read.state === 'invalid' && read.next === i + 1) continue;
    return finish(text, tokens, i, read);
  }
  const typeAt = tokens.findIndex((t) => KNOWN_TYPE.test(t.text));
  if (typeAt < 0) return { kind: 'none' };
  const after = tokens[typeAt + 1];
  if (after && BASE64_TOKEN.test(after.text) && after.text.length >= 16) {
    return {
      kind: 'failed',
      problems: [problem('corrupt-key', 'the key data does not start with AAAA: its beginning is missing')],
    };
  }
  return {
    kind: 'failed',
    problems: [problem('truncated', 'only the type word is there, the key data is missing')],
  };
}
