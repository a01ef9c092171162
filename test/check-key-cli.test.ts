// `ssh-doctor check-key` end to end: the built CLI on keys made by ssh-keygen/puttygen at test time; exit codes,
// --quiet for the clipboard, validated --json, batch mode, the default file from the passwd home, and no leak.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { batchResultSchema, checkReportSchema } from '../src/check-key/check-result.js';
import { leakedRuns, makeTestKeys, type TestKey } from './check-key-fixtures.js';
import { type CorpusKey, makeKeyCorpus, privateBody } from './harness/key-corpus.js';
import { createTestUser } from './harness/test-user.js';

const CLI = join(new URL('..', import.meta.url).pathname, 'dist/ssh-doctor.mjs');
const maybe = existsSync(CLI) ? describe : describe.skip;

function run(args: string[], input = '', prefix: string[] = []) {
  const argv = [...prefix, process.execPath, CLI, 'check-key', ...args];
  const r = spawnSync(argv[0] as string, argv.slice(1), {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', SSH_DOCTOR_CONFIG: '', SSH_DOCTOR_PROFILE: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir = '';
let keys: TestKey[] = [];
let corpus: CorpusKey[] = [];
const key = (id: string) => keys.find((k) => k.id === id) as TestKey;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'check-key-cli-'));
  await mkdir(join(dir, 'corpus'));
  [keys, corpus] = await Promise.all([makeTestKeys(dir), makeKeyCorpus(join(dir, 'corpus'))]);
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

maybe('ssh-doctor check-key (built CLI)', () => {
  it('accepts a good key: exit 0, the line to paste', () => {
    const k = key('rsa4096');
    const r = run([`${k.privatePath}.pub`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^OK: the key is in the right form/);
    expect(r.stdout).toContain(k.fingerprint);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(k.publicLine);
  });

  it.each([
    ['a .ppk file', (k: TestKey) => [k.privatePath], ''],
    ['an RFC 4716 block on stdin', (_k: TestKey) => ['-'], 'rfc'],
    ['a folded --text', (k: TestKey) => [`--text=${k.publicLine.match(/.{1,64}/g)?.join('\n')}`], ''],
  ])('--quiet prints only the repaired line for %s (exit 1)', async (_name, args, stdin) => {
    const k = key('putty2048');
    const r = run(['-q', ...args(k)], stdin ? await readFile(`${k.privatePath}.rfc`, 'utf8') : '');
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 1,
      stdout: `${k.typeAndBlob} ${k.comment}\n`,
      stderr: '',
    });
  });

  it('prints validated JSON', () => {
    const k = key('rsa2048');
    const r = run(['--json', '--text', `  '${k.publicLine}'  `]);
    const report = checkReportSchema.parse(JSON.parse(r.stdout));
    expect(r.code).toBe(1);
    expect(report.verdict).toBe('fixed');
    expect(report.key?.fingerprint).toBe(k.fingerprint);
    expect(report.problems.map((p) => p.code)).toEqual([
      'surrounding-whitespace',
      'surrounding-quotes',
      'policy-bits-recommended',
    ]);
  });

  it('applies the site profile: ed25519 refused by ipsl, accepted by generic', () => {
    const pub = `${key('ed25519').privatePath}.pub`;
    const ipsl = run(['-q', pub]);
    expect({ code: ipsl.code, stdout: ipsl.stdout }).toEqual({ code: 2, stdout: '' });
    expect(ipsl.stderr).toMatch(/^ssh-doctor: check-key: rejected \(policy-type\): .*\n$/);
    expect(run(['--profile', 'generic', pub]).code).toBe(0);
  });

  it('refuses unreadable input with one line, exit 2', () => {
    for (const args of [[join(dir, 'nope.pub')], [dir], ['--text', 'x', join(dir, 'x')]]) {
      const r = run(args);
      expect({ code: r.code, lines: r.stderr.trim().split('\n').length, out: r.stdout }).toEqual({
        code: 2,
        lines: 1,
        out: '',
      });
    }
  });

  it('never prints any of a private key, however it is given', () => {
    const failures: string[] = [];
    const onePerFormat = [
      ...new Map(corpus.map((c) => [`${c.format}/${c.passphrase !== null}`, c])).values(),
    ];
    for (const k of onePerFormat) {
      const body = privateBody(k);
      const runs = [
        run(['--text', k.privateText]),
        run(['--json', `--text=${k.privateText}`]),
        run(['-q', '-'], k.privateText),
        run(['--json', '-'], k.privateText.replace(/\n/g, '\r\n')),
        run([k.path]),
        run(['--json', k.path]),
      ];
      runs.forEach((r, i) => {
        const publicPart = k.publicLine.split(' ')[1] ?? '';
        const leaked = leakedRuns(body, r.stdout + r.stderr, publicPart);
        if (leaked.length > 0) failures.push(`${k.id} run ${i}: ${leaked.length} runs leaked`);
        if (i < 4 && r.code !== 2) failures.push(`${k.id} run ${i}: exit ${r.code}`);
      });
      if (!runs[0]?.stdout.includes('THIS IS A PRIVATE KEY')) failures.push(`${k.id}: not loud`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('--batch checks a directory: per-key lines, duplicates, summary, JSON', async () => {
    const received = join(dir, 'received');
    await mkdir(received);
    await copyFile(`${key('rsa4096').privatePath}.pub`, join(received, 'alice.pub'));
    await copyFile(`${key('putty2048').privatePath}.rfc`, join(received, 'bob.rfc'));
    await writeFile(
      join(received, 'many.txt'),
      [
        key('rsa4096').publicLine,
        key('ed25519').publicLine,
        key('rsa2048').publicLine.slice(0, 200),
        '',
      ].join('\n'),
    );
    const text = run(['--batch', received]);
    expect(text.code).toBe(2);
    expect(text.stdout).toContain(`${join(received, 'alice.pub')}:1  ok`);
    expect(text.stdout).toMatch(/same key as .*many\.txt:1/);
    expect(text.stdout.trimEnd().split('\n').at(-1)).toBe(
      '5 keys: 2 ok, 1 fixed, 2 rejected; 2 with a duplicate',
    );
    const json = batchResultSchema.parse(JSON.parse(run(['--batch', received, '--json']).stdout));
    expect(json.summary).toEqual({ total: 5, ok: 2, fixed: 1, rejected: 2, duplicates: 2 });
  });

  const asRoot = process.getuid?.() === 0 ? it : it.skip;
  asRoot('reads ~/.ssh/id_rsa.pub from the passwd home, not $HOME', async () => {
    const home = await mkdtemp(join(tmpdir(), 'check-key-home-'));
    const user = await createTestUser(home);
    try {
      const asUser = ['runuser', '-u', user.name, '--', 'env', 'HOME=/nonexistent'];
      const missing = run([], '', asUser);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain(`cannot read ${join(home, '.ssh', 'id_rsa.pub')}: no such file`);
      await writeFile(join(user.sshDir, 'id_rsa.pub'), `${key('rsa4096').publicLine}\n`, { mode: 0o644 });
      const found = run(['-q'], '', asUser);
      expect({ code: found.code, stdout: found.stdout }).toEqual({
        code: 0,
        stdout: `${key('rsa4096').publicLine}\n`,
      });
    } finally {
      await user.remove();
      await rm(home, { recursive: true, force: true });
    }
  });
});
