// Another SSH client or library (PuTTY, dropbear, Go, paramiko, JSch, ssh2) says the server refused the login.
import { ev, eventsOf, failed, targetLogin } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh216: Rule = {
  id: 'SSH216',
  category: 'auth_failed',
  severity: 'error',
  rank: RANK.denied + 1,
  match(ctx) {
    if (!failed(ctx) || ctx.report.connection.permissionDenied !== null) return undefined;
    const lines = eventsOf(ctx, 'foreign-auth-failed', 'foreign-key-refused');
    if (lines.length === 0) return undefined;
    return { evidence: lines.slice(0, 3).map(ev), params: { login: targetLogin(ctx) } };
  },
};
