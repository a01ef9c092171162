// Unreachable targets: a listener that accepts TCP and never answers, and a closed port. ssh-doctor --timeout 5
// must return within its timeout + 1 s; the one-liner's plain `ssh -vvv` (no ConnectTimeout) is shown beside it,
// killed at a cap (default 30 s, BENCH_CAP_S) when it hangs.
import { createServer } from 'node:net';
import { isMain, ms, printResult, requireBuild, requireRoot, runTimed, verdict } from './lib/common.mjs';
import { asUser, cliArgv, oneLiner, startBenchEnv } from './lib/ssh-env.mjs';

const TIMEOUT_S = 5;
const CAP_MS = (Number(process.env.BENCH_CAP_S) || 30) * 1000;

/** Accepts connections and never sends a byte: what a firewall that swallows the SSH banner looks like. */
function silentListener() {
  const sockets = new Set();
  const server = createServer((s) => {
    sockets.add(s);
    s.on('error', () => undefined);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : 0,
        close: () => {
          for (const s of sockets) s.destroy();
          return new Promise((r) => server.close(() => r()));
        },
      });
    });
  });
}

export async function benchUnreachable() {
  const env = await startBenchEnv({ noSshd: true });
  const silent = await silentListener();
  try {
    const closed = await closedPort();
    const rows = [['target', 'ssh-doctor --timeout 5', 'one-liner (plain ssh -vvv)', 'ssh-doctor exit']];
    const notes = [];
    for (const [name, port] of [
      ['silent listener (accepts TCP, never answers)', silent.port],
      ['closed port (connection refused)', closed],
    ]) {
      const doctor = await runTimed(
        cliArgv(env, port, ['--no-mail', '--quiet', '--timeout', String(TIMEOUT_S)]),
        { capMs: CAP_MS },
      );
      const legacy = await runTimed(asUser(env, ['bash', '-c', oneLiner(env.user.name, port)]), {
        capMs: CAP_MS,
      });
      const legacyText = legacy.capped ? `> ${CAP_MS / 1000} s (killed)` : ms(legacy.wallMs);
      rows.push([name, ms(doctor.wallMs), legacyText, String(doctor.code)]);
      const ok = !doctor.capped && doctor.wallMs <= (TIMEOUT_S + 1) * 1000;
      notes.push(`${name}: ssh-doctor within ${TIMEOUT_S} s + 1 s: ${verdict(ok)}`);
    }
    notes.push(
      'the one-liner has no ConnectTimeout: against the silent listener ssh waits for the banner forever',
    );
    return { title: `unreachable targets (--timeout ${TIMEOUT_S}, one run each)`, table: rows, notes };
  } finally {
    await silent.close();
    await env.stop();
  }
}

/** A port nothing listens on: bind one, note it, close it. */
async function closedPort() {
  const l = await silentListener();
  await l.close();
  return l.port;
}

if (isMain(import.meta.url)) {
  requireRoot();
  requireBuild();
  printResult(await benchUnreachable());
}
