// A host name without a dot that does not resolve is usually a `Host` alias that ssh never applied.
import { ev, eventsOf } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';
import { DNS_FAILURE } from './ssh001-dns-failure.js';

export const ssh010: Rule = {
  id: 'SSH010',
  category: 'dns',
  severity: 'error',
  rank: RANK.network - 1,
  match(ctx) {
    const e = eventsOf(ctx, 'dns-failure').at(-1);
    const host = e ? DNS_FAILURE.exec(e.text)?.[1] : undefined;
    if (!e || !host || host.includes('.') || host.includes(':') || host === 'localhost') return undefined;
    const read = eventsOf(ctx, 'config-file', 'config-applied').map(ev);
    const real = ctx.profile.hosts.find((h) => h.alias === host)?.hostname ?? 'FULL.HOST.NAME';
    return {
      evidence: [...read, ev(e)],
      params: { host, hostname: real, login: ctx.report.target.login ?? 'LOGIN' },
    };
  },
};
