// Small helpers the test harness shares: run a command as root with a timeout, find a free port, wait for a port.
import { connect, createServer, type Server, type Socket } from 'node:net';
import { execa } from 'execa';

/** Runs argv (no shell) with closed stdin and a timeout; throws with stderr on failure. */
export async function sh(
  argv: string[],
  opts: { env?: Record<string, string>; timeoutMs?: number; input?: string } = {},
) {
  const [file, ...args] = argv;
  if (!file) throw new Error('empty argv');
  const result = await execa(file, args, {
    timeout: opts.timeoutMs ?? 30_000,
    reject: false,
    ...(opts.input === undefined ? { stdin: 'ignore' as const } : { input: opts.input }),
    ...(opts.env ? { env: opts.env, extendEnv: false } : {}),
  });
  if (result.failed) {
    throw new Error(
      `${argv.join(' ')} failed (${result.exitCode ?? result.signal}): ${result.stderr || result.stdout}`,
    );
  }
  return result;
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts TCP connections on 127.0.0.1:port. */
export async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nothing listens on 127.0.0.1:${port} after ${timeoutMs} ms`);
}

/** collect against port 1 on loopback (closed): fails fast, but only after loading all of collect's code. */
export const CLOSED_PORT_COLLECT = [
  '--login',
  'nobody',
  '--host',
  '127.0.0.1',
  '--port',
  '1',
  '--json',
  '--no-mail',
  '--timeout',
  '3',
];

/** A TCP server that accepts connections and never says a word (a hung mail or SSH server). */
export async function startSilentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
