// Fix for SSH105 (no common cipher with an old server): allow its old one for this host only.
import { algorithmPlan } from './algorithm-options.js';
import type { Fix } from './fix.js';

export const ssh105Fix = { rule: 'SSH105', plan: (input) => algorithmPlan(input, 'Ciphers') } satisfies Fix;
