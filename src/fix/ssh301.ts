// Fix for SSH301 (ssh refused a private key file for its permissions): chmod 600 the key, 700 ~/.ssh.
import type { Fix } from './fix.js';
import { keyPermissionsPlan } from './key-permissions.js';

export const ssh301Fix = { rule: 'SSH301', plan: keyPermissionsPlan } satisfies Fix;
