// Recognises a private key pasted instead of the public one, in any format and any state (armoured or not,
// encrypted or not, cut short), so check-key can say so loudly. Returns a description, never the content.
import { inspectKeyText } from '../keys/inspect-key-text.js';
import type { KeyAnalysis } from '../keys/key-analysis.js';
import { findKeyBlocks } from '../redact/find-key-blocks.js';
import type { KeyFormat } from '../report/schema.js';

/** What can be said about a private key without quoting it. */
export interface PrivateInput {
  /** e.g. `OpenSSH private key, encrypted (aes256-ctr/bcrypt)`, `PuTTY private key v3 (.ppk)`. */
  kind: string;
  ppk: boolean;
  /** The public key it holds in clear (openssh-key-v1, .ppk, unencrypted PEM), else null. */
  publicBlob: Buffer | null;
  comment: string | null;
}

const PPK_FRAGMENT = /^[ \t]*Private-(?:Lines|MAC|Hash):/m;
const B64_TOKEN = /^[A-Za-z0-9+/]{16,}={0,2}$/;
/** PBES2 and PKCS#12 PBE algorithm OIDs, as DER hex: an encrypted PKCS#8 body. */
const PBE_OIDS = ['2a864886f70d01050d', '2a864886f70d010c01'];

/** A header-less DER private key body: SEQUENCE { INTEGER 0|1, ... } (PKCS#1, PKCS#8, SEC1, DSA) or PBE-encrypted. */
export function looksLikePrivateDer(base64: string): boolean {
  const der = Buffer.from(base64.slice(0, 64), 'base64');
  if (der[0] !== 0x30 || der.length < 8) return false;
  const lenByte = der[1] ?? 0;
  const at = lenByte & 0x80 ? 2 + (lenByte & 0x7f) : 2;
  if (der[at] === 0x02 && der[at + 1] === 0x01 && (der[at + 2] === 0 || der[at + 2] === 1)) return true;
  const hex = der.toString('hex');
  return PBE_OIDS.some((oid) => hex.includes(oid));
}

const FORMAT_LABEL: Partial<Record<KeyFormat, string>> = {
  'openssh-private': 'OpenSSH private key',
  'pem-rsa': 'PEM RSA private key',
  'pem-dsa': 'PEM DSA private key',
  'pem-ec': 'PEM EC private key',
  pkcs8: 'PKCS#8 private key',
  'pkcs8-encrypted': 'PKCS#8 private key',
  'ppk-v2': 'PuTTY private key v2 (.ppk)',
  'ppk-v3': 'PuTTY private key v3 (.ppk)',
  'ssh2-private': 'ssh.com private key',
};

/** A comment read near private bytes is shown only if it cannot be a piece of them. */
function safeComment(c: string | null): string | null {
  if (c === null || c.length > 200 || /[A-Za-z0-9+/]{16}/.test(c)) return null;
  return /^[\x20-\x7E\u00C0-\u017F]*$/.test(c) ? c : null;
}

/** Our own label (not the reader's, which quotes cipher names read from the body). */
function fromAnalysis(a: KeyAnalysis): PrivateInput {
  const base = FORMAT_LABEL[a.format] ?? 'private key';
  const state = a.encrypted === true ? ', encrypted' : a.encrypted === false ? ', not encrypted' : '';
  return {
    kind: `${base}${state}`,
    ppk: a.format === 'ppk-v2' || a.format === 'ppk-v3',
    publicBlob: a.publicBlob ?? null,
    comment: safeComment(a.comment),
  };
}

/** The private key in `text` (raw or cleaned), or null when there is none. */
export function findPrivateInput(text: string): PrivateInput | null {
  const block = findKeyBlocks(text)[0];
  if (block) {
    const a = inspectKeyText(block.normalized);
    if (a.role === 'private') return fromAnalysis(a);
    return {
      kind: block.headerless ? 'OpenSSH private key body' : 'private key',
      ppk: false,
      publicBlob: null,
      comment: null,
    };
  }
  const whole = inspectKeyText(text);
  if (whole.role === 'private') return fromAnalysis(whole);
  if (PPK_FRAGMENT.test(text))
    return { kind: 'part of a PuTTY private key (.ppk)', ppk: true, publicBlob: null, comment: null };
  const der = text
    .split(/\s+/)
    .find((t) => B64_TOKEN.test(t) && !t.startsWith('AAAA') && looksLikePrivateDer(t));
  if (der)
    return {
      kind: 'private key body without its BEGIN/END lines',
      ppk: false,
      publicBlob: null,
      comment: null,
    };
  return null;
}
