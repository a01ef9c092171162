// Fix for SSH110 (no common ssh-rsa only server with an old server): allow its old one for this host only.
import { algorithmPlan } from './algorithm-options.js';
import type { Fix } from './fix.js';

export const ssh110Fix = {
  rule: 'SSH110',
  plan: (input) => algorithmPlan(input, 'ssh-rsa-signature'),
} satisfies Fix;
