// `Could not resolve hostname`: the name does not resolve from this machine (typo, offline, VPN/DNS).
import { ev, eventsOf } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const DNS_FAILURE = /Could not resolve hostname (.+?): (.+)$/;

export const ssh001: Rule = {
  id: 'SSH001',
  category: 'dns',
  severity: 'error',
  rank: RANK.network,
  match(ctx) {
    const e = eventsOf(ctx, 'dns-failure').at(-1);
    if (!e) return undefined;
    const m = DNS_FAILURE.exec(e.text);
    return { evidence: [ev(e)], params: { host: m?.[1] ?? '?', reason: m?.[2] ?? '?' } };
  },
};
