// A private key given to check-key, in every format the tools write (keys made at test time): it is called a
// private key loudly, and no 16-character run of its secret body appears in any output (text, --json, --quiet).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBatch } from '../src/check-key/check-batch.js';
import { checkPublicKeyText } from '../src/check-key/check-public-key.js';
import type { CheckResult } from '../src/check-key/check-result.js';
import { renderBatchText, renderCheckText } from '../src/check-key/render-check.js';
import { IPSL_PROFILE } from '../src/profile/profile.js';
import { leakedRuns } from './check-key-fixtures.js';
import { type CorpusKey, makeKeyCorpus, privateBody } from './harness/key-corpus.js';

const POLICY = IPSL_PROFILE.keyPolicy;
let dir = '';
let corpus: CorpusKey[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'check-key-priv-'));
  corpus = await makeKeyCorpus(dir);
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Every output check-key can make of a result. */
function allOutputs(r: CheckResult): string {
  const quiet = r.publicKey ?? '';
  return [JSON.stringify(r), renderCheckText(r, 'stdin'), quiet, ...r.problems.map((p) => p.message)].join(
    '\n',
  );
}

/** What users do to a private key on its way into a form or a mail. */
const MANGLINGS: [string, (t: string) => string][] = [
  ['as written', (t) => t],
  ['CRLF', (t) => t.replace(/\n/g, '\r\n')],
  ['quoted', (t) => `"${t.trim()}"`],
  ['indented with non-breaking spaces', (t) => t.replace(/^/gm, '\u00A0\u00A0')],
  ['mail-quoted', (t) => t.replace(/^/gm, '> ')],
  ['END line lost', (t) => t.replace(/^.*(?:END|Private-MAC).*$/m, '')],
  ['lines joined with spaces', (t) => t.replace(/\n/g, ' ')],
  [
    'body only, no armour',
    (t) =>
      t
        .split('\n')
        .filter((l) => /^[A-Za-z0-9+/=]{40,}$/.test(l))
        .join('\n'),
  ],
  ['glued after a public key', (t) => `ssh-rsa AAAAB3NzaC1yc2E me\n${t}`],
];

describe('private keys pasted by mistake', () => {
  it('covers the formats the brief lists', () => {
    const formats = new Set(corpus.map((k) => k.format));
    for (const f of ['openssh-private', 'pem-rsa', 'pkcs8', 'pkcs8-encrypted', 'ppk-v2', 'ppk-v3'] as const) {
      expect(formats).toContain(f);
    }
  });

  it.each(MANGLINGS.map(([name, mangle]) => ({ name, mangle })))(
    '$name: rejected as private-key, nothing echoed',
    ({ mangle }) => {
      const failures: string[] = [];
      for (const k of corpus) {
        const text = mangle(k.privateText);
        if (text.trim() === '') continue;
        const r = checkPublicKeyText(text, POLICY, { origin: 'pasted' });
        const leaked = leakedRuns(privateBody(k), allOutputs(r));
        if (leaked.length > 0) failures.push(`${k.id}: leaked ${leaked.length} runs`);
        const bodyOnly = !/BEGIN|PuTTY/.test(text);
        // a bare PuTTY/ssh.com body is not recognisable as a key at all; it is then refused as not-a-key
        // A .ppk without its field lines is its public lines + random-looking private lines: only the public
        // key can be recognised; the rest is dropped as extra text, never echoed.
        if (bodyOnly && k.format.startsWith('ppk') && r.problems.some((p) => p.code === 'extra-text'))
          continue;
        if (r.verdict !== 'rejected') failures.push(`${k.id}: verdict ${r.verdict}`);
        else if (!bodyOnly && r.problems[0]?.code !== 'private-key')
          failures.push(`${k.id}: ${r.problems[0]?.code}`);
      }
      expect(failures).toEqual([]);
    },
  );

  it('says it loudly, with what to send instead', () => {
    const k = corpus.find((c) => c.format === 'openssh-private') as CorpusKey;
    const text = renderCheckText(checkPublicKeyText(k.privateText, POLICY), '--text');
    expect(text).toMatch(/THIS IS A PRIVATE KEY/);
    expect(text).toMatch(/make a NEW key pair/);
    expect(text).not.toMatch(/Key to paste/);
  });

  it('batch mode flags received private keys and echoes none of them', () => {
    const text = corpus.map((k) => k.privateText).join('\n');
    const batch = checkBatch([{ file: 'received.txt', text }], POLICY);
    const out = JSON.stringify(batch) + renderBatchText(batch);
    for (const k of corpus) expect(leakedRuns(privateBody(k), out)).toEqual([]);
    expect(batch.summary.rejected).toBe(corpus.length);
    expect(batch.entries.every((e) => e.result.problems[0]?.code === 'private-key')).toBe(true);
  });
});

describe('a private key file given as the user own file', () => {
  it('gives its public key when the file shows it, and nothing of the private part', () => {
    for (const k of corpus) {
      const r = checkPublicKeyText(k.privateText, POLICY, { origin: 'own-file' });
      const readable = k.passphrase === null || k.format === 'openssh-private' || k.format.startsWith('ppk');
      const base = k.publicLine.split(' ').slice(0, 2).join(' ');
      if (readable && k.keyType === 'RSA' && k.bits >= 2048) {
        expect({ id: k.id, line: r.publicKey?.split(' ').slice(0, 2).join(' ') }).toEqual({
          id: k.id,
          line: base,
        });
        expect(r.problems[0]?.code).toBe(k.format.startsWith('ppk') ? 'ppk-file' : 'private-key-file');
      }
      if (!readable) expect(r.problems.map((p) => p.code)).toContain('public-part-unreadable');
      expect({ id: k.id, leaked: leakedRuns(privateBody(k), allOutputs(r), base) }).toEqual({
        id: k.id,
        leaked: [],
      });
    }
  });
});
