// The client refused to use the key: no signature algorithm in common (ssh-rsa/SHA-1 off in OpenSSH >= 8.8).
import { ev, eventsOf, failed, targetHost } from '../facts.js';
import { pubkeyOption } from '../negotiation.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh107: Rule = {
  id: 'SSH107',
  category: 'pubkey_algo_rejected',
  severity: 'error',
  rank: RANK.signature,
  match(ctx) {
    const c = ctx.report.connection;
    const noMutual = eventsOf(ctx, 'no-mutual-signature');
    const skipped = eventsOf(ctx, 'key-skipped').filter((e) =>
      /not in PubkeyAccepted|not supported by server/.test(e.text),
    );
    if (noMutual.length + skipped.length === 0) return undefined;
    if (c.authAttempts.some((a) => a.serverAccepted) && !failed(ctx)) return undefined;
    const remote = eventsOf(ctx, 'remote-version').slice(-1);
    const tail = c.finalError ? [{ line: c.finalError.line, text: c.finalError.text }] : [];
    const lines = [...remote, ...skipped, ...noMutual, ...tail];
    return {
      evidence: lines.map(ev),
      params: {
        host: targetHost(ctx),
        pkOption: pubkeyOption(ctx),
        server: c.serverVersion?.raw ?? 'the server',
      },
      severity: failed(ctx) ? 'error' : 'warning',
    };
  },
};
