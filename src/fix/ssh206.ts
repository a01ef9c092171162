// Fix for SSH206 (encrypted key, not in the agent, no terminal for ssh): ssh-add it on the user's terminal.
import { agentAddPlan } from './agent-add.js';
import type { Fix } from './fix.js';

export const ssh206Fix = { rule: 'SSH206', plan: agentAddPlan } satisfies Fix;
