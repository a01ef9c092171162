// `Server accepts key` then no login: the key is registered; this machine could not sign (passphrase or agent).

import { acceptedLines, acceptedNotUsed } from '../accepted.js';
import { denial, ev, eventsOf, failed, tildePath } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh205: Rule = {
  id: 'SSH205',
  category: 'passphrase_problem',
  severity: 'error',
  rank: RANK.keyUse + 5,
  match(ctx) {
    if (!failed(ctx)) return undefined;
    const a = acceptedNotUsed(ctx).find((x) => x.result === 'accepted' || x.result === 'unknown');
    if (!a) return undefined;
    const agentErrors = eventsOf(ctx, 'agent-refused', 'agent-communication-failed', 'agent-signature-type');
    const viaAgent = a.source === 'agent' || a.flags.includes('agent') || agentErrors.length > 0;
    const prompts = eventsOf(ctx, 'passphrase-prompt')
      .filter((e) => e.line > a.line)
      .slice(0, 2);
    const key = /[/\\]/.test(a.key) ? tildePath(a.key) : a.key;
    return {
      evidence: [
        ...acceptedLines(ctx, a),
        ...prompts.map(ev),
        ...agentErrors.slice(0, 1).map(ev),
        ...denial(ctx),
      ],
      params: { key, how: viaAgent ? 'agent' : 'passphrase' },
      category: viaAgent ? 'agent_problem' : 'passphrase_problem',
    };
  },
};
