// The commands of the support one-liner (and a few more), as argv arrays, in the one-liner's order.
import type { ProbeId } from '../report/evidence.js';

/** Everything the probe commands need to know. */
export interface ProbeContext {
  login: string;
  host: string;
  port: number;
  /** The home ssh uses for `~` (passwd entry), not `$HOME`. */
  home: string;
  /** A private copy of the user's known_hosts: ssh may add to it, the user's file is never touched. */
  knownHostsCopy: string;
  /** ConnectTimeout for ssh, seconds. */
  connectTimeoutSec: number;
  /** `collect --interactive`: ssh may ask for a key passphrase on the terminal (and nothing else). */
  interactive?: boolean;
}

/** One external probe: the one-liner command it stands for and the argv actually run. */
export interface CommandProbe {
  probe: ProbeId;
  title: string;
  argv: string[];
  /** See CommandSpec.stopAfterLine. */
  stopAfterLine?: (line: string) => boolean;
  /** Needs our controlling terminal (see CommandSpec.detached). */
  usesTerminal?: boolean;
}

/**
 * Options that make `ssh` safe to run unattended: never prompt, never wait forever, never touch user files. With
 * `--interactive` the only prompt left is a key's passphrase (no password or keyboard-interactive login).
 */
export function sshSafetyOptions(ctx: ProbeContext): string[] {
  return [
    '-o',
    ctx.interactive ? 'BatchMode=no' : 'BatchMode=yes',
    ...(ctx.interactive ? ['-o', 'PreferredAuthentications=publickey'] : []),
    '-o',
    `ConnectTimeout=${ctx.connectTimeoutSec}`,
    '-o',
    'StrictHostKeyChecking=accept-new',
    '-o',
    `UserKnownHostsFile=${ctx.knownHostsCopy}`,
    '-o',
    'ControlMaster=no',
    '-o',
    'ControlPath=none',
    '-o',
    'ServerAliveInterval=5',
    '-o',
    'ServerAliveCountMax=2',
    '-p',
    String(ctx.port),
  ];
}

/**
 * ssh's success line for the destination itself, `Authenticated to HOST (...)` (every version since 7.x), and
 * not the one of a ProxyJump hop (whose ssh shares the stderr). After it, ssh -vvv would only open a session:
 * collect ends it there, so no shell starts on the cluster. Another wording (a HostName alias, say) just lets
 * ssh run `exit` to the end.
 */
export function isAuthenticatedTo(host: string): (line: string) => boolean {
  const prefix = `authenticated to ${host.toLowerCase()} (`;
  return (line) => line.toLowerCase().startsWith(prefix);
}

/** The destination argument; always placed after `--`. */
export function destination(ctx: ProbeContext): string {
  return `${ctx.login}@${ctx.host}`;
}

export function commandProbes(ctx: ProbeContext): CommandProbe[] {
  const ssh = `${ctx.home}/.ssh`;
  return [
    { probe: 'uname', title: 'uname -a', argv: ['uname', '-a'] },
    { probe: 'ls-ssh', title: 'ls -al $HOME/.ssh', argv: ['ls', '-al', ssh] },
    { probe: 'ssh-add-l', title: 'ssh-add -l', argv: ['ssh-add', '-l'] },
    { probe: 'ssh-add-L', title: 'ssh-add -L', argv: ['ssh-add', '-L'] },
    { probe: 'cat-pub', title: 'cat $HOME/.ssh/id_rsa.pub', argv: ['cat', `${ssh}/id_rsa.pub`] },
    { probe: 'date', title: 'date', argv: ['date'] },
    {
      probe: 'ssh-vvv',
      title: `ssh -vvv ${destination(ctx)}`,
      argv: ['ssh', '-vvv', ...sshSafetyOptions(ctx), '-T', '--', destination(ctx), 'exit'],
      stopAfterLine: isAuthenticatedTo(ctx.host),
      ...(ctx.interactive ? { usesTerminal: true } : {}),
    },
    { probe: 'ssh-version', title: 'ssh -V', argv: ['ssh', '-V'] },
    {
      probe: 'ssh-config',
      title: `ssh -G ${destination(ctx)}`,
      argv: ['ssh', '-G', ...sshSafetyOptions(ctx), '-T', '--', destination(ctx)],
    },
  ];
}
