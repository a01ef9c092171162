// Is an SSH agent answering, and which keys does it hold? Asked with `ssh-add -l` (never starts an agent).
import { runCommand } from '../collect/run-probe.js';
import { parseSshAdd } from '../parse/ssh-add.js';

export interface AgentState {
  running: boolean;
  fingerprints: string[];
}

export async function agentState(): Promise<AgentState> {
  if (!process.env.SSH_AUTH_SOCK) return { running: false, fingerprints: [] };
  const r = await runCommand({ argv: ['ssh-add', '-l'], timeoutMs: 5000 });
  const listing = parseSshAdd(r.stdout, r.stderr, r.exitCode, 'l');
  return { running: listing.running === true, fingerprints: listing.identities.map((i) => i.fingerprint) };
}
