// An RSA key below the site's minimum (IPSL: 2048 bits) is rejected by the account form and the servers.
import { failed, siteTarget } from '../facts.js';
import { RANK } from '../ranks.js';
import { rsaRefused, rsaWithBits } from '../rsa-size.js';
import type { Rule } from '../rule.js';

export const ssh307: Rule = {
  id: 'SSH307',
  category: 'auth_failed',
  severity: 'error',
  rank: RANK.policy - 2,
  match(ctx) {
    const k = rsaWithBits(ctx);
    const { minBits, recommendedBits } = ctx.profile.keyPolicy;
    if (!k?.bits || k.bits >= minBits) return undefined;
    const params = { bits: k.bits, minBits, recommendedBits };
    const explains = failed(ctx) && siteTarget(ctx) && rsaRefused(ctx);
    return { evidence: k.evidence, params, ...(explains ? { rank: RANK.policyExplains } : {}) };
  },
};
