// ssh stops at once when ~/.ssh/config is writable by group/others or owned by someone else.
import { ev, eventsOf } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh303: Rule = {
  id: 'SSH303',
  category: 'key_permissions',
  severity: 'error',
  rank: RANK.config,
  match(ctx) {
    const e = eventsOf(ctx, 'bad-config-permissions')[0];
    if (!e) return undefined;
    const path = /^Bad owner or permissions on (.+)$/.exec(e.text)?.[1] ?? '~/.ssh/config';
    return { evidence: [ev(e)], params: { path: path.replace(/^.*\/\.ssh\//, '~/.ssh/') } };
  },
};
