// The shared body of SSH209/SSH210: offer only the site key files for this host (IdentitiesOnly), not every
// agent key; needs a key file to name, else the agent's keys would be the only way in.
import type { FixInput, FixPlan } from './fix.js';
import { displayPath } from './ssh-paths.js';
import { namedForOtherService, usableKeys } from './usable-keys.js';

export function identitiesOnlyPlan(input: FixInput): FixPlan | undefined {
  const { report, profile, home, finding } = input;
  const host = report.target.host;
  if (host === null || report.config?.identitiesOnly === true) return undefined;
  const keys = usableKeys(report, profile.keyPolicy).filter((k) => !namedForOtherService(k.name, host));
  if (keys.length === 0) return undefined;
  const files = keys.slice(0, 3).map((k) => displayPath(k.path, home));
  return {
    rule: finding.rule,
    summary: `offer only ${files.join(', ')} to ${host} (IdentitiesOnly for this host only)`,
    steps: [
      {
        kind: 'host-options',
        host,
        options: [['IdentitiesOnly', 'yes'], ...files.map((f): [string, string] => ['IdentityFile', f])],
      },
    ],
  };
}
