// When no rule names the cause, say what was read and why it did not decide, instead of a bare `other`.
import type { EvidenceLine } from '../../report/schema.js';
import { ev } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

/** Why nothing decided, as a phrase code of the catalogue. */
function why(hasLog: boolean, events: number, finalError: boolean): string {
  if (!hasLog) return 'no-ssh-log';
  if (finalError) return 'unknown-error';
  return events > 0 ? 'no-error-line' : 'no-ssh-line';
}

export const ssh099: Rule = {
  id: 'SSH099',
  category: 'other',
  severity: 'info',
  rank: RANK.info,
  onlyWhenUndecided: true,
  match(ctx) {
    const { connection: c, probes } = ctx.report;
    if (c.outcome === 'success') return undefined;
    const sections = probes.map((p) => p.probe);
    const hasLog = sections.includes('ssh-vvv');
    const evidence: EvidenceLine[] = [];
    const last = c.events.at(-1);
    if (last) evidence.push(ev(last));
    if (c.finalError && c.finalError.line !== last?.line) evidence.push(ev(c.finalError));
    return {
      evidence,
      params: {
        sections: sections.length > 0 ? sections.join(', ') : '-',
        sshLines: c.events.length,
        unknownLines: c.unknownLines.count,
        why: why(hasLog, c.events.length, c.finalError !== null),
      },
    };
  },
};
