// The triage loop: read a ticket, diagnose it (here or in a worker thread), write its output in input order, forget
// it; memory stays flat for any mailbox.
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import type { Profile } from '../profile/profile.js';
import type { CauseSummary } from './cause-summary.js';
import { createFormatWriter, type OutputFormat } from './output-format.js';
import { internalFailure, jobSource, processJob } from './process-ticket.js';
import { readTickets } from './read-tickets.js';
import { printableLine } from './sanitize.js';
import { type RenderedTicket, sourceLabel, type TriageEntry } from './ticket.js';
import { startTicketPool } from './worker-pool.js';

export interface TriageRunOptions {
  paths: readonly string[];
  format: OutputFormat;
  reply: boolean;
  profile: Profile;
  stdin: Readable;
  stdout: Writable;
  /** One line per unreadable input. */
  warn: (line: string) => void;
  now: () => string;
  onProgress?: (tickets: number, bytes: number) => void;
  /**
   * Worker threads that parse and diagnose tickets besides this one, started from `entryUrl` (the CLI file). None:
   * everything runs in this thread (also the fallback when they cannot start).
   */
  workers?: { count: number; entryUrl: string | URL; stats?: { remote: number } };
}

/** Writes with backpressure: a slow reader of stdout slows the run instead of filling memory. */
async function writeTo(out: Writable, chunk: string): Promise<void> {
  if (chunk === '' || out.destroyed) return;
  if (out.write(chunk)) return;
  // A reader that went away (`| head`) ends the run quietly: `once` rejects on the stream's EPIPE error. The abort
  // removes the listeners of the event that did not come (they piled up on a slow pipe: MaxListenersExceededWarning).
  const waiting = new AbortController();
  const { signal } = waiting;
  await Promise.race([once(out, 'drain', { signal }), once(out, 'close', { signal })])
    .catch(() => out.destroy())
    .finally(() => waiting.abort());
}

/** Resolves after the event loop's next turn (its I/O and worker messages handled). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** How many tickets may be read ahead of the output (in workers or waiting for an earlier one): flat memory. */
const MAX_AHEAD = 32;

/** A ticket in output order: its entry once known. */
interface Slot {
  entry: TriageEntry | RenderedTicket | null;
  done: Promise<void>;
}

/** Triages every ticket under `paths`, streaming the chosen format in input order; returns the counts. */
export async function runTriageLoop(opts: TriageRunOptions): Promise<CauseSummary> {
  const writer = createFormatWriter(opts.format);
  let bytes = 0;
  let tickets = 0;
  const onBytes = (n: number) => {
    bytes += n;
  };
  const processOpts = { profile: opts.profile, reply: opts.reply, now: opts.now };
  const workers = opts.workers;
  const pool =
    workers && workers.count > 0
      ? startTicketPool(workers.count, workers.entryUrl, {
          profile: opts.profile,
          reply: opts.reply,
          format: opts.format,
        })
      : null;
  const queue: Slot[] = [];

  const emit = async (entry: TriageEntry | RenderedTicket) => {
    if (entry.status === 'error')
      opts.warn(`${printableLine(sourceLabel(entry.source))}: ${printableLine(entry.error)}`);
    await writeTo(opts.stdout, writer.entry(entry));
    tickets += 1;
    opts.onProgress?.(tickets, bytes);
  };
  /** Writes every finished ticket at the head of the queue (later ones wait for earlier ones). */
  const flush = async () => {
    for (let head = queue[0]; head?.entry; head = queue[0]) {
      queue.shift();
      await emit(head.entry);
      if (opts.stdout.destroyed) return;
    }
  };

  try {
    await writeTo(opts.stdout, writer.begin());
    for await (const job of readTickets(opts.paths, { stdin: opts.stdin, onBytes })) {
      if ('status' in job) {
        queue.push({ entry: job, done: Promise.resolve() });
      } else {
        let remote = pool?.tryRun(job) ?? null;
        if (pool && remote === null) {
          // The workers' results arrive as messages, handled only between macrotasks, and reading a chunk of the
          // mailbox yields a dozen tickets in microtasks: a worker that looks full may be idle. Let its messages in.
          await nextTurn();
          remote = pool.tryRun(job);
        }
        if (remote === null) {
          // No worker has room (or there is none): this thread does the work itself.
          queue.push({ entry: await processJob(job, processOpts), done: Promise.resolve() });
        } else {
          if (workers?.stats) workers.stats.remote += 1;
          const slot: Slot = { entry: null, done: Promise.resolve() };
          slot.done = remote.then(
            (entry) => {
              slot.entry = entry;
            },
            (error) => {
              slot.entry = internalFailure(jobSource(job), error);
            },
          );
          queue.push(slot);
        }
      }
      await flush();
      while (queue.length >= MAX_AHEAD && !opts.stdout.destroyed) {
        await queue[0]?.done;
        await flush();
      }
      if (opts.stdout.destroyed) break;
    }
    while (queue.length > 0 && !opts.stdout.destroyed) {
      await queue[0]?.done;
      await flush();
    }
  } finally {
    await pool?.close();
  }
  await writeTo(opts.stdout, writer.end());
  return writer.summary;
}
