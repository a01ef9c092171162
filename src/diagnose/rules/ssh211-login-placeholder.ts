// The help page's placeholder (`replace_by_your_login`) was typed instead of the real login.
import { ev, eventsOf } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

const PLACEHOLDER = /^(?:replace_by_your_login|your_?login|<[^>]*>|login|username)$/i;

export const ssh211: Rule = {
  id: 'SSH211',
  category: 'auth_failed',
  severity: 'error',
  rank: RANK.keyRefused - 5,
  match(ctx) {
    const c = ctx.report.connection;
    const user = c.authTarget?.user ?? c.permissionDenied?.user ?? null;
    if (user === null || !PLACEHOLDER.test(user)) return undefined;
    const lines = eventsOf(ctx, 'auth-target', 'permission-denied').map(ev);
    return {
      evidence: lines.slice(0, 2),
      params: { user, host: c.authTarget?.host ?? c.permissionDenied?.host ?? '?' },
    };
  },
};
