// An RSA key that works but is shorter than the site recommends (IPSL: 4096 bits).
import { RANK } from '../ranks.js';
import { rsaWithBits } from '../rsa-size.js';
import type { Rule } from '../rule.js';

export const ssh308: Rule = {
  id: 'SSH308',
  category: 'auth_failed',
  severity: 'warning',
  rank: RANK.policy + 1,
  match(ctx) {
    const k = rsaWithBits(ctx);
    const { minBits, recommendedBits } = ctx.profile.keyPolicy;
    if (!k?.bits || k.bits < minBits || k.bits >= recommendedBits) return undefined;
    return { evidence: k.evidence, params: { bits: k.bits, recommendedBits } };
  },
};
