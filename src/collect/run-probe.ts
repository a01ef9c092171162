// Runs one external command as a probe: argv array (no shell), closed stdin, a timeout and a hard deadline.
import { execa } from 'execa';

/** How a probe command is run. */
export interface CommandSpec {
  argv: readonly string[];
  timeoutMs: number;
  env?: Record<string, string | undefined>;
  /**
   * Ends the command (SIGTERM to its group) after the first stderr line this accepts: the answer is known and
   * the rest would only cost time (ssh -vvv once authenticated). The result is then `ok` with `stoppedEarly`.
   */
  stopAfterLine?: (line: string) => boolean;
  /**
   * Run in a process group of its own (default), killed as a group at the deadline. `false` keeps it in ours, with
   * our controlling terminal: `ssh` can then ask for a key passphrase on /dev/tty (`collect --interactive`).
   */
  detached?: boolean;
  /** Stops the command (killed at once) when aborted: a run nobody will read (src/collect/ssh-first.ts). */
  signal?: AbortSignal;
}

/** What a finished (or killed) command left behind. Text is NOT redacted yet. */
export interface CommandResult {
  status: 'ok' | 'failed' | 'timeout' | 'missing';
  exitCode: number | null;
  durationMs: number;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  error?: string;
  /** Ended on purpose by `stopAfterLine`, its answer known. */
  stoppedEarly?: boolean;
}

const MAX_OUTPUT = 4 * 1024 * 1024;
const MAX_WATCHED_LINE = 64 * 1024;
/** After stopping a command on purpose, how long it may take to exit before SIGKILL. */
const STOP_GRACE_MS = 500;

function collect(stream: NodeJS.ReadableStream | null | undefined, sink: Buffer[]): void {
  let size = 0;
  stream?.on('data', (chunk: Buffer) => {
    if (size >= MAX_OUTPUT) return;
    size += chunk.length;
    sink.push(chunk);
  });
}

/** Calls `onLine` with each complete line of `stream` until it returns true. */
function watchLines(
  stream: NodeJS.ReadableStream | null | undefined,
  onLine: (line: string) => boolean,
): void {
  let partial = '';
  let done = false;
  stream?.on('data', (chunk: Buffer) => {
    if (done) return;
    const lines = (partial + chunk.toString('utf8')).split('\n');
    // A line this long is not the one looked for; do not let it grow with a stream that never ends a line.
    partial = (lines.pop() ?? '').slice(-MAX_WATCHED_LINE);
    done = lines.some((line) => onLine(line.replace(/\r$/, '')));
  });
}

/** Kills the command's process group, or the command alone when it shares ours. */
function killCommand(pid: number | undefined, group: boolean, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (pid === undefined) return;
  try {
    process.kill(group ? -pid : pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Runs `argv` and never throws: a missing command, a non-zero exit and a timeout are all results.
 * The child gets its own process group so that a grandchild (a ProxyCommand, say) holding the output
 * pipe open is killed with it when the deadline passes.
 */
export async function runCommand(spec: CommandSpec): Promise<CommandResult> {
  const [file, ...args] = spec.argv;
  if (file === undefined) throw new Error('runCommand: empty argv');
  const started = performance.now();
  const detached = spec.detached ?? true;
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const child = execa(file, args, {
    stdin: 'ignore',
    buffer: false,
    reject: false,
    timeout: spec.timeoutMs,
    forceKillAfterDelay: 300,
    detached,
    cleanup: true,
    env: { LC_ALL: 'C', LANG: 'C', ...spec.env },
    extendEnv: true,
  });
  collect(child.stdout, out);
  collect(child.stderr, err);
  const stop = () => killCommand(child.pid, detached);
  spec.signal?.addEventListener('abort', stop, { once: true });
  let stoppedEarly = false;
  let stopGrace: NodeJS.Timeout | undefined;
  const stopAfterLine = spec.stopAfterLine;
  if (stopAfterLine)
    watchLines(child.stderr, (line) => {
      if (!stopAfterLine(line)) return false;
      stoppedEarly = true;
      killCommand(child.pid, detached, 'SIGTERM');
      // ssh exits at once on SIGTERM; anything that does not is killed without waiting for the deadline.
      stopGrace = setTimeout(() => killCommand(child.pid, detached), STOP_GRACE_MS);
      return true;
    });
  let deadlineHit = false;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<null>((resolve) => {
    timer = setTimeout(() => {
      deadlineHit = true;
      killCommand(child.pid, detached);
      resolve(null);
    }, spec.timeoutMs + 700);
  });
  const result = await Promise.race([child, deadline]);
  spec.signal?.removeEventListener('abort', stop);
  clearTimeout(timer);
  clearTimeout(stopGrace);
  if (result?.timedOut) killCommand(child.pid, detached);
  const durationMs = Math.round(performance.now() - started);
  const stdout = Buffer.concat(out).toString('utf8');
  const stderr = Buffer.concat(err).toString('utf8');
  if (stoppedEarly && !deadlineHit && !result?.timedOut) {
    const exitCode = result?.exitCode ?? null;
    return { status: 'ok', exitCode, durationMs, timedOut: false, stdout, stderr, stoppedEarly };
  }
  if (result === null || deadlineHit || result.timedOut) {
    return {
      status: 'timeout',
      exitCode: null,
      durationMs,
      timedOut: true,
      stdout,
      stderr,
      error: 'timed out',
    };
  }
  if (result.failed && result.exitCode === undefined) {
    const code = (result.cause as NodeJS.ErrnoException | undefined)?.code;
    return {
      status: code === 'ENOENT' ? 'missing' : 'failed',
      exitCode: null,
      durationMs,
      timedOut: false,
      stdout,
      stderr,
      error:
        code === 'ENOENT' ? `${file}: command not found` : (result.shortMessage ?? 'failed').split('\n')[0],
    };
  }
  const exitCode = result.exitCode ?? null;
  return { status: exitCode === 0 ? 'ok' : 'failed', exitCode, durationMs, timedOut: false, stdout, stderr };
}
