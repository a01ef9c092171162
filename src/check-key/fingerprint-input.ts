// Recognises a fingerprint given instead of a key (`SHA256:...`, MD5 hex pairs, `ssh-keygen -l` or PuTTYgen
// output, a randomart box): users copy what ssh-keygen printed last, which is not the key.
import { type Problem, problem } from './problems.js';

const SHA256 = /\bSHA256:[A-Za-z0-9+/]{43}(?![A-Za-z0-9+/])/;
const MD5 = /(?:\bMD5:)?\b[0-9a-f]{2}(?::[0-9a-f]{2}){15}\b/i;
const RANDOMART = /^\+-{1,4}\[[A-Z0-9 -]+\]-+\+$/m;

/** The problem when `text` shows a fingerprint (or randomart) and no key; null otherwise. */
export function fingerprintProblem(text: string): Problem | null {
  const kind = SHA256.test(text)
    ? 'SHA256'
    : MD5.test(text)
      ? 'MD5'
      : RANDOMART.test(text)
        ? 'randomart picture'
        : null;
  if (!kind) return null;
  return problem(
    'fingerprint-not-key',
    `${kind} fingerprint found`,
    'send the content of the .pub file instead: `cat ~/.ssh/id_rsa.pub` (or PuTTYgen/MobaXterm: the "Public key for pasting" box)',
  );
}
