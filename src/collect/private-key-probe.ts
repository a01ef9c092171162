// Stands in for the one-liner's `head -2 ~/.ssh/id_rsa`: says whether the key exists, its mode and kind, never its content.
import { describeKeyHeader } from '../keys/key-header.js';
import type { CommandResult } from './run-probe.js';

/** Reports only metadata of the key file, in the shape of a command result. */
export async function probePrivateKeyHeader(path: string): Promise<CommandResult> {
  const started = performance.now();
  const h = await describeKeyHeader(path);
  const durationMs = Math.round(performance.now() - started);
  if (!h.exists) {
    return {
      status: 'missing',
      exitCode: 1,
      durationMs,
      timedOut: false,
      stdout: '',
      stderr: `head: cannot open '${path}' for reading: No such file or directory\n`,
    };
  }
  const line = `${path}: exists, mode ${h.mode ?? '?'}, ${h.kind} (content not shown)\n`;
  return {
    status: h.error ? 'failed' : 'ok',
    exitCode: h.error ? 1 : 0,
    durationMs,
    timedOut: false,
    stdout: line,
    stderr: '',
  };
}
