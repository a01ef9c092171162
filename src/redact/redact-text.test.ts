import { randomBytes } from 'node:crypto';
import { sha256Fingerprint as sha256 } from '../keys/ssh-blob.js';
import { findSecrets } from './find-secrets.js';
import { redactText } from './redact-text.js';

// Synthetic key material (random bytes in real containers): no real private key is committed.
function wireString(b: Buffer | string): Buffer {
  const buf = typeof b === 'string' ? Buffer.from(b) : b;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(buf.length);
  return Buffer.concat([len, buf]);
}
const ED_PUB = Buffer.concat([wireString('ssh-ed25519'), wireString(randomBytes(32))]);
const OPENSSH_BODY = Buffer.concat([
  Buffer.from('openssh-key-v1\0'),
  wireString('aes256-ctr'),
  wireString('bcrypt'),
  wireString(Buffer.concat([wireString(randomBytes(16)), Buffer.from([0, 0, 0, 16])])),
  Buffer.from([0, 0, 0, 1]),
  wireString(ED_PUB),
  wireString(randomBytes(144)),
]).toString('base64');
const PEM_BODY = randomBytes(1190).toString('base64');
const wrap = (b64: string, w = 70) => b64.match(new RegExp(`.{1,${w}}`, 'g')) ?? [];

const OPENSSH = [
  '-----BEGIN OPENSSH PRIVATE KEY-----',
  ...wrap(OPENSSH_BODY),
  '-----END OPENSSH PRIVATE KEY-----',
];
const PEM_ENC = [
  '-----BEGIN RSA PRIVATE KEY-----',
  'Proc-Type: 4,ENCRYPTED',
  'DEK-Info: AES-128-CBC,1707FF6973B7C7CDF61AC0E9BB8BF06A',
  '',
  ...wrap(PEM_BODY, 64),
  '-----END RSA PRIVATE KEY-----',
];
const PPK = [
  'PuTTY-User-Key-File-3: ssh-ed25519',
  'Encryption: none',
  'Comment: eddsa-key-20240131',
  'Public-Lines: 2',
  ...wrap(ED_PUB.toString('base64'), 64),
  'Private-Lines: 1',
  'AAAAIJIlt3Dr+ks384h0TQQeI0a6qbzqkAoZmb6HRKMW0sJv',
  'Private-MAC: 04aa3da685749bb1ade296a8e7b3700edab84a7c04aa3da685749bb1ade296a8',
];
const PUB_LINE = `ssh-ed25519 ${ED_PUB.toString('base64')} me@laptop`;
const RFC4716 = [
  '---- BEGIN SSH2 PUBLIC KEY ----',
  'Comment: "me"',
  ...wrap(ED_PUB.toString('base64')),
  '---- END SSH2 PUBLIC KEY ----',
];

const secretRuns = (body: string) =>
  Array.from({ length: body.length - 15 }, (_, i) => body.slice(i, i + 16));
/** No 16-character run of `body` is in `out`, except runs that the public text around the key holds too. */
function expectNoBody(out: string, body: string, publicText = '') {
  const leaked = secretRuns(body.replace(/\s/g, '')).find(
    (run) => out.includes(run) && !publicText.includes(run),
  );
  expect(leaked).toBeUndefined();
}

