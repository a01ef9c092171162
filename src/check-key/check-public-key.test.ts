// checkPublicKeyText on literal text: the key printed on the IPSL "About SSH Keys" page (RSA 4096, its
// fingerprint as the page shows it) pasted the ways users paste it. No tools needed.
import { IPSL_PROFILE } from '../profile/profile.js';
import { checkPublicKeyText } from './check-public-key.js';
import { checkResultSchema } from './check-result.js';
import type { ProblemCode } from './problems.js';

const PAGE_KEY =
  'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAACAQDMW7eR0JPEh/1F4k2LEoBQMHaZ3uRL6uZM3S9LEzwhXKnOwpjP3opsjldCgyc3xSTbrgWCoJLdq4xitTmLF/1Da6a3CX9PHLB3WT0YeJCa2vGbHozqldgDg4k8ZagaYFozK7uMqeZTYdhPN2Q9YE+ptaXFUXMyOaUbfSuMPMyHeAc7MeG7f+ivf4RunQTcnY8fbLM2Gx1voE5KUTph1atRgkOKYmNSWPijn2qmQ6BYeFwttojiuOWH0bCSXy/JywinamyBzt0JK40rAlCa09lP+5jia0N0Sn6nmijZ1o3oaO6nOjYMZ1os3OAbmafX8wfSDarKqWE5kQQmF5abyZ9PvI+MliXVe//bEjIxW00z0s3bM6EWzJ1/MmtI5aNT3DpgXx0pzh9uPMA5tgdl90BvxXNljovxriYqtwcWTfWtEDnQekFOeQI3S/ou0rRZ80n3RwUTs0soxkOo4lSTP2Jh/KYeGqQPuMPOLiW5oHZPXQZ5uu0VWCjFB9kD+NXxoWoOrJ6t6DRzwoEO83V87uUyz3Bzlw9aixxWEr38CW7ZVXqpTnFKj/TdPkny7Ms77cLBb3WbPZTWmJlO9MNNPGFuoHWRR/n199BYSRu46Zvh0k2xivJ52JdJ/ud0DfRY0p4CoAWupNaMw0qRDUzawkY+pKVHTf2oJF7KuTZhabuXmQ== user@localhost';
const FINGERPRINT = 'SHA256:tpdrIr1dW5uCKr6AvCu/GXdauBvOY4nqENGK+aGWoU0';
const [TYPE, B64] = PAGE_KEY.split(' ') as [string, string];
const POLICY = IPSL_PROFILE.keyPolicy;

describe('checkPublicKeyText on the IPSL help page key', () => {
  it('accepts the key as the page prints it', () => {
    const r = checkPublicKeyText(`${PAGE_KEY} \n`, POLICY);
    expect(r).toEqual({
      verdict: 'fixed',
      input: 'OpenSSH public key',
      key: expect.objectContaining({
        sshType: 'ssh-rsa',
        family: 'RSA',
        bits: 4096,
        fingerprint: FINGERPRINT,
      }),
      publicKey: PAGE_KEY,
      problems: [expect.objectContaining({ code: 'surrounding-whitespace', severity: 'fix' })],
    });
    expect(checkResultSchema.parse(r)).toEqual(r);
    expect(checkPublicKeyText(PAGE_KEY, POLICY).verdict).toBe('ok');
  });

  it.each<[string, string, ProblemCode[]]>([
    ['browser copy with non-breaking spaces', PAGE_KEY.replace(/ /g, '\u00A0'), ['non-breaking-spaces']],
    [
      'the shell prompt line copied too',
      `[user@localhost ~] cat /home/user/.ssh/id_rsa.pub\n${PAGE_KEY}`,
      ['extra-text'],
    ],
    ['wrapped by the page at 76 columns', PAGE_KEY.match(/.{1,76}/g)?.join('\n') ?? '', ['line-breaks']],
    [
      'base64 with a space every 64 characters',
      `${TYPE} ${B64.match(/.{1,64}/g)?.join(' ')} user@localhost`,
      ['spaces-in-base64'],
    ],
    ['Windows line ending', `${PAGE_KEY}\r\n`, ['carriage-returns']],
  ])('%s', (_name, text, codes) => {
    const r = checkPublicKeyText(text, POLICY);
    expect(r.publicKey).toBe(PAGE_KEY);
    expect(r.key?.fingerprint).toBe(FINGERPRINT);
    expect(r.problems.map((p) => p.code)).toEqual(codes);
  });

  it('never keeps a long base64 run as the comment', () => {
    const data = 'QmFzZTY0UHJpdmF0ZUxpbmVOb3RUb0JlRWNob2Vk';
    const r = checkPublicKeyText(`${TYPE} ${B64}\n${data}`, POLICY);
    expect(r.key?.comment).toBeNull();
    expect(r.problems.map((p) => p.code)).toContain('extra-text');
    expect(JSON.stringify(r)).not.toContain(data.slice(0, 16));
  });

  it('takes the lone comment line of a word-wrapped paste, and rejoins rsa-key-YYYYMMDD cut by a wrap', () => {
    expect(checkPublicKeyText(`${TYPE} ${B64}\nuser@localhost`, POLICY).key?.comment).toBe('user@localhost');
    expect(checkPublicKeyText(`${TYPE} ${B64} rsa-key-2024\n0131`, POLICY).key?.comment).toBe(
      'rsa-key-20240131',
    );
  });

  it('rejects what is not a key without quoting it', () => {
    const r = checkPublicKeyText('my password is hunter2', POLICY);
    expect(r.verdict).toBe('rejected');
    expect(JSON.stringify(r)).not.toContain('hunter2');
  });
});
