// Reads OpenSSH one-line public keys as found in .pub files, authorized_keys (with options), `ssh-add -L`
// and certificates; the type is taken from the blob, which cannot lie, and checked against the line.
import { blankAnalysis, type KeyAnalysis, withPublicBlob } from './key-analysis.js';
import { describeBlob } from './ssh-blob.js';

/** `[options ]<type> <base64>[ comment]`; the type is matched before the base64 so options may hold spaces. */
const KEY_LINE =
  /(?:^|\s)((?:ssh|ecdsa|sk|rsa|x509v3)-[A-Za-z0-9@._-]+)[ \t]+(AAAA[A-Za-z0-9+/]+={0,3})(?:[ \t]+([^\r\n]*))?$/;

/** One parsed public key line. */
export interface PublicKeyLine {
  /** Everything before the type (authorized_keys options, or a known_hosts host list). */
  prefix: string;
  declaredType: string;
  base64: string;
  blob: Buffer;
  comment: string | null;
}

/** Parses one line; null when it holds no `<type> AAAA...` pair. */
export function parsePublicKeyLine(line: string): PublicKeyLine | null {
  const trimmed = line.trim();
  const m = KEY_LINE.exec(trimmed);
  if (!m) return null;
  const declaredType = m[1] ?? '';
  const base64 = m[2] ?? '';
  return {
    prefix: trimmed.slice(0, trimmed.indexOf(declaredType, m.index)).trim(),
    declaredType,
    base64,
    blob: Buffer.from(base64, 'base64'),
    comment: m[3]?.trim() || null,
  };
}

/** Describes the first public key line of `text` (a .pub, an authorized_keys file, `ssh-add -L` output). */
export function analysePublicKeyLines(text: string): KeyAnalysis | null {
  const parsed = text
    .split(/\r?\n|\r/)
    .filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'))
    .map(parsePublicKeyLine);
  const first = parsed.find((p): p is PublicKeyLine => p !== null);
  if (!first) return null;
  const info = describeBlob(first.blob);
  const isCert = /-cert-v01@openssh\.com$/.test(info?.sshType ?? first.declaredType);
  let kind = isCert ? 'OpenSSH certificate' : 'OpenSSH public key';
  if (first.prefix !== '') kind += ' with authorized_keys options';
  if (!info) kind += ' (damaged base64 blob)';
  else if (info.sshType !== first.declaredType)
    kind += ` (line says ${first.declaredType}, blob is ${info.sshType})`;
  const count = parsed.filter((p) => p !== null).length;
  if (count > 1) kind += `, ${count} keys`;
  const analysis = withPublicBlob(
    blankAnalysis(isCert ? 'certificate' : 'openssh-public', kind, 'public'),
    first.blob,
  );
  return { ...analysis, comment: first.comment };
}
