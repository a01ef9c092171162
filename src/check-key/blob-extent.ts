// An SSH public key blob says how long it is (its type fixes the number of length-prefixed fields), so pieces of
// base64 split by spaces or line breaks can be joined exactly up to the key's end, and a cut key is told apart.

/** How much of a (possibly partial) blob is there. */
export type BlobExtent =
  | { state: 'complete'; length: number; sshType: string }
  | { state: 'incomplete' }
  /** Not the start of an SSH key blob (bad type string or absurd field length). */
  | { state: 'invalid' }
  /** A well-formed type string this reader has no field plan for: its end is unknown. */
  | { state: 'unknown-type'; sshType: string };

type Field = 's' | 'u32' | 'u64';

/** Length-prefixed fields after the type string, per plain key type. */
const KEY_FIELDS: Record<string, number> = {
  'ssh-rsa': 2,
  'ssh-dss': 4,
  'ssh-ed25519': 1,
  'ecdsa-sha2-nistp256': 2,
  'ecdsa-sha2-nistp384': 2,
  'ecdsa-sha2-nistp521': 2,
  'sk-ecdsa-sha2-nistp256@openssh.com': 3,
  'sk-ssh-ed25519@openssh.com': 2,
};
/** After a certificate's key fields: serial, type, key id, principals, validity, options, extensions, reserved, CA key, signature. */
const CERT_TAIL: Field[] = ['u64', 'u32', 's', 's', 'u64', 'u64', 's', 's', 's', 's', 's'];
/** No public key field comes close (16384-bit RSA modulus = 2 KiB; certificates hold a few KiB). */
const MAX_FIELD = 64 * 1024;
const TYPE_CHARS = /^[a-z0-9@.-]*$/;

function planFor(sshType: string): Field[] | null {
  const base = sshType.replace(/-cert-v01@openssh\.com$/, '');
  const count = KEY_FIELDS[base];
  if (count === undefined) return null;
  const fields: Field[] = Array.from({ length: count }, () => 's');
  return base === sshType ? fields : ['s', ...fields, ...CERT_TAIL];
}

/** Measures the blob at the start of `buf`; bytes after its end are not looked at. */
export function measureBlob(buf: Buffer): BlobExtent {
  if (buf.length < 4) return { state: 'incomplete' };
  const typeLen = buf.readUInt32BE(0);
  if (typeLen === 0 || typeLen > 64) return { state: 'invalid' };
  const typeBytes = buf.subarray(4, 4 + typeLen).toString('latin1');
  if (!TYPE_CHARS.test(typeBytes)) return { state: 'invalid' };
  if (typeBytes.length < typeLen) return { state: 'incomplete' };
  const plan = planFor(typeBytes);
  if (!plan) return { state: 'unknown-type', sshType: typeBytes };
  let at = 4 + typeLen;
  for (const field of plan) {
    if (field === 'u32' || field === 'u64') {
      at += field === 'u32' ? 4 : 8;
      continue;
    }
    if (buf.length < at + 4) return { state: 'incomplete' };
    const len = buf.readUInt32BE(at);
    if (len > MAX_FIELD) return { state: 'invalid' };
    at += 4 + len;
  }
  return buf.length < at ? { state: 'incomplete' } : { state: 'complete', length: at, sshType: typeBytes };
}
