// Shared by the four `Unable to negotiate` rules: which list failed, what the server offers, the one-Host fix.
import { clientVersion, ev, eventAt, sshLines, targetHost } from './facts.js';
import type { RuleContext, RuleMatch } from './rule.js';

type List = 'kex' | 'hostkey' | 'cipher' | 'mac';

/** `PubkeyAcceptedAlgorithms` (≥8.5) or its older name `PubkeyAcceptedKeyTypes` (8.2–8.4 reject the new one). */
export function pubkeyOption(ctx: RuleContext): string {
  const v = clientVersion(ctx);
  return v !== null && v < 805 ? 'PubkeyAcceptedKeyTypes' : 'PubkeyAcceptedAlgorithms';
}

const PREFERRED_NAME: Record<List, string> = {
  kex: 'diffie-hellman-group14-sha1',
  hostkey: 'ssh-rsa',
  cipher: 'aes128-cbc',
  mac: 'hmac-sha1',
};

const PREFERRED: Record<List, RegExp> = {
  kex: /^diffie-hellman-group14-sha1$|^diffie-hellman-group-exchange-sha1$|^diffie-hellman-group1-sha1$/,
  hostkey: /^ssh-rsa$/,
  cipher: /^aes\d+-ctr$|^aes\d+-cbc$/,
  mac: /^hmac-sha1$|^hmac-sha2/,
};

/** Fatal lines of clients ≤ 6.9 that name the list but not the server's offer. */
const OLD_WORDING: Record<List, RegExp> = {
  kex: /^(?:no kex alg|Unable to negotiate a key exchange method)$/,
  hostkey: /^no hostkey alg$/,
  cipher: /^no matching cipher found$/,
  mac: /^no matching mac found$/i,
};

export function negotiationMatch(ctx: RuleContext, list: List): RuleMatch | undefined {
  const f = ctx.report.connection.negotiationFailure;
  if (!f) {
    const old = ctx.report.connection.outcome === 'success' ? [] : sshLines(ctx, OLD_WORDING[list]);
    const line = old.at(-1);
    if (!line) return undefined;
    const server = ctx.report.connection.proposals.server;
    const offer = server
      ? { kex: server.kex, hostkey: server.hostkey, cipher: server.ciphers, mac: server.macs }[list]
      : [];
    const alg = offer.find((a) => PREFERRED[list].test(a)) ?? offer[0] ?? PREFERRED_NAME[list];
    return {
      evidence: [line],
      params: {
        host: targetHost(ctx),
        offer: offer.join(',') || `old algorithms (probably ${alg})`,
        alg,
        pkOption: pubkeyOption(ctx),
      },
    };
  }
  if (f.list !== list) return undefined;
  const e = eventAt(ctx, f.line);
  const offer = f.theirOffer.filter((a) => !/^ext-info-|^kex-strict-/.test(a));
  const alg = offer.find((a) => PREFERRED[list].test(a)) ?? offer[0] ?? '?';
  return {
    evidence: e ? [ev(e)] : [],
    params: { host: targetHost(ctx), offer: offer.join(','), alg, pkOption: pubkeyOption(ctx) },
  };
}
