// The triage loop: read a ticket, diagnose it, write its output, forget it; memory stays flat for any mailbox.
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import type { Profile } from '../profile/profile.js';
import type { CauseSummary } from './cause-summary.js';
import { draftReply } from './draft-reply.js';
import { createFormatWriter, type OutputFormat } from './output-format.js';
import { readTickets } from './read-tickets.js';
import { printableLine } from './sanitize.js';
import { sourceLabel, type TicketInput, type TriageEntry } from './ticket.js';
import { triageTicket } from './triage-ticket.js';

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
}

/** Writes with backpressure: a slow reader of stdout slows the run instead of filling memory. */
async function writeTo(out: Writable, chunk: string): Promise<void> {
  if (chunk === '' || out.destroyed) return;
  // A reader that went away (`| head`) ends the run quietly: `once` rejects on the stream's EPIPE error.
  if (!out.write(chunk))
    await Promise.race([once(out, 'drain'), once(out, 'close')]).catch(() => out.destroy());
}

/** A bug in one rule must not end a 10,000-ticket run: that ticket becomes an error entry (exit 1). */
function diagnoseSafely(input: TicketInput, opts: TriageRunOptions): TriageEntry {
  try {
    return triageTicket(input, { profile: opts.profile, now: opts.now() });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      status: 'error',
      source: input.source,
      error: `internal error while diagnosing (please report): ${message}`,
    };
  }
}

/** Triages every ticket under `paths`, streaming the chosen format; returns the counts. */
export async function runTriageLoop(opts: TriageRunOptions): Promise<CauseSummary> {
  const writer = createFormatWriter(opts.format);
  let bytes = 0;
  let tickets = 0;
  const onBytes = (n: number) => {
    bytes += n;
  };
  await writeTo(opts.stdout, writer.begin());
  for await (const input of readTickets(opts.paths, { stdin: opts.stdin, onBytes })) {
    let entry: TriageEntry = 'status' in input ? input : diagnoseSafely(input, opts);
    if (entry.status === 'error') {
      opts.warn(`${printableLine(sourceLabel(entry.source))}: ${printableLine(entry.error)}`);
    } else if (opts.reply) {
      entry = { ...entry, reply: draftReply(entry) };
    }
    await writeTo(opts.stdout, writer.entry(entry));
    tickets += 1;
    opts.onProgress?.(tickets, bytes);
    if (opts.stdout.destroyed) break;
  }
  await writeTo(opts.stdout, writer.end());
  return writer.summary;
}
