// Runs rule test tables: cases that must fire (with cause and evidence) and cases that must not.
import { type RuleCase, reportFor } from './diagnose-support.js';

export function describeRuleTable(title: string, fire: RuleCase[], quiet: RuleCase[]): void {
  describe(title, () => {
    it.each(fire.map((c) => [c.name, c] as const))('fires: %s', (_n, c) => {
      const report = reportFor(c);
      const finding = report.findings.find((f) => f.rule === c.rule);
      expect({
        rule: c.rule,
        fired: finding !== undefined,
        findings: report.findings.map((f) => f.rule),
      }).toMatchObject({
        rule: c.rule,
        fired: true,
      });
      if (c.cause) expect({ case: c.name, cause: report.cause }).toEqual({ case: c.name, cause: c.cause });
      for (const want of c.evidence ?? [])
        expect({ want, quoted: finding?.evidence.some((e) => e.text.includes(want)) }).toEqual({
          want,
          quoted: true,
        });
    });
    it.each(quiet.map((c) => [c.name, c] as const))('does not fire: %s', (_n, c) => {
      const report = reportFor(c);
      expect(report.findings.map((f) => f.rule)).not.toContain(c.rule);
      if (c.cause) expect(report.cause).toBe(c.cause);
    });
  });
}