describe('redactText: private keys', () => {
  const cases: [string, string, string][] = [
    ['openssh', OPENSSH.join('\n'), OPENSSH_BODY],
    ['openssh, CRLF', OPENSSH.join('\r\n'), OPENSSH_BODY],
    ['openssh, mail-quoted', OPENSSH.map((l) => `> ${l}`).join('\n'), OPENSSH_BODY],
    ['openssh, quoted twice, indented', OPENSSH.map((l) => `>>    ${l}`).join('\n'), OPENSSH_BODY],
    ['openssh, END missing', OPENSSH.slice(0, -1).join('\n'), OPENSSH_BODY],
    ['openssh, cut short', OPENSSH.slice(0, 4).join('\n').slice(0, -9), OPENSSH_BODY],
    ['openssh, joined with spaces', OPENSSH.join(' '), OPENSSH_BODY],
    ['openssh, body on one line', [OPENSSH[0], OPENSSH_BODY, OPENSSH.at(-1)].join('\n'), OPENSSH_BODY],
    ['openssh, JSON string', `{"k":"${OPENSSH.join('\\n')}\\n"}`, OPENSSH_BODY],
    [
      'openssh, header wrapped',
      `> -----BEGIN OPENSSH\n> PRIVATE KEY-----\n${OPENSSH.slice(1).join('\n')}`,
      OPENSSH_BODY,
    ],
    ['openssh, no armour', wrap(OPENSSH_BODY).join('\n'), OPENSSH_BODY],
    ['openssh, no armour, in a field', `key=${OPENSSH_BODY}&x=1`, OPENSSH_BODY],
    ['PEM encrypted', PEM_ENC.join('\n'), PEM_BODY],
    [
      'PEM encrypted, rewrapped at 40, CRLF',
      [...PEM_ENC.slice(0, 4), ...wrap(PEM_BODY, 40), PEM_ENC.at(-1)].join('\r\n'),
      PEM_BODY,
    ],
    [
      'PKCS#8 encrypted, END missing',
      ['-----BEGIN ENCRYPTED PRIVATE KEY-----', ...wrap(PEM_BODY, 64)].join('\n'),
      PEM_BODY,
    ],
    [
      'PKCS#8, tab-indented',
      ['-----BEGIN PRIVATE KEY-----', ...wrap(PEM_BODY, 64), '-----END PRIVATE KEY-----']
        .map((l) => `\t${l}`)
        .join('\n'),
      PEM_BODY,
    ],
    [
      'ssh.com',
      [
        '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----',
        'Comment: "a \\',
        'b"',
        ...wrap(PEM_BODY),
        '---- END SSH2 ENCRYPTED PRIVATE KEY ----',
      ].join('\n'),
      PEM_BODY,
    ],
    ['ppk v3', PPK.join('\n'), 'AAAAIJIlt3Dr+ks384h0TQQeI0a6qbzqkAoZmb6HRKMW0sJv'],
    [
      'ppk v3, quoted, MAC missing',
      PPK.slice(0, -1)
        .map((l) => `> ${l}`)
        .join('\r\n'),
      'AAAAIJIlt3Dr+ks384h0TQQeI0a6qbzqkAoZmb6HRKMW0sJv',
    ],
    ['ppk v3, joined', PPK.join(' '), 'AAAAIJIlt3Dr+ks384h0TQQeI0a6qbzqkAoZmb6HRKMW0sJv'],
  ];

  it.each(cases)('%s: removes the body, keeps the text around it byte for byte', (_name, key, body) => {
    const before = 'Hello,\r\nhere is my key:\n\n';
    const after = `\n\n${PUB_LINE}\n${RFC4716.join('\n')}\nThanks, Jo\r\n`;
    const input = `${before}${key}${after}`;
    expect(findSecrets(input).length).toBeGreaterThan(0);
    const { text, redactions } = redactText(input);
    expectNoBody(text, body, before + after);
    expect(text.startsWith(before)).toBe(true);
    expect(text.endsWith(after)).toBe(true);
    expect(text).toMatch(/\[private key removed: [^\]\n]*\]/);
    expect(redactions).toEqual([{ kind: 'private-key', count: 1 }]);
    expect(findSecrets(text)).toEqual([]);
  });

  it('describes what it removed without content', () => {
    // The removed lines stay as empty lines (line numbers of what follows are kept).
    expect(redactText(OPENSSH.join('\n')).text).toBe(
      `[private key removed: OpenSSH ed25519 256, encrypted (aes256-ctr/bcrypt), ${sha256(ED_PUB)}]${'\n'.repeat(OPENSSH.length - 1)}`,
    );
    expect(redactText(PEM_ENC.join('\n')).text).toBe(
      `[private key removed: PEM rsa, encrypted (AES-128-CBC)]${'\n'.repeat(PEM_ENC.length - 1)}`,
    );
    expect(redactText(OPENSSH.slice(0, 4).join('\n')).text).toMatch(
      /OpenSSH ed25519 256, .*, incomplete\]\n{3}$/,
    );
  });

  it('keeps going past a short letters-only last public line in a .ppk', () => {
    const ppk = ['PuTTY-User-Key-File-2: ssh-rsa', 'Encryption: none', 'Comment: c', 'Public-Lines: 2'];
    const privateLine = 'AAAAgQCVqGk4tFIRcSj3b2G9nSqHdZUyD11NjXpif6nvbimr3q7a';
    const text = [
      ...ppk,
      'AAAAB3NzaC1yc2EAAAADAQABAAAAgQCVqGk4tFIRcSj3b2G9nSqH',
      'wlkQ',
      'Private-Lines: 1',
      privateLine,
    ].join('\n');
    expect(redactText(text).text).not.toContain(privateLine.slice(0, 16));
  });

  it('stops a key without END at the first line that is not body', () => {
    const { text } = redactText(`${OPENSSH.slice(0, -1).join('\n')}\nRegards,\nJo`);
    expect(text).toMatch(/^\[private key removed: [^\]]*\]\n+Regards,\nJo$/);
    expect(text.split('\n')).toHaveLength(OPENSSH.length + 1);
  });
});

describe('redactText: what must survive', () => {
  const keep = [
    PUB_LINE,
    `from="10.0.0.1",no-pty ${PUB_LINE}`,
    RFC4716.join('\r\n'),
    'debug1: Offering public key: /home/u/.ssh/id_rsa RSA SHA256:2t0fi/JtHLQQKVog9+GZR4w3WvMQDJ+hsv6DshbgMuQ',
    'SSH_AUTH_SOCK=/tmp/ssh-XXXXabcdEF/agent.12345',
    "Enter passphrase for key '/home/u/.ssh/id_rsa':",
    'ssh -o PasswordAuthentication=no -o NumberOfPasswordPrompts=0 -- login@host',
    'passwordauthentication yes',
    'debug1: Authentications that can continue: publickey,password',
    'Load key "/home/u/.ssh/id_rsa": incorrect passphrase supplied to decrypt private key',
    '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----',
    'The file must start with BEGIN OPENSSH PRIVATE KEY, not PuTTY-User-Key-File.',
    '-rw-------  1 u u 3381 Jan 31 10:00 id_rsa',
    'https://example.org/path?x=1',
  ];
  it.each(keep)('keeps %j unchanged and finds no secret in it', (line) => {
    const text = `a\r\n${line}\nb`;
    expect(redactText(text)).toEqual({ text, redactions: [] });
    expect(findSecrets(text)).toEqual([]);
  });
});

