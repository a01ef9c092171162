// The server accepted the public key, but only the `.pub` is on this machine: the private key stayed elsewhere.

import { acceptedLines, acceptedNotUsed } from '../accepted.js';
import { keyFileExists } from '../attempts.js';
import { failed, tildePath } from '../facts.js';
import { localKeys } from '../local-keys.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh214: Rule = {
  id: 'SSH214',
  category: 'no_key_offered',
  severity: 'error',
  rank: RANK.keyUse + 4,
  match(ctx) {
    if (!failed(ctx)) return undefined;
    for (const a of acceptedNotUsed(ctx)) {
      if (!/[/\\]/.test(a.key) || keyFileExists(ctx, a.key) !== false) continue;
      const pub = localKeys(ctx).find((k) => k.role === 'public' && a.key.endsWith(k.name.slice(0, -4)));
      if (!pub) continue;
      return { evidence: [...pub.evidence, ...acceptedLines(ctx, a)], params: { key: tildePath(a.key) } };
    }
    return undefined;
  },
};
