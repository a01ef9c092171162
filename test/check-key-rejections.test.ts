// What check-key must refuse, and the site policy, on keys made by ssh-keygen/puttygen at test time: cut keys,
// fingerprints, host keys, certificates, garbage, several keys; IPSL RSA-only/4096 versus a generic site.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { checkPublicKeyText } from '../src/check-key/check-public-key.js';
import type { ProblemCode } from '../src/check-key/problems.js';
import { exitCodeOf } from '../src/check-key/verdict.js';
import { GENERIC_PROFILE, IPSL_PROFILE } from '../src/profile/profile.js';
import { makeTestKeys, type TestKey } from './check-key-fixtures.js';

const IPSL = IPSL_PROFILE.keyPolicy;
let dir = '';
let keys: TestKey[] = [];
const key = (id: string) => keys.find((k) => k.id === id) as TestKey;
const codes = (text: string, policy = IPSL) => checkPublicKeyText(text, policy).problems.map((p) => p.code);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'check-key-rej-'));
  keys = await makeTestKeys(dir);
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('inputs check-key rejects', () => {
  const CASES: [string, () => Promise<string> | string, ProblemCode[]][] = [
    ['empty input', () => '', ['empty']],
    ['only blanks', () => ' \n\t \r\n', ['empty']],
    ['garbage', () => 'hello, here is my key!', ['not-a-key']],
    ['binary data', () => 'ab\u0000cd', ['not-a-key']],
    ['cut at 60%', () => key('rsa4096').publicLine.slice(0, 450), ['truncated']],
    ['cut where the blue box ends', () => key('putty2048').publicLine.slice(0, 120), ['truncated']],
    [
      'characters missing inside',
      () => key('rsa2048').publicLine.replace(/(.{100}).{20}/, '$1'),
      ['truncated'],
    ],
    ['beginning of the base64 cut', () => key('rsa2048').publicLine.replace(' AAAA', ' '), ['corrupt-key']],
    ['only the type word', () => 'ssh-rsa', ['truncated']],
    [
      'ssh-keygen -lf output',
      async () => (await execa('ssh-keygen', ['-lf', `${key('rsa4096').privatePath}.pub`])).stdout,
      ['fingerprint-not-key'],
    ],
    [
      'ssh-keygen -E md5 -lf output',
      async () =>
        (await execa('ssh-keygen', ['-E', 'md5', '-lf', `${key('rsa4096').privatePath}.pub`])).stdout,
      ['fingerprint-not-key'],
    ],
    ['bare SHA256 fingerprint', () => key('rsa4096').fingerprint, ['fingerprint-not-key']],
    [
      'PuTTYgen fingerprint',
      async () => (await execa('puttygen', [key('putty2048').privatePath, '-l'])).stdout,
      ['fingerprint-not-key'],
    ],
    [
      'randomart picture',
      async () =>
        (await execa('ssh-keygen', ['-lvf', `${key('ed25519').privatePath}.pub`])).stdout
          .split('\n')
          .slice(1)
          .join('\n'),
      ['fingerprint-not-key'],
    ],
    [
      'known_hosts line',
      () => `ciclad.ipsl.jussieu.fr,134.157.1.1 ${key('rsa4096').typeAndBlob}`,
      ['known-hosts-line'],
    ],
    [
      'hashed known_hosts line',
      async () => {
        const file = join(dir, 'known_hosts');
        await writeFile(file, `[ciclad.ipsl.jussieu.fr]:2222 ${key('ed25519').typeAndBlob}\n`);
        await execa('ssh-keygen', ['-H', '-f', file]);
        return readFile(file, 'utf8');
      },
      ['known-hosts-line'],
    ],
    [
      'two different keys',
      () => `${key('rsa4096').publicLine}\n${key('rsa2048').publicLine}`,
      ['multiple-keys'],
    ],
    [
      'a certificate',
      async () => {
        const ca = join(dir, 'ca');
        await execa('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', ca]);
        await execa('ssh-keygen', [
          '-q',
          '-s',
          ca,
          '-I',
          'alice',
          '-n',
          'alice',
          `${key('rsa4096').privatePath}.pub`,
        ]);
        return readFile(`${key('rsa4096').privatePath}-cert.pub`, 'utf8');
      },
      ['certificate'],
    ],
  ];

  it.each(CASES.map(([name, make, want]) => ({ name, make, want })))('$name', async ({ make, want }) => {
    const r = checkPublicKeyText(await make(), GENERIC_PROFILE.keyPolicy);
    expect(r.verdict).toBe('rejected');
    expect(r.publicKey).toBeNull();
    expect(r.problems.map((p) => p.code)).toEqual(expect.arrayContaining(want));
    expect(exitCodeOf([r])).toBe(2);
  });
});

describe('site policy', () => {
  it.each([
    ['rsa4096', 'ipsl', 'ok', 0, []],
    ['rsa2048', 'ipsl', 'ok', 1, ['policy-bits-recommended']],
    ['putty2048', 'ipsl', 'ok', 1, ['policy-bits-recommended']],
    ['rsa1024', 'ipsl', 'rejected', 2, ['policy-bits-min']],
    ['ed25519', 'ipsl', 'rejected', 2, ['policy-type']],
    ['ecdsa256', 'ipsl', 'rejected', 2, ['policy-type']],
    ['ed25519', 'generic', 'ok', 0, []],
    ['ecdsa384', 'generic', 'ok', 0, []],
  ] as const)('%s under %s: %s, exit %d', (id, site, verdict, exit, want) => {
    const r = checkPublicKeyText(key(id).publicLine, site === 'ipsl' ? IPSL : GENERIC_PROFILE.keyPolicy);
    expect({ verdict: r.verdict, exit: exitCodeOf([r]), codes: r.problems.map((p) => p.code) }).toEqual({
      verdict,
      exit,
      codes: want,
    });
  });

  it('still repairs the form of a key the policy only warns about', () => {
    expect(codes(`'${key('rsa2048').publicLine}'`)).toEqual([
      'surrounding-quotes',
      'policy-bits-recommended',
    ]);
  });
});
