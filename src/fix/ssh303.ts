// Fix for SSH303 (ssh stops on a ~/.ssh/config writable by others): chmod 600 it when it is ours.
import { join } from 'node:path';
import type { Fix } from './fix.js';
import { absolutePath, displayPath, insideSshDir } from './ssh-paths.js';

export const ssh303Fix = {
  rule: 'SSH303',
  plan({ report, params, home, finding }) {
    const path = absolutePath(String(params.path ?? '~/.ssh/config'), home) ?? join(home, '.ssh', 'config');
    if (!insideSshDir(path, home)) return undefined;
    const entry = report.sshDir.entries.find((e) => e.name === 'config');
    const shown = displayPath(path, home);
    // ls shows owners by name: the config is ours when it has the owner of ~/.ssh itself.
    const mine =
      entry?.owner == null || entry.owner === report.sshDir.entries.find((e) => e.name === '.')?.owner;
    if (!mine)
      return {
        rule: finding.rule,
        summary: `make ${shown} yours and writable by you only`,
        steps: [],
        blocked: `${shown} belongs to ${entry?.owner}, not to you: only an administrator can give it back (sudo chown "$(id -u)" ${shown})`,
      };
    return {
      rule: finding.rule,
      summary: `make ${shown} writable by you only`,
      steps: [{ kind: 'chmod', path, mode: 0o600, from: entry?.octal ?? null }],
    };
  },
} satisfies Fix;
