// Line rules for keys on the client: identity files, the agent, the candidate list, loading and signing problems.
import { identityKeyType } from './identity-key-types.js';
import { parseKeyRef } from './key-ref.js';
import { attemptFor, pendingAttempt, settle, startAttempt } from './verbose-attempts.js';
import { type LineRule, toInt } from './verbose-state.js';

export const keyRules: readonly LineRule[] = [
  {
    kind: 'identity-file',
    re: /^identity file (.+) type (-?\d+)$/,
    apply: (s, m) => {
      const type = toInt(m[2]) ?? -1;
      s.c.identityFiles.push({ path: m[1] ?? '', type, keyType: identityKeyType(type, s.c.clientVersion) });
    },
  },
  {
    kind: 'agent-socket-error',
    re: /ssh_get_authentication_socket: (.+)$/,
    apply: (s, m) => {
      s.c.agent.socketError = m[1] ?? null;
    },
  },
  {
    kind: 'agent-keys',
    re: /(?:^|: )agent returned (\d+) keys?$/,
    apply: (s, m) => {
      s.c.agent.keys = toInt(m[1]);
    },
  },
  {
    kind: 'agent-bound',
    re: /(?:^|: )bound agent to hostkey$/,
    apply: (s) => {
      s.c.agent.bound = true;
    },
  },
  {
    kind: 'agent-empty',
    re: /agent contains no identities$/,
    apply: (s) => {
      Object.assign(s.c.agent, { empty: true, keys: 0 });
    },
  },
  { kind: 'agent-communication-failed', re: /communication with agent failed/, error: true },
  {
    kind: 'will-attempt-key',
    re: /^Will attempt key: (.*)$/,
    apply: (s, m) => {
      s.c.willAttempt.push(parseKeyRef(m[1] ?? ''));
    },
  },
  // Before 7.9 pubkey_prepare dumps its list as `key: PATH (0x55d1...), explicit`.
  {
    kind: 'will-attempt-key',
    re: /^key: (.+ \((?:0x[0-9a-fA-F]+|\(nil\)|nil)\)(?:, \w+)*)$/,
    level: 'debug',
    apply: (s, m) => {
      s.c.willAttempt.push(parseKeyRef(m[1] ?? ''));
    },
  },
  {
    kind: 'key-skipped',
    re: /^Skipping (\S+) key (.+?) (?:- |for )(.*(?:not in PubkeyAccepted|not supported by server).*)$|^Skipping key (.+?): (.+)$/,
    apply: (s, m, ln) => {
      startAttempt(s, m[2] ?? m[4] ?? '', m[1] ?? null, 'prepare', ln.line);
      settle(pendingAttempt(s), 'skipped', m[3] ?? m[5] ?? null);
      s.pending = null;
    },
  },
  { kind: 'agent-refused', re: /agent refused operation/, error: true },
  { kind: 'agent-signature-type', re: /^agent key .* returned incorrect signature type$/ },
  {
    kind: 'load-key-error',
    re: /^Load key "(.*)": (.+)$/,
    error: true,
    apply: (s, m) => settle(attemptFor(s, m[1] ?? ''), 'load-failed', m[2] ?? null),
  },
  // ssh-add's word for the same (CI actions load a key from a secret: `Error loading key "(stdin)": invalid format`).
  { kind: 'load-key-error', re: /^Error loading key "(.*)": (.+)$/, level: 'plain', error: true },
  {
    kind: 'no-such-identity',
    re: /^no such identity: (.+): ([^:]+)$/,
    error: true,
    apply: (s, m) => settle(attemptFor(s, m[1] ?? ''), 'load-failed', m[2] ?? null),
  },
  {
    kind: 'identity-file-not-accessible',
    re: /^Warning: Identity file (.+) not accessible: (.+?)\.?$/,
    error: true,
  },
  { kind: 'unprotected-key', re: /WARNING: UNPROTECTED PRIVATE KEY FILE!/, error: true },
  // The rest of the UNPROTECTED block: decisive alone (a pasted fragment), mere decoration beside the lines above.
  {
    kind: 'unprotected-key-note',
    re: /^It is required that your private key files are NOT accessible by others\.$|^This private key will be ignored\.$/,
    level: 'plain',
    error: true,
  },
  {
    kind: 'key-permissions-too-open',
    re: /^Permissions (?:0?\d{3,4} )?for '(.+)' are too open\.$/,
    error: true,
  },
  {
    kind: 'key-permissions-too-open',
    re: /^Bad permissions\. Try removing permissions for user: /,
    error: true,
  },
  { kind: 'passphrase-prompt', re: /^Enter passphrase for (?:key )?'?(.+?)'?: ?$/ },
  { kind: 'read-passphrase-no-tty', re: /read_passphrase: can't open \/dev\/tty/, error: true },
  // Windows OpenSSH and Git for Windows cannot start an askpass program: `ssh_askpass: posix_spawnp: ...`.
  { kind: 'askpass-failed', re: /^ssh_askpass: (?:exec\(.*\)|posix_spawnp?): /, error: true },
];
