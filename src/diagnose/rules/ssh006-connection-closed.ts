// The server (or something in front of it) closed or reset the connection before login completed.
import { ev, eventsOf, failed, targetHost } from '../facts.js';
import { CLOSE_KINDS } from '../proxy.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh006: Rule = {
  id: 'SSH006',
  category: 'connection_closed',
  severity: 'error',
  rank: RANK.closed,
  match(ctx) {
    const c = ctx.report.connection;
    if (!failed(ctx) || c.permissionDenied !== null) return undefined;
    const closes = eventsOf(ctx, ...CLOSE_KINDS);
    const last = closes.at(-1);
    if (!last) return undefined;
    const early = eventsOf(ctx, 'exchange-identification-closed', 'exchange-identification-reset').length > 0;
    const remote = eventsOf(ctx, 'remote-version').slice(-1);
    return {
      evidence: [...remote.map(ev), ...closes.slice(-2).map(ev)],
      params: { host: targetHost(ctx), phase: early ? 'before-banner' : 'during-login' },
    };
  },
};
