// Lists the object identifiers in a DER structure: enough to name the cipher and KDF of an encrypted PKCS#8
// key (PBES2/PBKDF2/AES...) without decrypting it or pulling in an ASN.1 library.

/** Reads one DER length at `pos`; returns [length, bytes used] or null. */
function readLength(der: Buffer, pos: number): [number, number] | null {
  const first = der[pos];
  if (first === undefined) return null;
  if (first < 0x80) return [first, 1];
  const n = first & 0x7f;
  if (n === 0 || n > 4) return null;
  let len = 0;
  for (let i = 1; i <= n; i++) len = len * 256 + (der[pos + i] ?? 0);
  return [len, 1 + n];
}

function decodeOid(bytes: Buffer): string {
  const parts: number[] = [];
  let value = 0;
  for (const b of bytes) {
    value = value * 128 + (b & 0x7f);
    if ((b & 0x80) === 0) {
      if (parts.length === 0)
        parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

/** Dotted OIDs found in `der`, depth-first, at most `limit`; stops quietly at malformed or truncated data. */
export function collectOids(der: Buffer, limit = 32): string[] {
  const out: string[] = [];
  const walk = (start: number, end: number, depth: number): void => {
    let pos = start;
    while (pos < end && out.length < limit) {
      const tag = der[pos];
      const len = tag === undefined ? null : readLength(der, pos + 1);
      if (tag === undefined || !len) return;
      const body = pos + 1 + len[1];
      const next = Math.min(body + len[0], end);
      if (tag === 0x06) out.push(decodeOid(der.subarray(body, next)));
      else if ((tag & 0x20) !== 0 && depth < 8) walk(body, next, depth + 1);
      pos = next;
    }
  };
  walk(0, der.length, 0);
  return out;
}

/** Names of OIDs met in PKCS#8 and PKCS#5 structures. */
export const OID_NAMES: Record<string, string> = {
  '1.2.840.113549.1.5.13': 'pbes2',
  '1.2.840.113549.1.5.12': 'pbkdf2',
  '1.3.6.1.4.1.11591.4.11': 'scrypt',
  '2.16.840.1.101.3.4.1.2': 'aes-128-cbc',
  '2.16.840.1.101.3.4.1.22': 'aes-192-cbc',
  '2.16.840.1.101.3.4.1.42': 'aes-256-cbc',
  '1.2.840.113549.3.7': 'des-ede3-cbc',
  '1.3.14.3.2.7': 'des-cbc',
  '1.2.840.113549.1.5.3': 'pbe-md5-des',
  '1.2.840.113549.1.12.1.3': 'pbe-sha1-3des',
  '1.2.840.113549.1.1.1': 'rsa',
  '1.2.840.10040.4.1': 'dsa',
  '1.2.840.10045.2.1': 'ec',
  '1.3.101.112': 'ed25519',
  '1.3.101.113': 'ed448',
};
