// TCP connected but the server never spoke SSH in time (banner exchange) or stopped answering (packet timeout).
import { ev, eventsOf, targetHost } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh004: Rule = {
  id: 'SSH004',
  category: 'timeout',
  severity: 'error',
  rank: RANK.network + 1,
  match(ctx) {
    const lines = eventsOf(ctx, 'banner-timeout', 'packet-timeout');
    if (lines.length === 0) return undefined;
    const connected = eventsOf(ctx, 'connection-established').slice(-1);
    return { evidence: [...connected, ...lines.slice(0, 2)].map(ev), params: { host: targetHost(ctx) } };
  },
};
