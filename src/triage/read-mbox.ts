// A mailbox of any size, one message at a time: mbox-reader pauses the file until the next message is asked for.
import type { Readable } from 'node:stream';
import { mboxReader } from 'mbox-reader';
import { ticketFromMail } from './mail-ticket.js';
import type { TicketInput, TriageFailure } from './ticket.js';

/** Yields each message of the mbox as a ticket (or a failure); `onBytes` gets the bytes read since last call. */
export async function* readMbox(
  stream: Readable,
  path: string,
  onBytes: (n: number) => void = () => undefined,
): AsyncGenerator<TicketInput | TriageFailure> {
  let index = 0;
  let seen = 0;
  for await (const message of mboxReader(stream)) {
    index += 1;
    onBytes(message.readSize - seen);
    seen = message.readSize;
    yield await ticketFromMail(message.content, { path, index });
  }
}
