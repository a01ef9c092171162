// A private key readable by group/others (seen in `ls -al` or the key inspection): ssh will refuse to use it.
import { eventsOf } from '../facts.js';
import { privateKeys } from '../local-keys.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

function tooOpen(mode: string | null): boolean {
  return mode !== null && /^0?[0-7]?[0-7]{3}$/.test(mode) && (Number.parseInt(mode, 8) & 0o077) !== 0;
}

export const ssh302: Rule = {
  id: 'SSH302',
  category: 'key_permissions',
  severity: 'warning',
  rank: RANK.policy - 1,
  match(ctx) {
    if (eventsOf(ctx, 'unprotected-key', 'key-permissions-too-open').length > 0) return undefined;
    const key = privateKeys(ctx).find((k) => tooOpen(k.mode) && !k.name.endsWith('.ppk'));
    if (!key) return undefined;
    return { evidence: key.evidence, params: { path: key.path, mode: key.mode ?? '?' } };
  },
};
