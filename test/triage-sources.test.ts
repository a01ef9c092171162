// Triage sources end to end (in-process): .eml, mbox, Maildir, directories and stdin, built with nodemailer.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import MailComposer from 'nodemailer/lib/mail-composer';
import { IPSL_PROFILE } from '../src/profile/profile.js';
import type { OutputFormat } from '../src/triage/output-format.js';
import type { TriageEntry } from '../src/triage/ticket.js';
import { runTriageLoop } from '../src/triage/triage-run.js';

const ROOT = new URL('..', import.meta.url).pathname;
const LEGACY = readFileSync(join(ROOT, 'test/data/ssh-verbose/local-9.2/key-refused.log'), 'utf8');
const REPORT = readFileSync(join(ROOT, 'fixtures/key-not-authorized/report.json'), 'utf8');
const SUBJECT = "ssh first connexion problem for login 'alice'";

async function mail(opts: {
  subject?: string;
  text?: string;
  html?: string;
  json?: string;
  id: string;
}): Promise<Buffer> {
  const composer = new MailComposer({
    from: 'alice@lab.example',
    to: 'meso-support@ipsl.fr',
    subject: opts.subject ?? SUBJECT,
    date: new Date('2026-11-20T10:00:00Z'),
    messageId: `<${opts.id}@lab.example>`,
    ...(opts.text === undefined ? {} : { text: opts.text }),
    ...(opts.html === undefined ? {} : { html: opts.html }),
    ...(opts.json === undefined
      ? {}
      : {
          attachments: [
            { filename: 'ssh-doctor-report.json', content: opts.json, contentType: 'application/json' },
          ],
        }),
  });
  return composer.compile().build();
}

/** mboxrd: a `From ` separator line, body lines starting with `From ` escaped. */
function mbox(messages: Buffer[]): string {
  return messages
    .map(
      (m) =>
        `From alice@lab.example Fri Nov 20 10:00:00 2026\n${m
          .toString('latin1')
          .replace(/\r\n/g, '\n')
          .replace(/^(>*From )/gm, '>$1')}\n`,
    )
    .join('\n');
}

