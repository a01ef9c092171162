// Where the evidence shows the user has an RSA key (identity file lines, candidates, files, the .pub).
import type { EvidenceLine } from '../report/schema.js';
import { ev, eventsOf, keyTypeOf } from './facts.js';
import type { RuleContext } from './rule.js';

/** Lines proving an RSA key is available to ssh (empty when none is known). */
export function rsaKeyLines(ctx: RuleContext): EvidenceLine[] {
  const c = ctx.report.connection;
  const idLines = eventsOf(ctx, 'identity-file').filter((e) =>
    c.identityFiles.some((f) => f.keyType === 'RSA' && e.text.includes(`identity file ${f.path} type`)),
  );
  const candidates = eventsOf(ctx, 'will-attempt-key').filter((e) => /\sRSA\s/.test(e.text));
  const fromLog = [...idLines, ...candidates].map(ev);
  if (fromLog.length > 0) return fromLog;
  return ctx.lines('cat-pub').filter((l) => l.text.startsWith('ssh-rsa '));
}

/** Offered keys that are RSA. */
export function offeredRsa(ctx: RuleContext) {
  return ctx.report.connection.authAttempts.filter((a) => a.method === 'offer' && keyTypeOf(a) === 'RSA');
}
