// The per-ticket work, the same in the main thread and in a worker thread: parse the mail, diagnose, draft the reply.
import type { Profile } from '../profile/profile.js';
import { draftReply } from './draft-reply.js';
import { ticketFromMail } from './mail-ticket.js';
import type { TicketInput, TicketSource, TriageEntry, TriageFailure } from './ticket.js';
import { triageTicket } from './triage-ticket.js';

/** A received message not parsed yet: parsing is CPU work too, so it happens where the ticket is diagnosed. */
export interface RawMail {
  raw: Uint8Array;
  at: Omit<TicketSource, 'messageId'>;
}

/** What a source yields: a mail to parse, a ticket read from a file, or a failure to report as is. */
export type TicketJob = RawMail | TicketInput | TriageFailure;

export interface ProcessOptions {
  profile: Profile;
  reply: boolean;
  now: () => string;
}

/** A bug in one rule must not end a 10,000-ticket run: that ticket becomes an error entry (exit 1). */
function diagnoseSafely(input: TicketInput, opts: ProcessOptions): TriageEntry {
  try {
    return triageTicket(input, { profile: opts.profile, now: opts.now() });
  } catch (error) {
    return internalFailure(input.source, error);
  }
}

/** The entry of a ticket whose processing failed unexpectedly (a bug, or a worker thread that died). */
export function internalFailure(source: TicketSource, error: unknown): TriageFailure {
  const message = error instanceof Error ? error.message : String(error);
  return { status: 'error', source, error: `internal error while diagnosing (please report): ${message}` };
}

/** Where a job comes from, for an error entry before its mail could be parsed. */
export function jobSource(job: TicketJob): TicketSource {
  return 'raw' in job ? { ...job.at, messageId: null } : job.source;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** One job to its output entry; never throws. */
export async function processJob(job: TicketJob, opts: ProcessOptions): Promise<TriageEntry> {
  try {
    // A Buffer sent to a worker thread arrives as a plain Uint8Array: view the same bytes as a Buffer again.
    const input = 'raw' in job ? await ticketFromMail(asBuffer(job.raw), job.at) : job;
    if ('status' in input) return input;
    const entry = diagnoseSafely(input, opts);
    return entry.status === 'ok' && opts.reply
      ? { ...entry, reply: draftReply(entry, opts.profile.language) }
      : entry;
  } catch (error) {
    return internalFailure(jobSource(job), error);
  }
}
