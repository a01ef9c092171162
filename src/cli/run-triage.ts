// Wires `triage` to the process: checks the paths, loads the profile, streams the output, sets the exit code.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { ExitCode, UsageError } from '../errors.js';
import { FORMATS, type OutputFormat } from '../triage/output-format.js';
import { createProgressMeter } from '../triage/progress-meter.js';
import { runTriageLoop } from '../triage/triage-run.js';
import { entry } from './entry.js';
import { loadSettings } from './settings.js';

export interface TriageFlags {
  paths?: string[];
  format?: string;
  json?: boolean;
  reply?: boolean;
  quiet?: boolean;
  jobs?: number;
  /** Global `--debug`: also tells how many tickets the worker threads diagnosed. */
  debug?: boolean;
  profile?: string;
  config?: string;
  lang?: string;
}

function checkPaths(paths: readonly string[]): void {
  if (paths.length === 0) {
    throw new UsageError('triage needs at least one PATH', {
      hint: 'a mail, mbox, Maildir, directory or - for stdin',
    });
  }
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('- (stdin) can be given only once');
  for (const path of paths) {
    if (path === '-') continue;
    try {
      statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      throw new UsageError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file or directory' : code}`);
    }
  }
}

function pickFormat(flags: TriageFlags): OutputFormat {
  const format = flags.format ?? (flags.json ? 'json' : 'text');
  const known = FORMATS.find((f) => f === format);
  if (!known) throw new UsageError(`unknown format '${format}'`, { hint: `one of ${FORMATS.join(', ')}` });
  return known;
}

/**
 * Threads that triage tickets: `--jobs`, else one per core up to 2 (the main thread reads the input and works too,
 * each further job is a worker thread of about 40 MB).
 */
function pickJobs(flags: TriageFlags): number {
  if (flags.jobs === undefined) return Math.min(2, availableParallelism());
  const jobs = Number(flags.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
    throw new UsageError(`--jobs '${String(flags.jobs)}' is not a number of threads`, {
      hint: 'from 1 to 64',
    });
  return jobs;
}

/**
 * A mailbox run allocates a lot of short-lived data per ticket and retains almost none. V8 lets a heap grow up to 4×
 * its live size between full collections (so ~100 MB of garbage per thread here); 1.3× keeps the RSS of a
 * 10,000-ticket run well under 200 MB (~188 MB, against ~194 MB at 1.5×, which is ~3% faster). Read at each
 * collection (it cannot be set by `--max-old-space-size` once the process runs), process-wide: it also applies to
 * the worker threads. Set for `triage` only.
 */
const HEAP_GROWING = '--heap-growing-percent=30';

/** Exit code: 0 every ticket triaged, 1 some input could not be read (usage errors throw, exit 2). */
export async function runTriage(flags: TriageFlags): Promise<number> {
  const paths = (flags.paths ?? []).map(String);
  checkPaths(paths);
  const format = pickFormat(flags);
  const jobs = pickJobs(flags);
  const { profile } = await loadSettings(flags);
  setFlagsFromString(HEAP_GROWING);
  const workers =
    jobs > 1 && entry.url !== null ? { count: jobs - 1, entryUrl: entry.url, stats: { remote: 0 } } : null;
  const progress = createProgressMeter(process.stderr, !flags.quiet);
  let pipeClosed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    pipeClosed = true;
    process.stdout.destroy();
  });
  const summary = await runTriageLoop({
    paths,
    format,
    reply: flags.reply === true,
    profile,
    stdin: process.stdin,
    stdout: process.stdout,
    warn: (line) => {
      progress.stop();
      process.stderr.write(`ssh-doctor: triage: ${line}\n`);
    },
    now: () => new Date().toISOString(),
    onProgress: (tickets, bytes) => progress.update(tickets, bytes),
    ...(workers ? { workers } : {}),
  }).finally(() => progress.stop());
  if (flags.debug) {
    const remote = workers?.stats.remote ?? 0;
    process.stderr.write(
      `ssh-doctor: triage: ${remote} ticket(s) diagnosed in ${workers?.count ?? 0} worker thread(s)\n`,
    );
  }
  if (pipeClosed) return ExitCode.ok;
  return summary.failures > 0 ? ExitCode.problem : ExitCode.ok;
}
