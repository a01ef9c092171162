// Collect runs ssh with BatchMode: an encrypted key that is not in the agent cannot be used by that run.
import { attemptLine, baseName, failed } from '../facts.js';
import { privateKeys } from '../local-keys.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh206: Rule = {
  id: 'SSH206',
  category: 'passphrase_problem',
  severity: 'warning',
  rank: RANK.policy + 5,
  match(ctx) {
    const r = ctx.report;
    const argv = r.probes.find((p) => p.probe === 'ssh-vvv')?.argv ?? [];
    const batch = argv.some((a) => /BatchMode[= ]yes/i.test(a)) || r.config?.batchMode === true;
    if (!batch || r.connection.outcome === 'success') return undefined;
    const key = privateKeys(ctx).find((k) => k.file?.encrypted === true && k.file.inAgent !== true);
    if (!key) return undefined;
    const tried = r.connection.authAttempts.filter((a) => baseName(a.key) === key.name);
    const explains = failed(ctx) && tried.length > 0 && !tried.some((a) => a.result === 'refused');
    return {
      evidence: [...key.evidence, ...tried.slice(0, 2).flatMap((a) => attemptLine(ctx, a))],
      params: { key: key.path },
      ...(explains ? { severity: 'error' as const, rank: RANK.keyUse + 2 } : {}),
    };
  },
};
