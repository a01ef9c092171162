// Which authentication attempts really reached the server, telling missing default files from real keys.
import type { AuthAttempt } from '../report/connection.js';
import { baseName, eventsOf } from './facts.js';
import type { RuleContext } from './rule.js';

/** true/false when the evidence says whether the key file exists, null when it cannot tell. */
export function keyFileExists(ctx: RuleContext, path: string): boolean | null {
  const name = baseName(path);
  const k = ctx.report.keys.find((f) => f.path === path || f.name === name);
  if (k) return k.exists;
  if (ctx.report.sshDir.entries.some((e) => e.name === name)) return true;
  if (eventsOf(ctx, 'no-such-identity', 'identity-file-not-accessible').some((e) => e.text.includes(path)))
    return false;
  if (ctx.report.sshDir.entries.length > 0) return false;
  const id = ctx.report.connection.identityFiles.find((f) => f.path === path);
  return id ? id.type >= 0 : null;
}

/** An attempt that sent something: an offered public key, or a private key that exists and was tried. */
export function reachedServer(ctx: RuleContext, a: AuthAttempt): boolean {
  if (a.method === 'offer') return true;
  if (a.method !== 'private-key') return false;
  if (a.result === 'load-failed' || a.result === 'sign-failed') return false;
  return keyFileExists(ctx, a.key) === true && a.result === 'refused';
}

export function usableAttempts(ctx: RuleContext): AuthAttempt[] {
  return ctx.report.connection.authAttempts.filter((a) => reachedServer(ctx, a));
}

/** The log is verbose enough to show what was (not) offered. */
export function verboseAuth(ctx: RuleContext): boolean {
  const c = ctx.report.connection;
  return c.identityFiles.length > 0 || c.willAttempt.length > 0 || c.authMethodsCanContinue.length > 0;
}
