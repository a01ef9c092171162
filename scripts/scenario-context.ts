// What a scenario's prepare step may do to a running harness: user files, extra keys, fake servers, a dead agent.
// Everything it creates lives under the harness root or is closed by dispose(), so env.stop() leaves nothing behind.
import { randomBytes } from 'node:crypto';
import { appendFile, chmod, chown, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { execa } from 'execa';
import type { SshEnv } from '../test/harness/ssh-env.js';

/** A throwaway key pair generated as root outside the user's ~/.ssh. */
export interface ScratchKey {
  privatePath: string;
  publicLine: string;
}

export interface ScenarioContext {
  env: SshEnv;
  /** Writes a file in the user's ~/.ssh, owned by the user. */
  writeSshFile(name: string, text: string, mode: number): Promise<void>;
  /** Copies a file into the user's ~/.ssh under `name`, owned by the user. */
  copyIntoSsh(source: string, name: string, mode: number): Promise<void>;
  chmodSsh(name: string, mode: number): Promise<void>;
  scratchKey(type: 'rsa' | 'ed25519'): Promise<ScratchKey>;
  /** Adds a public key line to the server's authorized_keys for the user. */
  authorize(publicLine: string): Promise<void>;
  /** Converts a private key to PuTTY's .ppk with puttygen and puts it in ~/.ssh. */
  putty(privatePath: string, name: string): Promise<void>;
  /** Listens on env.port (harness started with noSshd): `silent` never writes, `close` ends each connection at once. */
  listen(kind: 'silent' | 'close'): Promise<void>;
  /** Leaves a Unix socket file in the user's home whose agent was killed (connect → ECONNREFUSED). */
  deadSocket(name: string): Promise<void>;
}

const RUN = { stdin: 'ignore', timeout: 30_000, reject: false } as const;

export function createScenarioContext(env: SshEnv): { ctx: ScenarioContext; dispose(): Promise<void> } {
  const scratch = join(env.root, 'scratch');
  const servers: Server[] = [];
  const sockets = new Set<Socket>();

  const place = async (path: string, mode: number) => {
    await chown(path, env.user.uid, env.user.gid);
    await chmod(path, mode);
  };

  const ctx: ScenarioContext = {
    env,
    async writeSshFile(name, text, mode) {
      const path = env.keyPath(name);
      await writeFile(path, text);
      await place(path, mode);
    },
    async copyIntoSsh(source, name, mode) {
      const path = env.keyPath(name);
      await copyFile(source, path);
      await place(path, mode);
    },
    chmodSsh: (name, mode) => chmod(env.keyPath(name), mode),
    async scratchKey(type) {
      await mkdir(scratch, { recursive: true, mode: 0o700 });
      const path = join(scratch, `key-${randomBytes(4).toString('hex')}`);
      const bits = type === 'rsa' ? ['-b', '2048'] : [];
      const r = await execa(
        'ssh-keygen',
        ['-q', '-t', type, ...bits, '-N', '', '-C', 'scratch', '-f', path],
        RUN,
      );
      if (r.exitCode !== 0) throw new Error(`ssh-keygen failed: ${r.stderr}`);
      return { privatePath: path, publicLine: (await readFile(`${path}.pub`, 'utf8')).trim() };
    },
    authorize: (line) => appendFile(join(env.serverDir, 'authorized_keys', env.user.name), `${line}\n`),
    async putty(privatePath, name) {
      const out = `${privatePath}.ppk`;
      const r = await execa('puttygen', [privatePath, '-O', 'private', '-o', out], RUN);
      if (r.exitCode !== 0) throw new Error(`puttygen failed: ${r.stderr || r.stdout}`);
      await ctx.copyIntoSsh(out, name, 0o600);
    },
    async listen(kind) {
      const server = createServer((socket) => {
        sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => sockets.delete(socket));
        if (kind === 'close') socket.end();
      });
      servers.push(server);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(env.port, '127.0.0.1', () => resolve());
      });
    },
    async deadSocket(name) {
      const path = join(env.user.home, name);
      const r = await env.runAs(['ssh-agent', '-s', '-a', path]);
      const pid = /SSH_AGENT_PID=(\d+)/.exec(r.stdout)?.[1];
      if (r.exitCode !== 0 || !pid) throw new Error(`ssh-agent failed: ${r.stderr}`);
      // SIGKILL: the agent gets no chance to unlink its socket, as after a crash or a closed session.
      process.kill(Number(pid), 'SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 100));
    },
  };

  const dispose = async () => {
    for (const s of sockets) s.destroy();
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  };
  return { ctx, dispose };
}
