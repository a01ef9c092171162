// Shared by the four `Unable to negotiate` rules: which list failed, what the server offers, the one-Host fix.
import { clientVersion, ev, eventAt, targetHost } from './facts.js';
import type { RuleContext, RuleMatch } from './rule.js';

type List = 'kex' | 'hostkey' | 'cipher' | 'mac';

/** `PubkeyAcceptedAlgorithms` (≥8.5) or its older name `PubkeyAcceptedKeyTypes` (8.2–8.4 reject the new one). */
export function pubkeyOption(ctx: RuleContext): string {
  const v = clientVersion(ctx);
  return v !== null && v < 805 ? 'PubkeyAcceptedKeyTypes' : 'PubkeyAcceptedAlgorithms';
}

const PREFERRED: Record<List, RegExp> = {
  kex: /^diffie-hellman-group14-sha1$|^diffie-hellman-group-exchange-sha1$|^diffie-hellman-group1-sha1$/,
  hostkey: /^ssh-rsa$/,
  cipher: /^aes\d+-ctr$|^aes\d+-cbc$/,
  mac: /^hmac-sha1$|^hmac-sha2/,
};

export function negotiationMatch(ctx: RuleContext, list: List): RuleMatch | undefined {
  const f = ctx.report.connection.negotiationFailure;
  if (!f || f.list !== list) return undefined;
  const e = eventAt(ctx, f.line);
  const offer = f.theirOffer.filter((a) => !/^ext-info-|^kex-strict-/.test(a));
  const alg = offer.find((a) => PREFERRED[list].test(a)) ?? offer[0] ?? '?';
  return {
    evidence: e ? [ev(e)] : [],
    params: { host: targetHost(ctx), offer: offer.join(','), alg, pkOption: pubkeyOption(ctx) },
  };
}
