// Inspects every key-looking file of ~/.ssh and every IdentityFile: mode, owner, format, fingerprint, pairing
// with its .pub, and whether config or agent know it. A missing or unreadable file is data, never a throw.
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { isDefaultKeyName } from './default-key-names.js';
import { inspectKeyText, type KeyAnalysis } from './inspect-key-text.js';
import { blankAnalysis } from './key-analysis.js';
import type { KeyFile } from './key-file-schema.js';
import { createOwnerResolver, type OwnerResolver } from './owner-name.js';
import { errorMessage, fsErrorCode, readFileHead } from './read-file-head.js';

/** Inputs of {@link inspectKeyFiles}. */
export interface InspectKeyFilesOptions {
  sshDir: string;
  /** IdentityFile paths of the effective config, already `~`-expanded and absolute. */
  identityFiles: string[];
  /** `SHA256:` fingerprints listed by the agent; null when the agent could not be asked. */
  agentFingerprints: string[] | null;
  /** uid → user name; defaults to the running user and /etc/passwd. */
  ownerName?: OwnerResolver;
}

/** Files of ~/.ssh that are never keys, whatever they contain. */
const NOT_KEYS = /^(?:known_hosts|authorized_keys|config|environment|rc)(?:[._-]|\d|$)|\.old$|~$/;
/** Names worth listing even when their content is not a key (an empty `id_rsa` is a finding). */
const KEY_NAMES = /^id_|\.(?:pub|ppk|pem|key)$|^[^.]+$/;

interface Inspected {
  path: string;
  exists: boolean;
  mode: string | null;
  uid: number | null;
  analysis: KeyAnalysis;
  error?: string;
}

/** `0600`-style octal of the permission bits. */
export function octalMode(mode: number): string {
  return (mode & 0o7777).toString(8).padStart(4, '0');
}

async function inspectPath(path: string): Promise<Inspected> {
  try {
    const st = await stat(path);
    const base = { path, exists: true, mode: octalMode(st.mode), uid: st.uid };
    if (!st.isFile()) return { ...base, analysis: blankAnalysis('unknown', 'not a regular file', 'other') };
    return { ...base, analysis: inspectKeyText((await readFileHead(path)).toString('utf8')) };
  } catch (err) {
    const code = fsErrorCode(err);
    const missing = code === 'ENOENT' || code === 'ENOTDIR';
    const kind = missing ? 'missing file' : 'unreadable file';
    return {
      path,
      exists: !missing,
      mode: null,
      uid: null,
      analysis: blankAnalysis('unknown', kind, 'other'),
      ...(missing ? {} : { error: errorMessage(err) }),
    };
  }
}

async function listSshDir(sshDir: string): Promise<string[]> {
  try {
    const names = (await readdir(sshDir)).filter((n) => !NOT_KEYS.test(n)).sort();
    return names.map((n) => resolve(sshDir, n));
  } catch {
    return [];
  }
}

/** Same key in the private file and its .pub? null when the .pub is missing or either side is unreadable. */
function samePublicKey(priv: KeyAnalysis, pub: KeyAnalysis | undefined): boolean | null {
  if (pub?.role !== 'public') return null;
  if (priv.publicBlob && pub.publicBlob) return priv.publicBlob.equals(pub.publicBlob);
  if (priv.fingerprint && pub.fingerprint) return priv.fingerprint === pub.fingerprint;
  return null;
}

/** Inspects the key files of `sshDir` and the given IdentityFiles, one entry per distinct path. */
export async function inspectKeyFiles(opts: InspectKeyFilesOptions): Promise<KeyFile[]> {
  const ownerName = opts.ownerName ?? createOwnerResolver();
  const sshDir = resolve(opts.sshDir);
  const configured = new Set(opts.identityFiles.map((p) => resolve(p)));
  const fromDir = await listSshDir(sshDir);
  const paths = [...new Set([...fromDir, ...configured])];
  const inspected = await Promise.all(paths.map(inspectPath));
  const byPath = new Map(inspected.map((i) => [i.path, i]));
  const keep = inspected.filter(
    (i) => configured.has(i.path) || KEY_NAMES.test(basename(i.path)) || i.analysis.role !== 'other',
  );
  const pubOf = async (i: Inspected): Promise<KeyAnalysis | undefined> => {
    if (i.analysis.role !== 'private') return undefined;
    return (byPath.get(`${i.path}.pub`) ?? (await inspectPath(`${i.path}.pub`))).analysis;
  };
  const pubs = await Promise.all(keep.map(pubOf));
  return Promise.all(
    keep.map(async (i, n): Promise<KeyFile> => {
      const a = i.analysis;
      const pub = pubs[n];
      const matchesPub = a.role === 'private' ? samePublicKey(a, pub) : null;
      const fromPub = a.fingerprint === null && pub?.role === 'public' ? pub : null;
      const fingerprint = a.fingerprint ?? fromPub?.fingerprint ?? null;
      return {
        path: i.path,
        name: basename(i.path),
        role: a.role,
        exists: i.exists,
        mode: i.mode,
        owner: i.uid === null ? null : await ownerName(i.uid),
        uid: i.uid,
        format: a.format,
        kind: a.kind,
        keyType: a.keyType ?? fromPub?.keyType ?? null,
        sshType: a.sshType ?? fromPub?.sshType ?? null,
        bits: a.bits ?? fromPub?.bits ?? null,
        encrypted: a.encrypted,
        cipher: a.cipher,
        kdf: a.kdf,
        fingerprint,
        comment: a.comment ?? (a.role === 'private' && pub?.role === 'public' ? pub.comment : null),
        matchesPub,
        inConfig: configured.has(i.path),
        defaultName: dirname(i.path) === sshDir && isDefaultKeyName(basename(i.path)),
        inAgent:
          opts.agentFingerprints === null || fingerprint === null
            ? null
            : opts.agentFingerprints.includes(fingerprint),
        ...(a.truncated ? { truncated: true } : {}),
        ...(i.error === undefined ? {} : { error: i.error }),
      };
    }),
  );
}
