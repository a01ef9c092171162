// Key inspection against real ssh-keygen/puttygen output: every format, type and size the tools write.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { inspectKeyText } from '../../src/keys/inspect-key-text.js';
import { keyFormatSchema } from '../../src/report/schema.js';
import { type CorpusKey, makeKeyCorpus, sshKeygenList } from '../harness/key-corpus.js';

const RUN = { stdin: 'ignore', timeout: 30_000 } as const;
let dir = '';
let corpus: CorpusKey[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ssh-doctor-keys-'));
  corpus = await makeKeyCorpus(dir);
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Can the public key be known from this file alone, without a passphrase? */
function publicReadable(k: CorpusKey): boolean {
  return k.passphrase === null || k.format === 'openssh-private' || k.format.startsWith('ppk');
}

describe('inspectKeyText on generated private keys', () => {
  it('covers every format the brief lists', () => {
    const formats = new Set(corpus.map((k) => k.format));
    // Every private key format the schema knows.
    for (const f of keyFormatSchema.options.filter((f) => /private|^pem-(rsa|dsa|ec)$|^pkcs8|^ppk/.test(f))) {
      expect(formats).toContain(f);
    }
    expect(corpus.length).toBeGreaterThan(60);
  });

  it('reads format, role and encryption of every file without a passphrase', () => {
    const got = corpus.map((k) => {
      const a = inspectKeyText(k.privateText);
      return { id: k.id, format: a.format, role: a.role, encrypted: a.encrypted };
    });
    const want = corpus.map((k) => ({
      id: k.id,
      format: k.format,
      role: 'private',
      encrypted: k.passphrase !== null,
    }));
    expect(got).toEqual(want);
  });

  it('gives the type, bits and fingerprint ssh-keygen -l gives, whenever the file shows its public key', () => {
    const got = corpus.map((k) => {
      const a = inspectKeyText(k.privateText);
      return { id: k.id, keyType: a.keyType, bits: a.bits, fingerprint: a.fingerprint };
    });
    const want = corpus.map((k) =>
      publicReadable(k)
        ? { id: k.id, keyType: k.keyType, bits: k.bits, fingerprint: k.fingerprint }
        : {
            id: k.id,
            keyType: k.format === 'pkcs8-encrypted' ? null : k.keyType,
            bits: null,
            fingerprint: null,
          },
    );
    expect(got).toEqual(want);
  });

  it('agrees with ssh-keygen -l -f run on the private file itself', async () => {
    const readable = corpus.filter((k) => k.tool === 'ssh-keygen' && publicReadable(k));
    const got = readable.map((k) => {
      const a = inspectKeyText(k.privateText);
      return { id: k.id, keyType: a.keyType, bits: a.bits, fingerprint: a.fingerprint };
    });
    const want = await Promise.all(
      readable.map(async (k) => ({ id: k.id, ...(await sshKeygenList(k.path)) })),
    );
    expect(got).toEqual(want);
  });

  it('agrees with puttygen -l on .ppk files (SHA256 part only: puttygen counts ed25519 as 255 bits)', async () => {
    const ppks = corpus.filter((k) => k.format.startsWith('ppk'));
    const want = await Promise.all(
      ppks.map(async (k) => {
        const { stdout } = await execa('puttygen', ['-l', k.path], RUN);
        return { id: k.id, fingerprint: /SHA256:\S+/.exec(stdout)?.[0] };
      }),
    );
    expect(ppks.map((k) => ({ id: k.id, fingerprint: inspectKeyText(k.privateText).fingerprint }))).toEqual(
      want,
    );
  });

  it('names cipher and kdf of encrypted keys', () => {
    const seen = new Map<string, string>();
    for (const k of corpus.filter((c) => c.passphrase !== null)) {
      const a = inspectKeyText(k.privateText);
      seen.set(k.format, `${a.cipher}/${a.kdf} ${a.kind}`);
    }
    expect(seen.get('openssh-private')).toBe(
      'aes256-ctr/bcrypt OpenSSH private key, encrypted (aes256-ctr/bcrypt)',
    );
    expect(seen.get('pem-rsa')).toBe('AES-128-CBC/null PEM RSA private key, encrypted (AES-128-CBC)');
    expect(seen.get('pkcs8-encrypted')).toMatch(/^aes-\d+-cbc\/pbkdf2 PKCS#8 private key, encrypted/);
    expect(seen.get('ppk-v3')).toBe(
      'aes256-cbc/Argon2id PuTTY private key v3 (.ppk), encrypted (aes256-cbc/Argon2id)',
    );
    expect(seen.get('ppk-v2')).toBe('aes256-cbc/null PuTTY private key v2 (.ppk), encrypted (aes256-cbc)');
    expect(seen.get('ssh2-private')).toBe('3des-cbc/null ssh.com SSH2 private key, encrypted (3des-cbc)');
  });

  it('reads the comment where the format keeps it in clear', () => {
    const byId = new Map(corpus.map((k) => [k.id, inspectKeyText(k.privateText).comment]));
    expect(byId.get('ed25519.openssh')).toBe('ed25519@corpus');
    expect(byId.get('ed25519.openssh-pw')).toBeNull(); // inside the encrypted section
    expect(byId.get('rsa2048.v3-pw.ppk')).toBe('rsa2048@corpus');
  });

  it('still reports cipher and public key of an openssh key cut in the middle', () => {
    const k = corpus.find((c) => c.id === 'rsa4096.openssh-pw');
    if (!k) throw new Error('missing corpus key');
    const cut = k.privateText.slice(0, Math.floor(k.privateText.length * 0.6));
    expect(inspectKeyText(cut)).toMatchObject({
      format: 'openssh-private',
      encrypted: true,
      cipher: 'aes256-ctr',
      fingerprint: k.fingerprint,
      truncated: true,
    });
  });
});

describe('inspectKeyText on public keys made by the tools', () => {
  it('reads OpenSSH, RFC 4716 and PEM public keys like ssh-keygen -l', async () => {
    const bases = [...new Set(corpus.map((k) => k.base))];
    for (const base of bases) {
      const k = corpus.find((c) => c.base === base);
      if (!k) continue;
      const pub = join(dir, `${base}.pub`);
      const rfc = (await execa('ssh-keygen', ['-e', '-f', pub], RUN)).stdout;
      const texts: [string, string][] = [
        ['openssh-public', k.publicLine],
        ['rfc4716-public', rfc],
        ['openssh-public', `from="10.0.0.0/8",command="echo a b" ${k.publicLine}`],
      ];
      if (base !== 'ed25519') {
        texts.push(['pem-public', (await execa('ssh-keygen', ['-e', '-m', 'PKCS8', '-f', pub], RUN)).stdout]);
      }
      for (const [format, text] of texts) {
        expect({ base, format, ...pick(inspectKeyText(text)) }).toEqual({
          base,
          format,
          role: 'public',
          keyType: k.keyType,
          bits: k.bits,
          fingerprint: k.fingerprint,
        });
      }
    }
  });

  it('reads certificates as ssh-keygen does (type XXX-CERT)', async () => {
    const ca = join(dir, 'rsa1024');
    await execa('ssh-keygen', ['-q', '-s', ca, '-I', 'test', '-n', 'user', join(dir, 'ed25519.pub')], RUN);
    const certPath = join(dir, 'ed25519-cert.pub');
    const want = await sshKeygenList(certPath);
    const a = inspectKeyText(await readFile(certPath, 'utf8'));
    expect({ format: a.format, keyType: a.keyType, bits: a.bits, fingerprint: a.fingerprint }).toEqual({
      format: 'certificate',
      ...want,
    });
  });

  it('reads a PuTTYgen public key export (RFC 4716)', async () => {
    const k = corpus.find((c) => c.id === 'ecdsa384.v3.ppk');
    if (!k) throw new Error('missing corpus key');
    const out = join(dir, 'putty-public.txt');
    await execa('puttygen', [k.path, '-O', 'public', '-o', out], RUN);
    expect(pick(inspectKeyText(await readFile(out, 'utf8')))).toEqual({
      role: 'public',
      keyType: 'ECDSA',
      bits: 384,
      fingerprint: k.fingerprint,
    });
  });

  it('tells empty, garbage and binary files apart from keys', async () => {
    expect(inspectKeyText('').format).toBe('empty');
    expect(inspectKeyText(' \n\n').format).toBe('empty');
    expect(inspectKeyText('hello world\n').format).toBe('unknown');
    expect(inspectKeyText('ssh-rsa AAAAB3NzaC1yc2E= truncated').kind).toContain('damaged');
    await writeFile(join(dir, 'bin'), Buffer.from([0, 1, 2, 3, 0xff]));
    expect(inspectKeyText(await readFile(join(dir, 'bin'), 'utf8')).kind).toMatch(/binary/);
  });
});

function pick(a: ReturnType<typeof inspectKeyText>) {
  return { role: a.role, keyType: a.keyType, bits: a.bits, fingerprint: a.fingerprint };
}
