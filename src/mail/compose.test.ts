import { simpleParser } from 'mailparser';
import { mailSettings, sampleReport } from '../../test/harness/mail-fixtures.js';
import { IPSL_PROFILE } from '../profile/profile.js';
import { renderText } from '../render/render-text.js';
import { TOOL_VERSION } from '../version.js';
import { composeMessage, REPORT_ATTACHMENT } from './compose.js';
import { readEnvelope } from './envelope.js';

/** The header names a composed message may carry; anything else came from an injection. */
const ALLOWED = new Set([
  'from',
  'reply-to',
  'to',
  'subject',
  'message-id',
  'date',
  'mime-version',
  'content-type',
  'x-ssh-doctor-version',
]);

async function parse(raw: Buffer) {
  return simpleParser(raw);
}

describe('composeMessage', () => {
  it('builds the message support expects', async () => {
    const report = sampleReport('alice');
    const text = renderText(report);
    const message = await composeMessage({
      report,
      text,
      profile: IPSL_PROFILE,
      from: 'alice@lab.example.org',
    });
    const mail = await parse(message.raw);
    expect(mail.subject).toBe("ssh first connexion problem for login 'alice'");
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : '').toBe('meso-support@ipsl.fr');
    expect(mail.from?.value[0]?.address).toBe('alice@lab.example.org');
    expect(mail.replyTo?.value[0]?.address).toBe('alice@lab.example.org');
    expect(mail.headers.get('x-ssh-doctor-version')).toBe(TOOL_VERSION);
    // MIME text is canonical CRLF: a line that ended in CRLF in the transcript reads back as LF
    const lf = (s: string) => s.replace(/\r\n/g, '\n').trimEnd();
    expect(lf(mail.text ?? '')).toBe(lf(text));
    expect(mail.attachments.map((a) => a.filename)).toEqual([REPORT_ATTACHMENT]);
    expect(JSON.parse(mail.attachments[0]?.content.toString('utf8') ?? '')).toEqual(report);
    expect(message.raw.toString('latin1')).not.toMatch(/[^\r]\n/);
    expect(readEnvelope(message.raw)).toEqual({
      from: 'alice@lab.example.org',
      to: ['meso-support@ipsl.fr'],
    });
  });

  it('leaves From and Reply-To out when there is no address', async () => {
    const report = sampleReport();
    const message = await composeMessage({ report, text: 'body', profile: IPSL_PROFILE });
    const mail = await parse(message.raw);
    expect(mail.from).toBeUndefined();
    expect(mail.headers.has('reply-to')).toBe(false);
    expect(readEnvelope(message.raw).from).toBeUndefined();
  });

  it.each([
    "alice'\r\nBcc: eve@example.org\r\nX-Evil: 1",
    'alice\nBcc: eve@example.org',
    'alice\rBcc: eve@example.org',
    'alice\u0000\u001b[31m\u0085Bcc: eve@example.org',
    'alice\r\n\r\nfake body',
    `alice${'\r\n X-Folded: 1'.repeat(3)}`,
  ])('a login like %j cannot add a header', async (login) => {
    const report = sampleReport(login);
    const message = await composeMessage({
      report,
      text: 'body',
      profile: IPSL_PROFILE,
      from: 'a@example.org',
    });
    const mail = await parse(message.raw);
    for (const name of mail.headers.keys()) expect(ALLOWED).toContain(name);
    expect(mail.bcc).toBeUndefined();
    expect(mail.subject).not.toMatch(/[\r\n\u0000-\u001f]/);
    expect(mail.subject).toMatch(/^ssh first connexion problem for login 'alice/);
    expect(readEnvelope(message.raw).to).toEqual(['meso-support@ipsl.fr']);
    expect(mail.text?.trim()).toBe('body');
  });

  it('refuses a From or support address that could inject headers', async () => {
    const report = sampleReport();
    await expect(
      composeMessage({
        report,
        text: 'b',
        profile: IPSL_PROFILE,
        from: 'a@example.org\r\nBcc: eve@example.org',
      }),
    ).rejects.toThrow(/invalid from/);
    const evil = { ...IPSL_PROFILE, supportAddress: 'x@example.org\r\nBcc: eve@example.org' };
    await expect(composeMessage({ report, text: 'b', profile: evil })).rejects.toThrow(/support address/);
  });

  it('puts no report content in the headers', async () => {
    const report = sampleReport('bob');
    const message = await composeMessage({
      report,
      text: renderText(report),
      profile: mailSettings().profile,
    });
    const headers = message.raw.toString('latin1').split('\r\n\r\n')[0] ?? '';
    expect(headers).not.toContain(report.cause);
    expect(headers).not.toContain(report.target.host ?? 'no-host');
  });
});
