// Property: a real private key of any format, planted in random text and mangled the way mail and terminals
// mangle it, never survives redaction (no 16-character run of its body), while public keys beside it do.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { findSecrets } from '../../src/redact/find-secrets.js';
import { redactText } from '../../src/redact/redact-text.js';
import { type CorpusKey, makeKeyCorpus, privateBody } from '../harness/key-corpus.js';

let dir = '';
let corpus: CorpusKey[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ssh-doctor-redact-'));
  corpus = await makeKeyCorpus(dir);
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const B64_LINE = /^[A-Za-z0-9+/=]+$/;

/** How the key text is mangled before planting. */
interface Mangle {
  wrap: 'keep' | 'join-body' | 'join-all' | number;
  cut: number | null;
  dropEnd: boolean;
  quote: string;
  crlf: boolean;
}

function mangle(text: string, m: Mangle): string {
  let lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
  if (m.dropEnd) lines = lines.filter((l) => !/^-+ ?END |^Private-MAC:/.test(l));
  if (m.wrap === 'join-all') {
    lines = [lines.join(' ')];
  } else if (m.wrap !== 'keep') {
    const out: string[] = [];
    let run: string[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const joined = run.join('');
      out.push(
        ...(m.wrap === 'join-body' ? [joined] : (joined.match(new RegExp(`.{1,${m.wrap}}`, 'g')) ?? [])),
      );
      run = [];
    };
    for (const l of lines) {
      if (B64_LINE.test(l)) run.push(l);
      else {
        flush();
        out.push(l);
      }
    }
    flush();
    lines = out;
  }
  let joined = lines.map((l) => `${m.quote}${l}`).join(m.crlf ? '\r\n' : '\n');
  if (m.cut !== null) {
    const firstLineEnd = joined.indexOf('\n') < 0 ? 60 : joined.indexOf('\n');
    joined = joined.slice(0, Math.max(firstLineEnd + 1, Math.floor(joined.length * m.cut)));
  }
  return joined;
}

const mangleArb: fc.Arbitrary<Mangle> = fc.record({
  wrap: fc.oneof(
    fc.constant<'keep'>('keep'),
    fc.constant<'join-body'>('join-body'),
    fc.constant<'join-all'>('join-all'),
    fc.integer({ min: 16, max: 120 }),
  ),
  cut: fc.option(fc.double({ min: 0.1, max: 0.99, noNaN: true }), { nil: null }),
  dropEnd: fc.boolean(),
  quote: fc.constantFrom('', '> ', '>> ', '> > ', '    ', '\t', '| '),
  crlf: fc.boolean(),
});

/** Mail-ish filler without characters that secret detectors key on (`=`, `:`, `@`), so it must survive as is. */
const filler = fc
  .array(fc.constantFrom(...'abcdefghij klmnop ABCXYZ 0123 .,;!?-_()\n\n> '.split('')), { maxLength: 120 })
  .map((cs) => cs.join(''));

describe('redaction of planted real keys', () => {
  it('removes every private key body and keeps public keys and surrounding text', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), mangleArb, filler, filler, (keyIndex, pubIndex, m, prefix, suffix) => {
        const key = corpus[keyIndex % corpus.length];
        const other = corpus[pubIndex % corpus.length];
        if (!key || !other) throw new Error('empty corpus');
        const planted = mangle(key.privateText, m);
        const rfc4716 = `---- BEGIN SSH2 PUBLIC KEY ----\nComment: "x"\n${
          Buffer.from(other.publicLine.split(' ')[1] ?? '', 'base64')
            .toString('base64')
            .match(/.{1,64}/g)
            ?.join('\n') ?? ''
        }\n---- END SSH2 PUBLIC KEY ----`;
        const before = `${prefix}\n${other.publicLine}\n`;
        const after = `\n\n${key.publicLine}\n${rfc4716}\n${suffix}`;
        const input = before + planted + after;

        expect(findSecrets(input).length).toBeGreaterThan(0);
        const { text } = redactText(input);

        const body = privateBody(key);
        for (let i = 0; i + 16 <= body.length; i++) {
          const run = body.slice(i, i + 16);
          if (text.includes(run) && !(before + after).includes(run)) {
            throw new Error(`body run ${i} of ${key.id} survived (${JSON.stringify(m)})`);
          }
        }
        expect(text.startsWith(before)).toBe(true);
        expect(text.endsWith(after)).toBe(true);
        expect(findSecrets(text)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('describes every unmangled key with its type and encryption', () => {
    const described = corpus.map((k) => ({ id: k.id, text: redactText(k.privateText).text }));
    for (const { id, text } of described) {
      const k = corpus.find((c) => c.id === id);
      expect(text).toMatch(/^\[private key removed: [^\]\n]+\]\n*$/);
      expect(text.split('\n')).toHaveLength((k?.privateText ?? '').split('\n').length);
      if (k?.passphrase) expect(text).toContain('encrypted');
      else expect(text).toContain('not encrypted');
      if (k && (k.passphrase === null || k.format === 'openssh-private' || k.format.startsWith('ppk'))) {
        expect(`${id} ${text}`).toContain(k.fingerprint);
      }
    }
  });
});
