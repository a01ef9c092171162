// The one shape every key-format reader returns, so callers never care which format a file was in.
import type { KeyFormat } from './key-file-schema.js';
import { describeBlob } from './ssh-blob.js';

/** What a key text says about itself, read without any passphrase. */
export interface KeyAnalysis {
  format: KeyFormat;
  /** Human label, e.g. `OpenSSH private key, encrypted (aes256-ctr/bcrypt)`. */
  kind: string;
  role: 'private' | 'public' | 'other';
  /** Family as ssh-keygen prints it (RSA, ED25519, ECDSA, DSA, ED25519-SK...), null when unknown. */
  keyType: string | null;
  /** Wire type name, e.g. `ssh-rsa`, `sk-ssh-ed25519@openssh.com`. */
  sshType: string | null;
  bits: number | null;
  /** null when the format cannot say without a passphrase (or is not a private key). */
  encrypted: boolean | null;
  cipher: string | null;
  kdf: string | null;
  /** `SHA256:...` exactly as `ssh-keygen -l` prints it. */
  fingerprint: string | null;
  comment: string | null;
  /** The SSH wire-format public key, when the text holds or implies it. */
  publicBlob?: Buffer;
  /** The armour or structure ended early (no END line, short body): what was read is still reported. */
  truncated?: boolean;
}

/** An analysis with nothing known yet but its format, label and role. */
export function blankAnalysis(format: KeyFormat, kind: string, role: KeyAnalysis['role']): KeyAnalysis {
  return {
    format,
    kind,
    role,
    keyType: null,
    sshType: null,
    bits: null,
    encrypted: null,
    cipher: null,
    kdf: null,
    fingerprint: null,
    comment: null,
  };
}

/** Fills type, bits and fingerprint from a public blob; leaves the analysis unchanged if the blob is malformed. */
export function withPublicBlob(analysis: KeyAnalysis, blob: Buffer | null | undefined): KeyAnalysis {
  if (!blob) return analysis;
  const info = describeBlob(blob);
  if (!info) return analysis;
  return {
    ...analysis,
    keyType: info.family,
    sshType: info.sshType,
    bits: info.bits,
    fingerprint: info.fingerprint,
    publicBlob: blob,
  };
}

/** `<base>, encrypted (cipher/kdf)` or `<base>` — the label convention shared by all private formats. */
export function encryptedLabel(
  base: string,
  encrypted: boolean | null,
  cipher: string | null,
  kdf: string | null,
) {
  if (encrypted !== true) return base;
  const algs = [cipher, kdf].filter((s): s is string => s !== null && s !== '' && s !== 'none');
  return algs.length > 0 ? `${base}, encrypted (${algs.join('/')})` : `${base}, encrypted`;
}
