// `ssh-doctor --version`: the tool's version and the OpenSSH client it would drive, without loading execa or yargs.
import { spawn } from 'node:child_process';
import { TOOL_VERSION } from '../version.js';

/** First line of `ssh -V` (printed on stderr), or null when no ssh client runs within `timeoutMs`. */
export function findSshVersion(timeoutMs = 3000): Promise<string | null> {
  return new Promise((resolve) => {
    let out = '';
    const child = spawn('ssh', ['-V'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
      env: { ...process.env, LC_ALL: 'C' },
    });
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      out += s;
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      out += s;
    });
    child.on('error', () => resolve(null));
    child.on('close', () => resolve(out.trim().split('\n')[0] || null));
  });
}

export async function printVersion(): Promise<void> {
  const ssh = await findSshVersion();
  process.stdout.write(
    `ssh-doctor ${TOOL_VERSION}\nOpenSSH client: ${ssh ?? 'not found (install openssh-client)'}\n`,
  );
}
