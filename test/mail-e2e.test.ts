// collect → mail end to end: the built CLI as a temporary user, a real sshd refusing the key, a real SMTP server.
import { chown, readFile, writeFile } from 'node:fs/promises';
import { simpleParser } from 'mailparser';
import { reportSchema } from '../src/report/schema.js';
import { type SmtpHarness, startSmtp } from './harness/smtp.js';
import { type SshEnv, startSshEnv } from './harness/ssh-env.js';

const FROM = 'user@example.org';

/**
 * Every 16-character run of the key's base64 body, except those also in its public key line (the private
 * blob embeds the public key, which the report may show). Searched in the decoded parts: base64 runs found
 * in the transfer encoding of other content would be coincidences, while a leaked key is base64 text itself.
 */
function keyRuns(privateKey: string, publicLine: string): string[] {
  const body = privateKey
    .split('\n')
    .filter((l) => l && !l.startsWith('-----'))
    .join('');
  const runs: string[] = [];
  for (let i = 0; i + 16 <= body.length; i++) {
    const run = body.slice(i, i + 16);
    if (!publicLine.includes(run)) runs.push(run);
  }
  return runs;
}

describe('collect --yes mails the report to support', () => {
  let env: SshEnv;
  let smtp: SmtpHarness | undefined;
  let privateKey = '';
  let publicLine = '';
  const collect = (extra: string[]) =>
    env.cli(['--login', env.user.name, '--host', '127.0.0.1', '--port', String(env.port), '--yes', ...extra]);

  beforeAll(async () => {
    env = await startSshEnv({ keys: [{ file: 'id_rsa', authorize: false }] });
    privateKey = await readFile(env.keyPath('id_rsa'), 'utf8');
    publicLine = await readFile(env.keyPath('id_rsa.pub'), 'utf8');
    // a private key pasted into a note: redaction must catch it wherever it sits
    await writeFile(env.keyPath('notes.txt'), `my key, do not lose:\n${privateKey}`, { mode: 0o600 });
    await chown(env.keyPath('notes.txt'), env.user.uid, env.user.gid);
  });
  afterAll(async () => {
    await smtp?.close();
    await env?.stop();
  });

  it('delivers one mail: exact subject, recipient, body and JSON attachment, and no trace of the key', async () => {
    smtp = await startSmtp();
    const r = await collect(['--smtp', smtp.url, '--from', FROM]);
    expect({ code: r.exitCode, stderr: r.stderr }).toEqual({
      code: 1,
      stderr: expect.stringContaining('Sent to'),
    });
    expect(smtp.messages).toHaveLength(1);
    const [received] = smtp.messages;
    if (!received) throw new Error('no mail');
    expect(received.from).toBe(FROM);
    expect(received.to).toEqual(['meso-support@ipsl.fr']);
    const mail = await simpleParser(received.raw);
    expect(mail.subject).toBe(`ssh first connexion problem for login '${env.user.name}'`);
    expect(mail.from?.value[0]?.address).toBe(FROM);
    const lf = (s: string) => s.replace(/\r\n/g, '\n').trimEnd();
    expect(lf(mail.text ?? '')).toBe(lf(r.stdout));
    expect(mail.attachments.map((a) => a.filename)).toEqual(['ssh-doctor-report.json']);
    const attached = mail.attachments[0]?.content.toString('utf8') ?? '';
    const report = reportSchema.parse(JSON.parse(attached));
    expect(report.target.login).toBe(env.user.name);
    expect(report.connection.outcome).toBe('failure');
    const headers = received.raw.toString('latin1').split('\r\n\r\n')[0] ?? '';
    const runs = keyRuns(privateKey, publicLine);
    expect(runs.length).toBeGreaterThan(1000);
    const leaks = runs.filter((run) =>
      [headers, mail.text ?? '', attached].some((part) => part.includes(run)),
    );
    expect(leaks).toEqual([]);
    expect(received.raw.toString('latin1')).not.toMatch(/PRIVATE KEY-----/);
  });

  it('with the SMTP server down: exit 3, kept in the outbox; `send` delivers it exactly once later', async () => {
    const port = smtp?.port ?? 0;
    await smtp?.close();
    smtp = undefined;
    const down = await collect(['--smtp', `smtp://127.0.0.1:${port}`, '--from', FROM]);
    expect(down.exitCode).toBe(3);
    expect(down.stderr).toMatch(/Not sent: connection refused/);
    const outbox = `${env.user.home}/.local/state/ssh-doctor/outbox`;
    const pending = await env.runAs(['ls', outbox]);
    const names = pending.stdout.trim().split('\n').filter(Boolean);
    expect(names).toHaveLength(1);
    const bytes = await readFile(`${outbox}/${names[0]}`);

    smtp = await startSmtp({ port });
    const sent = await env.cli(['send', '--yes', '--smtp', smtp.url]);
    expect({ code: sent.exitCode, stdout: sent.stdout }).toEqual({
      code: 0,
      stdout: expect.stringMatching(/ sent \(/),
    });
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]?.raw.equals(bytes)).toBe(true);
    const again = await env.cli(['send', '--yes', '--smtp', smtp.url]);
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toMatch(/^Nothing to send/);
    expect(smtp.messages).toHaveLength(1);
  });
});
