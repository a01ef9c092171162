// Fix for SSH311 (a key saved under another name, never tried): name it with IdentityFile for this host.
import type { Fix } from './fix.js';
import { identityFilePlan } from './identity-file.js';

export const ssh311Fix = { rule: 'SSH311', plan: identityFilePlan } satisfies Fix;
