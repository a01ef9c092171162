// The standalone executable (Node single executable application): built once, then run from an empty directory
// with a PATH that has ssh but no node, so nothing but the file itself can be what runs.
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execa } from 'execa';
import { CLOSED_PORT_COLLECT } from './harness/system.js';

const ROOT = resolve(import.meta.dirname, '..');

describe('standalone executable (npm run build:exe)', () => {
  let dir: string;
  let exe: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ssh-doctor-exe-'));
    exe = join(dir, 'ssh-doctor');
    // The build script, not a copy of its steps: this is what `npm run build:exe` runs (~10 s, ~100 MB).
    await execa('node', ['scripts/build-exe.mjs', exe], { cwd: ROOT });
    const bin = join(dir, 'bin');
    await execa('mkdir', [bin]);
    const ssh = (await execa('sh', ['-c', 'command -v ssh'])).stdout.trim();
    await symlink(ssh, join(bin, 'ssh'));
    env = { PATH: bin, HOME: dir, LANG: 'C' };
    await expect(execa('node', ['-e', '0'], { env, extendEnv: false, cwd: dir })).rejects.toThrow(/ENOENT/);
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const run = (args: string[]) => execa(exe, args, { cwd: dir, env, extendEnv: false, reject: false });

  it('prints its version and the OpenSSH client without node on PATH', async () => {
    const r = await run(['--version']);
    expect({ code: r.exitCode, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^ssh-doctor \d+\.\d+\.\d+\S*\nOpenSSH client: OpenSSH_/);
  });

  it('prints help with examples', async () => {
    const r = await run(['--help']);
    expect({ code: r.exitCode, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/Examples:/);
  });

  it('runs a command that needs the whole bundle (collect against a closed port)', async () => {
    const r = await run(CLOSED_PORT_COLLECT);
    expect(r.stderr).not.toMatch(/internal error|Cannot find/);
    expect(JSON.parse(r.stdout)).toMatchObject({ schemaVersion: 1 });
    // The parts came from the executable's copy of dist/ssh-doctor.mjs, and their code cache from the executable
    // too (made by its own V8 at build time): even this first run wrote none of its own.
    const written = await readdir(join(dir, '.cache', 'ssh-doctor')).catch(() => [] as string[]);
    expect(
      written.filter((n) => /^(_eager_|src_cli_run-collect\.ts|src_report_collect-stage\.ts)-/.test(n)),
    ).toEqual([]);
    // A part the build did not warm up (check-key's) is compiled on first use and cached on disk as usual.
    expect((await run(['check-key', join(dir, 'no-such.pub')])).exitCode).toBe(2);
    expect(
      (await readdir(join(dir, '.cache', 'ssh-doctor'))).some((n) =>
        n.startsWith('src_cli_run-check-key.ts-'),
      ),
    ).toBe(true);
  });

  it('triages with a worker thread started from the executable, as the .mjs does in one thread', async () => {
    const log = await readFile(join(ROOT, 'test/data/ssh-verbose/local-9.2/key-refused.log'), 'utf8');
    const box = join(dir, 'support.mbox');
    const mail = (i: number) =>
      `From a@b Fri Nov 20 10:00:00 2026\nFrom: u${i}@lab.example\nMessage-ID: <${i}@x>\nSubject: ssh first connexion problem for login 'u${i}'\n\n${log}`;
    await writeFile(box, Array.from({ length: 400 }, (_, i) => mail(i + 1)).join('\n'));
    const exeRun = await execa(exe, ['triage', '-f', 'ndjson', '--jobs', '2', '--debug', box], {
      cwd: dir,
      env,
      extendEnv: false,
      reject: false,
    });
    const mjsRun = await execa(
      process.execPath,
      [join(ROOT, 'dist/ssh-doctor.mjs'), 'triage', '-f', 'ndjson', '--jobs', '1', box],
      {
        reject: false,
      },
    );
    expect(exeRun.exitCode).toBe(0);
    expect(
      Number(/(\d+) ticket\(s\) diagnosed in 1 worker thread\(s\)/.exec(exeRun.stderr)?.[1]),
    ).toBeGreaterThan(0);
    expect(exeRun.stdout).toBe(mjsRun.stdout);
  });
});
