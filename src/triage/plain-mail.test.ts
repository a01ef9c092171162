// readPlainMail must read a mail exactly as mailparser does, or leave it to mailparser (null): both parsers run on
// mails written by nodemailer (what `collect` sends) and on generated ones that mix every header and body shape the
// fast path has a rule for, plus shapes it must refuse.
import fc from 'fast-check';
import MailComposer from 'nodemailer/lib/mail-composer';
import { readWithMailparser } from './mailparser-mail.js';
import { readPlainMail } from './plain-mail.js';

async function compare(raw: Buffer): Promise<'plain' | 'mailparser'> {
  const plain = readPlainMail(raw);
  if (plain === null) return 'mailparser';
  expect(plain).toEqual(await readWithMailparser(raw));
  return 'plain';
}

/** A mail as the mbox reader hands it over: LF line ends. */
async function composed(opts: ConstructorParameters<typeof MailComposer>[0]): Promise<Buffer> {
  const built = await new MailComposer({
    from: 'user@lab.example',
    to: 'meso-support@ipsl.fr',
    date: new Date('2026-11-20T10:00:00Z'),
    ...opts,
  })
    .compile()
    .build();
  return Buffer.from(built.toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
}

const REPORT = JSON.stringify({ schemaVersion: 1, text: 'é'.repeat(200), lines: ['a', 'b'] }, null, 2);

describe('readPlainMail', () => {
  it.each([
    [
      'an ASCII text body',
      { subject: "ssh first connexion problem for login 'alice'", text: 'ssh -vvv x\nok' },
    ],
    ['a UTF-8 body (quoted-printable)', { subject: 'Problème de connexion', text: 'é ➤ ü\n'.repeat(300) }],
    ['long lines', { subject: 'x', text: `${'a'.repeat(3000)}\n${'b= '.repeat(2000)}` }],
    [
      'the JSON report as an attachment',
      {
        subject: 'report',
        text: 'see attachment',
        attachments: [
          { filename: 'ssh-doctor-report.json', content: REPORT, contentType: 'application/json' },
        ],
      },
    ],
    [
      'a renamed report and a second text part',
      {
        subject: 'report',
        text: 'see attachment',
        attachments: [
          { filename: 'ssh-doctor-report (1).json', content: REPORT, contentType: 'application/json' },
          { content: 'second text', contentType: 'text/plain' },
        ],
      },
    ],
  ])('reads %s as mailparser does, without it', async (_name, opts) => {
    expect(await compare(await composed(opts))).toBe('plain');
  });

  it.each([
    ['an HTML body', { subject: 'x', html: '<p>hello</p>' }],
    ['text and HTML alternatives', { subject: 'x', text: 'hello', html: '<p>hello</p>' }],
  ])('leaves %s to mailparser', async (_name, opts) => {
    expect(await compare(await composed(opts))).toBe('mailparser');
  });

  it('leaves a Latin-1 body to mailparser (it converts the charset)', async () => {
    const raw = await composed({ subject: 'x', text: 'café', textEncoding: 'base64' });
    // nodemailer writes UTF-8: declare the bytes as ISO-8859-1 instead
    const latin1 = raw.toString('latin1').replace('charset=utf-8', 'charset=iso-8859-1');
    expect(await compare(Buffer.from(latin1, 'latin1'))).toBe('mailparser');
  });

  it('reads a mail without headers, or without a body, as mailparser does (by leaving it to mailparser)', async () => {
    for (const raw of ['', '\nbody', 'Subject: x', 'no header line\n\nbody', 'From x\nSubject: y\n\nz']) {
      expect(await compare(Buffer.from(raw))).toBe('mailparser');
    }
  });

  /** Mostly shapes the fast path reads, sometimes one it must refuse (or get right anyway). */
  const mostly = <T>(usual: T[], odd: T[]) =>
    fc.oneof(
      { arbitrary: fc.constantFrom(...usual), weight: 5 },
      { arbitrary: fc.constantFrom(...odd), weight: 1 },
    );
  const headerValue = fc.constantFrom(
    'plain words',
    ' padded  ',
    '',
    '=?utf-8?Q?Probl=C3=A8me?= de connexion',
    '=?UTF-8?B?UHJvYmzDqG1l?= =?UTF-8?B?IGV0IHN1aXRl?=',
    '=?bogus?Q?x?=',
    '(comment) value',
    'folded\n  continued',
    'a;b=c',
  );
  const messageId = fc.constantFrom('<a@b>', 'a@b', '<a@b', 'a@b>', '', '<', '=?utf-8?Q?a=40b?=', null);
  const date = mostly(
    [
      'Fri, 20 Nov 2026 10:00:00 +0000',
      '20 Nov 2026 10:00:00 GMT',
      'Fri, 20 Nov 2026 10:00:00 +0100 (CET)',
      null,
    ],
    ['yesterday', ''],
  );
  const contentType = mostly(
    [
      null,
      'text/plain',
      'text/plain; charset=utf-8',
      'text/plain; charset="UTF-8"',
      'text/plain; charset=us-ascii',
      'TEXT/PLAIN; CHARSET=US-ASCII',
      'text/plain; format=fixed',
      'application/json',
      'text/plain (comment); charset=utf-8',
    ],
    [
      'text/plain; charset=iso-8859-1',
      'text/plain; format=flowed',
      'text/plain; boundary=x',
      'text/html',
      'message/rfc822',
      'application/octet-stream',
      '',
    ],
  );
  const encoding = mostly(
    [null, '7bit', '8bit', 'quoted-printable', 'Quoted-Printable', 'base64', 'BASE64', 'x-unknown', ''],
    ['base64 (comment)'],
  );
  const disposition = mostly(
    [
      null,
      'inline',
      'attachment',
      'attachment; filename=ssh-doctor-report.json',
      'attachment; filename="ssh-doctor-report (1).json"',
      "attachment; filename*=utf-8''ssh-doctor-report.json",
      'attachment; filename="=?utf-8?Q?ssh-doctor-report.json?="',
      'attachment; filename=notes.txt',
      'inline; filename=ssh-doctor-report.json',
      'form-data',
    ],
    ['=?utf-8?Q?inline?='],
  );
  const textLine = mostly(
    [
      'debug1: Offering public key: /home/u/.ssh/id_rsa RSA SHA256:abc',
      'caf=C3=A9 =E2=9E=A4',
      'soft break=',
      'trailing spaces   ',
      'bad =ZZ escape',
      'é ü',
      '',
      ' ',
      '--',
      '----b',
      '--b-x',
    ],
    ['x\ry', '--b  ', '--b--x'],
  );
  const textBody = fc.array(textLine, { maxLength: 12 }).map((lines) => lines.join('\n'));
  /** Base64 as mailers wrap it, sometimes with the padding or the characters a strict reader refuses. */
  const base64Body = fc
    .tuple(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(76, 64, 4), mostly([''], ['YQ==', '!!', 'x']))
    .map(([bytes, width, junk]) => {
      const b64 = Buffer.from(bytes).toString('base64');
      const lines: string[] = [];
      for (let i = 0; i < b64.length; i += width) lines.push(b64.slice(i, i + width));
      return [...lines, junk].filter((l) => l !== '').join('\n');
    });
  const body = fc.oneof(textBody, base64Body);
  const header = (name: string, value: string | null) => (value === null ? '' : `${name}: ${value}\n`);
  const leafHeaders = fc
    .tuple(contentType, encoding, disposition)
    .map(
      ([ct, cte, cd]) =>
        header('Content-Type', ct) +
        header('Content-Transfer-Encoding', cte) +
        header('Content-Disposition', cd),
    );
  const leaf = fc.tuple(leafHeaders, body).map(([h, b]) => `${h}\n${b}`);
  /** A single-part mail: mostly an inline text body (an attachment as the whole mail is left to mailparser). */
  const rootLeaf = fc
    .tuple(
      mostly([null, 'text/plain; charset=utf-8', 'text/plain; charset=us-ascii'], ['application/json']),
      encoding,
      mostly([null, 'inline'], ['attachment; filename=ssh-doctor-report.json']),
      textBody,
    )
    .map(
      ([ct, cte, cd, b]) =>
        `${header('Content-Type', ct) + header('Content-Transfer-Encoding', cte) + header('Content-Disposition', cd)}\n${b}`,
    );
  const envelope = fc
    .tuple(headerValue, messageId, date, mostly([false], [true]), fc.boolean())
    .map(
      ([subject, id, when, duplicate, extra]) =>
        `From: a@b\nSubject: ${subject}\n${header('Message-ID', id)}${header('Date', when)}` +
        `${duplicate ? 'Subject: again\n' : ''}${extra ? 'X-Folded: a\n\tb\nList-Id: <x.y>\n' : ''}`,
    );
  const delimiterEnd = mostly([''], ['  ', '--x', 'x']);
  const multipart = fc
    .tuple(
      fc.constantFrom('b', '--_NmP-b7f38edad02be22b-Part_1', '"quoted b"', 'b (comment)'),
      mostly(['multipart/mixed'], ['multipart/alternative', 'multipart/related']),
      fc.array(fc.tuple(leaf, delimiterEnd), { minLength: 1, maxLength: 4 }),
      mostly(['', 'preamble\n'], ['--b--\n']),
      mostly(['--\n', '--', '--\nepilogue\n--b\n'], ['\n', '']),
    )
    .map(([boundary, type, parts, preamble, close]) => {
      const b = boundary.replace(/^"|"$/g, '').replace(/ \(comment\)$/, '');
      const lines = parts.map(([p, end]) => `--${b}${end}\n${p}\n`).join('');
      return `Content-Type: ${type}; boundary=${boundary}\n\n${preamble}${lines}--${b}${close}`;
    });
  const mail = fc
    .tuple(envelope, fc.oneof(rootLeaf, multipart), mostly([false], [true]))
    .map(([env, rest, crlf]) => {
      const text = env + rest;
      return Buffer.from(crlf ? text.replace(/\n/g, '\r\n') : text, 'utf8');
    });

  // FUZZ_RUNS=30000 for a deeper search after changing plain-mail.ts
  it('reads generated mails exactly as mailparser does, or leaves them to it', async () => {
    let plain = 0;
    await fc.assert(
      fc.asyncProperty(mail, async (raw) => {
        if ((await compare(raw)) === 'plain') plain += 1;
      }),
      { numRuns: Number(process.env.FUZZ_RUNS) || 1500 },
    );
    // the generator must keep reaching the fast path, or this test proves nothing
    expect(plain).toBeGreaterThan(100);
  });
});
