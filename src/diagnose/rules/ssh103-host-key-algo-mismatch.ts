// `Unable to negotiate ... no matching hostkey`: No host key algorithm in common (old server, new client).

import { negotiationMatch } from '../negotiation.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh103: Rule = {
  id: 'SSH103',
  category: 'host_key_algo_mismatch',
  severity: 'error',
  rank: RANK.negotiation + 0,
  match: (ctx) => negotiationMatch(ctx, 'hostkey'),
};
