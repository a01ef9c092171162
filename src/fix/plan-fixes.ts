// From a diagnosed report to the fixes this machine can apply, best finding first. Pure: collect calls it to offer
// `ssh-doctor fix` before a ticket, `fix` calls it to know what to do.
import { contextFor } from '../diagnose/engine.js';
import { RULES } from '../diagnose/rules/index.js';
import type { Profile } from '../profile/profile.js';
import { IPSL_PROFILE } from '../profile/profile.js';
import type { Finding, Report } from '../report/schema.js';
import type { FixInput, FixPlan } from './fix.js';
import { FIXES } from './fixes.js';

/** Who would apply the fixes; defaults read from the report (the passwd home collect recorded). */
export interface FixTarget {
  home?: string;
  uid?: number | null;
  platform?: NodeJS.Platform;
}

/**
 * A private key seen in a pasted text or a ticket has leaked: nothing may go on using it. Such a report gets no
 * fix at all (the only fix is a new pair, registered anew), so no plan can keep the leaked key in use.
 */
export function keyLeaked(report: Report): boolean {
  return report.source.kind !== 'collect' && report.redactions.some((r) => r.kind.startsWith('private-key'));
}

/** One plan per finding that has a fix module and something to do (or a reason to stop), best finding first. */
export function planFixes(
  report: Report,
  profile: Profile = IPSL_PROFILE,
  target: FixTarget = {},
): FixPlan[] {
  const home = target.home ?? report.system.passwdHome;
  if (home === null || keyLeaked(report)) return [];
  const ctx = contextFor(report, profile);
  const plans: FixPlan[] = [];
  const seen = new Set<string>();
  for (const finding of report.findings) {
    const fix = FIXES.find((f) => f.rule === finding.rule);
    if (!fix) continue;
    const params = RULES.find((r) => r.id === finding.rule)?.match(ctx)?.params ?? {};
    const input: FixInput = {
      report,
      finding,
      params,
      profile,
      home,
      uid: target.uid ?? null,
      platform: target.platform ?? 'linux',
    };
    const plan = fix.plan(input);
    if (!plan) continue;
    // Two findings with one remedy (a permission seen in the log and in the listing) make one fix.
    const key = JSON.stringify(plan.steps);
    if (plan.steps.length > 0 && seen.has(key)) continue;
    seen.add(key);
    plans.push(plan);
  }
  return plans;
}

/** The findings `ssh-doctor fix` can repair on this machine (a plan with steps, not blocked). */
export function fixableFindings(report: Report, profile?: Profile, target?: FixTarget): Finding[] {
  const rules = new Set(
    planFixes(report, profile, target)
      .filter((p) => !p.blocked && p.steps.length > 0)
      .map((p) => p.rule),
  );
  return report.findings.filter((f) => rules.has(f.rule));
}

/** The failure's cause (its best-ranked error) can be repaired here: offer `fix` before a ticket. */
export function topCauseFixable(report: Report, profile?: Profile, target?: FixTarget): boolean {
  if (report.connection.outcome === 'success') return false;
  const top = report.findings.find((f) => f.severity === 'error');
  if (top === undefined) return false;
  // Two rules may name one cause (SSH202 and SSH311 for a key under another name): one fix covers both.
  return fixableFindings(report, profile, target).some(
    (f) => f.rule === top.rule || f.category === top.category,
  );
}
