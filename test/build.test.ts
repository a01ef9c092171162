// The npm deliverable: dist/ssh-doctor.mjs runs alone with a bare node, and the packed tarball installs offline and
// works through `npx ssh-doctor`, including a real collect run by an ordinary user against a real sshd.
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { execa } from 'execa';
import { type SshEnv, startSshEnv } from './harness/ssh-env.js';
import { CLOSED_PORT_COLLECT } from './harness/system.js';

const ROOT = resolve(import.meta.dirname, '..');
const BUNDLE = join(ROOT, 'dist', 'ssh-doctor.mjs');
const VERSION_LINE = /^ssh-doctor \d+\.\d+\.\d+\S*\nOpenSSH client: OpenSSH_\S+/;
/** A minimal environment: no NODE_PATH, no npm_* variables, nothing that could find the repository's node_modules. */
const BARE_ENV = { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: tmpdir(), LANG: 'C' };

async function ensureBuilt(): Promise<void> {
  const built = await stat(BUNDLE).catch(() => null);
  if (!built) await execa('node', ['scripts/build.mjs'], { cwd: ROOT });
}

describe('dist/ssh-doctor.mjs alone', () => {
  let dir: string;
  beforeAll(async () => {
    await ensureBuilt();
    dir = await mkdtemp(join(tmpdir(), 'ssh-doctor-alone-'));
    await copyFile(BUNDLE, join(dir, 'ssh-doctor.mjs'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const run = (args: string[], env: Record<string, string> = {}) =>
    execa(process.execPath, ['ssh-doctor.mjs', ...args], {
      cwd: dir,
      env: { ...BARE_ENV, XDG_CACHE_HOME: join(dir, 'cache'), ...env },
      extendEnv: false,
      reject: false,
    });

  it('is the only file in the directory', async () => {
    expect((await readdir(dir)).filter((f) => f !== 'cache' && f !== 'cut')).toEqual(['ssh-doctor.mjs']);
  });

  it('prints its version and the OpenSSH client', async () => {
    const r = await run(['--version']);
    expect({ code: r.exitCode, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(VERSION_LINE);
  });

  it.each([[[]], [['collect']], [['send']], [['triage']], [['check-key']]])(
    'prints help for %j',
    async (cmd) => {
      const top = await run(['--help']);
      const registered = [...top.stdout.matchAll(/^ {2}ssh-doctor (\S+)/gm)].map((m) => m[1]);
      if (cmd[0] && !registered.includes(cmd[0])) return; // a command still being written by its engineer
      const r = await run([...cmd, '--help']);
      expect({ code: r.exitCode, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
      expect(r.stdout).toMatch(/Examples:/);
    },
  );

  it('keeps zod out of what collect loads, and execa out of start-up', async () => {
    const text = (await readFile(BUNDLE)).toString('latin1');
    const at = text.lastIndexOf('/*ssh-doctor-index:');
    const index = JSON.parse(text.slice(at + '/*ssh-doctor-index:'.length, text.lastIndexOf('*/'))) as Record<
      string,
      [number, number, string]
    >;
    const part = (id: string) => {
      const [offset, length] = index[id] ?? [0, 0];
      return brotliDecompressSync(Buffer.from(text.slice(offset, offset + length), 'base64')).toString(
        'utf8',
      );
    };
    // zod's classes are named `$ZodType`, `$ZodString`...: the check-key part, which validates, has them.
    expect(part('src/cli/run-check-key.ts')).toMatch(/\$ZodType/);
    for (const id of ['(eager)', 'src/cli/run-collect.ts', 'src/report/collect-stage.ts'])
      expect({ id, zod: /\$ZodType/.test(part(id)) }).toEqual({ id, zod: false });
    expect(part('(eager)')).not.toMatch(/execa/i);
    // A CommonJS library several commands use is one part of its own, not a copy in each (iconv-lite: 480 KB).
    const withIconv = Object.keys(index).filter((id) => part(id).includes('Encoding not recognized'));
    expect(withIconv).toEqual(['npm:node_modules/iconv-lite/lib/index.js']);
    expect(part('src/cli/run-collect.ts')).toMatch(/execa/i);
  });

  it('says in one line that a copy missing its end is damaged', async () => {
    const whole = await readFile(BUNDLE);
    const cut = join(dir, 'cut', 'ssh-doctor.mjs');
    await mkdir(dirname(cut));
    // Cut at a part boundary: still valid JavaScript, but the index of the parts is gone.
    await writeFile(cut, whole.subarray(0, whole.lastIndexOf('\n', whole.length - 2) + 1));
    const r = await execa(process.execPath, [cut, '--version'], {
      env: BARE_ENV,
      extendEnv: false,
      reject: false,
    });
    expect(r.exitCode).toBe(70);
    expect(r.stderr).toMatch(
      /^ssh-doctor: \S+ssh-doctor\.mjs is damaged: its index is missing \(reinstall ssh-doctor\)$/,
    );
  });

  it('loads a lazy part (a command) without node_modules', async () => {
    // Port 1 on loopback is closed: collect fails fast, but only after loading all of its code.
    const r = await run(CLOSED_PORT_COLLECT);
    expect(r.stderr).not.toMatch(/Cannot find (module|package)|internal error/);
    expect(JSON.parse(r.stdout)).toMatchObject({ schemaVersion: 1 });
  });
});

describe('V8 code cache of the bundle parts', () => {
  let dir: string;
  beforeAll(async () => {
    await ensureBuilt();
    dir = await mkdtemp(join(tmpdir(), 'ssh-doctor-cache-'));
    await copyFile(BUNDLE, join(dir, 'ssh-doctor.mjs'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const run = (args: string[], env: Record<string, string>) =>
    execa(process.execPath, ['ssh-doctor.mjs', ...args], {
      cwd: dir,
      env: { ...BARE_ENV, ...env },
      extendEnv: false,
      reject: false,
    });
  /** name → modification time and bytes of each cache file. */
  const cacheFiles = async (cache: string) => {
    const names = (await readdir(cache).catch(() => [] as string[])).sort();
    return Object.fromEntries(
      await Promise.all(
        names.map(async (n) => [
          n,
          { mtimeMs: (await stat(join(cache, n))).mtimeMs, bytes: await readFile(join(cache, n)) },
        ]),
      ),
    );
  };

  it('is written after the first run, used as is by the next, and rewritten when damaged', async () => {
    const env = { XDG_CACHE_HOME: join(dir, 'xdg') };
    const cache = join(dir, 'xdg', 'ssh-doctor');
    const first = await run(CLOSED_PORT_COLLECT, env);
    expect(first.stderr).toBe('');
    const written = await cacheFiles(cache);
    const names = Object.keys(written);
    // The eager part, the two parts collect loads and the libraries they share with other commands (sshpk...),
    // each named by its content hash, V8 version and arch.
    const ids = names.map((n) => n.replace(/-[0-9a-f]{16}-.*$/, ''));
    expect(ids.filter((id) => !id.startsWith('npm_node_modules_'))).toEqual([
      '_eager_',
      'src_cli_run-collect.ts',
      'src_report_collect-stage.ts',
    ]);
    expect(ids).toContain('npm_node_modules_sshpk_lib_index.js');
    for (const n of names) expect(n).toMatch(new RegExp(`-${process.versions.v8}-${process.arch}\\.bin$`));

    const second = await run(CLOSED_PORT_COLLECT, env);
    expect(second.exitCode).toBe(first.exitCode);
    expect(JSON.parse(second.stdout).cause).toBe(JSON.parse(first.stdout).cause);
    expect(await cacheFiles(cache)).toEqual(written);

    const eagerName = names.find((n) => n.startsWith('_eager_-')) ?? '';
    const eager = join(cache, eagerName);
    await writeFile(eager, Buffer.alloc(written[eagerName]?.bytes.length ?? 0, 7));
    const third = await run(['--version'], env);
    expect({ code: third.exitCode, stderr: third.stderr }).toEqual({ code: 0, stderr: '' });
    expect(third.stdout).toMatch(VERSION_LINE);
    expect((await readFile(eager)).equals(Buffer.alloc(written[eagerName]?.bytes.length ?? 0, 7))).toBe(
      false,
    );
  });

  it('keeps the caches of other builds used in turn, up to two of them', async () => {
    // Builds that differ only by the eager part's hash in the index: each has cache files of its own.
    const text = await readFile(BUNDLE, 'latin1');
    const hash = /"\(eager\)":\[\d+,\d+,"([0-9a-f]{16})"\]/.exec(text)?.[1] ?? '';
    const builds = ['1', '2', '3', '4'].map((d) => ({
      file: join(dir, `build-${d}.mjs`),
      hash: d.repeat(16),
    }));
    for (const b of builds) await writeFile(b.file, text.replace(`,"${hash}"]`, `,"${b.hash}"]`), 'latin1');
    const env = { XDG_CACHE_HOME: join(dir, 'builds') };
    const eagerCaches = async () =>
      (await readdir(join(dir, 'builds', 'ssh-doctor'))).filter((n) => n.startsWith('_eager_-')).sort();
    const version = (file: string) =>
      execa(process.execPath, [file, '--version'], { env: { ...BARE_ENV, ...env }, extendEnv: false });
    const [b1, b2, b3, b4] = builds as [
      (typeof builds)[0],
      (typeof builds)[0],
      (typeof builds)[0],
      (typeof builds)[0],
    ];
    await version(b1.file);
    await version(b2.file);
    await version(b1.file);
    expect((await eagerCaches()).map((n) => n.slice(8, 24))).toEqual([b1.hash, b2.hash]);
    await version(b3.file);
    await version(b4.file);
    // b4 wrote last: it kept the two most recent others (b2, b3) and removed b1's.
    expect((await eagerCaches()).map((n) => n.slice(8, 24))).toEqual([b2.hash, b3.hash, b4.hash]);
  });

  it('is off with SSH_DOCTOR_CACHE_DIR empty, and never in the way when it cannot be written', async () => {
    const off = await run(['--version'], { SSH_DOCTOR_CACHE_DIR: '', XDG_CACHE_HOME: join(dir, 'off') });
    expect({ code: off.exitCode, stderr: off.stderr }).toEqual({ code: 0, stderr: '' });
    expect(await cacheFiles(join(dir, 'off', 'ssh-doctor'))).toEqual({});
    // A file where the cache directory should be: nothing can be written under it.
    await writeFile(join(dir, 'blocked'), 'not a directory');
    const blocked = await run(CLOSED_PORT_COLLECT, { XDG_CACHE_HOME: join(dir, 'blocked') });
    expect(blocked.stderr).toBe('');
    expect(JSON.parse(blocked.stdout)).toMatchObject({ schemaVersion: 1, cause: 'refused' });
  });
});

describe('npm pack → npm install --offline → npx ssh-doctor', () => {
  let env: SshEnv;
  let prefix: string;
  beforeAll(async () => {
    await ensureBuilt();
    // Readable by the test user: the collect below runs the installed bin as that user.
    prefix = await mkdtemp(join(tmpdir(), 'ssh-doctor-install-'));
    await chmod(prefix, 0o755);
    const packed = await execa('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', prefix], {
      cwd: ROOT,
    });
    const [pack] = JSON.parse(packed.stdout) as { filename: string }[];
    if (!pack) throw new Error(`npm pack printed no file: ${packed.stdout}`);
    const { filename } = pack;
    await execa('npm', ['init', '-y'], { cwd: prefix });
    // --offline: the tarball must need nothing from a registry (its dependencies are bundled).
    await execa('npm', ['install', '--offline', '--no-audit', '--no-fund', join(prefix, filename)], {
      cwd: prefix,
    });
    await execa('chmod', ['-R', 'a+rX', prefix]);
    env = await startSshEnv({ keys: [{ file: 'id_rsa' }] });
  }, 120_000);
  afterAll(async () => {
    await env?.stop();
    await rm(prefix, { recursive: true, force: true });
  });

  it('installs the bundle and the docs, with no runtime dependency', async () => {
    const installed = join(prefix, 'node_modules');
    expect((await readdir(installed)).filter((d) => !d.startsWith('.'))).toEqual(['ssh-doctor']);
    const files = await readdir(join(installed, 'ssh-doctor', 'dist'));
    expect(files).toEqual(['ssh-doctor.mjs']);
  });

  it('runs `npx ssh-doctor --version`', async () => {
    const r = await execa('npx', ['--no-install', 'ssh-doctor', '--version'], { cwd: prefix, reject: false });
    expect({ code: r.exitCode, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(VERSION_LINE);
  });

  it('collects against a real sshd as an ordinary user, through npx', async () => {
    const r = await env.runAs(
      [
        'sh',
        '-c',
        `cd '${prefix}' && exec npx --no-install ssh-doctor --login "$1" --host 127.0.0.1 --port "$2" --json --no-mail`,
        'sh',
        env.user.name,
        String(env.port),
      ],
      { env: { npm_config_cache: join(env.user.home, '.npm'), npm_config_update_notifier: 'false' } },
    );
    expect({ code: r.exitCode, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(r.stdout)).toMatchObject({ schemaVersion: 1, cause: 'success' });
  });
});

describe('progress on a terminal (script(1) gives it a pseudo-terminal)', () => {
  const run = (args: string, env: Record<string, string> = {}) =>
    execa('script', ['-qec', `${process.execPath} ${BUNDLE} ${args} >/dev/null`, '/dev/null'], {
      env: { ...BARE_ENV, TERM: 'xterm', ...env },
      extendEnv: false,
      reject: false,
    });
  const collect = '--login nobody --host 127.0.0.1 --port 1 --no-mail --timeout 3';
  const hasScript = execa('sh', ['-c', 'command -v script'], { reject: false }).then((r) => r.exitCode === 0);

  it('lists every probe with a mark and its duration, in colour', async () => {
    if (!(await hasScript)) return;
    const r = await run(collect);
    expect(r.stdout).toMatch(/✔.* uname -a.* \d+ ms/);
    expect(r.stdout).toMatch(/ssh -vvv nobody@127\.0\.0\.1/);
    expect(r.stdout).toMatch(/\x1b\[3\dm/);
  });

  it('has no colour with NO_COLOR, and nothing at all with --quiet', async () => {
    if (!(await hasScript)) return;
    const noColor = await run(collect, { NO_COLOR: '1' });
    expect(noColor.stdout).toMatch(/✔ uname -a \d+ ms/);
    expect(noColor.stdout).not.toMatch(/\x1b\[3\dm/);
    const quiet = await run(`${collect} --quiet`);
    expect(quiet.stdout).not.toMatch(/uname/);
  });
});
