// readMbox must give the bytes mbox-reader gave (the reader triage used before): it is the reference here, on
// generated mailboxes cut into chunks of every size.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { mboxReader } from 'mbox-reader';
import { readMbox } from './read-mbox.js';

/** The input as a stream of chunks of `size` bytes. */
function chunked(bytes: Buffer, size: number): Readable {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks, { objectMode: false });
}

async function ours(bytes: Buffer, size: number): Promise<string[]> {
  const out: string[] = [];
  for await (const m of readMbox(chunked(bytes, size), 'box'))
    out.push(Buffer.from(m.raw).toString('latin1'));
  return out;
}

async function reference(bytes: Buffer): Promise<string[]> {
  const out: string[] = [];
  for await (const m of mboxReader(chunked(bytes, 4096))) out.push(m.content.toString('latin1'));
  return out;
}

/** Lines that stress the separator and escaping rules, joined by every kind of line end. */
const line = fc.constantFrom(
  'From user@lab.example Fri Nov 20 10:00:00 2026',
  'From ',
  'From',
  '>From x',
  '>>From y',
  '> From z',
  'a>From b',
  '>>>',
  'Subject: test',
  '',
  ' ',
  '\r',
  'x\ry',
  'é ü',
  'debug1: Offering public key: /home/u/.ssh/id_rsa',
);
const ending = fc.constantFrom('\n', '\r\n', '\n', '\r\r\n');
const mailbox = fc
  .array(fc.tuple(line, ending), { maxLength: 60 })
  .chain((lines) =>
    fc.tuple(
      fc.constant(lines.map(([l, e]) => l + e).join('')),
      fc.boolean(),
      fc.constantFrom('', 'tail', '\r', 'From x'),
    ),
  )
  .map(([body, fromFirst, tail]) =>
    Buffer.from(`${fromFirst ? 'From a@b Fri Nov 20 10:00:00 2026\n' : ''}${body}${tail}`, 'latin1'),
  );

describe('readMbox', () => {
  it('splits and unescapes like mbox-reader', async () => {
    const box = Buffer.from(
      'From a@b Fri Nov 20 10:00:00 2026\nSubject: one\n\n>From here\n>>From there\nFrom: not a separator\n\n' +
        'From c@d Fri Nov 20 10:00:01 2026\r\nSubject: two\r\n\r\nbody\r\n\r\n',
      'latin1',
    );
    const got = await ours(box, 7);
    expect(got).toEqual(await reference(box));
    expect(got).toEqual([
      'Subject: one\n\nFrom here\n>From there\nFrom: not a separator',
      'Subject: two\n\nbody',
    ]);
  });

  it('gives each message its own buffer (transferred to worker threads, not copied)', async () => {
    const box = Buffer.from('From a\nx\n\nFrom b\ny\n');
    for await (const m of readMbox(chunked(box, 3), 'box')) {
      expect(m.raw.byteOffset).toBe(0);
      expect(m.raw.byteLength).toBe(m.raw.buffer.byteLength);
    }
  });

  it('matches mbox-reader on generated mailboxes, whatever the chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(mailbox, fc.integer({ min: 1, max: 64 }), async (box, size) => {
        expect(await ours(box, size)).toEqual(await reference(box));
      }),
      { numRuns: 300 },
    );
  });
});
