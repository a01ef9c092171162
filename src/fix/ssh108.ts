// Fix for SSH108 (no common rsa-sha2 signature (server older than 7.2) with an old server): allow its old one for this host only.
import { algorithmPlan } from './algorithm-options.js';
import type { Fix } from './fix.js';

export const ssh108Fix = {
  rule: 'SSH108',
  plan: (input) => algorithmPlan(input, 'ssh-rsa-signature'),
} satisfies Fix;
