// `Connection refused`: the host answered but nothing listens on that port (or a firewall rejects).

import { connectFailure } from '../connect-failure.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh002: Rule = {
  id: 'SSH002',
  category: 'refused',
  severity: 'error',
  rank: RANK.network,
  match: (ctx) => connectFailure(ctx, 'connection-refused', /refused/i),
};
