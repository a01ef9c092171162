// The shared body of SSH311/SSH202: a usable key under another name gets an IdentityFile line for this host only.
import type { FixInput, FixPlan } from './fix.js';
import { absolutePath, displayPath } from './ssh-paths.js';
import { namedForOtherService, usableKeys } from './usable-keys.js';

/** Files that may hold a key but are no key file to name (notes, backups). */
const NOT_KEY_FILE = /\.(?:txt|md|log|old|bak|orig|swp|tmp)$|~$/i;

export function identityFilePlan(input: FixInput): FixPlan | undefined {
  const { report, params, profile, home, finding } = input;
  const host = report.target.host ?? (typeof params.host === 'string' ? params.host : null);
  if (host === null) return undefined;
  const named = absolutePath(String(params.path ?? ''), home);
  const usable = usableKeys(report, profile.keyPolicy);
  // A copy of a key ssh already tries (same fingerprint) or a note holding a key is no new key to name.
  const tried = new Set(usable.filter((k) => k.defaultName || k.inConfig).map((k) => k.fingerprint));
  const candidates = usable.filter(
    (k) =>
      !k.defaultName &&
      !k.inConfig &&
      !tried.has(k.fingerprint) &&
      !NOT_KEY_FILE.test(k.name) &&
      !namedForOtherService(k.name, host),
  );
  const key = candidates.find((k) => k.path === named) ?? candidates[0];
  if (!key) return undefined;
  const shown = displayPath(key.path, home);
  return {
    rule: finding.rule,
    summary: `use your key ${shown} for ${host} (an IdentityFile line for this host only)`,
    steps: [{ kind: 'host-options', host, options: [['IdentityFile', shown]] }],
  };
}
