// Line rules for host key verification: the key the server showed, what known_hosts said, and the warning blocks.
import type { Connection } from '../report/connection.js';
import { type LineRule, toInt, type VerboseState } from './verbose-state.js';

type Status = NonNullable<Connection['hostKeyStatus']>;
const RANK: Record<Status, number> = { known: 1, unknown: 2, added: 3, changed: 4, revoked: 5 };

function setStatus(s: VerboseState, status: Status): undefined {
  const current = s.c.hostKeyStatus;
  if (current === null || RANK[status] >= RANK[current]) s.c.hostKeyStatus = status;
  return undefined;
}

function setHostKey(s: VerboseState, type: string | undefined, fingerprint: string | undefined): undefined {
  if (s.c.hostKey === null && type && fingerprint)
    s.c.hostKey = { type, fingerprint: fingerprint.replace(/\.$/, '') };
  return undefined;
}

export const hostKeyRules: readonly LineRule[] = [
  {
    kind: 'server-host-key',
    re: /^Server host key: (\S+) (\S+)$/,
    apply: (s, m) => {
      s.c.hostKey = null;
      setHostKey(s, m[1], m[2]);
    },
  },
  {
    kind: 'host-key-known',
    re: /^Host '(.+)' is known and matches the (\S+) host key\.$/,
    apply: (s) => setStatus(s, 'known'),
  },
  {
    kind: 'known-hosts-match',
    re: /^Found key in (.+):(\d+)$/,
    apply: (s, m) => {
      if (s.c.knownHosts === null) s.c.knownHosts = { file: m[1] ?? '', line: toInt(m[2]) };
    },
  },
  {
    kind: 'host-key-added',
    re: /^Warning: Permanently added (.+) to the list of known hosts\.?$/,
    apply: (s) => setStatus(s, 'added'),
  },
  {
    kind: 'host-key-unknown',
    re: /^The authenticity of host '(.*)' can't be established\.?$/,
    apply: (s) => setStatus(s, 'unknown'),
  },
  {
    kind: 'host-key-fingerprint',
    re: /^(\S+) key fingerprint is:? (\S+)$/,
    apply: (s, m) => setHostKey(s, m[1], m[2]),
  },
  {
    kind: 'no-host-key-known',
    re: /^No (\S+) host key is known for (.+) and you have requested strict checking\.$/,
    terminal: 'failure',
    error: true,
    apply: (s) => setStatus(s, 'unknown'),
  },
  {
    kind: 'host-key-changed',
    re: /WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!/,
    error: true,
    apply: (s) => setStatus(s, 'changed'),
  },
  {
    kind: 'host-key-changed',
    re: /^Host key for (.+) has changed and you have requested strict checking\.$/,
    error: true,
    apply: (s) => setStatus(s, 'changed'),
  },
  {
    kind: 'host-key-fingerprint',
    re: /^The fingerprint for the (\S+) key sent by the remote host is$/,
    apply: (s, m) => {
      s.expectHostKeyFingerprint = m[1] ?? null;
    },
  },
  {
    kind: 'offending-key',
    re: /^Offending (?:(\S+) )?key (?:for IP )?in (.+):(\d+)$/,
    // Printed only when the key sent differs from that line: the host key changed.
    apply: (s, m) => {
      s.c.knownHosts = { file: m[2] ?? '', line: toInt(m[3]) };
      return setStatus(s, 'changed');
    },
  },
  {
    kind: 'dns-spoofing',
    re: /WARNING: POSSIBLE DNS SPOOFING DETECTED!/,
    error: true,
    apply: (s) => setStatus(s, 'changed'),
  },
  {
    kind: 'host-key-revoked',
    re: /WARNING: REVOKED HOST KEY DETECTED!|^Host key .* revoked by file /,
    error: true,
    apply: (s) => setStatus(s, 'revoked'),
  },
  {
    kind: 'host-key-verification-failed',
    re: /^Host key verification failed\.$/,
    terminal: 'failure',
    error: true,
  },
  // StrictHostKeyChecking=no with a changed key: ssh goes on without passwords, agent or forwarding.
  {
    kind: 'mitm-restriction',
    re: /is disabled to avoid man-in-the-middle attacks\.$/,
    error: true,
    apply: (s) => setStatus(s, 'changed'),
  },
  { kind: 'known-hosts-write-failed', re: /^Failed to add the host to the list of known hosts/ },
  { kind: 'known-hosts-remove-hint', re: /^\s*ssh-keygen -f "(.+)" -R "?(.+?)"?$/ },
  { kind: 'known-hosts-file-hint', re: /^Add correct host key in (.+) to get rid of this message\.$/ },
  {
    kind: 'warning-text',
    re: /^@+$|^@\s.*@$|^IT IS POSSIBLE THAT SOMEONE|^Someone could be eavesdropping|^It is also possible that a host key|^Please contact your system administrator|^\s*remove with:$|^Are you sure you want to continue connecting|^but keys of different type are already known|^It is required that your private key files|^This private key will be ignored/,
    level: 'plain',
    quiet: true,
  },
];
