// Every way users mangle a pasted key, applied to keys made by ssh-keygen and puttygen at test time: check-key
// must give back exactly the key the tools derive (`ssh-keygen -y` / `-i`), with ssh-keygen's fingerprint.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { checkPublicKeyText } from '../src/check-key/check-public-key.js';
import type { ProblemCode } from '../src/check-key/problems.js';
import { GENERIC_PROFILE } from '../src/profile/profile.js';
import { makeTestKeys, type TestKey, typeAndBlobOf } from './check-key-fixtures.js';

const POLICY = GENERIC_PROFILE.keyPolicy;
let dir = '';
let keys: TestKey[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'check-key-'));
  keys = await makeTestKeys(dir);
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const fold = (s: string, w: number) => s.match(new RegExp(`.{1,${w}}`, 'g'))?.join('\n') ?? s;
const [typeOf, b64Of, commentOf] = [
  (k: TestKey) => k.publicLine.split(' ')[0] ?? '',
  (k: TestKey) => k.publicLine.split(' ')[1] ?? '',
  (k: TestKey) => k.publicLine.split(' ').slice(2).join(' '),
];

/** name, mangling (null: not applicable to this key), codes that must be reported, comment kept? */
const MANGLINGS: [string, (k: TestKey) => string | null, ProblemCode[], boolean][] = [
  ['as written by the tool', (k) => `${k.publicLine}\n`, [], true],
  ['folded at 64 columns', (k) => fold(k.publicLine, 64), ['line-breaks'], true],
  ['folded at 47 columns (comment cut)', (k) => fold(k.publicLine, 47), ['line-breaks'], true],
  [
    'word-wrapped: type, base64 lines, comment alone',
    (k) => `${typeOf(k)}\n${fold(b64Of(k), 70)}\n${commentOf(k)}`,
    ['line-breaks'],
    true,
  ],
  [
    'spaces inside the base64',
    (k) => `${typeOf(k)} ${fold(b64Of(k), 50).replace(/\n/g, ' ')} ${commentOf(k)}`,
    ['spaces-in-base64'],
    true,
  ],
  ['leading and trailing spaces', (k) => `   ${k.publicLine}   \n\n`, ['surrounding-whitespace'], true],
  ['single quotes', (k) => `'${k.publicLine}'`, ['surrounding-quotes'], true],
  ['double quotes', (k) => `"${k.publicLine}"`, ['surrounding-quotes'], true],
  ['backticks', (k) => `\`${k.publicLine}\``, ['surrounding-quotes'], true],
  ['smart quotes', (k) => `\u201C${k.publicLine}\u201D`, ['surrounding-quotes'], true],
  ['markdown code fence', (k) => `\`\`\`\n${k.publicLine}\n\`\`\``, ['surrounding-quotes'], true],
  ['a trailing \\r', (k) => `${k.publicLine}\r`, ['carriage-returns'], true],
  [
    'CRLF and folded',
    (k) => fold(k.publicLine, 60).replace(/\n/g, '\r\n'),
    ['carriage-returns', 'line-breaks'],
    true,
  ],
  ['tabs', (k) => k.publicLine.replace(/ /g, '\t'), ['tabs'], true],
  ['a BOM', (k) => `\uFEFF${k.publicLine}`, ['byte-order-mark'], true],
  ['non-breaking spaces', (k) => k.publicLine.replace(/ /g, '\u00A0'), ['non-breaking-spaces'], true],
  [
    'zero-width spaces in the base64',
    (k) => k.publicLine.replace(/(.{100})/, '$1\u200B'),
    ['invisible-characters'],
    true,
  ],
  [
    'authorized_keys options',
    (k) => `from="10.0.0.0/8,*.ipsl.fr",no-pty,command="echo hi" ${k.publicLine}`,
    ['options-prefix'],
    true,
  ],
  ['restrict option', (k) => `restrict ${k.publicLine}`, ['options-prefix'], true],
  ['type word missing', (k) => `${b64Of(k)} ${commentOf(k)}`, ['missing-type'], true],
  [
    'type word wrong',
    (k) => `${typeOf(k) === 'ssh-rsa' ? 'ssh-ed25519' : 'ssh-rsa'} ${b64Of(k)} ${commentOf(k)}`,
    ['type-mismatch'],
    true,
  ],
  ['rsa-sha2-512 as type word', (k) => `rsa-sha2-512 ${b64Of(k)} ${commentOf(k)}`, ['type-mismatch'], true],
  ['type glued to the base64', (k) => `${typeOf(k)}${b64Of(k)} ${commentOf(k)}`, ['missing-space'], true],
  [
    'PuTTYgen box label copied',
    (k) => `Public key for pasting into OpenSSH authorized_keys file:\n${k.publicLine}`,
    ['extra-text'],
    true,
  ],
  [
    'shell prompt around',
    (k) => `[user@localhost ~]$ cat ~/.ssh/id_rsa.pub\n${k.publicLine}\n[user@localhost ~]$`,
    ['extra-text'],
    true,
  ],
  ['pasted twice', (k) => `${k.publicLine}\n${k.publicLine}`, ['repeated-key'], true],
  [
    'padding removed',
    (k) => (k.publicLine.includes('=') ? k.publicLine.replace(/=+ /, ' ') : null),
    ['base64-padding'],
    true,
  ],
  ['RFC 4716 block', (k) => k.rfc4716, ['rfc4716-format'], false],
  ['RFC 4716 block on one line', (k) => k.rfc4716.replace(/\r?\n/g, ' '), ['rfc4716-format'], false],
  [
    'RFC 4716 with a wrapped Comment header',
    (k) =>
      `---- BEGIN SSH2 PUBLIC KEY ----\nComment: "${k.comment.slice(0, 5)}\\\n${k.comment.slice(5)}"\n${fold(b64Of(k), 70)}\n---- END SSH2 PUBLIC KEY ----\n`,
    ['rfc4716-format'],
    true,
  ],
];

