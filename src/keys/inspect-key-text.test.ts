import { randomBytes } from 'node:crypto';
import { inspectKeyText } from './inspect-key-text.js';
import { readOpensshKeyV1 } from './openssh-key-v1.js';
import { sha256Fingerprint } from './ssh-blob.js';

// Synthetic blobs (random bytes in real layouts): security-key types cannot be generated without hardware.
const str = (b: Buffer | string) => {
  const buf = typeof b === 'string' ? Buffer.from(b) : b;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(buf.length);
  return Buffer.concat([len, buf]);
};
const SK_ED = Buffer.concat([str('sk-ssh-ed25519@openssh.com'), str(randomBytes(32)), str('ssh:')]);
const SK_EC = Buffer.concat([
  str('sk-ecdsa-sha2-nistp256@openssh.com'),
  str('nistp256'),
  str(Buffer.concat([Buffer.from([4]), randomBytes(64)])),
  str('ssh:'),
]);
const ED = Buffer.concat([str('ssh-ed25519'), str(randomBytes(32))]);

describe('inspectKeyText: public key lines', () => {
  const cases: [string, string, object][] = [
    [
      'sk ed25519',
      `sk-ssh-ed25519@openssh.com ${SK_ED.toString('base64')} yubi`,
      { keyType: 'ED25519-SK', bits: 256 },
    ],
    [
      'sk ecdsa',
      `sk-ecdsa-sha2-nistp256@openssh.com ${SK_EC.toString('base64')}`,
      { keyType: 'ECDSA-SK', bits: 256 },
    ],
    [
      'authorized_keys options with quoted spaces',
      `command="echo hi there",no-pty ssh-ed25519 ${ED.toString('base64')} a b`,
      { keyType: 'ED25519', comment: 'a b', kind: 'OpenSSH public key with authorized_keys options' },
    ],
    [
      'type on the line disagrees with the blob',
      `ssh-rsa ${ED.toString('base64')}`,
      { keyType: 'ED25519', kind: 'OpenSSH public key (line says ssh-rsa, blob is ssh-ed25519)' },
    ],
    [
      'two keys, comment line first',
      `# mine\nssh-ed25519 ${ED.toString('base64')} x\r\nssh-ed25519 ${ED.toString('base64')} y\n`,
      { comment: 'x', kind: 'OpenSSH public key, 2 keys' },
    ],
  ];
  it.each(cases)('%s', (_name, text, want) => {
    expect(inspectKeyText(text)).toMatchObject({ role: 'public', format: 'openssh-public', ...want });
  });

  it('fingerprints a public line as ssh-keygen does', () => {
    expect(inspectKeyText(`ssh-ed25519 ${ED.toString('base64')}`).fingerprint).toBe(sha256Fingerprint(ED));
  });
});

describe('inspectKeyText: private formats from their structure', () => {
  const v1 = (cipher: string, kdf: string, pub: Buffer, section: Buffer) =>
    Buffer.concat([
      Buffer.from('openssh-key-v1\0'),
      str(cipher),
      str(kdf),
      str(
        kdf === 'none' ? Buffer.alloc(0) : Buffer.concat([str(randomBytes(16)), Buffer.from([0, 0, 0, 24])]),
      ),
      Buffer.from([0, 0, 0, 1]),
      str(pub),
      str(section),
    ]);
  const armour = (blob: Buffer) =>
    `-----BEGIN OPENSSH PRIVATE KEY-----\n${blob.toString('base64').replace(/.{70}/g, '$&\n')}\n-----END OPENSSH PRIVATE KEY-----\n`;

  it('reads cipher, kdf, rounds and the public key of an encrypted openssh key without passphrase', () => {
    const blob = v1('chacha20-poly1305@openssh.com', 'bcrypt', SK_ED, randomBytes(96));
    expect(readOpensshKeyV1(blob)).toMatchObject({
      cipher: 'chacha20-poly1305@openssh.com',
      kdf: 'bcrypt',
      rounds: 24,
      keyCount: 1,
    });
    expect(inspectKeyText(armour(blob))).toMatchObject({
      format: 'openssh-private',
      kind: 'OpenSSH private key, encrypted (chacha20-poly1305@openssh.com/bcrypt)',
      keyType: 'ED25519-SK',
      encrypted: true,
      fingerprint: sha256Fingerprint(SK_ED),
      comment: null,
    });
  });

  it('reads the comment of an unencrypted sk key (flags byte in the private section)', () => {
    const section = Buffer.concat([
      Buffer.from([1, 2, 3, 4, 1, 2, 3, 4]),
      str('sk-ssh-ed25519@openssh.com'),
      str(randomBytes(32)),
      str('ssh:'),
      Buffer.from([1]),
      str(randomBytes(64)),
      str(''),
      str('me@host'),
    ]);
    expect(inspectKeyText(armour(v1('none', 'none', SK_ED, section)))).toMatchObject({
      encrypted: false,
      comment: 'me@host',
    });
  });

  it('reads a ppk file with CRLF and no MAC as truncated but still typed', () => {
    const ppk = [
      'PuTTY-User-Key-File-2: ssh-ed25519',
      'Encryption: aes256-cbc',
      'Comment: eddsa-key-20240131',
      'Public-Lines: 2',
      ...(ED.toString('base64').match(/.{1,64}/g) ?? []),
      'Private-Lines: 1',
      randomBytes(48).toString('base64'),
    ].join('\r\n');
    expect(inspectKeyText(ppk)).toMatchObject({
      format: 'ppk-v2',
      encrypted: true,
      cipher: 'aes256-cbc',
      kdf: null,
      comment: 'eddsa-key-20240131',
      fingerprint: sha256Fingerprint(ED),
      truncated: true,
    });
  });

  it('recognises formats it cannot read further', () => {
    expect(inspectKeyText('SSH PRIVATE KEY FILE FORMAT 1.1\n\0\0').kind).toMatch(/SSH-1/);
    expect(inspectKeyText('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n').role).toBe(
      'other',
    );
    expect(
      inspectKeyText(
        '-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n-----BEGIN EC PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n-----END EC PRIVATE KEY-----\n',
      ),
    ).toMatchObject({ format: 'pem-ec', encrypted: true, keyType: 'ECDSA' });
  });
});
