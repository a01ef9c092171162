// Fix for SSH209 (Too many authentication failures): offer only the site key to this host.
import type { Fix } from './fix.js';
import { identitiesOnlyPlan } from './identities-only.js';

export const ssh209Fix = { rule: 'SSH209', plan: identitiesOnlyPlan } satisfies Fix;
