// Line rules for SSH clients and libraries that are not OpenSSH (PuTTY/plink/MobaXterm/WinSCP, dropbear's dbclient,
// Go x/crypto/ssh, paramiko, JSch, node ssh2): their own words for the situations OpenSSH's messages name, mapped to
// the same event kinds so that the same diagnosis rules read them.
import type { Connection } from '../report/connection.js';
import { parseSoftwareVersion } from './ssh-version.js';
import { pendingAttempt, settle, startAttempt } from './verbose-attempts.js';
import { connectError } from './verbose-rules-connect.js';
import { type LineRule, splitList, type VerboseState } from './verbose-state.js';

type ListName = NonNullable<Connection['negotiationFailure']>['list'];

/** `key exchange`, `host key`, `client to server cipher`, `client-to-server MAC`... → the list that failed. */
function listOf(what: string): ListName | null {
  if (/key ?exchange|kex/i.test(what)) return 'kex';
  if (/host ?key/i.test(what)) return 'hostkey';
  if (/cipher|encryption/i.test(what)) return 'cipher';
  if (/mac|integrity/i.test(what)) return 'mac';
  if (/compression/i.test(what)) return 'compression';
  return null;
}

function negotiation(s: VerboseState, what: string, offer: string, line: number): undefined {
  const list = listOf(what);
  // Go prints `[a b c]`, PuTTY `a, b, c` or `a,b,c`.
  const theirOffer = splitList(offer.replace(/[[\]]/g, '').replace(/\s+/g, ','));
  if (list) s.c.negotiationFailure = { list, theirOffer, line };
  return undefined;
}

function hostKeyStatus(s: VerboseState, status: 'unknown' | 'changed'): undefined {
  if (s.c.hostKeyStatus !== 'changed' && s.c.hostKeyStatus !== 'revoked') s.c.hostKeyStatus = status;
  return undefined;
}

/** Lower-case socket errors of Go, node and Java (`connection refused`, `ECONNREFUSED`, `i/o timeout`...). */
function socketError(text: string): string {
  if (/ECONNREFUSED|refused/i.test(text)) return 'connection-refused';
  if (/ETIMEDOUT|timed? ?out|timeout/i.test(text)) return 'connect-timeout';
  if (/EHOSTUNREACH|ENETUNREACH|no route|unreachable/i.test(text)) return 'no-route';
  return connectError(text);
}

