// Reads the openssh-key-v1 container ourselves: sshpk cannot open an encrypted one without the passphrase,
// yet cipher, kdf, key count and the public key sit in clear in its header (PROTOCOL.key).
import { blankAnalysis, encryptedLabel, type KeyAnalysis, withPublicBlob } from './key-analysis.js';
import { WireReader } from './ssh-blob.js';

/** The ASCII magic at the start of every openssh-key-v1 blob (base64 `b3BlbnNzaC1rZXktdjEA`). */
export const OPENSSH_KEY_MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');

/** What the openssh-key-v1 header reveals without a passphrase. */
export interface OpensshKeyV1 {
  cipher: string;
  kdf: string;
  /** bcrypt rounds from the kdf options, null when no kdf. */
  rounds: number | null;
  keyCount: number;
  publicBlobs: Buffer[];
  /** Comment of the first key; only readable when the private section is not encrypted. */
  comment: string | null;
  /** The blob ended before its declared end. */
  truncated: boolean;
}

/** Number of length-prefixed private fields after the key type, per type (sshkey_private_serialize). */
const PRIVATE_FIELDS: Record<string, string[]> = {
  'ssh-rsa': ['n', 'e', 'd', 'iqmp', 'p', 'q'],
  'ssh-dss': ['p', 'q', 'g', 'y', 'x'],
  'ecdsa-sha2-nistp256': ['curve', 'Q', 'd'],
  'ecdsa-sha2-nistp384': ['curve', 'Q', 'd'],
  'ecdsa-sha2-nistp521': ['curve', 'Q', 'd'],
  'ssh-ed25519': ['pk', 'sk'],
  'sk-ecdsa-sha2-nistp256@openssh.com': ['curve', 'Q', 'application', 'u8', 'handle', 'reserved'],
  'sk-ssh-ed25519@openssh.com': ['pk', 'application', 'u8', 'handle', 'reserved'],
};

/** Comment of the first key in an unencrypted private section, or null when the layout is not known. */
function readComment(section: Buffer): string | null {
  const r = new WireReader(section);
  const check1 = r.uint32();
  const check2 = r.uint32();
  if (check1 === null || check1 !== check2) return null;
  const type = r.string()?.toString('latin1');
  const fields = type === undefined ? undefined : PRIVATE_FIELDS[type];
  if (!fields) return null;
  for (const f of fields) if ((f === 'u8' ? r.bytes(1) : r.string()) === null) return null;
  return r.string()?.toString('utf8') ?? null;
}

/** Parses an openssh-key-v1 blob; null when the magic or the first fields are missing. */
export function readOpensshKeyV1(blob: Buffer): OpensshKeyV1 | null {
  if (!blob.subarray(0, OPENSSH_KEY_MAGIC.length).equals(OPENSSH_KEY_MAGIC)) return null;
  const r = new WireReader(blob.subarray(OPENSSH_KEY_MAGIC.length));
  const cipher = r.string()?.toString('latin1');
  const kdf = r.string()?.toString('latin1');
  if (cipher === undefined || kdf === undefined) return null;
  const result: OpensshKeyV1 = {
    cipher,
    kdf,
    rounds: null,
    keyCount: 0,
    publicBlobs: [],
    comment: null,
    truncated: true,
  };
  const kdfOptions = r.string();
  if (!kdfOptions) return result;
  if (kdf === 'bcrypt') {
    const opts = new WireReader(kdfOptions);
    opts.string(); // salt
    result.rounds = opts.uint32();
  }
  const n = r.uint32();
  if (n === null) return result;
  result.keyCount = n;
  for (let i = 0; i < Math.min(n, 16); i++) {
    const pub = r.string();
    if (!pub) return result;
    result.publicBlobs.push(pub);
  }
  const section = r.string();
  if (!section) return result;
  result.truncated = false;
  if (cipher === 'none') result.comment = readComment(section);
  return result;
}

/** Describes an openssh-key-v1 blob (the decoded body of `BEGIN OPENSSH PRIVATE KEY`). */
export function analyseOpensshKeyV1(blob: Buffer, armourComplete = true): KeyAnalysis {
  const v1 = readOpensshKeyV1(blob);
  if (!v1) {
    return {
      ...blankAnalysis('openssh-private', 'OpenSSH private key (unreadable body)', 'private'),
      truncated: true,
    };
  }
  const encrypted = v1.cipher !== 'none';
  const kdf = v1.kdf === 'none' ? null : v1.kdf;
  const base = encryptedLabel('OpenSSH private key', encrypted, v1.cipher, kdf);
  const kind = v1.keyCount > 1 ? `${base}, ${v1.keyCount} keys` : base;
  const analysis = withPublicBlob(blankAnalysis('openssh-private', kind, 'private'), v1.publicBlobs[0]);
  return {
    ...analysis,
    encrypted,
    cipher: encrypted ? v1.cipher : null,
    kdf,
    comment: v1.comment,
    ...(v1.truncated || !armourComplete ? { truncated: true } : {}),
  };
}
