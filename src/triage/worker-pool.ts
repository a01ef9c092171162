// Worker threads for the CPU-heavy per-ticket work (mail parsing, redaction, diagnosis) so a mailbox run uses more
// than one core. Each worker is the running CLI file itself, started with `workerData.role = 'triage-worker'`
// (src/cli/bin.ts then loads src/triage/worker.ts instead of the commands).
import { getAsset, isSea } from 'node:sea';
import { Worker } from 'node:worker_threads';
import type { Profile } from '../profile/profile.js';
import type { OutputFormat } from './output-format.js';
import type { TicketJob } from './process-ticket.js';
import type { RenderedTicket, TriageEntry } from './ticket.js';

export const WORKER_ROLE = 'triage-worker';

/** What a worker is started with (plain data: it crosses threads). */
export interface TriageWorkerData {
  role: typeof WORKER_ROLE;
  profile: Profile;
  reply: boolean;
  /** The run's output format: a diagnosed ticket comes back rendered when the format allows (see `prerenderer`). */
  format: OutputFormat;
}

/**
 * Messages: main → worker `{ id, job }` (a mail's bytes are transferred, not copied, when the job owns them);
 * worker → main `{ ready: true }` once, then `{ id, entry }` (a failure, or a ticket rendered in the output format).
 */
export type ToWorker = { id: number; job: TicketJob };
export type WorkerResult = TriageEntry | RenderedTicket;
export type FromWorker = { ready: true } | { id: number; entry: WorkerResult };

/** Jobs queued in one worker: enough that it never waits for the main thread, few enough to keep memory flat. */
const PER_WORKER = 4;

/**
 * V8 grows the young generation up to 3×16 MB per thread under a high allocation rate; tickets are small and
 * short-lived, so a small one costs little time and keeps the run's RSS flat.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 12 };

interface Pending {
  resolve: (entry: WorkerResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  pending: Map<number, Pending>;
}

export interface TicketPool {
  /** Runs the job in a worker with room for it, or returns null (none ready or all busy: run it in this thread). */
  tryRun(job: TicketJob): Promise<WorkerResult> | null;
  /** Stops the workers (pending jobs are rejected). */
  close(): Promise<void>;
}

/**
 * Starts `count` workers from `entryUrl` (the CLI file). They load in the background: until one says it is ready,
 * `tryRun` returns null and the caller works in its own thread. A worker that fails to start is dropped quietly;
 * one that dies later rejects its jobs.
 */
/**
 * The buffer to transfer with a job: a mail's bytes when they fill their own ArrayBuffer (read-mbox.ts allocates one
 * per message), so nothing else can be looking at them; a slice of a shared pool is copied as before.
 */
function transferable(job: TicketJob): ArrayBuffer[] {
  if (!('raw' in job)) return [];
  const { buffer, byteOffset, byteLength } = job.raw;
  return buffer instanceof ArrayBuffer &&
    byteOffset === 0 &&
    byteLength === buffer.byteLength &&
    byteLength > 0
    ? [buffer]
    : [];
}

export function startTicketPool(
  count: number,
  entryUrl: string | URL,
  data: Omit<TriageWorkerData, 'role'>,
): TicketPool {
  const slots: Slot[] = [];
  let nextId = 0;
  // The standalone executable is no script a worker can start from: it runs the executable's own source instead,
  // which scripts/build-exe.mjs stores as the asset `cli.cjs`.
  const script = isSea() ? getAsset('cli.cjs', 'utf8') : new URL(entryUrl);
  for (let i = 0; i < count; i++) {
    let worker: Worker;
    try {
      worker = new Worker(script, {
        eval: typeof script === 'string',
        workerData: { ...data, role: WORKER_ROLE } satisfies TriageWorkerData,
        resourceLimits: WORKER_LIMITS,
      });
    } catch {
      continue;
    }
    const slot: Slot = { worker, ready: false, dead: false, pending: new Map() };
    const fail = (error: Error) => {
      slot.dead = true;
      for (const p of slot.pending.values()) p.reject(error);
      slot.pending.clear();
    };
    worker.on('message', (msg: FromWorker) => {
      if ('ready' in msg) {
        slot.ready = true;
        return;
      }
      const p = slot.pending.get(msg.id);
      slot.pending.delete(msg.id);
      p?.resolve(msg.entry);
    });
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => fail(new Error(`worker thread exited (code ${code})`)));
    slots.push(slot);
  }
  return {
    tryRun(job) {
      let best: Slot | null = null;
      for (const s of slots) {
        if (!s.ready || s.dead || s.pending.size >= PER_WORKER) continue;
        if (best === null || s.pending.size < best.pending.size) best = s;
      }
      if (best === null) return null;
      const slot = best;
      const id = nextId++;
      return new Promise<WorkerResult>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        // After a transfer the job's bytes are gone from this thread: only `job.at` is read again (jobSource).
        slot.worker.postMessage({ id, job } satisfies ToWorker, transferable(job));
      });
    },
    async close() {
      await Promise.all(
        slots.map((s) => {
          s.dead = true;
          return s.worker.terminate().catch(() => undefined);
        }),
      );
    },
  };
}
