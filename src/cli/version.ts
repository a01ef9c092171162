// `ssh-doctor --version`: the tool's version and the OpenSSH client it would drive.
import { runCommand } from '../collect/run-probe.js';
import { TOOL_VERSION } from '../version.js';

export async function printVersion(): Promise<void> {
  const ssh = await runCommand({ argv: ['ssh', '-V'], timeoutMs: 3000 });
  const found = (ssh.stderr || ssh.stdout).trim().split('\n')[0];
  process.stdout.write(`ssh-doctor ${TOOL_VERSION}\nOpenSSH client: ${found || 'not found'}\n`);
}
