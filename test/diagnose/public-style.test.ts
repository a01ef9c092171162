// Public-style transcripts (forum posts, bug reports, pasted tickets) through the same path as `triage FILE`:
// the cause a support engineer would give, and every evidence line quoted verbatim from the input.
import { splitInputLines } from '../../src/parse/input-lines.js';
import { IPSL_PROFILE } from '../../src/profile/profile.js';
import { redactText } from '../../src/redact/redact-text.js';
import { triageTicket } from '../../src/triage/triage-ticket.js';
import { type PublicCase, PUBLIC_CASES as STYLE_CASES } from './cases/public-style.js';
import { TICKET_CASES } from './cases/ticket-style.js';

const PUBLIC_CASES = [...STYLE_CASES, ...TICKET_CASES];

function triage(c: PublicCase) {
  const got = triageTicket(
    {
      source: { path: `${c.name}.txt`, index: null, messageId: null },
      subject: null,
      date: null,
      body: { kind: 'text', text: c.text },
    },
    { profile: IPSL_PROFILE, now: '2026-01-01T00:00:00.000Z' },
  );
  if (got.status !== 'ok') throw new Error(got.error);
  return got;
}

function checkCause(c: PublicCase): void {
  expect({ case: c.name, cause: triage(c).cause }).toEqual({ case: c.name, cause: c.cause });
}

/** Evidence quotes the text triage diagnoses: the input after redaction (a private key block becomes one line). */
function checkEvidence(c: PublicCase): void {
  const got = triage(c);
  const input = splitInputLines(redactText(c.text).text);
  for (const f of got.findings)
    for (const e of f.evidence)
      expect({ rule: f.rule, line: e.line, text: input[e.line - 1]?.text }).toEqual({
        rule: f.rule,
        line: e.line,
        text: e.text,
      });
  const quoted = got.findings.flatMap((f) => f.evidence.map((e) => e.text));
  for (const want of c.evidence ?? [])
    expect({ want, quoted: quoted.some((q) => q.includes(want)) }).toEqual({ want, quoted: true });
}

const rows = PUBLIC_CASES.map((c) => [`${c.cause}: ${c.name}`, c] as const);

describe('public-style transcripts through triage', () => {
  it('has a varied table', () => {
    expect(PUBLIC_CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(PUBLIC_CASES.map((c) => c.name)).size).toBe(PUBLIC_CASES.length);
    expect(new Set(PUBLIC_CASES.map((c) => c.cause)).size).toBeGreaterThanOrEqual(20);
  });

  it.each(rows.filter(([, c]) => c.gap?.fails !== 'cause'))('cause: %s', (_n, c) => checkCause(c));
  it.each(rows.filter(([, c]) => c.gap?.fails !== 'evidence'))('evidence: %s', (_n, c) => checkEvidence(c));

  // Known defects outside src/diagnose (see each case's `gap`): these fail today; when one passes, drop its gap.
  const gaps = rows.filter(([, c]) => c.gap !== undefined);
  it.failing.each(gaps)('known gap: %s', (_n, c) =>
    c.gap?.fails === 'cause' ? checkCause(c) : checkEvidence(c),
  );
});
