// Derives the SSH public blob of an unencrypted PEM/PKCS#8 private key (sshpk, then node:crypto as a fallback
// for what sshpk cannot parse), so that its fingerprint and bits can be printed like ssh-keygen does.
import { createPrivateKey, createPublicKey } from 'node:crypto';
import sshpk from 'sshpk';

function viaSshpk(pem: string): Buffer | null {
  try {
    return sshpk.parsePrivateKey(pem, 'pem').toPublic().toBuffer('rfc4253', {});
  } catch {
    return null;
  }
}

function viaNodeCrypto(pem: string): Buffer | null {
  try {
    const spki = createPublicKey(createPrivateKey({ key: pem, format: 'pem' })).export({
      type: 'spki',
      format: 'pem',
    });
    return sshpk.parseKey(spki.toString(), 'pem').toBuffer('rfc4253', {});
  } catch {
    return null;
  }
}

/** SSH wire public blob of an unencrypted private key in PEM armour, or null when it cannot be read. */
export function publicBlobFromPem(pem: string): Buffer | null {
  return viaSshpk(pem) ?? viaNodeCrypto(pem);
}

/** SSH wire public blob of a PEM public key (`BEGIN PUBLIC KEY`, `BEGIN RSA PUBLIC KEY`), or null. */
export function publicBlobFromPemPublic(pem: string): Buffer | null {
  try {
    return sshpk.parseKey(pem, 'pem').toBuffer('rfc4253', {});
  } catch {
    try {
      const spki = createPublicKey({ key: pem, format: 'pem' }).export({ type: 'spki', format: 'pem' });
      return sshpk.parseKey(spki.toString(), 'pem').toBuffer('rfc4253', {});
    } catch {
      return null;
    }
  }
}

/** Canonical PEM text for a label and base64 body (64-column lines), with optional RFC 1421 headers. */
export function toPem(label: string, body: string, headers: { name: string; value: string }[] = []): string {
  const head = headers.map((h) => `${h.name}: ${h.value}\n`).join('');
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${head}${head ? '\n' : ''}${lines.join('\n')}\n-----END ${label}-----\n`;
}
