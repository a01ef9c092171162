// A triage worker thread (see worker-pool.ts): processes the jobs it is sent one at a time, in order.
import { parentPort, workerData } from 'node:worker_threads';
import { prerenderer } from './output-format.js';
import { internalFailure, jobSource, processJob } from './process-ticket.js';
import type { TriageEntry } from './ticket.js';
import type { FromWorker, ToWorker, TriageWorkerData, WorkerResult } from './worker-pool.js';

const port = parentPort;
const data = workerData as TriageWorkerData;
const opts = { profile: data.profile, reply: data.reply, now: () => new Date().toISOString() };
const render = prerenderer(data.format);

/** A diagnosed ticket goes back as its output text (one string to copy, not an object graph to clone). */
function result(entry: TriageEntry): WorkerResult {
  return entry.status === 'ok' && render !== null
    ? { status: 'rendered', cause: entry.cause, text: render(entry) }
    : entry;
}

if (port) {
  // One job at a time: the main thread keeps a few queued here, parsing them all at once would only cost memory.
  let chain: Promise<void> = Promise.resolve();
  port.on('message', (msg: ToWorker) => {
    chain = chain.then(async () => {
      const entry = await processJob(msg.job, opts).catch((error) =>
        internalFailure(jobSource(msg.job), error),
      );
      port.postMessage({ id: msg.id, entry: result(entry) } satisfies FromWorker);
    });
  });
  port.postMessage({ ready: true } satisfies FromWorker);
}
