// Fix for SSH104 (no common key exchange method with an old server): allow its old one for this host only.
import { algorithmPlan } from './algorithm-options.js';
import type { Fix } from './fix.js';

export const ssh104Fix = {
  rule: 'SSH104',
  plan: (input) => algorithmPlan(input, 'KexAlgorithms'),
} satisfies Fix;