async function run(paths: string[], format: OutputFormat = 'json', stdin: Readable = Readable.from([])) {
  let out = '';
  const warnings: string[] = [];
  const stdout = new Writable({
    write(chunk: Buffer, _enc, done) {
      out += chunk.toString();
      done();
    },
  });
  const summary = await runTriageLoop({
    paths,
    format,
    reply: true,
    profile: IPSL_PROFILE,
    stdin,
    stdout,
    warn: (l) => warnings.push(l),
    now: () => '2026-11-26T00:00:00.000Z',
  });
  return { out, warnings, summary };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'triage-sources-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('triage sources', () => {
  it('reads an .eml with the JSON attachment and one with a legacy text body', async () => {
    writeFileSync(join(dir, 'report.eml'), await mail({ id: 'r1', text: 'see attachment', json: REPORT }));
    writeFileSync(join(dir, 'legacy.msg'), await mail({ id: 'l1', text: `Bonjour,\n\n${LEGACY}\nMerci` }));
    const { out, summary } = await run([join(dir, 'report.eml'), join(dir, 'legacy.msg')]);
    const entries = JSON.parse(out) as TriageEntry[];
    expect(summary.failures).toBe(0);
    expect(
      entries.map((e) => (e.status === 'ok' ? [e.kind, e.login, e.source.messageId, e.date] : e.error)),
    ).toEqual([
      ['report', 'alice', '<r1@lab.example>', '2026-11-20T10:00:00.000Z'],
      ['legacy', 'alice', '<l1@lab.example>', '2026-11-20T10:00:00.000Z'],
    ]);
    const legacy = entries[1];
    expect(legacy?.status === 'ok' && legacy.clientVersion).toMatch(/^OpenSSH_9\.2p1/);
    expect(legacy?.status === 'ok' && legacy.reply).toMatch(/^Hello alice,/);
  });

  it('reads an HTML-only mail as text', async () => {
    const html = `<p>Hello</p><pre>${LEGACY.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre>`;
    writeFileSync(join(dir, 'html.eml'), await mail({ id: 'h1', html }));
    const { out } = await run([join(dir, 'html.eml')]);
    const [entry] = JSON.parse(out) as TriageEntry[];
    expect(entry?.status === 'ok' && entry.clientVersion).toMatch(/^OpenSSH_9\.2p1/);
  });

  it('goes on after a malformed mail in the middle of an mbox and reports it', async () => {
    const box = mbox([
      await mail({ id: 'm1', text: LEGACY }),
      await mail({ id: 'm2', text: 'attached', json: '{"schemaVersion": 1, "tool": ' }),
      Buffer.from('\u0001\u0002 garbage without any header\nand more\n'),
      await mail({ id: 'm4', text: 'see attachment', json: REPORT }),
    ]);
    writeFileSync(join(dir, 'inbox'), box);
    const { out, warnings, summary } = await run([join(dir, 'inbox')], 'ndjson');
    const lines = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as TriageEntry);
    expect(lines.map((e) => [e.source.index, e.status])).toEqual([
      [1, 'ok'],
      [2, 'error'],
      [3, 'error'],
      [4, 'ok'],
    ]);
    expect(lines[1]).toMatchObject({ error: expect.stringMatching(/not JSON/) });
    expect(summary).toMatchObject({ tickets: 2, failures: 2 });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/inbox#2 <m2@lab\.example>: ssh-doctor-report\.json is not JSON/);
    for (const e of lines)
      if (e.status === 'ok')
        expect(Object.keys(e)).toEqual(
          expect.arrayContaining(['source', 'login', 'date', 'clientVersion', 'cause', 'findings']),
        );
  });

  it('reads a Maildir (new/ and cur/, not tmp/) and a directory recursively', async () => {
    const md = join(dir, 'Maildir');
    for (const d of ['new', 'cur', 'tmp']) mkdirSync(join(md, d), { recursive: true });
    writeFileSync(join(md, 'new', '1700000000.M1.host'), await mail({ id: 'n1', text: LEGACY }));
    writeFileSync(
      join(md, 'cur', '1700000001.M2.host:2,S'),
      await mail({ id: 'c1', text: 'x', json: REPORT }),
    );
    writeFileSync(join(md, 'tmp', 'half-delivered'), 'garbage');
    mkdirSync(join(dir, 'tree', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'tree', 'sub', 'pasted.txt'), LEGACY);
    writeFileSync(join(dir, 'tree', 'ssh-doctor-report.json'), REPORT);
    const { out } = await run([md, join(dir, 'tree')]);
    const entries = JSON.parse(out) as TriageEntry[];
    expect(entries.map((e) => e.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(entries.map((e) => e.source.messageId)).toEqual([
      '<n1@lab.example>',
      '<c1@lab.example>',
      null,
      null,
    ]);
  });

  it('reads a ticket and an mbox from stdin', async () => {
    const one = await run(['-'], 'json', Readable.from([Buffer.from(LEGACY)]));
    expect((JSON.parse(one.out) as TriageEntry[])[0]?.status).toBe('ok');
    const box = mbox([
      await mail({ id: 's1', text: LEGACY }),
      await mail({ id: 's2', text: 'x', json: REPORT }),
    ]);
    const many = await run(['-'], 'ndjson', Readable.from([Buffer.from(box)]));
    expect(many.out.trimEnd().split('\n')).toHaveLength(2);
  });

  it('streams ndjson: a line is out before the rest of the mailbox has arrived', async () => {
    const stdin = new PassThrough();
    const lines: string[] = [];
    const stdout = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const running = runTriageLoop({
      paths: ['-'],
      format: 'ndjson',
      reply: false,
      profile: IPSL_PROFILE,
      stdin,
      stdout,
      warn: () => undefined,
      now: () => '2026-11-26T00:00:00.000Z',
    });
    const second = mbox([await mail({ id: 'a2', text: LEGACY })]);
    const cut = second.indexOf('\n') + 30;
    stdin.write(mbox([await mail({ id: 'a1', text: LEGACY })]));
    stdin.write(second.slice(0, cut));
    for (let i = 0; i < 100 && lines.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(lines).toHaveLength(1);
    stdin.end(second.slice(cut));
    await running;
    expect(lines.join('').trimEnd().split('\n')).toHaveLength(2);
  });
});
