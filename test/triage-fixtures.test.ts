// Legacy tickets mangled from recorded fixtures (scripts/make-legacy-tickets.mjs) must get the recorded cause.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_PROFILES, IPSL_PROFILE } from '../src/profile/profile.js';
import type { TicketInput } from '../src/triage/ticket.js';
import { triageTicket } from '../src/triage/triage-ticket.js';

const ROOT = new URL('..', import.meta.url).pathname;
const TICKETS = join(ROOT, 'fixtures-triage');
const FIXTURES = join(ROOT, 'fixtures');

interface Case {
  scenario: string;
  variant: string;
  file: string;
  expected: string;
  profile: string;
}

function cases(): Case[] {
  if (!existsSync(TICKETS)) return [];
  return readdirSync(TICKETS)
    .filter((s) => existsSync(join(FIXTURES, s, 'expected.json')))
    .sort()
    .flatMap((scenario) => {
      const expected = JSON.parse(readFileSync(join(FIXTURES, scenario, 'expected.json'), 'utf8')) as {
        cause: string;
      };
      const reportFile = join(FIXTURES, scenario, 'report.json');
      const report = existsSync(reportFile)
        ? (JSON.parse(readFileSync(reportFile, 'utf8')) as { profile?: string })
        : {};
      const profile = report.profile ?? 'ipsl';
      const unmangled = {
        scenario,
        variant: 'unmangled',
        file: join(FIXTURES, scenario, 'transcript.txt'),
        expected: expected.cause,
        profile,
      };
      const mangled = readdirSync(join(TICKETS, scenario))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => ({ ...unmangled, variant: f.replace(/\.txt$/, ''), file: join(TICKETS, scenario, f) }));
      return [unmangled, ...mangled];
    });
}

const ALL = cases();
const text = (file: string): TicketInput => ({
  source: { path: file, index: null, messageId: null },
  subject: null,
  date: null,
  body: { kind: 'text', text: readFileSync(file, 'utf8') },
});

describe('triage of mangled legacy tickets', () => {
  it('has tickets to check (run node scripts/make-legacy-tickets.mjs)', () => {
    expect(ALL.length).toBeGreaterThan(0);
  });

  it.each(ALL.map((c) => [`${c.scenario}/${c.variant}`, c] as const))(
    '%s gets the recorded cause',
    (_name, c) => {
      const got = triageTicket(text(c.file), {
        profile: BUILTIN_PROFILES[c.profile] ?? IPSL_PROFILE,
        now: '2026-01-01T00:00:00Z',
      });
      expect(got.status).toBe('ok');
      expect(got.status === 'ok' ? got.cause : got.error).toBe(c.expected);
      // Every quoted line is the ticket's line of that number as received (only its CR removed).
      const lines = readFileSync(c.file, 'utf8')
        .split('\n')
        .map((l) => l.replace(/\r+$/, ''));
      const quoted = got.status === 'ok' ? got.findings.flatMap((f) => f.evidence) : [];
      for (const e of quoted)
        expect({ line: e.line, text: e.text }).toEqual({ line: e.line, text: lines[e.line - 1] });
    },
  );

  it.each(ALL.filter((c) => c.variant === 'real-head').map((c) => [c.scenario, c] as const))(
    '%s: no private key line survives triage',
    (_name, c) => {
      const got = triageTicket(text(c.file), { profile: IPSL_PROFILE, now: '2026-01-01T00:00:00Z' });
      expect(JSON.stringify(got)).not.toMatch(/BEGIN [A-Z ]*PRIVATE KEY|b3BlbnNzaC1rZXktdjE|MIIEowIBAAK/);
    },
  );
});

describe('triage of recorded JSON reports', () => {
  const scenarios = existsSync(FIXTURES)
    ? readdirSync(FIXTURES).filter(
        (s) => existsSync(join(FIXTURES, s, 'report.json')) && existsSync(join(FIXTURES, s, 'expected.json')),
      )
    : [];
  it.each(scenarios.sort())('%s gets the recorded cause', (scenario) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, scenario, 'expected.json'), 'utf8')) as {
      cause: string;
    };
    const got = triageTicket(
      {
        source: { path: scenario, index: null, messageId: null },
        subject: null,
        date: null,
        body: { kind: 'report', json: readFileSync(join(FIXTURES, scenario, 'report.json'), 'utf8') },
      },
      { profile: IPSL_PROFILE, now: '2026-01-01T00:00:00Z' },
    );
    expect(got.status === 'ok' ? got.cause : got.error).toBe(expected.cause);
  });
});
