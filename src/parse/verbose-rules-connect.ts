// Line rules for the first phases of `ssh -v`: client banner, config files, resolve/connect, proxy.
import { parseSshVersion } from './ssh-version.js';
import { type LineRule, toInt } from './verbose-state.js';

/** The event kind of a connect error text (`Connection refused` → `connection-refused`). */
export function connectError(error: string): string {
  if (/refused/i.test(error)) return 'connection-refused';
  if (/timed out|temporarily unavailable/i.test(error)) return 'connect-timeout';
  if (/no route|unreachable/i.test(error)) return 'no-route';
  return 'connect-failed';
}

export const connectRules: readonly LineRule[] = [
  {
    kind: 'client-version',
    re: /^OpenSSH(?:_for_Windows)?_\d{1,3}\.\d{1,3}.*$/,
    level: 'plain',
    apply: (s, m) => {
      if (s.c.clientVersion === null) {
        s.c.clientVersion = parseSshVersion(m[0]);
        return;
      }
      // A second banner: a nested ssh (ProxyJump / ProxyCommand ssh -W) shares our stderr.
      s.c.proxy.nested = true;
      s.c.proxy.nestedClientVersions.push(m[0]);
      return 'nested-client-version';
    },
  },
  {
    kind: 'ssh-not-found',
    re: /(?:^|: )(?:ssh: (?:command )?not found|command not found: ssh)$|^'ssh' is not recognized/,
    level: 'plain',
    terminal: 'not-run',
    error: true,
  },
  {
    kind: 'config-file',
    re: /^Reading configuration data (.+)$/,
    apply: (s, m) => void s.c.configFiles.push(m[1] ?? ''),
  },
  {
    kind: 'config-applied',
    re: /^(.+) line (\d+): Applying options for (.+)$/,
    apply: (s, m) =>
      void s.c.appliedOptions.push({ file: m[1] ?? '', line: toInt(m[2]) ?? 0, pattern: m[3] ?? '' }),
  },
  {
    kind: 'bad-config-permissions',
    re: /^Bad owner or permissions on (.+)$/,
    terminal: 'failure',
    error: true,
  },
  { kind: 'bad-config-option', re: /: line \d+: Bad configuration option: /, error: true },
  {
    kind: 'bad-config-option',
    re: /: terminating, \d+ bad configuration options?$/,
    terminal: 'failure',
    error: true,
  },
  {
    kind: 'dns-failure',
    re: /^(?:ssh: )?Could not resolve hostname (.+?): (.+)$/,
    terminal: 'failure',
    error: true,
  },
  {
    kind: 'connecting',
    re: /^Connecting to (.+?) \[(.+)\] port (\d+)\.?$/,
    apply: (s, m) =>
      void s.c.connectAttempts.push({
        host: m[1] ?? null,
        address: m[2] ?? '',
        port: toInt(m[3]),
        result: 'unknown',
        error: null,
      }),
  },
  {
    kind: 'connect-address-failed',
    re: /^connect to address (\S+) port (\d+): (.+)$/,
    apply: (s, m) => {
      const a = s.c.connectAttempts.findLast((x) => x.address === m[1] && x.result === 'unknown');
      if (a) Object.assign(a, { result: 'failed', error: m[3] ?? null });
      else
        s.c.connectAttempts.push({
          host: null,
          address: m[1] ?? '',
          port: toInt(m[2]),
          result: 'failed',
          error: m[3] ?? null,
        });
    },
  },
  {
    kind: 'connection-established',
    re: /^Connection established\.?$/,
    apply: (s) => {
      const a = s.c.connectAttempts.findLast((x) => x.result === 'unknown');
      if (a) a.result = 'connected';
    },
  },
  {
    kind: 'connect-failed',
    re: /^(?:ssh: )?connect to host (.+) port (\d+): (.+)$/,
    terminal: 'failure',
    error: true,
    apply: (_s, m) => connectError(m[3] ?? ''),
  },
  {
    kind: 'proxy-command',
    re: /^Executing proxy (?:dialer )?command: (.+)$/,
    apply: (s, m) => {
      s.c.proxy.command = m[1] ?? null;
    },
  },
  {
    kind: 'proxy-jump',
    re: /^Setting implicit ProxyCommand from ProxyJump: (.+)$/,
    apply: (s, m) => {
      s.c.proxy.jump = m[1] ?? null;
    },
  },
  { kind: 'channel-open-failed', re: /^channel \d+: open failed: (.+)$/, error: true },
  {
    kind: 'stdio-forwarding-failed',
    re: /^stdio forwarding failed$|^Bad stdio forwarding specification '[^']*'/,
    terminal: 'failure',
    error: true,
  },
];
