// What setup does about the key, decided from what ~/.ssh holds: use a usable key (whatever its name), convert a
// PuTTY key, or create the site's key type; never replace or overwrite anything.
import { join } from 'node:path';
import { namedForOtherService, usableKeys } from '../fix/usable-keys.js';
import type { KeyPolicy } from '../profile/profile.js';
import type { KeyFile } from '../report/schema.js';

export type KeyChoice =
  /** A key OpenSSH reads and the site accepts: use it (an IdentityFile line names it, whatever its name). */
  | { kind: 'use'; key: KeyFile; others: KeyFile[] }
  /** A PuTTY/MobaXterm `.ppk`: convert it to OpenSSH format into `out` (the .ppk stays). */
  | { kind: 'convert'; ppk: KeyFile; out: string }
  /** No key: `ssh-keygen -t type [-b bits] -f path` on the user's terminal. */
  | { kind: 'create'; path: string; type: string; bits: number | null }
  /** Something is in the way (a file that is not a usable key at the name to create): explain, change nothing. */
  | { kind: 'blocked'; reason: string };

/** ssh-keygen's `-t` for a policy type, and the file name ssh tries by default for it. */
const KEYGEN: Record<string, { type: string; file: string }> = {
  RSA: { type: 'rsa', file: 'id_rsa' },
  ED25519: { type: 'ed25519', file: 'id_ed25519' },
  ECDSA: { type: 'ecdsa', file: 'id_ecdsa' },
};

export function chooseKey(keys: KeyFile[], policy: KeyPolicy, sshDir: string, host: string): KeyChoice {
  const usable = usableKeys({ keys }, policy).filter((k) => !namedForOtherService(k.name, host));
  const [first, ...others] = usable;
  if (first) return { kind: 'use', key: first, others };
  const taken = new Set(keys.filter((k) => k.exists).map((k) => k.path));
  const free = (p: string) => !taken.has(p) && !taken.has(`${p}.pub`);
  const accepted = (t: string | null) =>
    policy.types.some((p) => p.toUpperCase() === (t ?? '').toUpperCase());
  const ppk = keys.find((k) => k.exists && /^ppk/.test(k.format) && accepted(k.keyType));
  if (ppk) {
    const base = ppk.path.replace(/\.ppk$/i, '');
    const defaultFile = KEYGEN[(ppk.keyType ?? '').toUpperCase()]?.file;
    const out = [
      defaultFile ? join(sshDir, defaultFile) : null,
      base === ppk.path ? null : base,
      `${base}_openssh`,
    ]
      .filter((p): p is string => p !== null)
      .find(free);
    if (out) return { kind: 'convert', ppk, out };
  }
  const type = policy.types.map((t) => t.toUpperCase()).find((t) => KEYGEN[t] !== undefined);
  const spec = type ? KEYGEN[type] : undefined;
  if (!type || !spec)
    return {
      kind: 'blocked',
      reason: `the site accepts ${policy.types.join(', ')} keys, which ssh-doctor cannot create`,
    };
  const path = join(sshDir, spec.file);
  if (!free(path)) {
    const what = keys.find((k) => k.path === path || k.path === `${path}.pub`);
    return {
      kind: 'blocked',
      reason: `${path}${what ? ` (${what.kind})` : ''} exists but is not a key the site accepts; ssh-doctor overwrites nothing: move it away, or tell support`,
    };
  }
  return { kind: 'create', path, type: spec.type, bits: type === 'RSA' ? policy.recommendedBits : null };
}
