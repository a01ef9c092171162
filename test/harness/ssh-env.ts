// The end-to-end harness: a real sshd on a loopback port, a temporary user with real keys, an optional real
// ssh-agent, and a way to run the built CLI as that user. Everything is torn down by stop(), even after a failure.
import { chmod, chown, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execa, type ResultPromise } from 'execa';
import { freePort, sh, waitForPort } from './system.js';
import { createTestUser, type TestUser } from './test-user.js';

export const CLI = resolve(import.meta.dirname, '../../dist/ssh-doctor.mjs');

/** A key to create in the user's ~/.ssh with ssh-keygen. */
export interface KeySpec {
  /** File name in ~/.ssh, e.g. `id_rsa` or `meso_rsa`. */
  file: string;
  type?: 'rsa' | 'ed25519' | 'ecdsa';
  bits?: number;
  passphrase?: string;
  /** Put its public key in the server's authorized_keys for the user (default true). */
  authorize?: boolean;
  /** Load it into the agent (needs `agent: true`). */
  inAgent?: boolean;
  /** File mode of the private key (default 0600). */
  mode?: number;
  /** Remove the .pub after generation. */
  noPub?: boolean;
  /** Private key file format (`ssh-keygen -m`); default OpenSSH's own (openssh-key-v1). */
  format?: 'PEM' | 'PKCS8';
}

export interface SshEnvOptions {
  keys?: KeySpec[];
  /** Extra sshd_config lines, placed first so that they win. */
  sshdConfig?: string[];
  /** Start a real ssh-agent as the user. */
  agent?: boolean;
  /** Do not start sshd (for closed-port tests). */
  noSshd?: boolean;
  /** Contents of ~/.ssh/config. */
  sshConfig?: string;
  /** Host key types sshd gets a `HostKey` line for (default all three: ed25519, rsa, ecdsa). */
  hostKeyTypes?: readonly HostKeyType[];
}

/** A server host key type the harness can generate. */
export type HostKeyType = 'ed25519' | 'rsa' | 'ecdsa';

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  durationMs: number;
}

export interface SshEnv {
  user: TestUser;
  port: number;
  root: string;
  serverDir: string;
  agentSocket: string | null;
  /** The clean environment commands run with as the test user (HOME, USER, PATH, LANG=C, SSH_AUTH_SOCK if any). */
  userEnv(): Record<string, string>;
  /** Runs argv as the test user with a clean environment (HOME, USER, PATH, LANG=C, SSH_AUTH_SOCK if any). */
  runAs(argv: string[], opts?: { env?: Record<string, string>; timeoutMs?: number }): Promise<RunResult>;
  /** Runs the built CLI (`node dist/ssh-doctor.mjs ...args`) as the test user. */
  cli(args: string[], opts?: { env?: Record<string, string>; timeoutMs?: number }): Promise<RunResult>;
  /** `--login USER --host 127.0.0.1 --port PORT` for this environment (another port for closed-port tests). */
  targetArgs(port?: number): string[];
  /** Absolute path of a file in the user's ~/.ssh. */
  keyPath(file: string): string;
  sshdLog(): Promise<string>;
  stop(): Promise<void>;
}

async function writeOwned(path: string, text: string, user: TestUser, mode: number): Promise<void> {
  await writeFile(path, text);
  await chown(path, user.uid, user.gid);
  await chmod(path, mode);
}

const HOST_KEY_BITS: Record<HostKeyType, string> = { ed25519: '', rsa: '2048', ecdsa: '256' };

async function makeServerKeys(
  serverDir: string,
  types: readonly HostKeyType[] = ['ed25519', 'rsa', 'ecdsa'],
): Promise<string[]> {
  const keys: string[] = [];
  for (const type of types) {
    const bits = HOST_KEY_BITS[type];
    const path = join(serverDir, `ssh_host_${type}_key`);
    await sh(['ssh-keygen', '-q', '-t', type, ...(bits ? ['-b', bits] : []), '-N', '', '-C', '', '-f', path]);
    keys.push(path);
  }
  return keys;
}

