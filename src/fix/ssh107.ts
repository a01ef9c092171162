// Fix for SSH107 (no common signature algorithm (ssh-rsa) with an old server): allow its old one for this host only.
import { algorithmPlan } from './algorithm-options.js';
import type { Fix } from './fix.js';

export const ssh107Fix = {
  rule: 'SSH107',
  plan: (input) => algorithmPlan(input, 'ssh-rsa-signature'),
} satisfies Fix;
