// The npm deliverable: dist/ (ssh-doctor.mjs and its chunks, esbuild's own output) runs alone with a bare node, and
// the packed tarball installs offline and works through `npx ssh-doctor`, including a real collect run by an ordinary
// user against a real sshd. The build stays plain: no module loader, compiler cache or compression of our own.
import { chmod, cp, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execa } from 'execa';
import { type SshEnv, startSshEnv } from './harness/ssh-env.js';
import { CLOSED_PORT_COLLECT } from './harness/system.js';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const BUNDLE = join(DIST, 'ssh-doctor.mjs');
const VERSION_LINE = /^ssh-doctor \d+\.\d+\.\d+\S*\nOpenSSH client: OpenSSH_\S+/;
/** A minimal environment: no NODE_PATH, no npm_* variables, nothing that could find the repository's node_modules. */
const BARE_ENV = { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: tmpdir(), LANG: 'C' };
const BUILD_SCRIPTS = ['scripts/build.mjs', 'scripts/build-exe.mjs'];

async function ensureBuilt(): Promise<void> {
  const built = await stat(BUNDLE).catch(() => null);
  if (!built) await execa('node', ['scripts/build.mjs'], { cwd: ROOT });
}

/** The files a module imports statically (`import ... from "./x"`), followed through the chunks. */
async function staticGraph(file: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = await readFile(file, 'utf8');
  for (const [, rel] of text.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[^'"();]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
  ))
    await staticGraph(resolve(file, '..', rel ?? ''), seen);
  return seen;
}

describe('dist/ alone', () => {
  let dir: string;
  beforeAll(async () => {
    await ensureBuilt();
    dir = await mkdtemp(join(tmpdir(), 'ssh-doctor-alone-'));
    await cp(BUNDLE, join(dir, 'ssh-doctor.mjs'));
    await cp(join(DIST, 'chunks'), join(dir, 'chunks'), { recursive: true });
    await cp(join(ROOT, 'fixtures', 'key-not-authorized', 'transcript.txt'), join(dir, 'ticket.txt'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const run = (args: string[]) =>
    execa(process.execPath, ['ssh-doctor.mjs', ...args], {
      cwd: dir,
      env: { ...BARE_ENV, HOME: join(dir, 'home') },
      extendEnv: false,
      reject: false,
    });

  it('prints its version and the OpenSSH client', async () => {
    const r = await run(['--version']);
    expect({ code: r.exitCode, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(VERSION_LINE);
  });

  it.each([[[]], [['collect']], [['send']], [['triage']], [['check-key']]])(
    'prints help for %j',
    async (cmd) => {
      const r = await run([...cmd, '--help']);
      expect({ code: r.exitCode, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
      expect(r.stdout).toMatch(/Examples:/);
    },
  );

  it('runs a command from its chunk without node_modules (collect against a closed port)', async () => {
    const r = await run(CLOSED_PORT_COLLECT);
    expect(r.stderr).not.toMatch(/Cannot find (module|package)|internal error/);
    expect(JSON.parse(r.stdout)).toMatchObject({ schemaVersion: 1, cause: 'refused' });
  });

  it('triages a recorded ticket', async () => {
    const r = await run(['triage', '--format', 'json', 'ticket.txt']);
    expect({ code: r.exitCode, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(r.stdout)).toMatchObject([{ status: 'ok', cause: 'auth_failed' }]);
  });

  it('writes nothing in the home directory (no cache of its own)', async () => {
    await run(CLOSED_PORT_COLLECT);
    expect(await readdir(join(dir, 'home')).catch(() => [])).toEqual([]);
  });
});

describe('the build stays plain', () => {
  it('is esbuild output: no code of ours that compiles, caches, compresses or loads modules', async () => {
    await ensureBuilt();
    const ours = [...BUILD_SCRIPTS, 'src'];
    const hits = await execa(
      'grep',
      ['-rlE', 'vm\\.Script|new Script\\(|cachedData|brotli|createCachedData', ...ours],
      {
        cwd: ROOT,
        reject: false,
      },
    );
    expect(hits.stdout).toBe('');
    const dist = await execa(
      'grep',
      ['-rlE', 'cachedData|brotliDecompress', 'dist/ssh-doctor.mjs', 'dist/chunks'],
      {
        cwd: ROOT,
        reject: false,
      },
    );
    expect(dist.stdout).toBe('');
  });

  it('has build scripts of under 200 lines in all', async () => {
    const lines = await Promise.all(
      BUILD_SCRIPTS.map(async (f) => (await readFile(join(ROOT, f), 'utf8')).split('\n').length),
    );
    expect(lines.reduce((a, b) => a + b, 0)).toBeLessThan(200);
  });

  it('loads neither zod nor execa nor the mail libraries for --help: commands are chunks of their own', async () => {
    await ensureBuilt();
    // The entry, then the CLI chunk it imports for any command line but a plain collect (src/cli/bin.ts).
    const main = (await readdir(join(DIST, 'chunks'))).filter((f) => /^main-[\w-]+\.mjs$/.test(f));
    expect(main).toHaveLength(1);
    const startup = await staticGraph(join(DIST, 'chunks', main[0] ?? ''), await staticGraph(BUNDLE));
    const text = (await Promise.all([...startup].map((f) => readFile(f, 'utf8')))).join('\n');
    expect(text).toMatch(/Examples:/); // yargs' command definitions are there
    // zod's classes are named `$ZodType`; execa's errors say `Command failed`; nodemailer has its SMTP greeting.
    expect({ zod: /\$ZodType/.test(text), execa: /execa/i.test(text), mail: /EHLO/.test(text) }).toEqual({
      zod: false,
      execa: false,
      mail: false,
    });
    // ...while the whole of dist/ does hold them (the check above looks for strings that exist).
    const chunks = await readdir(join(DIST, 'chunks'));
    const whole = (await Promise.all(chunks.map((f) => readFile(join(DIST, 'chunks', f), 'utf8')))).join(
      '\n',
    );
    expect([/\$ZodType/, /execa/i, /EHLO/].filter((re) => !re.test(whole))).toEqual([]);
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
    expect(files.sort()).toEqual(['chunks', 'ssh-doctor.mjs']);
    const chunks = await readdir(join(installed, 'ssh-doctor', 'dist', 'chunks'));
    expect(chunks.sort()).toEqual((await readdir(join(DIST, 'chunks'))).sort());
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
