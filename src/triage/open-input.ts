// Kind detection needs the first bytes, reading needs them all: peek at a file or stdin without losing any.
import { createReadStream, promises as fs } from 'node:fs';
import { Readable } from 'node:stream';
import { DETECT_BYTES } from './detect-kind.js';

/** An input whose first bytes are known and whose whole content can still be streamed or read. */
export interface OpenedInput {
  head: Buffer;
  /** A stream of the whole content, head included (call once). */
  stream(): Readable;
  /** The whole content, for single-ticket inputs (call once, instead of `stream`). */
  readAll(): Promise<Buffer>;
}

/** Opens a file: its head is read directly; the content is read again from the start. */
export async function openFile(path: string): Promise<OpenedInput> {
  const handle = await fs.open(path, 'r');
  try {
    const buf = Buffer.alloc(DETECT_BYTES);
    const { bytesRead } = await handle.read(buf, 0, DETECT_BYTES, 0);
    return {
      head: buf.subarray(0, bytesRead),
      stream: () => createReadStream(path, { highWaterMark: 256 * 1024 }),
      readAll: () => fs.readFile(path),
    };
  } finally {
    await handle.close();
  }
}

/** Opens a stream that can be read only once (stdin): the head is buffered and replayed in front of the rest. */
export async function openStream(input: Readable): Promise<OpenedInput> {
  const iterator = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const chunks: Buffer[] = [];
  let size = 0;
  let done = false;
  // Stop early for an mbox (its first line decides): a live pipe must not wait for 8 KB before the first ticket.
  const decided = () =>
    size >= 5 &&
    chunks[0]?.subarray(0, 5).toString('latin1') === 'From ' &&
    chunks.some((c) => c.includes(10));
  while (size < DETECT_BYTES && !decided()) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    chunks.push(chunk);
    size += chunk.length;
  }
  const head = Buffer.concat(chunks);
  async function* replay(): AsyncGenerator<Buffer> {
    yield head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    }
  }
  return {
    head: head.subarray(0, DETECT_BYTES),
    stream: () => Readable.from(replay(), { objectMode: false }),
    readAll: async () => {
      const all: Buffer[] = [];
      for await (const chunk of replay()) all.push(chunk);
      return Buffer.concat(all);
    },
  };
}
