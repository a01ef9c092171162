// `Connection timed out` at connect: packets are dropped (firewall, host down, VPN needed).

import { connectFailure } from '../connect-failure.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh003: Rule = {
  id: 'SSH003',
  category: 'timeout',
  severity: 'error',
  rank: RANK.network,
  match: (ctx) => connectFailure(ctx, 'connect-timeout', /timed out/i),
};
