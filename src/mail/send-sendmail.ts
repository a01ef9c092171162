// Hands one raw message to the local sendmail binary: argv array (`-i -t`), no shell, bounded time.
import { spawn } from 'node:child_process';
import type { SendOutcome } from './outcome.js';

export const DEFAULT_SENDMAIL_PATH = '/usr/sbin/sendmail';

/** sysexits codes meaning "this message will never go": data error, unknown user, unknown host. */
const PERMANENT_EXITS = new Set([65, 67, 68]);

/** Pipes `raw` into `sendmail -i -t`; recipients come from the To header. Exit 0 means accepted for delivery. */
export function sendViaSendmail(path: string, raw: Buffer, timeoutMs = 30_000): Promise<SendOutcome> {
  return new Promise((resolve) => {
    let stderr = '';
    let settled = false;
    const done = (outcome: SendOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    // Own process group, so that a timeout also kills what a wrapper script started (and its open pipes).
    const child = spawn(path, ['-i', '-t'], {
      stdio: ['pipe', 'ignore', 'pipe'],
      shell: false,
      detached: true,
    });
    const timer = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      child.stderr.destroy();
      done({
        status: 'temporary',
        detail: `${path} did not finish within ${Math.round(timeoutMs / 1000)} s`,
      });
    }, timeoutMs);
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 2000) stderr += chunk.toString('utf8');
    });
    child.on('error', (error: NodeJS.ErrnoException) =>
      done({ status: 'temporary', detail: `cannot run ${path}: ${error.code ?? error.message}` }),
    );
    child.on('close', (code, signal) => {
      const why = stderr.replace(/\s+/g, ' ').trim().slice(0, 200);
      if (code === 0) done({ status: 'sent', detail: `accepted by ${path}` });
      else if (code !== null && PERMANENT_EXITS.has(code))
        done({ status: 'permanent', detail: `${path} exit ${code}: ${why}` });
      else
        done({
          status: 'temporary',
          detail: `${path} ${code === null ? `killed by ${signal}` : `exit ${code}`}: ${why}`,
        });
    });
    child.stdin.on('error', () => undefined); // EPIPE when the binary exits early: 'close' reports it
    child.stdin.end(raw);
  });
}
