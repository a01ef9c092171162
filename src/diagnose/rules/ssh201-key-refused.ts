// Keys were offered and the server refused each one: the registered public key is not this one (account side).
import { usableAttempts } from '../attempts.js';
import { attemptLine, denial, failed, targetHost, targetLogin, tildePath } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh201: Rule = {
  id: 'SSH201',
  category: 'auth_failed',
  severity: 'error',
  rank: RANK.keyRefused,
  match(ctx) {
    const c = ctx.report.connection;
    if (!failed(ctx) || c.permissionDenied === null || c.authAttempts.some((a) => a.serverAccepted))
      return undefined;
    const refused = usableAttempts(ctx).filter((a) => a.result === 'refused' || a.result === 'unknown');
    const first = refused[0];
    if (!first) return undefined;
    const file = first.source !== 'agent' && /[/\\]/.test(first.key);
    const pub = file ? `${tildePath(first.key)}.pub` : '~/.ssh/id_rsa.pub';
    return {
      evidence: [...refused.slice(0, 4).flatMap((a) => attemptLine(ctx, a)), ...denial(ctx)],
      params: {
        count: refused.length,
        key: file ? tildePath(first.key) : first.key,
        fingerprint: first.fingerprint ?? '?',
        pub,
        login: targetLogin(ctx),
        host: targetHost(ctx),
      },
    };
  },
};
