// Describes armoured public keys: RFC 4716 (`---- BEGIN SSH2 PUBLIC KEY ----`, what PuTTYgen saves and sshd
// refuses in authorized_keys) and PEM/PKCS#1 public keys (`BEGIN PUBLIC KEY`, `BEGIN RSA PUBLIC KEY`).
import { type Armour, armourHeader, decodeBody } from './armour.js';
import { blankAnalysis, type KeyAnalysis, withPublicBlob } from './key-analysis.js';
import { publicBlobFromPemPublic, toPem } from './public-from-private.js';

/** Describes an armour labelled `SSH2 PUBLIC KEY`. */
export function analyseRfc4716Public(armour: Armour): KeyAnalysis {
  const analysis = withPublicBlob(
    blankAnalysis('rfc4716-public', 'RFC 4716 (SSH2) public key', 'public'),
    decodeBody(armour.body),
  );
  return {
    ...analysis,
    comment: armourHeader(armour, 'Comment'),
    ...(armour.complete ? {} : { truncated: true }),
  };
}

/** Describes an armour labelled `PUBLIC KEY` (X.509 SubjectPublicKeyInfo) or `RSA PUBLIC KEY` (PKCS#1). */
export function analysePemPublic(armour: Armour): KeyAnalysis {
  const label = armour.label === 'RSA PUBLIC KEY' ? 'PEM RSA public key (PKCS#1)' : 'PEM public key';
  const analysis = withPublicBlob(
    blankAnalysis('pem-public', label, 'public'),
    publicBlobFromPemPublic(toPem(armour.label, armour.body)),
  );
  return armour.complete ? analysis : { ...analysis, truncated: true };
}
