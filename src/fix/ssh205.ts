// Fix for SSH205 (the server accepts the key, this machine could not sign): ssh-add it on the user's terminal.
import { agentAddPlan } from './agent-add.js';
import type { Fix } from './fix.js';

export const ssh205Fix = { rule: 'SSH205', plan: agentAddPlan } satisfies Fix;
