// Permission denied and the log shows that no key at all reached the server (no identity file could be loaded).
import { usableAttempts, verboseAuth } from '../attempts.js';
import { denial, ev, eventsOf, failed } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh202: Rule = {
  id: 'SSH202',
  category: 'no_key_offered',
  severity: 'error',
  rank: RANK.noKey,
  match(ctx) {
    const c = ctx.report.connection;
    if (!failed(ctx) || c.permissionDenied === null || !verboseAuth(ctx)) return undefined;
    const keysAllowed = [...c.authMethodsCanContinue, c.permissionDenied.methods].some((l) =>
      l.includes('publickey'),
    );
    if (!keysAllowed || usableAttempts(ctx).length > 0 || c.authAttempts.some((a) => a.serverAccepted))
      return undefined;
    const missing = eventsOf(ctx, 'identity-file').filter(
      (e) => / type -1$/.test(e.text) && !/-cert type/.test(e.text),
    );
    const tried = eventsOf(ctx, 'trying-private-key', 'no-such-identity');
    return {
      evidence: [...missing.slice(0, 3), ...tried.slice(0, 3)].map(ev).concat(denial(ctx)),
      params: { login: ctx.report.target.login ?? c.permissionDenied.user ?? 'LOGIN' },
    };
  },
};
