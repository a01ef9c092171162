// The server's host key differs from the one in known_hosts: reinstalled server, or an attack.
import { ev, eventsOf, knownHostsName, targetHost } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

const KINDS = [
  'host-key-changed',
  'host-key-fingerprint',
  'offending-key',
  'host-key-revoked',
  'dns-spoofing',
  'mitm-restriction',
];

export const ssh101: Rule = {
  id: 'SSH101',
  category: 'host_key_changed',
  severity: 'error',
  rank: RANK.hostKey,
  match(ctx) {
    const c = ctx.report.connection;
    if (c.hostKeyStatus !== 'changed' && c.hostKeyStatus !== 'revoked') return undefined;
    const lines = eventsOf(ctx, ...KINDS, 'host-key-verification-failed').filter(
      (e) => e.kind !== 'host-key-fingerprint' || /^(?:SHA256|MD5):/.test(e.text.trim()),
    );
    const named = eventsOf(ctx, 'host-key-changed')
      .map((e) => /^Host key for (.+) has changed/.exec(e.text)?.[1])
      .find((h) => h !== undefined);
    const hint = eventsOf(ctx, 'known-hosts-remove-hint')
      .map((e) => /-R "?([^"]+)"?$/.exec(e.text.trim())?.[1])
      .find((h) => h !== undefined);
    const host = hint ?? named ?? knownHostsName(targetHost(ctx), ctx.report.target.port);
    const file = c.knownHosts?.file ?? '~/.ssh/known_hosts';
    const official = ctx.profile.hosts.flatMap((h) => h.hostKeyFingerprints);
    const fp = c.hostKey?.fingerprint ?? '?';
    return {
      evidence: lines.map(ev),
      params: {
        host,
        file,
        line: c.knownHosts?.line ?? '?',
        fingerprint: fp,
        official:
          official.length > 0
            ? official.includes(fp)
              ? 'official-match'
              : 'official-mismatch'
            : 'official-unknown',
      },
    };
  },
};
