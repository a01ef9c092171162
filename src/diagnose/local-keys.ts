// The user's key files as one list, from the key inspection (collect) or from `ls -al ~/.ssh` (pasted tickets).
import { isDefaultKeyName } from '../keys/default-key-names.js';
import type { EvidenceLine, KeyFile } from '../report/schema.js';
import { baseName, memo } from './facts.js';
import type { RuleContext } from './rule.js';

/** One key file, with whatever the evidence tells about it. */
export interface LocalKey {
  name: string;
  /** Path as the user would type it (`~/.ssh/meso_rsa`). */
  path: string;
  role: 'private' | 'public';
  /** Octal mode (`0644`), null when unknown. */
  mode: string | null;
  /** Inspection result (collect only). */
  file: KeyFile | null;
  defaultName: boolean;
  /** The `ls -al` line that shows it. */
  evidence: EvidenceLine[];
}

const NOT_KEYS = /^(?:\.|\.\.|known_hosts.*|authorized_keys2?|config|environment|rc|agent.*)$/i;
const NOT_KEY_EXT = /\.(?:old|bak|swp|orig|txt|log|sock|lock|tmp|d)$/i;
const KEYISH = /rsa|dsa|ecdsa|ed25519|key|^id_|identity|\.pem$|\.ppk$/i;

function lsLine(ctx: RuleContext, name: string): EvidenceLine[] {
  const hit = ctx.lines('ls-ssh').find((l) => l.text.endsWith(` ${name}`));
  return hit ? [hit] : [];
}

function fromKeyFiles(ctx: RuleContext, keys: KeyFile[]): LocalKey[] {
  return keys
    .filter((k) => k.exists && (k.role === 'private' || k.role === 'public'))
    .map((k) => ({
      name: k.name,
      path: k.path.replace(/^.*\/\.ssh\//, '~/.ssh/'),
      role: k.role === 'public' ? ('public' as const) : ('private' as const),
      mode: k.mode,
      file: k,
      defaultName: k.defaultName,
      evidence: lsLine(ctx, k.name),
    }));
}

function fromListing(ctx: RuleContext): LocalKey[] {
  const entries = ctx.report.sshDir.entries.filter((e) => e.kind === 'file' || e.kind === 'link');
  const names = new Set(entries.map((e) => e.name));
  const out: LocalKey[] = [];
  for (const e of entries) {
    const name = e.name;
    if (NOT_KEYS.test(name) || NOT_KEY_EXT.test(name)) continue;
    const isPub = name.endsWith('.pub');
    if (!isPub && !names.has(`${name}.pub`) && !KEYISH.test(name)) continue;
    if (isPub && name.endsWith('-cert.pub')) continue;
    out.push({
      name,
      path: `~/.ssh/${name}`,
      role: isPub ? 'public' : 'private',
      mode: e.octal,
      file: null,
      defaultName: isDefaultKeyName(name),
      evidence: lsLine(ctx, name),
    });
  }
  return out;
}

function findLocalKeys(ctx: RuleContext): LocalKey[] {
  const keys = ctx.report.keys;
  return keys.length > 0 ? fromKeyFiles(ctx, keys) : fromListing(ctx);
}

/** Key files in `~/.ssh` (and configured elsewhere, for collect); computed once per diagnosis, a new array each call. */
export function localKeys(ctx: RuleContext): LocalKey[] {
  return memo(ctx, findLocalKeys, () => findLocalKeys(ctx)).slice();
}

function findPrivateKeys(ctx: RuleContext): LocalKey[] {
  return memo(ctx, findLocalKeys, () => findLocalKeys(ctx)).filter((k) => k.role === 'private');
}

export function privateKeys(ctx: RuleContext): LocalKey[] {
  return memo(ctx, findPrivateKeys, () => findPrivateKeys(ctx)).slice();
}

/** Does ssh know this key (an IdentityFile, an `identity file` line, a candidate or an attempt)? */
export function sshUsesKey(ctx: RuleContext, key: LocalKey): boolean {
  if (key.file?.inConfig) return true;
  const c = ctx.report.connection;
  const paths = [
    ...c.identityFiles.map((f) => f.path),
    ...c.willAttempt.map((k) => k.key),
    ...c.authAttempts.map((a) => a.key),
    ...(ctx.report.config?.identityFiles ?? []),
  ];
  return paths.some((p) => baseName(p) === key.name);
}
