// The triage sources: every PATH (file, directory, Maildir, mbox, `-`) becomes a stream of tickets to diagnose.
import type { Readable } from 'node:stream';
import { detectKind } from './detect-kind.js';
import { type OpenedInput, openFile, openStream } from './open-input.js';
import type { TicketJob } from './process-ticket.js';
import { readMbox } from './read-mbox.js';
import type { TicketSource, TriageFailure } from './ticket.js';
import { walkPaths } from './walk-paths.js';

export interface ReadTicketsOptions {
  /** What `-` reads. */
  stdin: Readable;
  /** Bytes consumed, for progress. */
  onBytes?: (n: number) => void;
}

function failure(path: string, error: string): TriageFailure {
  return { status: 'error', source: { path, index: null, messageId: null }, error };
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ? `${e.code}: ${e.message.replace(/^\w+: /, '')}` : String(error);
}

async function* readOne(
  path: string,
  input: OpenedInput,
  onBytes: (n: number) => void,
): AsyncGenerator<TicketJob> {
  const kind = detectKind(input.head);
  const at: Omit<TicketSource, 'messageId'> = { path, index: null };
  if (kind === 'mbox') {
    yield* readMbox(input.stream(), path, onBytes);
    return;
  }
  if (kind === 'binary') return yield failure(path, 'not a ticket: binary data');
  if (kind === 'empty') return yield failure(path, 'empty input');
  const raw = await input.readAll();
  onBytes(raw.length);
  if (kind === 'eml') return yield { raw, at };
  const source = { ...at, messageId: null };
  const text = raw.toString('utf8');
  if (kind === 'json')
    return yield { source, subject: null, date: null, body: { kind: 'report', json: text } };
  yield { source, subject: null, date: null, body: { kind: 'text', text } };
}

/**
 * Yields tickets (mails still to be parsed) in argument order; a path that cannot be read yields a failure and the
 * run goes on.
 */
export async function* readTickets(
  paths: readonly string[],
  options: ReadTicketsOptions,
): AsyncGenerator<TicketJob> {
  const onBytes = options.onBytes ?? (() => undefined);
  for (const top of paths) {
    try {
      for await (const file of walkPaths([top])) {
        let input: OpenedInput;
        try {
          input = file.path === '-' ? await openStream(options.stdin) : await openFile(file.path);
        } catch (error) {
          yield failure(file.path, describe(error));
          continue;
        }
        try {
          yield* readOne(file.path, input, onBytes);
        } catch (error) {
          yield failure(file.path, describe(error));
        }
      }
    } catch (error) {
      yield failure(top, describe(error));
    }
  }
}
