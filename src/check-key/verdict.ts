// A check's verdict and the exit code of a set of checks. Kept apart from check-result.ts (the zod schemas) so that
// collect, which checks id_rsa.pub, does not load zod.
import type { CheckResult, Verdict } from './check-result.js';
import type { Problem } from './problems.js';

/** rejected if any error, fixed if anything was corrected, else ok. */
export function verdictOf(problems: readonly Problem[]): Verdict {
  if (problems.some((p) => p.severity === 'error')) return 'rejected';
  if (problems.some((p) => p.severity === 'fix')) return 'fixed';
  return 'ok';
}

/** Exit code for a set of results: 2 if any rejected, 1 if any fixed or warned, else 0. */
export function exitCodeOf(results: readonly CheckResult[]): 0 | 1 | 2 {
  if (results.some((r) => r.verdict === 'rejected')) return 2;
  const warned = results.some((r) => r.problems.some((p) => p.severity === 'warning'));
  return results.some((r) => r.verdict === 'fixed') || warned ? 1 : 0;
}
