// An IdentityFile or `-i` names a file that does not exist, so the intended key was never offered.
import { denial, ev, eventsOf, failed, tildePath } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

const MISSING = /^(?:no such identity: (.+?): |Warning: Identity file (.+?) not accessible: )/;

export const ssh203: Rule = {
  id: 'SSH203',
  category: 'no_key_offered',
  severity: 'error',
  rank: RANK.keyNotOffered + 2,
  match(ctx) {
    if (!failed(ctx) || ctx.report.connection.authAttempts.some((a) => a.serverAccepted)) return undefined;
    const lines = eventsOf(ctx, 'identity-file-not-accessible', 'no-such-identity').filter(
      (e) => !/^debug\d: /.test(e.text) && !/ (?:Permission denied|Is a directory)\.?$/.test(e.text),
    );
    const first = lines[0];
    if (!first) return undefined;
    const path =
      MISSING.exec(first.text)
        ?.slice(1)
        .find((p) => p !== undefined) ?? '?';
    const typed = lines.some((e) => e.kind === 'identity-file-not-accessible');
    return {
      evidence: [...lines.slice(0, 2).map(ev), ...denial(ctx)],
      params: { path: tildePath(path) },
      rank: typed ? RANK.policyExplains + 5 : undefined,
    };
  },
};
