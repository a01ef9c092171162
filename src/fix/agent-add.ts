// The shared body of the agent fixes: a running agent without the key gets it with ssh-add on the user's
// terminal (the passphrase is typed to ssh-add only). No agent: say how to start one, start none ourselves.
import type { FixInput, FixPlan } from './fix.js';
import { absolutePath, displayPath, insideSshDir } from './ssh-paths.js';

export function agentAddPlan(input: FixInput): FixPlan | undefined {
  const { report, params, home, finding, platform } = input;
  const path = absolutePath(String(params.key ?? ''), home);
  if (path === null || !insideSshDir(path, home)) return undefined;
  const key = report.keys.find((k) => k.path === path);
  if (!key?.exists || key.role !== 'private' || key.inAgent === true) return undefined;
  const shown = displayPath(path, home);
  if (report.agent.running !== true)
    return {
      rule: finding.rule,
      summary: `load ${shown} into your SSH agent`,
      steps: [],
      blocked: `no SSH agent answers here, and ssh-doctor starts none behind your back: in your terminal run eval "$(ssh-agent -s)" then ssh-add ${shown}, then ssh-doctor again`,
    };
  const keychain = platform === 'darwin' ? ['--apple-use-keychain'] : [];
  return {
    rule: finding.rule,
    summary: `load ${shown} into your running SSH agent (you type the passphrase to ssh-add)`,
    steps: [{ kind: 'run', argv: ['ssh-add', ...keychain, path], terminal: true }],
  };
}
