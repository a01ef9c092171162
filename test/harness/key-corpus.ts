// Generates a corpus of real private keys at test time (ssh-keygen, puttygen) so that key inspection and
// redaction are tested against what the tools really write, not against hand-made samples.
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import type { KeyFormat } from '../../src/report/schema.js';

/** One generated key file with what ssh-keygen says about its key. */
export interface CorpusKey {
  id: string;
  /** Base key it was converted from (same public key for all its formats). */
  base: string;
  format: KeyFormat;
  tool: 'ssh-keygen' | 'puttygen';
  path: string;
  privateText: string;
  /** OpenSSH one-line public key of the same key. */
  publicLine: string;
  passphrase: string | null;
  /** From `ssh-keygen -l -f <base>.pub`. */
  keyType: string;
  bits: number;
  fingerprint: string;
}

const PASSPHRASE = 'correct horse';
const RUN = { stdin: 'ignore', timeout: 60_000, forceKillAfterDelay: 1_000 } as const;

const BASES = [
  { id: 'rsa1024', args: ['-t', 'rsa', '-b', '1024'] },
  { id: 'rsa2048', args: ['-t', 'rsa', '-b', '2048'] },
  { id: 'rsa4096', args: ['-t', 'rsa', '-b', '4096'] },
  { id: 'ecdsa256', args: ['-t', 'ecdsa', '-b', '256'] },
  { id: 'ecdsa384', args: ['-t', 'ecdsa', '-b', '384'] },
  { id: 'ecdsa521', args: ['-t', 'ecdsa', '-b', '521'] },
  { id: 'ed25519', args: ['-t', 'ed25519'] },
  { id: 'dsa', args: ['-t', 'dsa'] },
];

/** Runs `tasks` with at most `limit` at a time. */
async function pool<T>(limit: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const out: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      const task = tasks[i];
      if (task) out[i] = await task();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return out;
}

/** `BITS SHA256:... COMMENT (TYPE)` of `ssh-keygen -l -f path`. */
export async function sshKeygenList(
  path: string,
): Promise<{ bits: number; fingerprint: string; keyType: string }> {
  const { stdout } = await execa('ssh-keygen', ['-l', '-f', path], RUN);
  const m = /^(\d+) (SHA256:\S+) .*\((\S+)\)$/.exec(stdout.trim());
  if (!m) throw new Error(`unexpected ssh-keygen -l output: ${stdout}`);
  return { bits: Number(m[1]), fingerprint: m[2] ?? '', keyType: m[3] ?? '' };
}

/** Generates every base key and its conversions into `dir` (which must exist and be empty). */
export async function makeKeyCorpus(dir: string): Promise<CorpusKey[]> {
  const passFile = join(dir, 'passphrase.txt');
  const emptyFile = join(dir, 'empty.txt');
  await writeFile(passFile, `${PASSPHRASE}\n`);
  await writeFile(emptyFile, '');
  await pool(
    4,
    BASES.map((b) => async () => {
      const path = join(dir, b.id);
      await execa('ssh-keygen', ['-q', ...b.args, '-N', '', '-C', `${b.id}@corpus`, '-f', path], RUN);
    }),
  );
  type Job = Omit<CorpusKey, 'privateText' | 'publicLine' | 'keyType' | 'bits' | 'fingerprint'> & {
    make: () => Promise<unknown>;
  };
  const jobs: Job[] = [];
  for (const b of BASES) {
    const src = join(dir, b.id);
    const sshVariant = (suffix: string, format: KeyFormat, pass: string | null, mode: string[] = []) => {
      const path = `${src}.${suffix}`;
      const make = async () => {
        await copyFile(src, path);
        await execa('ssh-keygen', ['-q', '-p', '-P', '', '-N', pass ?? '', ...mode, '-f', path], RUN);
      };
      jobs.push({
        id: `${b.id}.${suffix}`,
        base: b.id,
        format,
        tool: 'ssh-keygen',
        path,
        passphrase: pass,
        make,
      });
    };
    sshVariant('openssh', 'openssh-private', null);
    sshVariant('openssh-pw', 'openssh-private', PASSPHRASE);
    if (b.id !== 'ed25519') {
      const pem = b.id.startsWith('rsa') ? 'pem-rsa' : b.id.startsWith('ecdsa') ? 'pem-ec' : 'pem-dsa';
      sshVariant('pem', pem, null, ['-m', 'PEM']);
      sshVariant('pem-pw', pem, PASSPHRASE, ['-m', 'PEM']);
      sshVariant('pkcs8', 'pkcs8', null, ['-m', 'PKCS8']);
      sshVariant('pkcs8-pw', 'pkcs8-encrypted', PASSPHRASE, ['-m', 'PKCS8']);
    }
    const putty = (suffix: string, format: KeyFormat, pass: string | null, args: string[]) => {
      const path = `${src}.${suffix}`;
      const newPass = ['--new-passphrase', pass ? passFile : emptyFile];
      const make = () => execa('puttygen', [src, ...args, ...newPass, '-o', path], RUN);
      jobs.push({
        id: `${b.id}.${suffix}`,
        base: b.id,
        format,
        tool: 'puttygen',
        path,
        passphrase: pass,
        make,
      });
    };
    const fastKdf = ['--ppk-param', 'memory=1024,passes=1'];
    putty('v2.ppk', 'ppk-v2', null, ['-O', 'private', '--ppk-param', 'version=2']);
    putty('v2-pw.ppk', 'ppk-v2', PASSPHRASE, ['-O', 'private', '--ppk-param', 'version=2']);
    putty('v3.ppk', 'ppk-v3', null, ['-O', 'private']);
    putty('v3-pw.ppk', 'ppk-v3', PASSPHRASE, ['-O', 'private', ...fastKdf]);
    if (b.id.startsWith('rsa') || b.id === 'dsa') {
      putty('sshcom', 'ssh2-private', null, ['-O', 'private-sshcom']);
      putty('sshcom-pw', 'ssh2-private', PASSPHRASE, ['-O', 'private-sshcom']);
    }
  }
  await pool(
    8,
    jobs.map((j) => () => j.make()),
  );
  const expected = new Map(
    await Promise.all(
      BASES.map(async (b) => {
        const pub = join(dir, `${b.id}.pub`);
        return [
          b.id,
          { ...(await sshKeygenList(pub)), publicLine: (await readFile(pub, 'utf8')).trim() },
        ] as const;
      }),
    ),
  );
  return Promise.all(
    jobs.map(async ({ make: _make, ...j }) => {
      const e = expected.get(j.base);
      if (!e) throw new Error(`no expected values for ${j.base}`);
      return { ...j, ...e, privateText: await readFile(j.path, 'utf8') };
    }),
  );
}

/** Base64 body of a private key text (the lines that are neither armour nor headers), joined. */
export function privateBody(key: CorpusKey): string {
  const lines = key.privateText.split(/\r?\n/);
  if (key.format === 'ppk-v2' || key.format === 'ppk-v3') {
    const at = lines.findIndex((l) => l.startsWith('Private-Lines:'));
    const n = Number(lines[at]?.split(':')[1]);
    return lines.slice(at + 1, at + 1 + n).join('');
  }
  return lines.filter((l) => /^[A-Za-z0-9+/=]+$/.test(l)).join('');
}
