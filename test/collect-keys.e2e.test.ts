// No private key byte leaves the machine: collect --json in a HOME full of real keys of every format.
import { chmod, chown, copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { reportSchema } from '../src/report/schema.js';
import { type CorpusKey, makeKeyCorpus, privateBody } from './harness/key-corpus.js';
import { type SshEnv, startSshEnv } from './harness/ssh-env.js';

/**
 * Every 16-character run of the key's base64 body: none may appear in any output. Runs that are also in the
 * key's public line are left out: an encrypted openssh-key-v1 body embeds the public blob base64-aligned, and
 * public keys are evidence support needs (`cat id_rsa.pub`, `ssh-add -L`).
 */
function bodyRuns(key: CorpusKey): string[] {
  const body = privateBody(key);
  const runs: string[] = [];
  for (let i = 0; i + 16 <= body.length; i += 8) {
    const run = body.slice(i, i + 16);
    if (!key.publicLine.includes(run)) runs.push(run);
  }
  return runs;
}

describe('collect with a corpus of private keys in ~/.ssh', () => {
  let env: SshEnv;
  let corpus: CorpusKey[];
  let corpusDir: string;

  beforeAll(async () => {
    corpusDir = await mkdtemp(join(tmpdir(), 'ssh-doctor-corpus-'));
    corpus = await makeKeyCorpus(corpusDir);
    env = await startSshEnv({ keys: [{ file: 'id_rsa' }] });
    for (const key of corpus) {
      const target = join(env.user.sshDir, `k_${key.id}_${basename(key.path)}`);
      await copyFile(key.path, target);
      await chown(target, env.user.uid, env.user.gid);
      await chmod(target, 0o600);
    }
    // A user who pasted a private key into a notes file and into their ssh config comments.
    const first = corpus[0];
    if (first) {
      const notes = join(env.user.sshDir, 'notes.txt');
      await writeFile(notes, `my key:\n${first.privateText}\n`);
      await chown(notes, env.user.uid, env.user.gid);
    }
  }, 180_000);

  afterAll(async () => {
    await env?.stop();
    if (corpusDir) await rm(corpusDir, { recursive: true, force: true });
  });

  it('inspects every key and leaks no 16-character run of any private key body', async () => {
    const r = await env.cli([...env.targetArgs(), '--json']);
    expect(r.exitCode).toBe(0);
    const report = reportSchema.parse(JSON.parse(r.stdout));
    const output = r.stdout + r.stderr;
    const leaks = corpus.flatMap((key) =>
      bodyRuns(key)
        .filter((run) => output.includes(run))
        .map(() => key.id),
    );
    expect(leaks).toEqual([]);
    expect(output).not.toMatch(/BEGIN (?:OPENSSH |RSA |DSA |EC |ENCRYPTED )?PRIVATE KEY-----/);
    expect(output).not.toMatch(/Private-Lines:/);
    // Every planted key file is described with the fingerprint ssh-keygen gives.
    for (const key of corpus.filter((k) => k.tool === 'ssh-keygen' && k.format === 'openssh-private')) {
      const entry = report.keys.find((k) => k.name === `k_${key.id}_${basename(key.path)}`);
      expect({ id: key.id, fp: entry?.fingerprint }).toEqual({ id: key.id, fp: key.fingerprint });
    }
  }, 120_000);

  it('the text report leaks nothing either', async () => {
    const r = await env.cli(env.targetArgs());
    const leaks = corpus.flatMap((key) =>
      bodyRuns(key)
        .filter((run) => r.stdout.includes(run))
        .map(() => key.id),
    );
    expect(leaks).toEqual([]);
  }, 120_000);
});