/** Starts the whole environment. Call stop() in afterAll/finally. */
export async function startSshEnv(opts: SshEnvOptions = {}): Promise<SshEnv> {
  const root = await mkdtemp(join(tmpdir(), 'ssh-doctor-e2e-'));
  await chmod(root, 0o755);
  const home = join(root, 'home');
  const serverDir = join(root, 'server');
  await mkdir(home);
  await mkdir(join(serverDir, 'authorized_keys'), { recursive: true });
  await chmod(serverDir, 0o755);
  await chmod(join(serverDir, 'authorized_keys'), 0o755);
  const user = await createTestUser(home);
  let sshd: ResultPromise | null = null;
  let agent: ResultPromise | null = null;
  let agentSocket: string | null = null;
  const port = await freePort();

  const baseEnv = (): Record<string, string> => ({
    HOME: home,
    USER: user.name,
    LOGNAME: user.name,
    PATH: '/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin',
    LANG: 'C',
    XDG_STATE_HOME: join(home, '.local', 'state'),
    XDG_CONFIG_HOME: join(home, '.config'),
    ...(agentSocket ? { SSH_AUTH_SOCK: agentSocket } : {}),
  });

  const runAs: SshEnv['runAs'] = async (argv, o = {}) => {
    const env = { ...baseEnv(), ...o.env };
    const envArgs = Object.entries(env).map(([k, v]) => `${k}=${v}`);
    const started = performance.now();
    const r = await execa('runuser', ['-u', user.name, '--', 'env', '-i', ...envArgs, ...argv], {
      stdin: 'ignore',
      reject: false,
      timeout: o.timeoutMs ?? 60_000,
      cwd: home,
    });
    return {
      exitCode: r.exitCode ?? -1,
      stdout: r.stdout,
      stderr: r.stderr,
      durationMs: Math.round(performance.now() - started),
    };
  };

  const stop = async () => {
    sshd?.kill('SIGKILL');
    agent?.kill('SIGKILL');
    await Promise.allSettled([sshd, agent].filter((p) => p !== null));
    await user.remove();
    await rm(root, { recursive: true, force: true });
  };

  try {
    if (opts.agent) {
      agentSocket = join(home, 'agent.sock');
      // Spawned directly with the user's uid (not through runuser) so that killing it kills the agent itself.
      agent = execa('ssh-agent', ['-D', '-a', agentSocket], {
        uid: user.uid,
        gid: user.gid,
        stdin: 'ignore',
        stdout: 'ignore',
        stderr: 'ignore',
        reject: false,
      });
      const end = Date.now() + 5000;
      while (
        Date.now() < end &&
        !(await stat(agentSocket).then(
          () => true,
          () => false,
        ))
      ) {
        await new Promise((r) => setTimeout(r, 30));
      }
    }
    const authorized: string[] = [];
    for (const key of opts.keys ?? []) {
      const path = join(user.sshDir, key.file);
      const type = key.type ?? 'rsa';
      const bits = key.bits ?? (type === 'rsa' ? 2048 : type === 'ecdsa' ? 256 : undefined);
      await runAs([
        'ssh-keygen',
        '-q',
        '-t',
        type,
        ...(bits ? ['-b', String(bits)] : []),
        '-N',
        key.passphrase ?? '',
        ...(key.format ? ['-m', key.format] : []),
        '-C',
        `${user.name}@test-${key.file}`,
        '-f',
        path,
      ]).then((r) => {
        if (r.exitCode !== 0) throw new Error(`ssh-keygen failed: ${r.stderr}`);
      });
      const pub = await readFile(`${path}.pub`, 'utf8');
      if (key.authorize !== false) authorized.push(pub.trim());
      if (key.inAgent) {
        if (!agentSocket) throw new Error(`key ${key.file}: inAgent needs agent: true`);
        if (key.passphrase)
          throw new Error(`key ${key.file}: cannot add an encrypted key to the agent unattended`);
        const r = await runAs(['ssh-add', path]);
        if (r.exitCode !== 0) throw new Error(`ssh-add failed: ${r.stderr}`);
      }
      if (key.mode !== undefined) await chmod(path, key.mode);
      if (key.noPub) await rm(`${path}.pub`);
    }
    await writeFile(join(serverDir, 'authorized_keys', user.name), authorized.map((l) => `${l}\n`).join(''));
    await chmod(join(serverDir, 'authorized_keys', user.name), 0o644);
    if (opts.sshConfig !== undefined)
      await writeOwned(join(user.sshDir, 'config'), opts.sshConfig, user, 0o600);

    if (!opts.noSshd) {
      const hostKeys = await makeServerKeys(serverDir, opts.hostKeyTypes);
      const config = [
        ...(opts.sshdConfig ?? []),
        `Port ${port}`,
        'ListenAddress 127.0.0.1',
        ...hostKeys.map((k) => `HostKey ${k}`),
        `PidFile ${join(serverDir, 'sshd.pid')}`,
        `AuthorizedKeysFile ${join(serverDir, 'authorized_keys')}/%u`,
        'StrictModes no',
        'UsePAM no',
        'PasswordAuthentication no',
        'KbdInteractiveAuthentication no',
        'PubkeyAuthentication yes',
        `AllowUsers ${user.name}`,
        'LogLevel VERBOSE',
        'PerSourcePenalties no',
      ];
      const configPath = join(serverDir, 'sshd_config');
      await writeFile(configPath, `${config.join('\n')}\n`);
      await mkdir('/run/sshd', { recursive: true });
      // PerSourcePenalties exists only in OpenSSH >= 9.8; drop it when this sshd does not know it.
      const check = await execa('/usr/sbin/sshd', ['-t', '-f', configPath], {
        reject: false,
        stdin: 'ignore',
      });
      if (check.exitCode !== 0 && /PerSourcePenalties/.test(check.stderr)) {
        await writeFile(
          configPath,
          `${config.filter((l) => !l.startsWith('PerSourcePenalties')).join('\n')}\n`,
        );
      } else if (check.exitCode !== 0) {
        throw new Error(`sshd config rejected: ${check.stderr}`);
      }
      sshd = execa('/usr/sbin/sshd', ['-D', '-f', configPath, '-E', join(serverDir, 'sshd.log')], {
        stdin: 'ignore',
        stdout: 'ignore',
        stderr: 'ignore',
        reject: false,
      });
      await waitForPort(port);
    }
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    user,
    port,
    root,
    serverDir,
    agentSocket,
    userEnv: baseEnv,
    runAs,
    cli: (args, o) => runAs([process.execPath, CLI, ...args], o),
    targetArgs: (p = port) => ['--login', user.name, '--host', '127.0.0.1', '--port', String(p)],
    keyPath: (file) => join(user.sshDir, file),
    sshdLog: () => readFile(join(serverDir, 'sshd.log'), 'utf8').catch(() => ''),
    stop,
  };
}
