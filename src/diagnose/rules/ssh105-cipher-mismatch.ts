// `Unable to negotiate ... no matching cipher`: No cipher in common.

import { negotiationMatch } from '../negotiation.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh105: Rule = {
  id: 'SSH105',
  category: 'cipher_mismatch',
  severity: 'error',
  rank: RANK.negotiation + 2,
  match: (ctx) => negotiationMatch(ctx, 'cipher'),
};
