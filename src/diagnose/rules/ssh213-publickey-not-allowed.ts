// The server does not offer `publickey` for this account (password only, or keys disabled): account/server side.
import { denial, ev, eventsOf, failed, targetLogin } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh213: Rule = {
  id: 'SSH213',
  category: 'auth_failed',
  severity: 'error',
  rank: RANK.denied - 1,
  match(ctx) {
    const c = ctx.report.connection;
    if (!failed(ctx) || c.permissionDenied === null) return undefined;
    const lists = [...c.authMethodsCanContinue, c.permissionDenied.methods];
    if (lists.some((l) => l.includes('publickey')) || c.authAttempts.length > 0) return undefined;
    const methods = eventsOf(ctx, 'auth-methods').slice(0, 1).map(ev);
    const retries = eventsOf(ctx, 'password-rejected').slice(0, 1).map(ev);
    return {
      evidence: [...methods, ...retries, ...denial(ctx)],
      params: { login: targetLogin(ctx), methods: c.permissionDenied.methods.join(',') || 'none' },
    };
  },
};
