// A ProxyCommand/ProxyJump failed: the jump host (or the proxy command) never delivered a connection to the target.
import { ev, eventsOf, failed } from '../facts.js';
import { CLOSE_KINDS, proxied } from '../proxy.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

const PROXY_ERRORS = ['stdio-forwarding-failed', 'channel-open-failed'];

export const ssh007: Rule = {
  id: 'SSH007',
  category: 'proxy_failure',
  severity: 'error',
  rank: RANK.proxy,
  match(ctx) {
    const c = ctx.report.connection;
    if (!failed(ctx) || !proxied(ctx)) return undefined;
    const final = c.finalError;
    const finalKind = final ? c.events.find((e) => e.line === final.line)?.kind : undefined;
    const proxyErrors = eventsOf(ctx, ...PROXY_ERRORS);
    const closedOuter = finalKind !== undefined && CLOSE_KINDS.includes(finalKind);
    if (proxyErrors.length === 0 && !closedOuter && !/UNKNOWN port 65535/.test(final?.text ?? ''))
      return undefined;
    const setup = eventsOf(ctx, 'proxy-jump', 'proxy-command').slice(0, 2);
    const inner = eventsOf(ctx, 'dns-failure', 'connection-refused', 'connect-timeout', 'no-route')
      .concat(eventsOf(ctx, 'permission-denied', 'host-key-verification-failed'))
      .slice(0, 2);
    const tail = final ? [{ line: final.line, text: final.text }] : [];
    const lines = [...setup, ...inner, ...proxyErrors, ...tail];
    const seen = new Set<number>();
    const evidence = lines.filter((l) => !seen.has(l.line) && seen.add(l.line)).map(ev);
    const via = c.proxy.jump ?? c.proxy.command ?? 'the proxy';
    return { evidence: evidence.sort((a, b) => a.line - b.line), params: { via } };
  },
};