describe('redactText: other secrets', () => {
  const cases: [string, string, string][] = [
    ['smtp://user:s3cr3t@mail.example.org:587', 'smtp://user:***@mail.example.org:587', 'url-password'],
    ['Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc', 'Authorization: Bearer ***', 'auth-header'],
    ['SMTP_PASSWORD="two words"', 'SMTP_PASSWORD="***"', 'password-assignment'],
    ['--password=hunter2 --x', '--password=*** --x', 'password-assignment'],
    ['C: AUTH PLAIN AHVzZXIAcGFzcw==', 'C: AUTH PLAIN ***', 'smtp-auth'],
    ['token ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'token ***', 'api-token'],
    ['sshpass -p hunter2 ssh host', 'sshpass -p *** ssh host', 'sshpass-password'],
  ];
  it.each(cases)('%s', (input, output, kind) => {
    expect(findSecrets(input)).toEqual([{ kind, line: 1 }]);
    const r = redactText(input);
    expect(r).toEqual({ text: output, redactions: [{ kind, count: 1 }] });
    expect(findSecrets(r.text)).toEqual([]);
  });

  it('reports line numbers of what is left', () => {
    expect(findSecrets(`a\nb\r\nsmtp://u:p@h\n\n${OPENSSH.join('\n')}`)).toEqual([
      { kind: 'url-password', line: 3 },
      { kind: 'private-key', line: 5 },
    ]);
  });
});

describe('redactText: cost', () => {
  it('redacts a 10 MB mailbox well under a second', () => {
    const chunk = `From: a@b.c\n> debug1: Offering public key: /x RSA SHA256:abc\n${'-'.repeat(80)}\n${'A'.repeat(3000)}\n`;
    let big = '';
    for (let i = 0; big.length < 10_000_000; i++)
      big += chunk + (i % 50 === 0 ? `${OPENSSH.join('\n')}\n` : '');
    const t0 = performance.now();
    const r = redactText(big);
    const elapsed = performance.now() - t0;
    expect(r.redactions[0]?.count).toBeGreaterThan(50);
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('a cut-off key header followed by other pasted output', () => {
  // The legacy one-liner's `head -2 ~/.ssh/id_rsa` of an encrypted PEM key, then the next commands' output.
  const pasted = [
    '-----BEGIN RSA PRIVATE KEY-----',
    'Proc-Type: 4,ENCRYPTED',
    'cat: /home/u/.ssh/id_rsa.pub: No such file or directory',
    'Thu Nov 26 00:41:35 UTC 2026',
    'debug1: Reading configuration data /etc/ssh/ssh_config',
    'debug1: Offering public key: /home/u/.ssh/id_rsa RSA SHA256:p3q4ZCrHkqBHKDCEZj/a2KoHNXHlW2bzZLX2UtYYeQI',
    'u@h: Permission denied (publickey).',
  ].join('\n');

  it('removes the header lines but keeps every following line', () => {
    const out = redactText(pasted).text;
    expect(out).not.toMatch(/BEGIN RSA PRIVATE KEY/);
    for (const line of pasted.split('\n').slice(2)) expect(out).toContain(line);
  });
});

describe('ssh messages that mention a passphrase', () => {
  it.each([
    "debug1: read_passphrase: can't open /dev/tty: No such device or address",
    "Enter passphrase for key '/home/u/.ssh/id_rsa':",
    'debug2: bad passphrase given, try again...',
  ])('keeps %s', (line) => {
    expect(redactText(`${line}\n`).text).toBe(`${line}\n`);
  });

  it('still masks a password assignment', () => {
    expect(redactText('password=hunter2hunter2\n').text).not.toContain('hunter2hunter2');
  });
});

describe('line numbers survive redaction', () => {
  it('keeps as many lines as the input, so evidence line numbers still point into it', () => {
    const key = [
      '-----BEGIN OPENSSH PRIVATE KEY-----',
      ...Array(6).fill('QUJD'.repeat(17)),
      '-----END OPENSSH PRIVATE KEY-----',
    ];
    for (const eol of ['\n', '\r\n']) {
      const input = ['before', ...key, 'debug1: after', 'u@h: Permission denied (publickey).'].join(eol);
      const out = redactText(input).text;
      expect(out.split(eol)).toHaveLength(input.split(eol).length);
      expect(out.split(eol)[9]).toBe('debug1: after');
      expect(out).not.toContain('QUJDQUJD');
    }
  });
});
