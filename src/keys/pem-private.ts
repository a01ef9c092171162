// Describes PEM private keys (PKCS#1 RSA, DSA, SEC1 EC, PKCS#8 plain and encrypted): encryption from the
// Proc-Type/DEK-Info headers or the PKCS#8 algorithm identifiers, the public key from the unencrypted ones.

import { type Armour, armourHeader, decodeBody } from './armour.js';
import { collectOids, OID_NAMES } from './der-oids.js';
import { blankAnalysis, encryptedLabel, type KeyAnalysis, withPublicBlob } from './key-analysis.js';
import type { KeyFormat } from './key-file-schema.js';
import { publicBlobFromPem, toPem } from './public-from-private.js';

/** Armour labels of PEM private keys. */
export const PEM_PRIVATE_LABEL = /^(?:RSA |DSA |EC |ENCRYPTED )?PRIVATE KEY$/;

const FORMATS: Record<string, { format: KeyFormat; label: string; keyType: string | null }> = {
  'RSA PRIVATE KEY': { format: 'pem-rsa', label: 'PEM RSA private key', keyType: 'RSA' },
  'DSA PRIVATE KEY': { format: 'pem-dsa', label: 'PEM DSA private key', keyType: 'DSA' },
  'EC PRIVATE KEY': { format: 'pem-ec', label: 'PEM EC private key', keyType: 'ECDSA' },
  'PRIVATE KEY': { format: 'pkcs8', label: 'PKCS#8 private key', keyType: null },
  'ENCRYPTED PRIVATE KEY': { format: 'pkcs8-encrypted', label: 'PKCS#8 private key', keyType: null },
};

/** Cipher and KDF names of an EncryptedPrivateKeyInfo, from its algorithm identifiers. */
function pkcs8Algorithms(der: Buffer): { cipher: string | null; kdf: string | null } {
  const names = collectOids(der, 8).map((oid) => OID_NAMES[oid] ?? oid);
  const kdf = names.find((n) => n === 'pbkdf2' || n === 'scrypt') ?? null;
  const cipher = names.find((n) => /cbc|des|pbe-/.test(n)) ?? null;
  return { cipher, kdf };
}

/** Describes a PEM private key armour (label one of {@link PEM_PRIVATE_LABEL}). */
export function analysePemPrivate(armour: Armour): KeyAnalysis {
  const known = FORMATS[armour.label] ?? { format: 'unknown', label: `PEM ${armour.label}`, keyType: null };
  let encrypted = false;
  let cipher: string | null = null;
  let kdf: string | null = null;
  if (known.format === 'pkcs8-encrypted') {
    encrypted = true;
    ({ cipher, kdf } = pkcs8Algorithms(decodeBody(armour.body)));
  } else if (/ENCRYPTED/i.test(armourHeader(armour, 'Proc-Type') ?? '')) {
    encrypted = true;
    cipher = armourHeader(armour, 'DEK-Info')?.split(',')[0]?.trim() || null;
  }
  const kind = encryptedLabel(known.label, encrypted, cipher, kdf);
  let analysis: KeyAnalysis = {
    ...blankAnalysis(known.format, kind, 'private'),
    keyType: known.keyType,
    encrypted,
    cipher,
    kdf,
  };
  if (!encrypted && armour.body.length >= 64)
    analysis = withPublicBlob(analysis, publicBlobFromPem(toPem(armour.label, armour.body)));
  return armour.complete ? analysis : { ...analysis, truncated: true };
}
