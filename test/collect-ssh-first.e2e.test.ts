// ssh first: for a plain `ssh-doctor --login X --host H --port P`, the entry starts `ssh -vvv` before the rest of the
// CLI loads; collect then adopts that very run (one ssh connection, not two), and a run the CLI never adopts (an
// error in the settings) is stopped instead of holding the process until its timeout.
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execa } from 'execa';
import { CLI, type SshEnv, startSshEnv } from './harness/ssh-env.js';
import { freePort } from './harness/system.js';

const DIST = resolve(import.meta.dirname, '..', 'dist');

/** A TCP server that counts the connections it accepts and never says a word (ssh waits for a banner). */
async function countingSilentServer() {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  const port = await freePort();
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    port,
    connections: () => sockets.size,
    close: () =>
      new Promise<void>((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; ) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return check();
}

describe('ssh first', () => {
  let home: string;
  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'ssh-doctor-first-'));
  });
  afterAll(() => rm(home, { recursive: true, force: true }));
  const bareEnv = () => ({ PATH: '/usr/local/bin:/usr/bin:/bin', HOME: home, LANG: 'C' });

  it('starts ssh -vvv before the CLI code loads', async () => {
    // A copy of dist/ whose CLI chunk (main.ts: yargs, settings, the commands) never finishes loading.
    const dir = join(home, 'dist');
    await cp(DIST, dir, { recursive: true, filter: (src) => !/ssh-doctor-|[\\/]sea$/.test(src) });
    const chunks = await readdir(join(dir, 'chunks'));
    const main = chunks.filter((f) => /^main-[\w-]+\.mjs$/.test(f));
    expect(main).toHaveLength(1);
    await writeFile(join(dir, 'chunks', main[0] ?? ''), 'await new Promise(() => {});\n');
    const server = await countingSilentServer();
    const target = ['--login', 'nobody', '--host', '127.0.0.1', '--port', String(server.port)];
    const run = execa(process.execPath, [join(dir, 'ssh-doctor.mjs'), ...target, '--timeout', '5'], {
      env: bareEnv(),
      extendEnv: false,
      reject: false,
      stdin: 'ignore',
    });
    try {
      expect(await waitFor(() => server.connections() > 0, 10_000)).toBe(true);
    } finally {
      run.kill('SIGKILL');
      await run;
      await server.close();
    }
  });

  it('stops an early ssh the CLI does not adopt (a settings error) instead of waiting for it', async () => {
    const server = await countingSilentServer();
    const target = ['--login', 'nobody', '--host', '127.0.0.1', '--port', String(server.port)];
    try {
      const started = performance.now();
      const r = await execa(process.execPath, [CLI, ...target, '--timeout', '20'], {
        env: { ...bareEnv(), SSH_DOCTOR_LANG: 'klingon' },
        extendEnv: false,
        reject: false,
        stdin: 'ignore',
      });
      expect({ code: r.exitCode, stderr: r.stderr }).toEqual({
        code: 2,
        stderr: expect.stringMatching(/^ssh-doctor: unknown language 'klingon'[^\n]*$/),
      });
      // ssh had connected (the head start happened) and was stopped: ssh alone would wait ~12 s for a banner.
      expect(server.connections()).toBe(1);
      expect(performance.now() - started).toBeLessThan(8000);
    } finally {
      await server.close();
    }
  });
});

describe('ssh first, against a real sshd', () => {
  let env: SshEnv;
  beforeAll(async () => {
    env = await startSshEnv({ keys: [{ file: 'id_rsa' }] });
    // The harness's own check that sshd listens is a connection too: let sshd finish logging it.
    for (let i = 0; i < 200 && !/Connection closed by/.test(await env.sshdLog()); i++)
      await new Promise((r) => setTimeout(r, 25));
  });
  afterAll(() => env?.stop());

  it('logs in once: collect adopts the ssh the entry started', async () => {
    const before = (await env.sshdLog()).length;
    const r = await env.cli([...env.targetArgs(), '--json', '--no-mail']);
    expect({ code: r.exitCode, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(r.stdout)).toMatchObject({ cause: 'success' });
    const log = (await env.sshdLog()).slice(before);
    expect(log.match(/Accepted publickey for/g)).toHaveLength(1);
    // The TCP banner probe and ssh -vvv: two connections, not three.
    expect(log.match(/Connection from 127\.0\.0\.1/g)).toHaveLength(2);
  });
});
