// `Unable to negotiate ... no matching kex`: No key exchange method in common.

import { negotiationMatch } from '../negotiation.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh104: Rule = {
  id: 'SSH104',
  category: 'kex_mismatch',
  severity: 'error',
  rank: RANK.negotiation + 1,
  match: (ctx) => negotiationMatch(ctx, 'kex'),
};
