// Another SSH client or library (PuTTY/plink, Go, paramiko, JSch, ssh2) cannot read the private key file's format.
import { ev, eventsOf, failed } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

const PUTTY = /^Unable to (?:use|load) (?:key file "(.+)"|this key file) \((.+)\)\.?$/;

export const ssh313: Rule = {
  id: 'SSH313',
  category: 'key_format',
  severity: 'error',
  rank: RANK.keyUse,
  match(ctx) {
    const lines = eventsOf(ctx, 'foreign-key-format');
    const first = lines[0];
    if (!first) return undefined;
    const m = PUTTY.exec(first.text);
    const openssh = /OpenSSH/i.test(m?.[2] ?? '');
    return {
      evidence: lines.slice(0, 2).map(ev),
      params: { path: m?.[1] ?? 'the key file', format: openssh ? 'openssh-for-putty' : 'other' },
      severity: failed(ctx) ? 'error' : 'warning',
    };
  },
};
