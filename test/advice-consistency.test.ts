// Issue 14, part 4: over every recorded and reference scenario, the findings' commands and the fixes never make
// things worse (a new key while a usable one exists, a leaked key kept, host key checks off) nor contradict.
import { existsSync } from 'node:fs';
import { rediagnose } from '../src/assemble/assemble-report.js';
import { adviceProblems } from '../src/fix/advice-check.js';
import { planFixes } from '../src/fix/plan-fixes.js';
import { IPSL_PROFILE } from '../src/profile/profile.js';
import type { Report } from '../src/report/schema.js';
import { reportFromTranscript } from './support/diagnose-support.js';
import { loadFixtures } from './support/fixture.js';

const FIXTURES = existsSync('fixtures') ? loadFixtures('fixtures') : [];

/** Each fixture as collect saw it (when recorded) and as support receives it pasted (triage path). */
const CASES: [string, Report][] = FIXTURES.flatMap((f) => [
  ...(f.report ? [[`${f.name} (collect)`, rediagnose(f.report, IPSL_PROFILE)] as [string, Report]] : []),
  [`${f.name} (pasted)`, reportFromTranscript(f.transcript)] as [string, Report],
]);

function problemsOf(report: Report) {
  const home = report.system.passwdHome ?? '/home/user';
  return adviceProblems(report, planFixes(report, IPSL_PROFILE, { home }), IPSL_PROFILE, home);
}

describe('advice over every scenario', () => {
  it('has scenarios', () => {
    expect(CASES.length).toBeGreaterThan(30);
  });

  it.each(CASES)('%s: nothing harmful, nothing contradictory', (_name, report) => {
    expect(problemsOf(report)).toEqual([]);
  });
});

describe('the check itself fires', () => {
  const byName = (name: string) => {
    const hit = CASES.find(([n]) => n === name)?.[1];
    if (!hit) throw new Error(`no case ${name}`);
    return hit;
  };

  it('flags a new key while ~/.ssh/meso_rsa is usable', () => {
    const report = byName('key-nondefault-name (collect)');
    const [first] = report.findings;
    if (!first) throw new Error('no finding');
    const bad = {
      ...report,
      findings: [{ ...first, fix: { ...first.fix, commands: ['ssh-keygen -t rsa -b 4096'] } }],
    };
    expect(problemsOf(bad).map((p) => p.kind)).toEqual(['new-key-while-usable', 'contradiction']);
  });

  it('flags ssh-add of a file that does not exist, and a missing setup pointer, for a user with no key', () => {
    const report = byName('no-key-at-all (collect)');
    const bad = {
      ...report,
      findings: report.findings.map((f) => ({
        ...f,
        fix: { ...f.fix, commands: ['ssh-add ~/.ssh/id_rsa'] },
      })),
    };
    expect(problemsOf(bad).map((p) => p.kind)).toEqual(
      expect.arrayContaining(['missing-file', 'no-setup-pointer']),
    );
  });

  it('gives no fix for a key that leaked into a ticket', () => {
    const report = byName('key-mode-0644 (collect)');
    expect(planFixes(report, IPSL_PROFILE).length).toBeGreaterThan(0);
    const leaked: Report = {
      ...report,
      source: { kind: 'triage', name: 'ticket.eml' },
      redactions: [{ probe: 'ssh-vvv', kind: 'private-key', count: 1 }],
    };
    expect(planFixes(leaked, IPSL_PROFILE)).toEqual([]);
    expect(problemsOf(leaked)).toEqual([]);
  });

  it('flags options that turn host key checking off', () => {
    const report = byName('host-key-changed (collect)');
    const [first] = report.findings;
    if (!first) throw new Error('no finding');
    const bad = {
      ...report,
      findings: [{ ...first, fix: { ...first.fix, commands: ['ssh -o StrictHostKeyChecking=no x'] } }],
    };
    expect(problemsOf(bad).map((p) => p.kind)).toEqual(['disables-host-key-check']);
  });
});
