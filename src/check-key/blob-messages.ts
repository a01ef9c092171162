// The words for a key whose data could not be read to its end, kept apart so the reader stays about parsing.
import type { Token } from './paste-tokens.js';
import { type Problem, problem } from './problems.js';

/** How to copy a whole key again, from the tools the site's users have (see the IPSL key page). */
export const COPY_AGAIN_HINT =
  "copy the whole key again: on Linux/macOS `cat ~/.ssh/id_rsa.pub`; in PuTTYgen/MobaXterm click in the box 'Public key for pasting into OpenSSH authorized_keys file', then Ctrl+A, Ctrl+C (the key ends with its comment rsa-key-YYYYMMDD)";

/** A blob that stopped before its end: cut at the end, or missing characters inside (text follows it). */
export function describeIncomplete(tokens: readonly Token[], next: number): Problem {
  const detail =
    next < tokens.length
      ? 'characters are missing inside the key data'
      : 'the end of the key data is missing';
  return problem('truncated', detail, COPY_AGAIN_HINT);
}

/** A blob that is not readable at all. */
export function blobMissing(state: 'invalid' | 'unknown-type' | 'complete' | 'incomplete'): Problem {
  if (state === 'unknown-type') return problem('not-a-key', 'unsupported key type');
  return problem('corrupt-key', undefined, COPY_AGAIN_HINT);
}