describe('check-key repairs mangled keys to what ssh-keygen derives', () => {
  it.each(MANGLINGS.map(([name, apply, codes, keep]) => ({ name, apply, codes, keep })))(
    '$name',
    ({ apply, codes, keep }) => {
      for (const k of keys.filter((x) => x.id !== 'rsa1024')) {
        const text = apply(k);
        if (text === null) continue;
        const r = checkPublicKeyText(text, POLICY);
        const got = {
          id: k.id,
          verdict: r.verdict,
          line: typeAndBlobOf(r.publicKey ?? ''),
          fp: r.key?.fingerprint,
        };
        expect(got).toEqual({
          id: k.id,
          verdict: codes.length ? 'fixed' : got.verdict,
          line: k.typeAndBlob,
          fp: k.fingerprint,
        });
        expect(r.verdict).not.toBe('rejected');
        expect(r.key?.bits).toBe(k.bits);
        for (const code of codes) expect(r.problems.map((p) => p.code)).toContain(code);
        if (keep) expect(r.key?.comment).toBe(k.comment);
        if (keep) expect(r.publicKey).toBe(`${k.typeAndBlob} ${k.comment}`);
      }
    },
  );

  it('reads the public part of a .ppk file given as the user own file', async () => {
    const k = keys.find((x) => x.id === 'putty2048') as TestKey;
    const r = checkPublicKeyText(await readFile(k.privatePath, 'utf8'), POLICY, { origin: 'own-file' });
    expect(r.problems.map((p) => p.code)).toContain('ppk-file');
    expect(r.publicKey).toBe(`${k.typeAndBlob} ${k.comment}`);
  });

  it('reads a PEM (PKCS#8) public key', async () => {
    for (const k of keys.filter((x) => !x.id.startsWith('ed') && x.id !== 'rsa1024')) {
      const pub = k.privatePath.endsWith('.ppk') ? `${k.privatePath}.pub` : `${k.privatePath}.pub`;
      const { stdout } = await execa('ssh-keygen', ['-e', '-m', 'PKCS8', '-f', pub]);
      const r = checkPublicKeyText(stdout, POLICY);
      expect(r.problems.map((p) => p.code)).toContain('pem-public-format');
      expect(typeAndBlobOf(r.publicKey ?? '')).toBe(k.typeAndBlob);
    }
  });
});
