// The site requires a passphrase on private keys; an unencrypted key is a stolen-laptop risk.
import type { EvidenceLine } from '../../report/schema.js';
import { privateKeys } from '../local-keys.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

const UNENCRYPTED_V1 = /^b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ/;

/** The `head -2 ~/.ssh/id_rsa` lines, when they show an unencrypted key. */
function fromHeader(lines: EvidenceLine[]): EvidenceLine[] {
  const texts = lines.map((l) => l.text.trim());
  const [first, second] = texts;
  if (first === undefined) return [];
  if (/^\[private key removed: .*not encrypted/.test(first)) return lines.slice(0, 1);
  if (/^-----BEGIN OPENSSH PRIVATE KEY-----$/.test(first) && second && UNENCRYPTED_V1.test(second))
    return lines.slice(0, 2);
  if (
    /^-----BEGIN (?:RSA |EC |DSA )?PRIVATE KEY-----$/.test(first) &&
    second &&
    /^[A-Za-z0-9+/]{40,}/.test(second)
  )
    return lines.slice(0, 1);
  if (/^PuTTY-User-Key-File-\d+:/.test(first) && /^Encryption: none$/.test(second ?? ''))
    return lines.slice(0, 2);
  return [];
}

export const ssh309: Rule = {
  id: 'SSH309',
  category: 'passphrase_problem',
  severity: 'warning',
  rank: RANK.policy + 2,
  match(ctx) {
    if (!ctx.profile.keyPolicy.requirePassphrase) return undefined;
    const key = privateKeys(ctx).find((k) => k.file?.encrypted === false);
    if (key) return { evidence: key.evidence, params: { path: key.path } };
    const header = fromHeader(ctx.lines('private-key-header'));
    if (header.length === 0) return undefined;
    return { evidence: header, params: { path: '~/.ssh/id_rsa' } };
  },
};
