// The command-line entry. For a plain `ssh-doctor [collect] --login X [--host H] [--port P]` it starts `ssh -vvv`
// first (collect's slow part, src/collect/ssh-first.ts), then loads the CLI (yargs, settings, commands) while ssh runs.
// `triage` starts this same file again as its worker threads (src/triage/worker-pool.ts).
import { isMainThread, workerData } from 'node:worker_threads';
import { entry } from './entry.js';
import { plainCollect } from './plain-collect.js';

// No top-level await: the same entry is bundled as ESM (npm) and as CommonJS (single executable); main never rejects.
if (!isMainThread && (workerData as { role?: unknown } | null)?.role === 'triage-worker') {
  void import('../triage/worker.js');
} else {
  entry.url = import.meta.url;
  const argv = process.argv.slice(2);
  const plain = plainCollect(argv);
  void (async () => {
    const sshFirst = plain ? await import('../collect/ssh-first.js') : null;
    if (plain) sshFirst?.startSshEarly(plain);
    const { main } = await import('./main.js');
    await main(argv);
    sshFirst?.dropEarlySsh();
  })();
}
