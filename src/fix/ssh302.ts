// Fix for SSH302 (a private key readable by group/others, seen in the listing): chmod 600 it.
import type { Fix } from './fix.js';
import { keyPermissionsPlan } from './key-permissions.js';

export const ssh302Fix = { rule: 'SSH302', plan: keyPermissionsPlan } satisfies Fix;
