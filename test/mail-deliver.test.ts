// deliverReport against a real in-process SMTP server: review, consent, outbox, dry run, egress scan.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { simpleParser } from 'mailparser';
import { AppError, UsageError } from '../src/errors.js';
import { deliverReport } from '../src/mail/deliver.js';
import { outboxPath } from '../src/mail/outbox.js';
import { renderText } from '../src/render/render-text.js';
import { mailSettings, sampleReport, scriptedIo } from './harness/mail-fixtures.js';
import { type SmtpHarness, startSmtp } from './harness/smtp.js';

const TIMEOUTS = { connectionMs: 1000, greetingMs: 1000, socketMs: 2000 };
const FROM = 'alice@lab.example.org';

let smtp: SmtpHarness;
beforeEach(async () => {
  smtp = await startSmtp();
});
afterEach(() => smtp.close());

const files = (stateDir: string, dir: 'outbox' | 'sent' | 'failed' | 'sending' | 'tmp') => {
  try {
    return readdirSync(outboxPath(stateDir, dir));
  } catch {
    return [];
  }
};

function setup(flags: Record<string, unknown> = {}, login = 'alice') {
  const report = sampleReport(login);
  const settings = mailSettings();
  return { report, text: renderText(report), settings, flags: { smtp: smtp.url, from: FROM, ...flags } };
}

describe('deliverReport', () => {
  it('sends with --yes: subject, recipient, body and JSON attachment arrive; sent/ holds the exact bytes', async () => {
    const input = setup({ yes: true });
    const io = scriptedIo(false);
    expect(await deliverReport(input, { io, timeouts: TIMEOUTS })).toBe(0);
    expect(smtp.messages).toHaveLength(1);
    const [received] = smtp.messages;
    if (!received) throw new Error('nothing received');
    expect(received.from).toBe(FROM);
    expect(received.to).toEqual(['meso-support@ipsl.fr']);
    const mail = await simpleParser(received.raw);
    expect(mail.subject).toBe("ssh first connexion problem for login 'alice'");
    const lf = (s: string) => s.replace(/\r\n/g, '\n').trimEnd();
    expect(lf(mail.text ?? '')).toBe(lf(input.text));
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['ssh-doctor-report.json', 'application/json'],
    ]);
    expect(JSON.parse(mail.attachments[0]?.content.toString('utf8') ?? '')).toEqual(input.report);
    const sent = files(input.settings.stateDir, 'sent');
    expect(sent).toHaveLength(1);
    expect(readFileSync(outboxPath(input.settings.stateDir, 'sent', sent[0])).equals(received.raw)).toBe(
      true,
    );
    expect(files(input.settings.stateDir, 'outbox')).toEqual([]);
    expect(io.notes.join('')).toMatch(/Sent to meso-support@ipsl.fr via smtp:\/\/127\.0\.0\.1/);
  });

  it('without a terminal and without --yes: saves to the outbox, sends nothing, says how to send', async () => {
    const input = setup();
    const io = scriptedIo(false);
    expect(await deliverReport(input, { io, timeouts: TIMEOUTS })).toBe(0);
    expect(smtp.messages).toHaveLength(0);
    expect(smtp.connections).toBe(0);
    expect(files(input.settings.stateDir, 'outbox')).toHaveLength(1);
    expect(io.notes.join('')).toMatch(
      /Not sent: no terminal.*\n.*ssh-doctor send --yes --smtp 'smtp:\/\/127/,
    );
  });

  it('on a terminal: shows the message and the redaction summary, sends on "y", not on Enter', async () => {
    const yes = setup();
    const io = scriptedIo(true, ['y']);
    expect(await deliverReport(yes, { io, timeouts: TIMEOUTS })).toBe(0);
    const review = io.outText.join('');
    expect(review).toContain("Subject: ssh first connexion problem for login 'alice'");
    expect(review).toContain('To: meso-support@ipsl.fr');
    expect(review).toMatch(/ssh-doctor-report\.json \(\d+ KB\)/);
    expect(review).toMatch(/Redaction: 1 private key block removed, 0 secrets left, \d+ KB/);
    expect(io.questions[0]).toMatch(/^Send this to meso-support@ipsl.fr via smtp:.*\[y\/N\] $/);
    expect(smtp.messages).toHaveLength(1);

    const no = setup();
    const declined = scriptedIo(true, ['']);
    expect(await deliverReport(no, { io: declined, timeouts: TIMEOUTS })).toBe(0);
    expect(smtp.messages).toHaveLength(1);
    expect(files(no.settings.stateDir, 'outbox')).toEqual([]);
  });

  it('asks for the address on a terminal when none is configured', async () => {
    const input = setup({ from: undefined });
    const io = scriptedIo(true, ['bob@lab.example.org', 'y']);
    expect(await deliverReport(input, { io, timeouts: TIMEOUTS })).toBe(0);
    expect(smtp.messages[0]?.from).toBe('bob@lab.example.org');
  });

  it('--dry-run prints the message and neither saves nor sends', async () => {
    const input = setup({ dryRun: true, yes: true });
    const io = scriptedIo(false);
    expect(await deliverReport(input, { io, timeouts: TIMEOUTS })).toBe(0);
    expect(io.outText.join('')).toContain('Reply-To: alice@lab.example.org');
    expect(smtp.connections).toBe(0);
    expect(files(input.settings.stateDir, 'outbox')).toEqual([]);
  });

  it('with no transport: saves and prints the path, a mailto: link and the send command', async () => {
    const input = setup({ smtp: undefined, from: undefined });
    const io = scriptedIo(false);
    expect(await deliverReport(input, { io, timeouts: TIMEOUTS })).toBe(0);
    const [name] = files(input.settings.stateDir, 'outbox');
    const notes = io.notes.join('');
    expect(notes).toContain(outboxPath(input.settings.stateDir, 'outbox', name));
    expect(notes).toContain(
      "mailto:meso-support@ipsl.fr?subject=ssh%20first%20connexion%20problem%20for%20login%20'alice'",
    );
    expect(notes).toMatch(/ssh-doctor send --smtp smtp:\/\/USER@.* --from /);
    expect(notes).toContain('ssh-doctor send --via sendmail');
  });

  it('with a transport but no address and no terminal: exit 2 (UsageError), message kept in the outbox', async () => {
    const input = setup({ from: undefined, yes: true });
    const error = await deliverReport(input, { io: scriptedIo(false), timeouts: TIMEOUTS }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(/--from, SSH_DOCTOR_FROM or "from"/);
    expect((error as UsageError).hint).toContain(outboxPath(input.settings.stateDir, 'outbox'));
    expect(files(input.settings.stateDir, 'outbox')).toHaveLength(1);
    expect(smtp.connections).toBe(0);
  });

  it('refuses to let a private key out, in the body or only in the (base64) attachment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sshd-key-'));
    await execa('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'k')], { stdin: 'ignore' });
    const key = readFileSync(join(dir, 'k'), 'utf8');
    const inBody = setup({ yes: true });
    await expect(
      deliverReport({ ...inBody, text: `notes\n${key}` }, { io: scriptedIo(false) }),
    ).rejects.toThrow(AppError);
    const inJson = setup({ yes: true });
    const leaky = { ...inJson.report, system: { ...inJson.report.system, hostname: key } };
    await expect(deliverReport({ ...inJson, report: leaky }, { io: scriptedIo(false) })).rejects.toThrow(
      /refusing/,
    );
    expect(smtp.connections).toBe(0);
    expect(files(inBody.settings.stateDir, 'outbox')).toEqual([]);
    expect(files(inJson.settings.stateDir, 'outbox')).toEqual([]);
  });
});
