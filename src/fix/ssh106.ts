// Fix for SSH106 (no common MAC with an old server): allow its old one for this host only.
import { algorithmPlan } from './algorithm-options.js';
import type { Fix } from './fix.js';

export const ssh106Fix = { rule: 'SSH106', plan: (input) => algorithmPlan(input, 'MACs') } satisfies Fix;