export const clientRules: readonly LineRule[] = [
  // ------------------------------------------------------------------ PuTTY, plink, pscp, MobaXterm, WinSCP
  {
    kind: 'connect-failed',
    // Windows PuTTY says `Network error: `, plink on Unix prints the bare system error.
    re: /^(?:FATAL ERROR: )?(?:Network error: )?(Connection refused|Connection timed out|No route to host|Network is unreachable|Host is unreachable)\.?$/,
    level: 'plain',
    terminal: 'failure',
    error: true,
    apply: (_s, m) => connectError(m[1] ?? ''),
  },
  {
    kind: 'connection-closed',
    re: /^(?:FATAL ERROR: )?(?:Network error: Software caused connection abort|(?:Remote side|Server) unexpectedly closed network connection|Network error: Connection reset by peer)\.?$/,
    level: 'plain',
    terminal: 'failure',
    error: true,
  },
  {
    kind: 'dns-failure',
    re: /^(?:FATAL ERROR: |Unable to open connection:? ?)?(?:Host does not exist|Name or service not known|nodename nor servname provided, or not known)\.?$/,
    level: 'plain',
    terminal: 'failure',
    error: true,
  },
  {
    kind: 'permission-denied',
    re: /^(?:FATAL ERROR: |Disconnected: )?No supported authentication methods available \(server sent: ?([^)]*)\)\.?$/,
    level: 'plain',
    terminal: 'failure',
    error: true,
    apply: (s, m, ln) => {
      s.c.permissionDenied = { user: null, host: null, methods: splitList(m[1] ?? ''), line: ln.line };
    },
  },
  {
    kind: 'foreign-key-refused',
    re: /^(?:Server refused our (?:public )?key|Key refused)\.?$/,
    level: 'plain',
    terminal: 'failure',
    error: true,
    apply: (s, _m, ln) => {
      if (pendingAttempt(s)?.result !== 'unknown')
        startAttempt(s, 'key of PuTTY/Pageant', null, 'offer', ln.line);
      settle(pendingAttempt(s), 'refused', null);
      s.pending = null;
    },
  },
  // plink -v: the key offered, accepted, the login granted, the session opened.
  {
    kind: 'offering-key',
    re: /^Offered public key(?: from Pageant)?$/,
    level: 'plain',
    apply: (s, _m, ln) => startAttempt(s, 'key of PuTTY/Pageant', null, 'offer', ln.line),
  },
  {
    kind: 'server-accepts-key',
    re: /^Offer of public key accepted$/,
    level: 'plain',
    apply: (s) => {
      const a = pendingAttempt(s);
      if (a) Object.assign(a, { serverAccepted: true, result: 'accepted' });
    },
  },
  { kind: 'authenticated', re: /^Access granted$/, level: 'plain', terminal: 'success' },
  { kind: 'session-started', re: /^Started a shell\/command$/, level: 'plain', terminal: 'success' },
  {
    kind: 'remote-version',
    re: /^Remote version: SSH-([\d.]+)-(.*)$/,
    level: 'plain',
    apply: (s, m) => {
      s.c.serverVersion = { ...parseSoftwareVersion(m[2] ?? ''), protocol: m[1] ?? null };
    },
  },
  { kind: 'foreign-auth-failed', re: /^Access denied\.?$/, level: 'plain', terminal: 'failure', error: true },
  {
    kind: 'foreign-signature-refused',
    re: /^Server refused public-key signature despite accepting key!?$/,
    level: 'plain',
    terminal: 'failure',
    error: true,
  },
  {
    kind: 'negotiation-failed',
    re: /^(?:FATAL ERROR: )?Couldn't agree a ((?:client-to-server |server-to-client )?(?:key exchange algorithm|host key algorithm|cipher|MAC|compression algorithm))(?: \(available: (.*)\))?\.?$/,
    level: 'plain',
    terminal: 'failure',
    error: true,
    apply: (s, m, ln) => negotiation(s, m[1] ?? '', m[2] ?? '', ln.line),
  },
  {
    kind: 'host-key-changed',
    re: /^WARNING - POTENTIAL SECURITY BREACH!$|^The (?:server's )?host key does not match the one PuTTY has cached/,
    level: 'plain',
    error: true,
    apply: (s) => hostKeyStatus(s, 'changed'),
  },
  {
    // `plink -hostkey FP` with another key (older: `did not appear in manually configured list`).
    kind: 'host-key-changed',
    re: /^(?:FATAL ERROR: )?Host key (?:not in|did not appear in) manually configured list$/,
    level: 'plain',
    terminal: 'failure',
    error: true,
    apply: (s) => hostKeyStatus(s, 'changed'),
  },
  {
    kind: 'host-key-unknown',
    re: /^The (?:server's host key is not cached in the registry|host key is not cached for this server)/,
    level: 'plain',
    apply: (s) => hostKeyStatus(s, 'unknown'),
  },
  {
    kind: 'host-key-verification-failed',
    re: /^(?:FATAL ERROR: )?Cannot confirm a host key in batch mode$|^Connection abandoned\.$/,
    level: 'plain',
    terminal: 'failure',
    error: true,
  },
  {
    kind: 'foreign-key-format',
    re: /^Unable to (?:use|load) (?:key file "(.+)"|this key file) \((.+)\)\.?$|^Couldn't load private key from (.+) \((.+)\)\.?$/,
    level: 'plain',
    terminal: 'failure',
    error: true,
  },
  { kind: 'foreign-passphrase', re: /^Wrong passphrase\.?$/, level: 'plain', error: true },
  {
    kind: 'foreign-client-info',
    re: /^Using username "(.*)"\.$|^Authenticating with public key "(.*)"(?: from agent)?$|^Looking up host ".*"(?: for SSH connection)?$|^Connecting to \S+ port \d+$|^Connected to \S+$|^We claim version: SSH-|^Using SSH protocol version 2$|^Reading key file ".*"$|^Host key fingerprint is:$|^Initialised .+ (?:encryption|MAC algorithm)$|^Remote debug message: |^Opening main session channel$|^Opened main channel$|^Sent public key signature$|^Session sent command exit status \d+$|^(?:Main session channel closed|All channels closed)$|^Unable to open connection:$|^Server also has .+ host keys?, but we don't know|^Doing .+ key exchange|^(?:Pre-authentication banner message from server|End of banner message from server):?$|^Passphrase for key "(.*)": ?$|^Keyboard-interactive authentication prompts from server:$|^End of keyboard-interactive prompts from server$/,
    level: 'plain',
  },
  // ------------------------------------------------------------------ dropbear's dbclient (`Connection to u@h:22 exited: ...`)
  {
    kind: 'foreign-auth-failed',
    re: /exited: No auth methods could be used\.?$/,
    terminal: 'failure',
    error: true,
  },
  {
    kind: 'connect-failed',
    re: /exited: Connect failed to (\S+?): (.+)$/,
    terminal: 'failure',
    error: true,
    apply: (_s, m) => socketError(m[2] ?? ''),
  },
  {
    kind: 'connection-closed',
    re: /exited: Remote closed the connection$|^Exited: Disconnect received$/,
    terminal: 'failure',
    error: true,
  },
  {
    kind: 'host-key-changed',
    re: /^Host key mismatch for (.+) !$/,
    error: true,
    apply: (s) => hostKeyStatus(s, 'changed'),
  },
  {
    kind: 'negotiation-failed',
    re: /exited: No matching algo (\S+)/,
    terminal: 'failure',
    error: true,
    apply: (s, m, ln) => negotiation(s, m[1] ?? '', '', ln.line),
  },
  // ------------------------------------------------------------------ Go x/crypto/ssh (GitLab runner, Terraform, Packer, actions)
  {
    kind: 'foreign-auth-failed',
    re: /ssh: unable to authenticate, attempted methods \[([^\]]*)\], no supported methods remain/,
    terminal: 'failure',
    error: true,
  },
  {
    kind: 'host-key-changed',
    re: /knownhosts: key mismatch|ssh: host key mismatch/,
    terminal: 'failure',
    error: true,
    apply: (s) => hostKeyStatus(s, 'changed'),
  },
  {
    kind: 'no-host-key-known',
    re: /knownhosts: key is unknown/,
    terminal: 'failure',
    error: true,
    apply: (s) => hostKeyStatus(s, 'unknown'),
  },
  {
    kind: 'negotiation-failed',
    re: /ssh: no common algorithm for ([^;]+?)(?:; client offered: \[[^\]]*\], server offered: (\[[^\]]*\]))?$/,
    terminal: 'failure',
    error: true,
    apply: (s, m, ln) => negotiation(s, m[1] ?? '', m[2] ?? '', ln.line),
  },
  {
    kind: 'connection-closed',
    re: /ssh: handshake failed: (?:EOF|ssh: overflow reading version string|read tcp \S+: read: connection reset by peer)$/,
    terminal: 'failure',
    error: true,
  },
  {
    // TCP connected, then the server said nothing within the dial timeout.
    kind: 'banner-timeout',
    re: /ssh: handshake failed: read tcp \S+: i\/o timeout$/,
    terminal: 'failure',
    error: true,
  },
  {
    // Go on Windows: `connectex: No connection could be made because the target machine actively refused it.`
    kind: 'connect-failed',
    re: /dial tcp \S+: connectex: (No connection could be made because the target machine actively refused it|A connection attempt failed because the connected party did not properly respond|A socket operation was attempted to an unreachable (?:host|network))/,
    terminal: 'failure',
    error: true,
    apply: (_s, m) =>
      socketError(
        /refused/.test(m[1] ?? '') ? 'refused' : /unreachable/.test(m[1] ?? '') ? 'unreachable' : 'timed out',
      ),
  },
  {
    kind: 'disconnect',
    re: /ssh: disconnect, reason (\d+): (.+)$/,
    terminal: 'failure',
    error: true,
    apply: (s, m, ln) => {
      const reason = m[2] ?? '';
      s.c.disconnect = { code: Number(m[1]), reason, line: ln.line };
      return /too many authentication failures/i.test(reason) ? 'too-many-auth-failures' : undefined;
    },
  },
  {
    kind: 'connect-failed',
    re: /dial tcp (?:\S+): (?:connect: )?(connection refused|i\/o timeout|connection timed out|no route to host|network is unreachable)$/,
    terminal: 'failure',
    error: true,
    apply: (_s, m) => socketError(m[1] ?? ''),
  },
  {
    kind: 'dns-failure',
    re: /dial tcp: lookup (\S+?)(?: on \S+)?: no such host$|getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (\S+)/,
    terminal: 'failure',
    error: true,
  },
  {
    kind: 'foreign-passphrase',
    re: /ssh: this private key is passphrase protected|Encrypted (?:private )?(?:OpenSSH )?key detected, but no passphrase given|PasswordRequiredException|private key file is encrypted/,
    terminal: 'failure',
    error: true,
  },
  {
    kind: 'foreign-key-format',
    re: /ssh: no key found$|ssh: unhandled key type|Cannot parse privateKey: |not a valid (?:RSA|DSA|EC|OPENSSH) private key file|invalid privatekey: /,
    terminal: 'failure',
    error: true,
  },
  // ------------------------------------------------------------------ paramiko, JSch, node ssh2
  {
    kind: 'foreign-auth-failed',
    re: /AuthenticationException: Authentication failed\.?$|JSchException: Auth (?:fail|cancel)$|All configured authentication methods failed$/,
    terminal: 'failure',
    error: true,
  },
  {
    kind: 'host-key-changed',
    re: /BadHostKeyException: Host key for server '?(.+?)'? does not match|JSchException: HostKey has been changed/,
    terminal: 'failure',
    error: true,
    apply: (s) => hostKeyStatus(s, 'changed'),
  },
  {
    kind: 'no-host-key-known',
    re: /SSHException: Server '?(.+?)'? not found in known_hosts|JSchException: UnknownHostKey: /,
    terminal: 'failure',
    error: true,
    apply: (s) => hostKeyStatus(s, 'unknown'),
  },
  {
    kind: 'negotiation-failed',
    re: /Incompatible ssh (?:peer|server) \(no acceptable (kex algorithm|host key|ciphers|macs|compression)\)|Handshake failed: no matching (key exchange algorithm|host key format|cipher|mac|compression)/i,
    terminal: 'failure',
    error: true,
    apply: (s, m, ln) => negotiation(s, m[1] ?? m[2] ?? '', '', ln.line),
  },
  {
    kind: 'connection-closed',
    re: /SSHException: Error reading SSH protocol banner|JSchException: Session\.connect: java\.net\.SocketException: Connection reset/,
    terminal: 'failure',
    error: true,
  },
  {
    kind: 'connect-failed',
    re: /NoValidConnectionsError: .*Unable to connect to port \d+ on (\S+)|java\.net\.ConnectException: (Connection refused|Connection timed out)|connect (ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH) \S+$|Timed out while waiting for handshake$/,
    terminal: 'failure',
    error: true,
    apply: (_s, m) => (m[1] !== undefined ? 'connection-refused' : socketError(m[2] ?? m[3] ?? 'timed out')),
  },
];
