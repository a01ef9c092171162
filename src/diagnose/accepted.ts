// Keys the server accepted (`Server accepts key`) that the client then failed to use.
import type { AuthAttempt } from '../report/connection.js';
import type { EvidenceLine } from '../report/schema.js';
import { attemptLine, ev, eventsOf, noTtyLines } from './facts.js';
import type { RuleContext } from './rule.js';

/**
 * Accepted by the server but never signed, whatever the reason. A key followed by `Authenticated ... with partial
 * success` was used: the server then asked for another method (AuthenticationMethods), which is what failed.
 */
export function acceptedNotUsed(ctx: RuleContext): AuthAttempt[] {
  const partial = eventsOf(ctx, 'partial-success').map((e) => e.line);
  const attempts = ctx.report.connection.authAttempts;
  return attempts.filter((a, i) => {
    if (!a.serverAccepted) return false;
    const next = attempts[i + 1]?.line ?? Number.POSITIVE_INFINITY;
    return !partial.some((line) => line > a.line && line < next);
  });
}

/** The attempt line and its `Server accepts key` line. */
export function acceptedLines(ctx: RuleContext, a: AuthAttempt): EvidenceLine[] {
  const accept = eventsOf(ctx, 'server-accepts-key').find((e) => e.line > a.line);
  return [...attemptLine(ctx, a), ...(accept ? [ev(accept)] : [])];
}

/** The /dev/tty line is about a passphrase (not the host key question) when it comes after authentication began. */
export function passphraseTtyLines(ctx: RuleContext) {
  // A pasted fragment without any auth line: the tty read is a passphrase's unless a host key question is there.
  // (or the password's, when the final denial offers no publickey: `Permission denied (password)`).
  const denied = ctx.report.connection.permissionDenied;
  const question =
    eventsOf(ctx, 'host-key-unknown', 'server-host-key').length > 0 ||
    (denied !== null && denied.methods.length > 0 && !denied.methods.includes('publickey'));
  const authStart =
    eventsOf(ctx, 'auth-methods', 'next-auth-method', 'offering-key', 'trying-private-key')[0]?.line ??
    (question ? Infinity : 0);
  const methods = eventsOf(ctx, 'next-auth-method');
  // After `Next authentication method: password` (or keyboard-interactive) the failed tty read is the password
  // prompt of a run without BatchMode, not a key passphrase.
  const askingPassword = (line: number) =>
    /\b(?:password|keyboard-interactive)\s*$/.test(methods.filter((m) => m.line < line).at(-1)?.text ?? '');
  return [...noTtyLines(ctx), ...eventsOf(ctx, 'askpass-failed')]
    .filter((e) => e.line > authStart && !askingPassword(e.line))
    .sort((a, b) => a.line - b.line);
}
