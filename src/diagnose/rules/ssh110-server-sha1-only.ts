// A server that only speaks ssh-rsa (SHA-1) needs two per-Host lines on OpenSSH >= 8.8 clients.
import { clientVersion, ev, eventsOf, serverOpenSsh, targetHost } from '../facts.js';
import { pubkeyOption } from '../negotiation.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

const SHA1_ONLY = /^(?:ssh-rsa|ssh-dss)$/;

export const ssh110: Rule = {
  id: 'SSH110',
  category: 'host_key_algo_mismatch',
  severity: 'warning',
  rank: RANK.policy,
  match(ctx) {
    const c = ctx.report.connection;
    const client = clientVersion(ctx);
    if (client === null || client < 808 || c.negotiationFailure !== null) return undefined;
    const server = serverOpenSsh(ctx);
    const hostKeys = c.proposals.server?.hostkey ?? [];
    const onlySha1 = hostKeys.length > 0 && hostKeys.every((a) => SHA1_ONLY.test(a));
    if (!onlySha1 && (server === null || server >= 702)) return undefined;
    const lines = eventsOf(ctx, 'remote-version').slice(-1);
    if (lines.length === 0) return undefined;
    return { evidence: lines.map(ev), params: { host: targetHost(ctx), pkOption: pubkeyOption(ctx) } };
  },
};
