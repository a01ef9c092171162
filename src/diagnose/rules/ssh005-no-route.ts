// `No route to host` / `Network is unreachable`: this machine has no path to the server's network.

import { connectFailure } from '../connect-failure.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh005: Rule = {
  id: 'SSH005',
  category: 'no_route',
  severity: 'error',
  rank: RANK.network,
  match: (ctx) => connectFailure(ctx, 'no-route', /no route|unreachable/i),
};
