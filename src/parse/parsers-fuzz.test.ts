import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { connectionSchema } from '../report/connection.js';
import { effectiveConfigSchema, lsEntrySchema, sshVersionSchema } from '../report/schema.js';
import { splitInputLines } from './input-lines.js';
import { splitLegacyTranscript } from './legacy-split.js';
import { parseLsAl } from './ls-al.js';
import { parseSshAdd } from './ssh-add.js';
import { parseSshConfig } from './ssh-config.js';
import { parseSshVerbose } from './ssh-verbose.js';
import { parseSshVersion } from './ssh-version.js';
import { parseUname } from './uname.js';

const dir = new URL('../../test/data/ssh-verbose/local-9.2/', import.meta.url);
const recorded = readdirSync(dir)
  .filter((f) => f.endsWith('.log'))
  .map((f) => readFileSync(new URL(f, dir), 'utf8'));

// from shared/reference/openssh-messages.md (not a recorded transcript)
const referenceLines = [
  'OpenSSH_7.4p1, OpenSSL 1.0.2k-fips  26 Jan 2017',
  'OpenSSH_for_Windows_9.5p1, LibreSSL 3.8.2',
  'debug1: Offering RSA public key: /home/u/.ssh/id_rsa',
  'debug1: Offering public key: RSA SHA256:p3q4 /home/u/.ssh/id_rsa',
  'debug1: Will attempt key: /home/user/.ssh/id_ecdsa  explicit',
  'debug2: kex_parse_kexinit: curve25519-sha256@libssh.org,ecdh-sha2-nistp256',
  'debug2: peer server KEXINIT proposal',
  'debug2: host key algorithms: ssh-rsa',
  'The fingerprint for the ED25519 key sent by the remote host is',
  'SHA256:Bz5qAXFODvOUWdAMxvS0xrxFdeHrwFrQRIsP+N17B98.',
  'Unable to negotiate with 127.0.0.1 port 2224: no matching host key type found. Their offer: ssh-rsa',
  'Received disconnect from 1.2.3.4 port 22:2: Too many authentication failures',
  'ssh_exchange_identification: read: Connection reset by peer',
  'tester@127.0.0.1: Permission denied (publickey).',
  'total 24',
  '-rw-------  1 u u 3381 Nov 26 00:41 id_rsa',
  '256 SHA256:2t0fi/JtHLQQKVog9+GZR4w3WvMQDJ+hsv6DshbgMuQ me@laptop (ED25519)',
  'identityfile ~/.ssh/id_rsa',
  'Thu Nov 26 00:41:35 UTC 2026',
  '-----BEGIN OPENSSH PRIVATE KEY-----',
];
const corpus = [...recorded, referenceLines.join('\n')];

/** A transcript damaged the ways mail does it: truncated, lines dropped or shuffled, CRLF, quoting, garbage. */
const damaged = fc
  .record({
    base: fc.constantFrom(...corpus),
    cut: fc.nat(),
    drop: fc.array(fc.nat(), { maxLength: 20 }),
    crlf: fc.boolean(),
    quote: fc.constantFrom('', '> ', '>> ', '> > '),
    garbage: fc.array(fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 80 })), { maxLength: 5 }),
    shuffle: fc.boolean(),
  })
  .map(({ base, cut, drop, crlf, quote, garbage, shuffle }) => {
    let lines = base.slice(0, base.length === 0 ? 0 : cut % (base.length + 1)).split('\n');
    lines = lines.filter((_, i) => !drop.includes(i));
    for (const [at, junk] of garbage) lines.splice(at % (lines.length + 1), 0, junk);
    if (shuffle) lines.reverse();
    return lines.map((l) => quote + l).join(crlf ? '\r\n' : '\n');
  });

const bytes = fc
  .uint8Array({ maxLength: 400 })
  .chain((b) => fc.constantFrom(Buffer.from(b).toString('latin1'), Buffer.from(b).toString('utf8')));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), bytes, damaged);

function checkConnection(text: string): void {
  const c = parseSshVerbose(text);
  expect(connectionSchema.safeParse(c).success).toBe(true);
  const lines = splitInputLines(text);
  for (const e of c.events) expect(lines[e.line - 1]?.text).toBe(e.text);
}

describe('parsers never throw and always validate', () => {
  it('parseSshVerbose', () => {
    fc.assert(fc.property(anyText, checkConnection), { numRuns: 300 });
  });

  it('parseLsAl, parseSshConfig, parseSshVersion, parseUname, parseSshAdd', () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.integer({ min: -1, max: 255 })), (text, exit) => {
        for (const e of parseLsAl(text).entries) expect(lsEntrySchema.safeParse(e).success).toBe(true);
        expect(effectiveConfigSchema.safeParse(parseSshConfig(text)).success).toBe(true);
        const v = parseSshVersion(text);
        if (v !== null) expect(sshVersionSchema.safeParse(v).success).toBe(true);
        expect(parseUname(text)).toHaveProperty('os');
        expect(parseSshAdd(text, text, exit, 'l').state).toEqual(expect.any(String));
        expect(parseSshAdd(text, '', exit, 'L').publicKeys).toEqual(expect.any(Array));
      }),
      { numRuns: 300 },
    );
  });

  it('splitLegacyTranscript sections are verbatim slices of the input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const t = splitLegacyTranscript(text);
        const lines = splitInputLines(text);
        for (const section of Object.values(t.sections)) {
          const got = section.text.split('\n');
          const want = lines
            .slice(section.startLine - 1, section.startLine - 1 + got.length)
            .map((l) => l.text);
          expect(got).toEqual(want);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stays fast on pathological long lines', () => {
    const long = [
      `debug1: Offering public key: ${'a '.repeat(20_000)}`,
      `debug1: Will attempt key: ${' '.repeat(20_000)}x`,
      `-rw------- 1 ${'u '.repeat(20_000)}`,
      `ssh ${'-o '.repeat(20_000)}`,
      'x'.repeat(200_000),
      `Unable to negotiate with ${'h '.repeat(20_000)}`,
    ].join('\n');
    const start = performance.now();
    checkConnection(long);
    splitLegacyTranscript(long);
    parseLsAl(long);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
