// Reads PuTTY .ppk files (v1-v3) line by line: sshpk's reader wants the passphrase for encrypted v3 files,
// insists on an exact line order and hides the Encryption/Key-Derivation lines that the report needs.

import { blankAnalysis, encryptedLabel, type KeyAnalysis, withPublicBlob } from './key-analysis.js';
import type { KeyFormat } from './key-file-schema.js';
import { keyFamily } from './ssh-blob.js';

/** First line of a .ppk file: `PuTTY-User-Key-File-<version>: <algorithm>`. */
export const PPK_HEADER = /^PuTTY-User-Key-File-(\d+): *(\S*)/;

const FIELD = /^([A-Za-z0-9-]+): ?(.*)$/;

interface PpkFields {
  version: number;
  algorithm: string;
  fields: Map<string, string>;
  publicBase64: string;
  hasMac: boolean;
}

function readPpk(text: string): PpkFields | null {
  const lines = text.split(/\r?\n|\r/).map((l) => l.trim());
  const start = lines.findIndex((l) => PPK_HEADER.test(l));
  const head = start < 0 ? null : PPK_HEADER.exec(lines[start] ?? '');
  if (!head) return null;
  const out: PpkFields = {
    version: Number(head[1]),
    algorithm: head[2] ?? '',
    fields: new Map(),
    publicBase64: '',
    hasMac: false,
  };
  for (let i = start + 1; i < lines.length; i++) {
    const m = FIELD.exec(lines[i] ?? '');
    if (!m) continue;
    const name = (m[1] ?? '').toLowerCase();
    const value = m[2] ?? '';
    out.fields.set(name, value);
    const count = Number.parseInt(value, 10);
    if (name === 'public-lines' && count > 0) {
      out.publicBase64 = lines.slice(i + 1, i + 1 + count).join('');
      i += count;
    } else if (name === 'private-lines' && count > 0) {
      i += count;
    } else if (name === 'private-mac' || name === 'private-hash') {
      out.hasMac = true;
      break;
    }
  }
  return out;
}

/** Describes a PuTTY private key file; never needs the passphrase (the public lines are in clear). */
export function analysePpk(text: string): KeyAnalysis {
  const ppk = readPpk(text);
  if (!ppk) return blankAnalysis('unknown', 'PuTTY private key (unreadable)', 'private');
  const format: KeyFormat = ppk.version === 3 ? 'ppk-v3' : ppk.version === 2 ? 'ppk-v2' : 'unknown';
  const encryption = ppk.fields.get('encryption') ?? null;
  const encrypted = encryption === null ? null : encryption !== 'none';
  const cipher = encrypted ? encryption : null;
  const kdf = encrypted ? (ppk.fields.get('key-derivation') ?? null) : null;
  const kind = encryptedLabel(`PuTTY private key v${ppk.version} (.ppk)`, encrypted, cipher, kdf);
  const base: KeyAnalysis = {
    ...blankAnalysis(format, kind, 'private'),
    keyType: ppk.algorithm ? keyFamily(ppk.algorithm) : null,
    sshType: ppk.algorithm || null,
    encrypted,
    cipher,
    kdf,
    comment: ppk.fields.get('comment') ?? null,
  };
  const analysis = withPublicBlob(base, ppk.publicBase64 ? Buffer.from(ppk.publicBase64, 'base64') : null);
  return ppk.hasMac ? analysis : { ...analysis, truncated: true };
}
