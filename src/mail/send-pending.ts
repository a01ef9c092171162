// `ssh-doctor send`: retries every pending message in order, once each, under per-message locks.
import { readFile } from 'node:fs/promises';
import { recoverStaleClaims } from './claim.js';
import { type DispatchResult, dispatchMessage } from './dispatch.js';
import { readEnvelope } from './envelope.js';
import { confirm, type MailIo } from './io.js';
import { listMessages, outboxPath } from './outbox.js';
import { renderStoredReview } from './review-stored.js';
import type { MailTransport } from './transport.js';

export interface SendPendingOptions {
  stateDir: string;
  transport: MailTransport;
  /** Added as From / Reply-To to messages saved without one. */
  from?: string | undefined;
  io: MailIo;
  /** Send without asking; otherwise each message is shown and confirmed on the terminal. */
  yes: boolean;
}

/** The pending messages, oldest first, after putting back the claims of runs that died. */
export async function pendingMessages(stateDir: string): Promise<string[]> {
  await recoverStaleClaims(stateDir);
  return listMessages(stateDir, 'outbox');
}

/** How many pending messages have no From (they need `--from` or a typed address). */
export async function countWithoutFrom(stateDir: string, names: string[]): Promise<number> {
  let missing = 0;
  for (const name of names) {
    const raw = await readFile(outboxPath(stateDir, 'outbox', name)).catch(() => undefined);
    if (raw && !readEnvelope(raw).from) missing++;
  }
  return missing;
}

/** Sends `names` one after the other; a declined or unreadable message stays where it is. */
export async function sendPending(names: string[], opts: SendPendingOptions): Promise<DispatchResult[]> {
  const results: DispatchResult[] = [];
  for (const name of names) {
    const path = outboxPath(opts.stateDir, 'outbox', name);
    if (!opts.yes) {
      const raw = await readFile(path).catch(() => undefined);
      if (!raw) {
        results.push({ name, path, result: 'busy', detail: 'taken by another ssh-doctor send' });
        continue;
      }
      opts.io.note(await renderStoredReview(raw, path));
      if (!(await confirm(opts.io, 'Send this message?'))) {
        results.push({ name, path, result: 'kept', detail: 'not confirmed' });
        continue;
      }
    }
    const dispatched = await dispatchMessage(opts.stateDir, name, opts.transport, opts.from);
    results.push(dispatched.result === 'busy' ? { ...dispatched, path } : dispatched);
  }
  return results;
}
