// Builds the one-line placeholder that replaces a private key: what kind of key it was, never a byte of it.
import { inspectKeyText } from '../keys/inspect-key-text.js';
import type { KeyFormat } from '../keys/key-file-schema.js';

const FORMAT_LABEL: Partial<Record<KeyFormat, string>> = {
  'openssh-private': 'OpenSSH',
  'pem-rsa': 'PEM',
  'pem-dsa': 'PEM',
  'pem-ec': 'PEM',
  pkcs8: 'PKCS#8',
  'pkcs8-encrypted': 'PKCS#8',
  'ppk-v2': 'PuTTY v2',
  'ppk-v3': 'PuTTY v3',
  'ssh2-private': 'ssh.com',
};

/** Keeps only short algorithm-like words: a garbled body must not smuggle bytes through a "cipher" name. */
function safeWord(s: string | null): string | null {
  return s !== null && /^[A-Za-z0-9@._#-]{1,40}$/.test(s) ? s : null;
}

/** `[private key removed: OpenSSH rsa 4096, encrypted (aes256-ctr/bcrypt), SHA256:...]`. */
export function describeRemovedKey(normalized: string, complete: boolean, headerless = false): string {
  const a = inspectKeyText(normalized);
  const parts = [FORMAT_LABEL[a.format] ?? 'unrecognised'];
  const type = safeWord(a.keyType);
  if (type) parts.push(type.toLowerCase());
  if (a.bits !== null) parts.push(String(a.bits));
  let text = parts.join(' ');
  const algs = [safeWord(a.cipher), safeWord(a.kdf)].filter((s): s is string => s !== null);
  if (a.encrypted === true) text += algs.length > 0 ? `, encrypted (${algs.join('/')})` : ', encrypted';
  else if (a.encrypted === false) text += ', not encrypted';
  if (a.fingerprint && /^SHA256:[A-Za-z0-9+/]{43}$/.test(a.fingerprint)) text += `, ${a.fingerprint}`;
  if (headerless) text += ', without BEGIN/END lines';
  if (!complete || a.truncated) text += ', incomplete';
  return `[private key removed: ${text}]`;
}
