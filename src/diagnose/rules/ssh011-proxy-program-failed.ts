// The ProxyCommand's own program failed: not installed (nc on the bastion), not startable, a cloud tunnel refused,
// or it could not reach the target from where it runs.
import { ev, eventsOf, failed, targetHost } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

const KINDS = ['proxy-program-missing', 'proxy-spawn-failed', 'proxy-tunnel-refused', 'proxy-connect-failed'];
const WHAT: Record<string, string> = {
  'proxy-program-missing': 'missing',
  'proxy-spawn-failed': 'spawn',
  'proxy-tunnel-refused': 'tunnel',
  'proxy-connect-failed': 'connect',
};

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
        host: targetHost(ctx),
        what: WHAT[first.kind] ?? 'missing',
      },
    };
  },
};
