// mbox-reader ships no types: declare the part read-mbox.test.ts uses as its reference (see node_modules/mbox-reader/lib/mbox-reader.js).
declare module 'mbox-reader' {
  import type { Readable } from 'node:stream';

  /** One message of the mailbox; `content` is the RFC 822 message with `>From ` unescaped. */
  export interface MboxMessage {
    returnPath: string | undefined;
    time: Date | false;
    content: Buffer;
    headers: Map<string, string[]>;
    flags: string[];
    labels: string[];
    /** Bytes of the mbox read so far (a little ahead of this message). */
    readSize: number;
  }

  /** Yields messages one by one; the stream is paused until the next one is asked for. */
  export function mboxReader(source: Readable, options?: { gz?: boolean }): AsyncGenerator<MboxMessage>;
}
