// The agent holds the key but refused or failed to sign (locked card, confirm key, broken agent, old Pageant).
import { denial, ev, eventsOf, failed, targetHost, targetLogin } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh207: Rule = {
  id: 'SSH207',
  category: 'agent_problem',
  severity: 'error',
  rank: RANK.keyUse + 3,
  match(ctx) {
    const hard = eventsOf(ctx, 'agent-refused', 'sign-failed', 'agent-communication-failed').filter((e) =>
      /agent/i.test(e.text),
    );
    const soft = failed(ctx) ? eventsOf(ctx, 'agent-signature-type') : [];
    const lines = [...hard, ...soft].sort((a, b) => a.line - b.line);
    if (lines.length === 0) return undefined;
    return {
      evidence: [...lines.slice(0, 3).map(ev), ...denial(ctx)],
      params: { login: targetLogin(ctx), host: targetHost(ctx) },
      severity: failed(ctx) ? 'error' : 'warning',
    };
  },
};
