// Is the run going through a ProxyCommand/ProxyJump (or a nested ssh writing to the same stderr)?
import type { RuleContext } from './rule.js';

export const CLOSE_KINDS = [
  'exchange-identification-closed',
  'exchange-identification-reset',
  'connection-closed',
  'connection-reset',
  'banner-exchange-failed',
];

/**
 * A second client banner counts only before the run's final error: a pasted `ssh -V` after the log (the
 * legacy splitter keeps it in the ssh section) is not a nested ssh.
 */
export function proxied(ctx: RuleContext): boolean {
  const c = ctx.report.connection;
  if (c.proxy.command !== null || c.proxy.jump !== null) return true;
  const end = c.finalError?.line ?? Number.POSITIVE_INFINITY;
  return c.events.some(
    (e) =>
      (e.kind === 'nested-client-version' && e.line < end) ||
      // Only `ssh -W` (what ProxyJump runs) says this: the jump host would not forward to the target.
      e.kind === 'stdio-forwarding-failed' ||
      // `ssh -W` forwards on channel 0 (a session's own forwards come later): the jump host would not reach the target.
      (e.kind === 'channel-open-failed' && /^channel 0: /.test(e.text)) ||
      PROXY_PROGRAM.includes(e.kind) ||
      // ssh names the peer UNKNOWN port 65535 only when it talks through a ProxyCommand's pipes.
      (CLOSE_KINDS.includes(e.kind) && /\bUNKNOWN port 65535\b/.test(e.text)) ||
      // Without -v the typed command is the only trace of a jump: `ssh -J bastion host`, `-o ProxyJump=...`.
      (e.kind === 'command' && TYPED_PROXY.test(e.text)),
  );
}

/** The proxy program's own errors (verbose-rules-proxy.ts). */
const PROXY_PROGRAM = [
  'proxy-program-missing',
  'proxy-spawn-failed',
  'proxy-tunnel-refused',
  'proxy-connect-failed',
];

const TYPED_PROXY = /(?:^|[\s;&|])ssh\s(?:[^;&|]*\s)?(?:-J\s*\S|-o\s*["']?Proxy(?:Jump|Command)\b)/i;
