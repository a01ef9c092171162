// The "private key header" probe of the support one-liner (`head -2 ~/.ssh/id_rsa`), done in-process so that
// only the kind of the first lines is reported, never the lines themselves.
import { stat } from 'node:fs/promises';
import { octalMode } from './inspect-key-files.js';
import { inspectKeyText } from './inspect-key-text.js';
import type { KeyFormat } from './key-file-schema.js';
import { errorMessage, fsErrorCode, readFileHead } from './read-file-head.js';

/** What the header probe may show about a private key file: no byte of its content. */
export interface KeyHeaderProbe {
  path: string;
  exists: boolean;
  mode: string | null;
  uid: number | null;
  size: number | null;
  format: KeyFormat | null;
  /** e.g. `OpenSSH private key, encrypted (aes256-ctr/bcrypt)`, `missing file`. */
  kind: string;
  encrypted: boolean | null;
  error?: string;
}

/** Describes the first lines of a (private) key file by kind only. Never throws. */
export async function describeKeyHeader(path: string): Promise<KeyHeaderProbe> {
  const none = { mode: null, uid: null, size: null, format: null, encrypted: null };
  try {
    const st = await stat(path);
    const base = { path, exists: true, mode: octalMode(st.mode), uid: st.uid, size: st.size };
    if (!st.isFile()) return { ...base, format: null, kind: 'not a regular file', encrypted: null };
    const a = inspectKeyText((await readFileHead(path)).toString('utf8'));
    return { ...base, format: a.format, kind: a.kind, encrypted: a.encrypted };
  } catch (err) {
    const code = fsErrorCode(err);
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return { path, exists: false, ...none, kind: 'missing file' };
    return { path, exists: true, ...none, kind: 'unreadable file', error: errorMessage(err) };
  }
}
