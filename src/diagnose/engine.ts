// Runs every rule over a report draft, turns matches into findings via the message catalogue, ranks them,
// and names the cause: the category of the best-ranked finding that explains the outcome.
import type { Profile } from '../profile/profile.js';
import type { Category } from '../report/categories.js';
import { evidenceText } from '../report/evidence-text.js';
import type { EvidenceLine, Finding } from '../report/schema.js';
import { type Catalogue, renderMessage } from './catalogue/catalogue.js';
import { catalogueFor } from './catalogue/select.js';
import type { ReportDraft, Rule, RuleContext } from './rule.js';
import { RULES } from './rules/index.js';

/**
 * Evidence must be lines of the input. A redaction placeholder (`[private key removed: ...]`) is not: it may
 * drive a rule (an unencrypted key was pasted) but is never quoted as proof.
 */
function isQuotable(line: EvidenceLine): boolean {
  return !line.text.includes('[private key removed');
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * A failed run through a jump host that authenticated there: the jump's key attempts (before its `Authenticated to`)
 * are not the target's, so rules judge only the attempts made after it.
 */
function targetView(report: ReportDraft): ReportDraft {
  const c = report.connection;
  if (c.outcome === 'success') return report;
  if (c.proxy.command === null && c.proxy.jump === null && !c.proxy.nested) return report;
  const jumpDone = c.events.filter((e) => e.kind === 'authenticated').at(-1);
  if (!jumpDone) return report;
  const authAttempts = c.authAttempts.filter((a) => a.line > jumpDone.line);
  return { ...report, connection: { ...c, authAttempts } };
}

export function contextFor(full: ReportDraft, profile: Profile): RuleContext {
  const report = targetView(full);
  const cache = new Map<string, EvidenceLine[]>();
  return {
    report,
    profile,
    lines(probe) {
      const hit = cache.get(probe);
      if (hit) return hit;
      const e = report.probes.find((p) => p.probe === probe);
      const first = e?.firstLine ?? 1;
      const lines = e
        ? evidenceText(e)
            .split('\n')
            .map((text, i) => ({ source: probe, line: first + i, text: text.replace(/\r$/, '') }))
        : [];
      if (lines.length > 0 && lines[lines.length - 1]?.text === '') lines.pop();
      cache.set(probe, lines);
      return lines;
    },
  };
}

/** Findings sorted best-first: errors before warnings, then by rule rank. */
export function rankFindings(findings: (Finding & { rank: number })[]): Finding[] {
  return findings
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.rank - b.rank)
    .map(({ rank: _rank, ...f }) => f);
}

/** Diagnoses a report draft, in the profile's language unless a catalogue is given. Pure. */
export function diagnose(
  report: ReportDraft,
  profile: Profile,
  rules: readonly Rule[] = RULES,
  catalogue: Catalogue = catalogueFor(profile.language),
): { findings: Finding[]; cause: Category } {
  const ctx = contextFor(report, profile);
  const found: (Finding & { rank: number })[] = [];
  let afterLogin: { category: Category; rank: number } | null = null;
  for (const rule of rules) {
    const m = rule.match(ctx);
    if (!m) continue;
    const category = m.category ?? rule.category;
    const rank = m.rank ?? rule.rank;
    if (m.overridesSuccess && (afterLogin === null || rank < afterLogin.rank))
      afterLogin = { category, rank };
    const msg = renderMessage(catalogue, rule.id, m.params ?? {});
    found.push({
      rule: rule.id,
      category,
      severity: m.severity ?? rule.severity,
      title: msg.title,
      explanation: msg.explanation,
      evidence: m.evidence.filter(isQuotable),
      fix: { text: msg.fix, commands: msg.commands },
      docs: `docs/rules/${rule.id}.md`,
      rank,
    });
  }
  const ranked = rankFindings(found);
  const top = ranked.find((f) => f.severity === 'error') ?? null;
  const outcome = report.connection.outcome;
  const cause: Category =
    outcome === 'success' ? (afterLogin?.category ?? 'success') : (top?.category ?? 'other');
  const undecided = new Set(rules.filter((r) => r.onlyWhenUndecided).map((r) => r.id));
  const findings = cause === 'other' ? ranked : ranked.filter((f) => !undecided.has(f.rule));
  return { findings, cause };
}
