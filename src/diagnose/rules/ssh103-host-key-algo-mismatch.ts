// `Unable to negotiate ... no matching hostkey`: No host key algorithm in common (old server, new client).
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';
import { negotiationMatch } from '../negotiation.js';

export const ssh103: Rule = {
  id: 'SSH103',
  category: 'host_key_algo_mismatch',
  severity: 'error',
  rank: RANK.negotiation + 0,
  match: (ctx) => negotiationMatch(ctx, 'hostkey'),
};
