// An OpenSSH client older than 7.2 can only sign with ssh-rsa (SHA-1), which servers >= 8.8 refuse.
import { clientVersion, denial, ev, eventsOf, failed, serverOpenSsh } from '../facts.js';
import { RANK } from '../ranks.js';
import { offeredRsa } from '../rsa-keys.js';
import type { Rule } from '../rule.js';

export const ssh109: Rule = {
  id: 'SSH109',
  category: 'pubkey_algo_rejected',
  severity: 'error',
  rank: RANK.signature + 2,
  match(ctx) {
    const client = clientVersion(ctx);
    const server = serverOpenSsh(ctx);
    if (!failed(ctx) || client === null || client >= 702 || server === null || server < 808) return undefined;
    const rsa = offeredRsa(ctx);
    if (rsa.length === 0 || ctx.report.connection.authAttempts.some((a) => a.serverAccepted))
      return undefined;
    const banners = eventsOf(ctx, 'client-version', 'remote-version').slice(0, 2).map(ev);
    const offers = eventsOf(ctx, 'offering-key').filter((e) => rsa.some((a) => a.line === e.line));
    return {
      evidence: [...banners, ...offers.slice(0, 2).map(ev), ...denial(ctx)],
      params: { client: (client / 100).toFixed(1), server: (server / 100).toFixed(1) },
    };
  },
};
