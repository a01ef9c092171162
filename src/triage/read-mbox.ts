// A mailbox of any size, one message at a time: mbox-reader pauses the file until the next message is asked for.
import type { Readable } from 'node:stream';
import { mboxReader } from 'mbox-reader';
import type { RawMail } from './process-ticket.js';

/** Yields each message of the mbox, still to be parsed; `onBytes` gets the bytes read since last call. */
export async function* readMbox(
  stream: Readable,
  path: string,
  onBytes: (n: number) => void = () => undefined,
): AsyncGenerator<RawMail> {
  let index = 0;
  let seen = 0;
  for await (const message of mboxReader(stream)) {
    index += 1;
    onBytes(message.readSize - seen);
    seen = message.readSize;
    yield { raw: message.content, at: { path, index } };
  }
}
