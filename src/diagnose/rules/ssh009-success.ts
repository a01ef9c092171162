// The login worked: say so with the line that proves it, so nothing else is read as the cause.
import { ev, eventsOf } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh009: Rule = {
  id: 'SSH009',
  category: 'success',
  severity: 'info',
  rank: RANK.info,
  match(ctx) {
    if (ctx.report.connection.outcome !== 'success') return undefined;
    const e =
      eventsOf(ctx, 'authenticated', 'service-greeting').at(-1) ?? eventsOf(ctx, 'session-started').at(-1);
    return e ? { evidence: [ev(e)] } : { evidence: [] };
  },
};
