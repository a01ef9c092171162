// `Unable to negotiate ... no matching mac`: No MAC in common.

import { negotiationMatch } from '../negotiation.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh106: Rule = {
  id: 'SSH106',
  category: 'mac_mismatch',
  severity: 'error',
  rank: RANK.negotiation + 3,
  match: (ctx) => negotiationMatch(ctx, 'mac'),
};
