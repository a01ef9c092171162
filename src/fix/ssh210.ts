// Fix for SSH210 (the agent holds many keys): offer only the site key to this host before the server hangs up.
import type { Fix } from './fix.js';
import { identitiesOnlyPlan } from './identities-only.js';

export const ssh210Fix = { rule: 'SSH210', plan: identitiesOnlyPlan } satisfies Fix;
