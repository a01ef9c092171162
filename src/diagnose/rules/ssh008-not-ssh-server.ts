// Something that is not an SSH-2 server answered on that port (web server, SSH-1 only, wrong port).
import { ev, eventsOf, targetHost } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh008: Rule = {
  id: 'SSH008',
  category: 'connection_closed',
  severity: 'error',
  rank: RANK.closed - 1,
  match(ctx) {
    const e = eventsOf(ctx, 'bad-protocol-banner', 'protocol-major-differ').at(-1);
    if (!e) return undefined;
    const port = ctx.report.target.port ?? ctx.report.connection.connectAttempts[0]?.port ?? 22;
    return { evidence: [ev(e)], params: { host: targetHost(ctx), port } };
  },
};
