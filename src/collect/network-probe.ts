// DNS resolution and a raw TCP connect that reads the server banner, each bounded by a timeout.
import { lookup } from 'node:dns/promises';
import { connect } from 'node:net';

export interface NetworkResult {
  dns: { status: 'ok' | 'failed' | 'skipped'; addresses: string[]; error: string | null };
  tcp: {
    status: 'open' | 'refused' | 'timeout' | 'unreachable' | 'failed' | 'skipped';
    durationMs: number | null;
    error: string | null;
  };
  banner: string | null;
  durationMs: number;
}

function withTimeout<T>(promise: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error(`${label} timed out`), { code: 'ETIMEDOUT' })),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Connects, waits for the first line the server sends (the SSH banner), then closes. */
function readBanner(
  address: string,
  port: number,
  timeoutMs: number,
): Promise<NetworkResult['tcp'] & { banner: string | null }> {
  const started = performance.now();
  return new Promise((resolve) => {
    let data = '';
    let connected = false;
    const socket = connect({ host: address, port });
    const finish = (status: NetworkResult['tcp']['status'], error: string | null, banner: string | null) => {
      socket.destroy();
      clearTimeout(timer);
      resolve({ status, durationMs: Math.round(performance.now() - started), error, banner });
    };
    const timer = setTimeout(
      () =>
        connected
          ? finish('open', 'no banner before the timeout', null)
          : finish('timeout', 'connect timed out', null),
      timeoutMs,
    );
    socket.setEncoding('latin1');
    socket.on('connect', () => {
      connected = true;
    });
    socket.on('data', (chunk: string) => {
      data += chunk;
      const end = data.indexOf('\n');
      if (end >= 0 || data.length > 1024)
        finish('open', null, data.slice(0, end >= 0 ? end : 255).replace(/\r$/, ''));
    });
    socket.on('close', () =>
      finish(connected ? 'open' : 'failed', connected ? 'closed without a banner' : null, null),
    );
    socket.on('error', (error: NodeJS.ErrnoException) => {
      const status =
        error.code === 'ECONNREFUSED'
          ? 'refused'
          : error.code === 'EHOSTUNREACH' || error.code === 'ENETUNREACH'
            ? 'unreachable'
            : error.code === 'ETIMEDOUT'
              ? 'timeout'
              : 'failed';
      finish(status, error.code ?? error.message, null);
    });
  });
}

/** Resolves `host` and tries a TCP connection to its first address; never throws. */
export async function probeNetwork(host: string, port: number, timeoutMs: number): Promise<NetworkResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let addresses: string[] = [];
  try {
    const found = await withTimeout(lookup(host, { all: true }), timeoutMs, 'DNS lookup');
    addresses = found.map((a) => a.address);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return {
      dns: { status: 'failed', addresses: [], error: code },
      tcp: { status: 'skipped', durationMs: null, error: null },
      banner: null,
      durationMs: elapsed(),
    };
  }
  const first = addresses[0];
  if (first === undefined) {
    return {
      dns: { status: 'failed', addresses, error: 'no address' },
      tcp: { status: 'skipped', durationMs: null, error: null },
      banner: null,
      durationMs: elapsed(),
    };
  }
  const { banner, ...tcp } = await readBanner(first, port, timeoutMs);
  return { dns: { status: 'ok', addresses, error: null }, tcp, banner, durationMs: elapsed() };
}
