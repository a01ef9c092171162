// Shared shape of the TCP connect failures (refused, timed out, no route): the final line plus per-address lines.
import { ev, eventsOf, targetHost } from './facts.js';
import type { RuleContext, RuleMatch } from './rule.js';

const CONNECT = /connect to host (.+) port (\d+): (.+)$/;

/** Matches when the run's final connect failure is of `kind`. */
export function connectFailure(ctx: RuleContext, kind: string, addressError: RegExp): RuleMatch | undefined {
  const e = eventsOf(ctx, kind).at(-1);
  if (!e) return undefined;
  const m = CONNECT.exec(e.text);
  const addresses = eventsOf(ctx, 'connect-address-failed').filter((a) => addressError.test(a.text));
  return {
    evidence: [...addresses.map(ev), ev(e)],
    params: { host: m?.[1] ?? targetHost(ctx), port: m?.[2] ?? '22', error: m?.[3] ?? '' },
  };
}
