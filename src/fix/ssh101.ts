// Fix for SSH101 (the server host key changed): forget the old key only when the new one is the fingerprint the
// site publishes; otherwise stop and say why (never disable host key checking, never trust an unknown key).
import { join } from 'node:path';
import type { Fix } from './fix.js';

export const ssh101Fix = {
  rule: 'SSH101',
  plan({ params, profile, home, finding }) {
    const host = String(params.host ?? '');
    if (!/^[[\]A-Za-z0-9_.:-]+$/.test(host) || host.startsWith('-')) return undefined;
    const fingerprint = String(params.fingerprint ?? '?');
    const knownHosts = join(home, '.ssh', 'known_hosts');
    const official = profile.hosts.flatMap((h) => h.hostKeyFingerprints);
    const summary = `forget the old host key of ${host} in ~/.ssh/known_hosts`;
    if (official.length > 0 && official.includes(fingerprint))
      return {
        rule: finding.rule,
        summary: `${summary} (the new key ${fingerprint} is the one ${profile.name} publishes)`,
        steps: [
          {
            kind: 'run',
            argv: ['ssh-keygen', '-R', host, '-f', knownHosts],
            terminal: false,
            edits: [knownHosts],
          },
        ],
      };
    return {
      rule: finding.rule,
      summary,
      steps: [],
      blocked:
        official.length > 0
          ? `the key the server sent (${fingerprint}) is NOT one ${profile.name} publishes: do not connect, and tell support`
          : `${profile.name} publishes no host key fingerprint ssh-doctor can check: compare ${fingerprint} with the one support gives you, and only then run: ssh-keygen -R "${host}"`,
    };
  },
} satisfies Fix;
