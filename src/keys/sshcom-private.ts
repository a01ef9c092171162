// Reads ssh.com/Tectia `SSH2 ENCRYPTED PRIVATE KEY` files (as written by `puttygen -O private-sshcom`):
// sshpk does not know this format at all, and OpenSSH can only import unencrypted ones.
import { type Armour, armourHeader, decodeBody } from './armour.js';
import { blankAnalysis, encryptedLabel, type KeyAnalysis, withPublicBlob } from './key-analysis.js';
import { WireReader } from './ssh-blob.js';

const SSHCOM_MAGIC = 0x3f6ff9eb;

/** ssh.com multi-precision integer: uint32 bit count, then the bytes. */
function sshcomMpint(r: WireReader): Buffer | null {
  const bits = r.uint32();
  return bits === null ? null : r.bytes(Math.ceil(bits / 8));
}

/** Encodes SSH wire strings and mpints (RFC 4251) into one blob. */
function wire(parts: (string | Buffer)[], mpints: Buffer[]): Buffer {
  const out: Buffer[] = [];
  const put = (b: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(b.length);
    out.push(len, b);
  };
  for (const p of parts) put(typeof p === 'string' ? Buffer.from(p, 'latin1') : p);
  for (const m of mpints) {
    let i = 0;
    while (i < m.length - 1 && m[i] === 0) i++;
    const v = m.subarray(i);
    put((v[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.alloc(1), v]) : v);
  }
  return Buffer.concat(out);
}

/** Public blob of an unencrypted ssh.com key body (RSA: e d n u p q; DSA: 0 p g q y x). */
function publicBlob(family: string, data: Buffer): Buffer | null {
  const r = new WireReader(data);
  if (r.uint32() === null) return null; // length of the key data
  if (family === 'RSA') {
    const [e, , n] = [sshcomMpint(r), sshcomMpint(r), sshcomMpint(r)];
    return e && n ? wire(['ssh-rsa'], [e, n]) : null;
  }
  if (family === 'DSA') {
    if (r.uint32() !== 0) return null;
    const [p, g, q, y] = [sshcomMpint(r), sshcomMpint(r), sshcomMpint(r), sshcomMpint(r)];
    return p && g && q && y ? wire(['ssh-dss'], [p, q, g, y]) : null;
  }
  return null;
}

/** Describes an ssh.com private key armour (`SSH2 ENCRYPTED PRIVATE KEY`, encrypted or not despite its name). */
export function analyseSshcomPrivate(armour: Armour): KeyAnalysis {
  const r = new WireReader(decodeBody(armour.body));
  const magic = r.uint32();
  r.uint32(); // total length
  const type = r.string()?.toString('latin1') ?? '';
  const cipher = r.string()?.toString('latin1') ?? null;
  const data = r.string();
  const family = type.startsWith('if-modn') ? 'RSA' : type.startsWith('dl-modp') ? 'DSA' : null;
  const encrypted = cipher === null ? null : cipher !== 'none';
  const kind = encryptedLabel('ssh.com SSH2 private key', encrypted, cipher, null);
  let analysis: KeyAnalysis = {
    ...blankAnalysis('ssh2-private', kind, 'private'),
    keyType: family,
    encrypted,
    cipher: encrypted ? cipher : null,
    comment: armourHeader(armour, 'Comment'),
  };
  if (magic === SSHCOM_MAGIC && encrypted === false && family && data) {
    analysis = withPublicBlob(analysis, publicBlob(family, data));
  }
  return armour.complete && data ? analysis : { ...analysis, truncated: true };
}
