// Fix for SSH202 (no key offered): when a usable key exists under another name, name it for this host (the same
// plan as SSH311's, applied once); with no key at all there is nothing to fix here: `ssh-doctor setup` makes one.
import type { Fix } from './fix.js';
import { identityFilePlan } from './identity-file.js';

export const ssh202Fix = { rule: 'SSH202', plan: identityFilePlan } satisfies Fix;
