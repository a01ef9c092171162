// Golden test: every fixture (recorded collect report, or pasted legacy transcript) gets its expected cause,
// its expected evidence, and every evidence line quoted is really at that line of the input.
import { existsSync } from 'node:fs';
import { rediagnose } from '../src/assemble/assemble-report.js';
import { splitInputLines } from '../src/parse/input-lines.js';
import { IPSL_PROFILE } from '../src/profile/profile.js';
import { evidenceText } from '../src/report/evidence-text.js';
import type { Report } from '../src/report/schema.js';
import { legacyEvidence, reportFromTranscript } from './support/diagnose-support.js';
import { type Fixture, loadFixtures } from './support/fixture.js';

const FIXTURES = existsSync('fixtures') ? loadFixtures('fixtures') : [];

/** Lines of the original input by source: probes for a collect report, the whole transcript for triage. */
function inputLine(
  report: Report,
  transcript: string | null,
  source: string,
  line: number,
): string | undefined {
  if (transcript !== null) return splitInputLines(transcript)[line - 1]?.text;
  const probe = report.probes.find((p) => p.probe === source);
  if (!probe) return undefined;
  return evidenceText(probe).split('\n')[line - (probe.firstLine ?? 1)]?.replace(/\r+$/, '');
}

function checkReport(f: Fixture, report: Report, transcript: string | null): void {
  expect({ fixture: f.name, cause: report.cause }).toEqual({ fixture: f.name, cause: f.expected.cause });
  const quoted = report.findings.flatMap((x) => x.evidence.map((e) => e.text));
  for (const want of f.expected.evidence) {
    expect({ fixture: f.name, want, found: quoted.some((t) => t.includes(want)) }).toEqual({
      fixture: f.name,
      want,
      found: true,
    });
  }
  for (const finding of report.findings) {
    for (const e of finding.evidence) {
      const actual = inputLine(report, transcript, e.source, e.line);
      expect({ rule: finding.rule, line: e.line, text: actual }).toEqual({
        rule: finding.rule,
        line: e.line,
        text: e.text,
      });
    }
  }
}

describe('golden fixtures', () => {
  it('has fixtures to check', () => {
    expect(FIXTURES.length).toBeGreaterThan(0);
  });

  describe.each(FIXTURES.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    if (f.report) {
      const report = f.report;
      it('re-diagnosed collect report: cause and evidence', () => {
        checkReport(f, rediagnose(report, IPSL_PROFILE), null);
      });
    }
    it('pasted transcript (triage path): cause and evidence', () => {
      checkReport(f, reportFromTranscript(f.transcript), f.transcript);
    });
    it('legacy split finds the ssh log', () => {
      const probes = legacyEvidence(f.transcript).evidence.map((e) => e.probe);
      expect(probes).toContain('ssh-vvv');
    });
  });
});
