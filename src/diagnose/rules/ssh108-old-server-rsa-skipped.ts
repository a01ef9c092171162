// OpenSSH >= 8.8 with an RSA key against a server without rsa-sha2 (OpenSSH < 7.2, old dropbear, network gear): the
// key is silently not offered.
import { clientVersion, denial, ev, eventsOf, failed, targetHost } from '../facts.js';
import { pubkeyOption } from '../negotiation.js';
import { RANK } from '../ranks.js';
import { offeredRsa, rsaKeyLines } from '../rsa-keys.js';
import type { Rule } from '../rule.js';
import { rsaSha1OnlyServer } from '../server-quirks.js';

export const ssh108: Rule = {
  id: 'SSH108',
  category: 'pubkey_algo_rejected',
  severity: 'error',
  rank: RANK.signature + 1,
  match(ctx) {
    const client = clientVersion(ctx);
    const server = rsaSha1OnlyServer(ctx);
    if (!failed(ctx) || client === null || client < 808 || server === null) return undefined;
    if (eventsOf(ctx, 'no-mutual-signature').length > 0 || offeredRsa(ctx).length > 0) return undefined;
    const rsa = rsaKeyLines(ctx);
    if (rsa.length === 0 || ctx.report.connection.permissionDenied === null) return undefined;
    const banners = eventsOf(ctx, 'client-version', 'remote-version').slice(0, 2).map(ev);
    return {
      evidence: [...banners, ...rsa.slice(0, 2), ...denial(ctx)],
      params: { host: targetHost(ctx), pkOption: pubkeyOption(ctx), server },
    };
  },
};
