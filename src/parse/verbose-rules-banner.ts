// Line rules for the version exchange and for every way the connection ends early (close, reset, disconnect).
import { parseSoftwareVersion } from './ssh-version.js';
import { type LineRule, toInt } from './verbose-state.js';

export const bannerRules: readonly LineRule[] = [
  { kind: 'local-version', re: /^Local version string (.+)$/ },
  {
    kind: 'remote-version',
    re: /^Remote protocol version ([\d.]+), remote software version (.*)$/,
    apply: (s, m) => {
      s.c.serverVersion = { ...parseSoftwareVersion(m[2] ?? ''), protocol: m[1] ?? null };
    },
  },
  {
    kind: 'exchange-identification-closed',
    re: /^(?:ssh|kex)_exchange_identification: Connection closed by remote host$/,
    terminal: 'failure',
    error: true,
  },
  {
    kind: 'exchange-identification-reset',
    re: /^(?:ssh|kex)_exchange_identification: read: (.+)$/,
    terminal: 'failure',
    error: true,
  },
  { kind: 'server-pre-banner', re: /^(?:ssh|kex)_exchange_identification: banner line \d+: (.*)$/ },
  {
    kind: 'banner-timeout',
    re: /^Connection timed out during banner exchange$/,
    terminal: 'failure',
    error: true,
  },
  {
    kind: 'bad-protocol-banner',
    re: /^Bad remote protocol version identification: /,
    terminal: 'failure',
    error: true,
  },
  {
    kind: 'protocol-major-differ',
    re: /^Protocol major versions differ: /,
    terminal: 'failure',
    error: true,
  },
  {
    kind: 'banner-exchange-failed',
    re: /^banner exchange: Connection to /,
    terminal: 'failure',
    error: true,
  },
  {
    kind: 'connection-closed',
    re: /^Connection closed by (.+?)(?: port \d+)?$/,
    terminal: 'failure',
    error: true,
  },
  {
    kind: 'connection-reset',
    re: /^Connection reset by (.+?)(?: port \d+)?$/,
    terminal: 'failure',
    error: true,
  },
  { kind: 'packet-timeout', re: /^Connection to (.+) port \d+ timed out$/, terminal: 'failure', error: true },
  {
    kind: 'disconnect',
    re: /^Received disconnect from (.+?)(?: port \d+)?: ?(\d+): (.*?)(?: \[preauth\])?$/,
    terminal: 'failure',
    error: true,
    apply: (s, m, ln) => {
      const reason = m[3] ?? '';
      s.c.disconnect = { code: toInt(m[2]), reason, line: ln.line };
      if (/too many authentication failures/i.test(reason)) return 'too-many-auth-failures';
      // 14 = SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE: the server refused every method offered.
      if (m[2] === '14' || /no supported authentication methods/i.test(reason)) return 'foreign-auth-failed';
      return undefined;
    },
  },
  // A fatal error of the packet layer during kex or auth (the peer reset or garbled the connection).
  {
    kind: 'connection-reset',
    re: /^ssh_dispatch_run_fatal: Connection to (.+?): (Connection reset by peer|Broken pipe|message authentication code incorrect|Connection corrupted|Connection timed out|incomplete message|invalid format)$/,
    terminal: 'failure',
    error: true,
    apply: (_s, m) => (/timed out/.test(m[2] ?? '') ? 'packet-timeout' : undefined),
  },
  // The consequence of the `Received disconnect` line above, which stays the final error.
  { kind: 'disconnected', re: /^Disconnected from (.+)$/, terminal: 'failure' },
  { kind: 'mux-existing-master', re: /^auto-mux: Trying existing master/ },
  { kind: 'session-closed', re: /^Connection to (.+) closed(?: by remote host)?\.$/ },
  { kind: 'pq-warning', re: /^\*\* WARNING: connection is not using a post-quantum/ },
  { kind: 'pq-warning', re: /^\*\* /, quiet: true },
  {
    kind: 'notice',
    re: /^Pseudo-terminal will not be allocated|^Transferred: sent|^Bytes per second:|^The following connections are open:|^\s+#\d+ \S+ \(t\d+/,
    quiet: true,
  },
];
