// `Permission denied (publickey)` with no verbose lines to say more: the key was not accepted (auth_failed).
import { verboseAuth } from '../attempts.js';
import { denial, failed, targetHost, targetLogin } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh212: Rule = {
  id: 'SSH212',
  category: 'auth_failed',
  severity: 'error',
  rank: RANK.denied,
  match(ctx) {
    const c = ctx.report.connection;
    if (!failed(ctx) || c.permissionDenied === null) return undefined;
    if (verboseAuth(ctx)) return undefined;
    return { evidence: denial(ctx), params: { login: targetLogin(ctx), host: targetHost(ctx) } };
  },
};
