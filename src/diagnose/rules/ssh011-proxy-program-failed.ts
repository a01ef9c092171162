// The ProxyCommand's own program failed: not installed (nc on the bastion), not startable, or a cloud tunnel refused.
import { ev, eventsOf, failed } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

const KINDS = ['proxy-program-missing', 'proxy-spawn-failed', 'proxy-tunnel-refused'];

export const ssh011: Rule = {
  id: 'SSH011',
  category: 'proxy_failure',
  severity: 'error',
  rank: RANK.proxy - 1,
  match(ctx) {
    if (!failed(ctx)) return undefined;
    const errors = eventsOf(ctx, ...KINDS);
    const first = errors[0];
    if (!first) return undefined;
    const c = ctx.report.connection;
    const setup = eventsOf(ctx, 'proxy-jump', 'proxy-command').slice(0, 2);
    const end = c.finalError && c.finalError.line !== first.line ? [c.finalError] : [];
    const lines = [...setup, ...errors.slice(0, 2), ...end].map(ev).sort((a, b) => a.line - b.line);
    return {
      evidence: lines.filter((l, i) => lines.findIndex((x) => x.line === l.line) === i),
      params: {
        via: c.proxy.jump ?? c.proxy.command ?? 'ProxyCommand',
        what:
          first.kind === 'proxy-tunnel-refused'
            ? 'tunnel'
            : first.kind === 'proxy-spawn-failed'
              ? 'spawn'
              : 'missing',
      },
    };
  },
};
