// An agent with many keys offers them all first; past the server's MaxAuthTries (6) it disconnects.
import { ev, eventsOf, targetHost } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

const MANY = 5;

export const ssh210: Rule = {
  id: 'SSH210',
  category: 'too_many_auth_failures',
  severity: 'warning',
  rank: RANK.policy + 10,
  match(ctx) {
    if (ctx.report.config?.identitiesOnly === true) return undefined;
    const listed = ctx.report.agent.identities.length;
    const fromLog = ctx.report.connection.agent.keys ?? 0;
    const count = Math.max(listed, fromLog);
    if (count < MANY) return undefined;
    const lines =
      listed >= MANY ? ctx.lines('ssh-add-l').slice(0, 1) : eventsOf(ctx, 'agent-keys').slice(0, 1).map(ev);
    return { evidence: lines, params: { count, host: targetHost(ctx) } };
  },
};
