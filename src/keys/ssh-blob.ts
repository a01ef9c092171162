// Reads SSH wire-format public key blobs (RFC 4253 strings) to get type, bits and fingerprints without sshpk,
// so that sk-*, certificate and unusual key types are still described instead of rejected.
import { createHash } from 'node:crypto';

/** What a public key blob says about itself. */
export interface BlobInfo {
  /** Key type string inside the blob, e.g. `ssh-rsa`, `ssh-ed25519`, `sk-ssh-ed25519@openssh.com`. */
  sshType: string;
  /** Short family name as ssh-keygen prints it: RSA, DSA, ECDSA, ED25519, ECDSA-SK, ED25519-SK, ... */
  family: string;
  /** Key size in bits (RSA modulus, ECDSA curve size, 256 for ed25519), or null when unknown. */
  bits: number | null;
  /** `SHA256:...` as `ssh-keygen -l` prints it (for a certificate: of the certified key). */
  fingerprint: string;
}

/** Sequential reader of uint32-length-prefixed strings. Returns null when the data is truncated. */
export class WireReader {
  private offset = 0;
  constructor(private readonly buf: Buffer) {}

  get remaining(): number {
    return this.buf.length - this.offset;
  }

  uint32(): number | null {
    if (this.remaining < 4) return null;
    const v = this.buf.readUInt32BE(this.offset);
    this.offset += 4;
    return v;
  }

  bytes(n: number): Buffer | null {
    if (n < 0 || this.remaining < n) return null;
    const out = this.buf.subarray(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }

  string(): Buffer | null {
    const len = this.uint32();
    return len === null ? null : this.bytes(len);
  }
}

/** `SHA256:<base64 without padding>` of a blob, exactly as OpenSSH prints it. */
export function sha256Fingerprint(blob: Buffer): string {
  return `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}

/** `MD5:aa:bb:...` of a blob (legacy OpenSSH and old PuTTY display). */
export function md5Fingerprint(blob: Buffer): string {
  const hex = createHash('md5').update(blob).digest('hex');
  return `MD5:${hex.match(/../g)?.join(':') ?? hex}`;
}

const FAMILY: Record<string, string> = {
  'ssh-rsa': 'RSA',
  'ssh-dss': 'DSA',
  'ssh-ed25519': 'ED25519',
  'ecdsa-sha2-nistp256': 'ECDSA',
  'ecdsa-sha2-nistp384': 'ECDSA',
  'ecdsa-sha2-nistp521': 'ECDSA',
  'sk-ssh-ed25519@openssh.com': 'ED25519-SK',
  'sk-ecdsa-sha2-nistp256@openssh.com': 'ECDSA-SK',
  'ssh-rsa-cert-v01@openssh.com': 'RSA-CERT',
  'ssh-dss-cert-v01@openssh.com': 'DSA-CERT',
  'ssh-ed25519-cert-v01@openssh.com': 'ED25519-CERT',
  'ecdsa-sha2-nistp256-cert-v01@openssh.com': 'ECDSA-CERT',
  'ecdsa-sha2-nistp384-cert-v01@openssh.com': 'ECDSA-CERT',
  'ecdsa-sha2-nistp521-cert-v01@openssh.com': 'ECDSA-CERT',
  'sk-ssh-ed25519-cert-v01@openssh.com': 'ED25519-SK-CERT',
  'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com': 'ECDSA-SK-CERT',
};

/** Family name (RSA, ED25519...) for an SSH key type string; unknown types are upper-cased. */
export function keyFamily(sshType: string): string {
  return FAMILY[sshType] ?? sshType.toUpperCase();
}

/** Bits of an unsigned big-endian mpint (leading zero bytes ignored). */
function mpintBits(n: Buffer): number {
  let i = 0;
  while (i < n.length && n[i] === 0) i++;
  if (i === n.length) return 0;
  return (n.length - i - 1) * 8 + (32 - Math.clz32(n[i] ?? 0));
}

function curveBits(curve: string): number | null {
  const m = /nistp(\d+)/.exec(curve);
  return m?.[1] ? Number(m[1]) : null;
}

/** Public fields after the type (and a certificate's nonce) in each plain key type's blob. */
const PUBLIC_FIELDS: Record<string, number> = {
  'ssh-rsa': 2,
  'ssh-dss': 4,
  'ecdsa-sha2-nistp256': 2,
  'ecdsa-sha2-nistp384': 2,
  'ecdsa-sha2-nistp521': 2,
  'ssh-ed25519': 1,
  'sk-ecdsa-sha2-nistp256@openssh.com': 3,
  'sk-ssh-ed25519@openssh.com': 2,
};

/** Wire string encoding (uint32 length + bytes). */
function wireString(b: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(b.length);
  return Buffer.concat([len, b]);
}

/**
 * The plain public key blob inside a certificate blob, or null. ssh-keygen -l and ssh-add -l fingerprint a
 * certificate by this key, not by the certificate bytes.
 */
export function certifiedKeyBlob(cert: Buffer): Buffer | null {
  const r = new WireReader(cert);
  const type = r.string()?.toString('latin1');
  const base = type?.replace(/-cert-v01@openssh\.com$/, '');
  const count = base === undefined || base === type ? undefined : PUBLIC_FIELDS[base];
  if (base === undefined || count === undefined || !r.string()) return null;
  const fields: Buffer[] = [wireString(Buffer.from(base, 'latin1'))];
  for (let i = 0; i < count; i++) {
    const f = r.string();
    if (!f) return null;
    fields.push(wireString(f));
  }
  return Buffer.concat(fields);
}

/**
 * Describes a public key blob. Returns null when the bytes are not a well-formed blob
 * (wrong length prefix, truncated), which is how pasted garbage is told from a key.
 */
export function describeBlob(blob: Buffer): BlobInfo | null {
  const r = new WireReader(blob);
  const typeBuf = r.string();
  if (!typeBuf || typeBuf.length === 0 || typeBuf.length > 64) return null;
  const sshType = typeBuf.toString('latin1');
  if (!/^[a-z0-9@.-]+$/.test(sshType)) return null;
  let bits: number | null = null;
  const base = sshType.replace(/-cert-v01@openssh\.com$/, '');
  if (base !== sshType && !r.string()) return null; // certificate nonce
  if (base === 'ssh-rsa') {
    const e = r.string();
    const n = r.string();
    if (!e || !n) return null;
    bits = mpintBits(n);
  } else if (base === 'ssh-dss') {
    const p = r.string();
    if (!p) return null;
    bits = mpintBits(p);
  } else if (base === 'ssh-ed25519' || base === 'sk-ssh-ed25519@openssh.com') {
    const k = r.string();
    if (k?.length !== 32) return null;
    bits = 256;
  } else if (base.startsWith('ecdsa-sha2-') || base.startsWith('sk-ecdsa-sha2-')) {
    const curve = r.string();
    if (!curve) return null;
    bits = curveBits(curve.toString('latin1'));
  }
  const fingerprintOf = base === sshType ? blob : (certifiedKeyBlob(blob) ?? blob);
  return { sshType, family: keyFamily(sshType), bits, fingerprint: sha256Fingerprint(fingerprintOf) };
}
