// The RSA key size the evidence shows (the .pub first: it is what the user registers).
import { offeredRsa } from './rsa-keys.js';
import type { RuleContext } from './rule.js';
import { type TypedKey, userKeys } from './user-keys.js';

export function rsaWithBits(ctx: RuleContext): TypedKey | undefined {
  return userKeys(ctx).find((k) => k.type === 'RSA' && k.bits !== null);
}

/** The RSA key was offered and refused, and the run failed on it. */
export function rsaRefused(ctx: RuleContext): boolean {
  const c = ctx.report.connection;
  return (
    c.permissionDenied !== null && offeredRsa(ctx).length > 0 && !c.authAttempts.some((a) => a.serverAccepted)
  );
}
