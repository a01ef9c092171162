// A mailbox of any size, one message at a time: the file is read a chunk at a time and paused until the next message
// is asked for. Byte for byte what mbox-reader gave (the reference in read-mbox.test.ts), without its cost: it split
// every chunk into line strings and rejoined them (a third of the main thread's time on a big mailbox); here the
// separators are found with Buffer.indexOf and a message is copied once.
import type { Readable } from 'node:stream';
import type { RawMail } from './process-ticket.js';

const LF = 0x0a;
const GT = 0x3e;
const FROM = Buffer.from('From ');
const NL_FROM = Buffer.from('\nFrom ');
const ESCAPED_FROM = Buffer.from('>From ');
const CRLF = Buffer.from('\r\n');

/** `\r\n` → `\n` (a lone `\r` stays): the line ends mbox-reader split on. */
function dropCarriageReturns(bytes: Buffer): Buffer {
  let at = bytes.indexOf(CRLF);
  if (at < 0) return bytes;
  const out = Buffer.allocUnsafe(bytes.length);
  let n = 0;
  let from = 0;
  while (at >= 0) {
    n += bytes.copy(out, n, from, at);
    from = at + 1;
    at = bytes.indexOf(CRLF, from);
  }
  n += bytes.copy(out, n, from);
  return out.subarray(0, n);
}

/** Offsets of the `>` to drop: one per line matching `^>+From ` (mboxrd unescaping). */
function escapeOffsets(bytes: Buffer): number[] {
  const offsets: number[] = [];
  for (let at = bytes.indexOf(ESCAPED_FROM); at >= 0; at = bytes.indexOf(ESCAPED_FROM, at + 1)) {
    let start = at;
    while (start > 0 && bytes[start - 1] === GT) start -= 1;
    if (start === 0 || bytes[start - 1] === LF) offsets.push(start);
    // a line `>>From ` holds one hit only: skip past its `From `
    at += ESCAPED_FROM.length - 1;
  }
  return offsets;
}

/** The body of one message (the bytes after its `From ` line) as mbox-reader returned it, in its own buffer. */
export function messageContent(segment: Buffer): Buffer {
  const bytes = dropCarriageReturns(segment);
  const drop = escapeOffsets(bytes);
  let end = bytes.length;
  // mbox-reader joined the lines with `\n` (no final one) and removed one empty last line (the mbox separator)
  if (end > 0 && bytes[end - 1] === LF) {
    end -= 1;
    if (end > 0 && bytes[end - 1] === LF) end -= 1;
  }
  // Its own ArrayBuffer: the job's bytes can then be transferred to a worker thread instead of copied.
  const out = Buffer.allocUnsafeSlow(end - drop.filter((o) => o < end).length);
  let n = 0;
  let from = 0;
  for (const o of drop) {
    if (o >= end) break;
    n += bytes.copy(out, n, from, o);
    from = o + 1;
  }
  bytes.copy(out, n, from, end);
  return out;
}

/** Splits whole lines into messages; the caller feeds it the input cut at line ends. */
class MboxSplitter {
  /** The current message's bytes so far (views of the input), null before the first `From ` line. */
  private parts: Buffer[] | null = null;

  /** `lines` ends with `\n` (or is the input's unterminated last line); returns the messages it completes. */
  push(lines: Buffer, out: Buffer[]): void {
    let pos = 0;
    let sep = lines.subarray(0, FROM.length).equals(FROM) ? 0 : this.nextSeparator(lines, 0);
    while (sep >= 0) {
      if (this.parts) {
        this.parts.push(lines.subarray(pos, sep));
        out.push(this.take());
      }
      this.parts = [];
      // the `From ` line itself is not part of the message
      const eol = lines.indexOf(LF, sep);
      pos = eol < 0 ? lines.length : eol + 1;
      sep = this.nextSeparator(lines, pos);
    }
    if (this.parts && pos < lines.length) this.parts.push(lines.subarray(pos));
  }

  /** The last message, at the end of the input. */
  end(out: Buffer[]): void {
    if (this.parts) out.push(this.take());
    this.parts = null;
  }

  private nextSeparator(lines: Buffer, from: number): number {
    if (from >= lines.length) return -1;
    const at = lines.indexOf(NL_FROM, from > 0 ? from - 1 : 0);
    return at < 0 ? -1 : at + 1;
  }

  private take(): Buffer {
    const parts = this.parts ?? [];
    this.parts = null;
    return messageContent(parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts));
  }
}

/** Yields each message of the mbox, still to be parsed; `onBytes` gets the bytes read since last call. */
export async function* readMbox(
  stream: Readable,
  path: string,
  onBytes: (n: number) => void = () => undefined,
): AsyncGenerator<RawMail> {
  const splitter = new MboxSplitter();
  const ready: Buffer[] = [];
  let index = 0;
  // The input's last, not yet terminated line: kept until its `\n` arrives (a separator must start a line).
  let partial: Buffer | null = null;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    onBytes(chunk.length);
    const data: Buffer = partial ? Buffer.concat([partial, chunk]) : chunk;
    const cut = data.lastIndexOf(LF) + 1;
    // A copy, so that the chunk it came from is not kept alive.
    partial = cut < data.length ? Buffer.from(data.subarray(cut)) : null;
    if (cut > 0) splitter.push(data.subarray(0, cut), ready);
    for (const raw of ready) {
      index += 1;
      yield { raw, at: { path, index } };
    }
    ready.length = 0;
  }
  if (partial) splitter.push(partial, ready);
  splitter.end(ready);
  for (const raw of ready) {
    index += 1;
    yield { raw, at: { path, index } };
  }
}
