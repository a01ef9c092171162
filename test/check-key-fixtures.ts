// Generates the keys check-key tests use, with ssh-keygen and puttygen at test time, and what the tools themselves
// say about them (the OpenSSH line from `ssh-keygen -y` / `-i`, the fingerprint from `ssh-keygen -lf`).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';

const RUN = { stdin: 'ignore', timeout: 60_000, forceKillAfterDelay: 1_000 } as const;

/** One generated key and the tools' view of it. */
export interface TestKey {
  id: string;
  /** The private key file (OpenSSH format, or .ppk for PuTTYgen keys). */
  privatePath: string;
  /** The one-line public key as the generating tool wrote it. */
  publicLine: string;
  /** `<type> <base64>` from `ssh-keygen -y -f private` (or `ssh-keygen -i -f rfc4716` for PuTTYgen keys). */
  typeAndBlob: string;
  comment: string;
  fingerprint: string;
  bits: number;
  /** RFC 4716 block of the same key (`ssh-keygen -e` or `puttygen -O public`). */
  rfc4716: string;
}

const SSH_KEYGEN_KEYS = [
  { id: 'rsa2048', args: ['-t', 'rsa', '-b', '2048'] },
  { id: 'rsa4096', args: ['-t', 'rsa', '-b', '4096'] },
  { id: 'rsa1024', args: ['-t', 'rsa', '-b', '1024'] },
  { id: 'ed25519', args: ['-t', 'ed25519'] },
  { id: 'ecdsa256', args: ['-t', 'ecdsa', '-b', '256'] },
  { id: 'ecdsa384', args: ['-t', 'ecdsa', '-b', '384'] },
];

/** `<type> <base64>` of a public key line. */
export function typeAndBlobOf(line: string): string {
  return line.trim().split(/\s+/).slice(0, 2).join(' ');
}

/** Bits and fingerprint as `ssh-keygen -lf` prints them. */
export async function keygenList(path: string): Promise<{ bits: number; fingerprint: string }> {
  const { stdout } = await execa('ssh-keygen', ['-l', '-f', path], RUN);
  const [bits, fingerprint] = stdout.trim().split(/\s+/);
  return { bits: Number(bits), fingerprint: fingerprint ?? '' };
}

async function sshKeygenKey(dir: string, id: string, args: string[]): Promise<TestKey> {
  const path = join(dir, id);
  const comment = `${id}@check-key.test`;
  await execa('ssh-keygen', ['-q', ...args, '-N', '', '-C', comment, '-f', path], RUN);
  const { stdout: derived } = await execa('ssh-keygen', ['-y', '-f', path], RUN);
  const { stdout: rfc4716 } = await execa('ssh-keygen', ['-e', '-f', `${path}.pub`], RUN);
  return {
    id,
    privatePath: path,
    publicLine: (await readFile(`${path}.pub`, 'utf8')).trim(),
    typeAndBlob: typeAndBlobOf(derived),
    comment,
    ...(await keygenList(`${path}.pub`)),
    rfc4716,
  };
}

/** A PuTTYgen key as MobaXterm users make it: RSA, comment `rsa-key-YYYYMMDD`. */
async function puttygenKey(dir: string, id: string, bits: number): Promise<TestKey> {
  const ppk = join(dir, `${id}.ppk`);
  const empty = join(dir, 'empty-passphrase');
  await writeFile(empty, '');
  const comment = 'rsa-key-20240131';
  await execa(
    'puttygen',
    ['-t', 'rsa', '-b', String(bits), '-C', comment, '-q', '-o', ppk, '--new-passphrase', empty],
    RUN,
  );
  await execa('puttygen', [ppk, '-O', 'public', '-o', `${ppk}.rfc`], RUN);
  await execa('puttygen', [ppk, '-O', 'public-openssh', '-o', `${ppk}.pub`], RUN);
  const { stdout: imported } = await execa('ssh-keygen', ['-i', '-f', `${ppk}.rfc`], RUN);
  return {
    id,
    privatePath: ppk,
    publicLine: (await readFile(`${ppk}.pub`, 'utf8')).trim(),
    typeAndBlob: typeAndBlobOf(imported),
    comment,
    ...(await keygenList(`${ppk}.pub`)),
    rfc4716: await readFile(`${ppk}.rfc`, 'utf8'),
  };
}

/** Every test key, generated into `dir`. */
export async function makeTestKeys(dir: string): Promise<TestKey[]> {
  return Promise.all([
    ...SSH_KEYGEN_KEYS.map((k) => sshKeygenKey(dir, k.id, k.args)),
    puttygenKey(dir, 'putty2048', 2048),
  ]);
}

/** The 16-character runs of `secret` that appear in `output` (expected: none). */
export function leakedRuns(secret: string, output: string, allowed = ''): string[] {
  const runs: string[] = [];
  for (let i = 0; i + 16 <= secret.length; i++) {
    const run = secret.slice(i, i + 16);
    if (output.includes(run) && !allowed.includes(run)) runs.push(run);
  }
  return runs;
}
