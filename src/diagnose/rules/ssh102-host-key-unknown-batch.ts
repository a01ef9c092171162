// First connection, host key not in known_hosts, and ssh could not ask (BatchMode, no TTY, strict checking).
import { ev, eventsOf, knownHostsName, noTtyLines, targetHost } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh102: Rule = {
  id: 'SSH102',
  category: 'host_key_unknown_batch',
  severity: 'error',
  rank: RANK.hostKey + 1,
  match(ctx) {
    const c = ctx.report.connection;
    if (c.hostKeyStatus === 'changed' || c.hostKeyStatus === 'revoked') return undefined;
    const failedCheck = eventsOf(ctx, 'host-key-verification-failed', 'no-host-key-known');
    if (failedCheck.length === 0) return undefined;
    const ask = [...eventsOf(ctx, 'host-key-unknown'), ...noTtyLines(ctx)].filter(
      (e) => e.line < (failedCheck[0]?.line ?? 0),
    );
    const shown = eventsOf(ctx, 'server-host-key').slice(-1);
    return {
      evidence: [...shown, ...ask, ...failedCheck].map(ev).sort((a, b) => a.line - b.line),
      params: {
        host: knownHostsName(targetHost(ctx), ctx.report.target.port),
        target: targetHost(ctx),
        fingerprint: c.hostKey?.fingerprint ?? '?',
      },
    };
  },
};
