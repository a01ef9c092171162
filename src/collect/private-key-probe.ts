// Stands in for the one-liner's `head -2 ~/.ssh/id_rsa`: says whether the key exists, its mode and kind, never its content.
import { open, stat } from 'node:fs/promises';
import { describeKeyText } from '../keys/describe-key-text.js';
import type { CommandResult } from './run-probe.js';

/** Reads at most the first 64 KB of the key in-process and reports only metadata. */
export async function probePrivateKeyHeader(path: string): Promise<CommandResult> {
  const started = performance.now();
  const done = (partial: Omit<CommandResult, 'durationMs' | 'timedOut'>): CommandResult => ({
    ...partial,
    durationMs: Math.round(performance.now() - started),
    timedOut: false,
  });
  try {
    const info = await stat(path);
    const mode = `0${(info.mode & 0o777).toString(8)}`;
    const handle = await open(path, 'r');
    try {
      const buf = Buffer.alloc(Math.min(info.size, 65536));
      await handle.read(buf, 0, buf.length, 0);
      const kind = describeKeyText(buf.toString('utf8'));
      return done({ status: 'ok', exitCode: 0, stdout: `${path}: exists, mode ${mode}, ${kind}\n`, stderr: '' });
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const reason = code === 'ENOENT' ? 'No such file or directory' : code === 'EACCES' ? 'Permission denied' : code;
    return done({
      status: code === 'ENOENT' ? 'missing' : 'failed',
      exitCode: 1,
      stdout: '',
      stderr: `head: cannot open '${path}' for reading: ${reason}\n`,
    });
  }
}
