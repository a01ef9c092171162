// Fix for SSH103 (no common host key algorithm with an old server): allow its old one for this host only.
import { algorithmPlan } from './algorithm-options.js';
import type { Fix } from './fix.js';

export const ssh103Fix = {
  rule: 'SSH103',
  plan: (input) => algorithmPlan(input, 'HostKeyAlgorithms'),
} satisfies Fix;
