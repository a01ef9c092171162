// The public key text of the chosen key: its .pub, or (missing or not matching) `ssh-keygen -y`, which asks the
// passphrase on the terminal itself.
import { execa } from 'execa';
import { readTextOrNull } from '../fix/ssh-files.js';
import type { KeyFile } from '../report/schema.js';

export async function publicKeyText(key: KeyFile, terminal: boolean): Promise<string | null> {
  if (key.matchesPub !== false) {
    const pub = await readTextOrNull(`${key.path}.pub`);
    if (pub !== null && pub.trim() !== '') return pub;
  }
  if (key.encrypted === true && !terminal) return null;
  const r = await execa('ssh-keygen', ['-y', '-f', key.path], {
    stdin: terminal ? 'inherit' : 'ignore',
    stdout: 'pipe',
    stderr: terminal ? 'inherit' : 'pipe',
    timeout: terminal ? 300_000 : 10_000,
    forceKillAfterDelay: 500,
    reject: false,
  });
  return r.exitCode === 0 ? r.stdout : null;
}
