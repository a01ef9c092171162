// The server hung up after MaxAuthTries keys (default 6): usually an agent offering every key it holds.
import { ev, eventsOf, sshLines, targetHost } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh209: Rule = {
  id: 'SSH209',
  category: 'too_many_auth_failures',
  severity: 'error',
  rank: RANK.tooManyAuth,
  match(ctx) {
    const tagged = eventsOf(ctx, 'too-many-auth-failures').map(ev);
    const plain = sshLines(ctx, /Too many authentication failures/i).filter(
      (l) => !/^debug\d: /.test(l.text),
    );
    const end = tagged[0] ?? plain[0];
    if (!end) return undefined;
    const offers = eventsOf(ctx, 'offering-key');
    const agent = ctx.report.connection.authAttempts.filter(
      (a) => a.method === 'offer' && a.source === 'agent',
    );
    const shown = offers.length > 3 ? [offers[0], offers[1], offers.at(-1)] : offers;
    return {
      evidence: [...shown.flatMap((e) => (e ? [ev(e)] : [])), end],
      params: { count: offers.length, agentCount: agent.length, host: targetHost(ctx) },
    };
  },
};
