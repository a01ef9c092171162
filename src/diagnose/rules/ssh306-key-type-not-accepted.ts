// The site accepts only some key types (IPSL: RSA). A key of another type is refused however well it is pasted.
import { failed, siteTarget } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';
import { userKeys } from '../user-keys.js';

export const ssh306: Rule = {
  id: 'SSH306',
  category: 'auth_failed',
  severity: 'warning',
  rank: RANK.policy,
  match(ctx) {
    const allowed = ctx.profile.keyPolicy.types.map((t) => t.toUpperCase());
    const keys = userKeys(ctx).filter((k) => !k.type.endsWith('-CERT'));
    if (keys.length === 0 || keys.some((k) => allowed.includes(k.type))) return undefined;
    const offered = keys.filter((k) => k.offered);
    const c = ctx.report.connection;
    const explains =
      failed(ctx) &&
      siteTarget(ctx) &&
      c.permissionDenied !== null &&
      offered.length > 0 &&
      !c.authAttempts.some((a) => a.serverAccepted);
    const shown = (offered.length > 0 ? offered : keys).slice(0, 2);
    const params = {
      type: shown[0]?.type ?? '?',
      allowed: allowed.join(', '),
      bits: ctx.profile.keyPolicy.recommendedBits,
    };
    const evidence = shown.flatMap((k) => k.evidence);
    return explains
      ? { evidence, params, severity: 'error', rank: RANK.policyExplains }
      : { evidence, params };
  },
};
