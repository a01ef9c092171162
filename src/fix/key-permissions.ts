// The shared body of SSH301/SSH302: a private key others can read (or we cannot) gets 0600, if it is ours.
import type { FixInput, FixPlan } from './fix.js';
import { sshDirStep } from './ssh-dir-step.js';
import { absolutePath, displayPath, insideSshDir } from './ssh-paths.js';

export function keyPermissionsPlan(input: FixInput): FixPlan | undefined {
  const { report, params, home, uid, finding } = input;
  const path = absolutePath(String(params.path ?? ''), home);
  if (path === null || !insideSshDir(path, home)) return undefined;
  const key = report.keys.find((k) => k.path === path);
  if (key && !key.exists) return undefined;
  const shown = displayPath(path, home);
  if (key && uid !== null && key.uid !== null && key.uid !== uid)
    return {
      rule: finding.rule,
      summary: `make ${shown} yours and readable by you only`,
      steps: [],
      blocked: `${shown} belongs to ${key.owner ?? `uid ${key.uid}`}, not to you: only an administrator can give it back (sudo chown "$(id -u)" ${shown}), then run ssh-doctor fix again`,
    };
  const from = key?.mode ?? (params.mode === '?' ? null : String(params.mode ?? '')) ?? null;
  return {
    rule: finding.rule,
    summary: `make ${shown} readable by you only`,
    steps: [{ kind: 'chmod', path, mode: 0o600, from }, ...sshDirStep(report, home)],
  };
}
