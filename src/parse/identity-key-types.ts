// `identity file PATH type N` numbers keys by an enum that OpenSSH renumbered five times; map it by client version.

const V75 = ['RSA1', 'RSA', 'DSA', 'ECDSA', 'ED25519', 'RSA-CERT', 'DSA-CERT', 'ECDSA-CERT', 'ED25519-CERT'];
const V76 = ['RSA', 'DSA', 'ECDSA', 'ED25519', 'RSA-CERT', 'DSA-CERT', 'ECDSA-CERT', 'ED25519-CERT'];
const V77 = [...V76, 'XMSS', 'XMSS-CERT'];
const V82 = [...V77, 'ECDSA-SK', 'ECDSA-SK-CERT', 'ED25519-SK', 'ED25519-SK-CERT'];
const V101 = ['RSA', 'ECDSA', 'ED25519', 'RSA-CERT', 'ECDSA-CERT', 'ED25519-CERT'];
const V101_SK = ['ECDSA-SK', 'ECDSA-SK-CERT', 'ED25519-SK', 'ED25519-SK-CERT'];
const V104 = [...V101, ...V101_SK, 'MLDSA44-ED25519', 'MLDSA44-ED25519-CERT'];

function tableFor(major: number, minor: number): readonly string[] {
  const v = major * 100 + minor;
  if (v >= 1004) return V104;
  if (v >= 1001) return [...V101, ...V101_SK];
  if (v >= 802) return V82;
  if (v >= 707) return V77;
  if (v >= 706) return V76;
  return V75;
}

/** Key type name for `identity file ... type N`; null for -1 (nothing loadable) or an unknown number. */
export function identityKeyType(
  type: number,
  version: { major: number | null; minor: number | null } | null,
): string | null {
  if (type < 0) return null;
  // Without a banner, assume the 8.2–10.0 numbering that every current client used for years.
  const table =
    version?.major != null && version.minor != null ? tableFor(version.major, version.minor) : V82;
  return table[type] ?? null;
}
