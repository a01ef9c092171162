// Every client message of the OpenSSH reference is recognised by itself: pasted alone, it is a known ssh line and,
// when it proves a cause, the report names that cause (with or without a `debugN: ` prefix where ssh prints one).

import { knownLineKind } from '../src/parse/ssh-verbose.js';
import { REFERENCE_MESSAGES } from './reference-messages.js';
import { reportFromTranscript } from './support/diagnose-support.js';

const CASES = REFERENCE_MESSAGES.map((r) => [`§${r.section} ${r.line}`, r] as const);

describe('reference messages alone', () => {
  it('covers every section of the reference client messages', () => {
    const sections = new Set(REFERENCE_MESSAGES.map((r) => r.section));
    for (const s of ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '1.11'])
      expect(sections).toContain(s);
  });

  it.each(CASES)('%s is a known ssh line', (_n, r) => {
    expect({ line: r.line, kind: knownLineKind(r.line) }).toEqual({ line: r.line, kind: expect.any(String) });
  });

  it.each(CASES.filter(([, r]) => r.expect !== 'known'))('%s gives its cause', (_n, r) => {
    const report = reportFromTranscript(`${r.line}\n`);
    expect({ line: r.line, cause: report.cause }).toEqual({ line: r.line, cause: r.expect });
    // `other` is expected only where a rule explains it (a bad config option has no category of its own).
    expect(report.findings.length).toBeGreaterThan(0);
    // The evidence quotes the pasted line itself.
    expect(report.findings.flatMap((f) => f.evidence.map((e) => e.text))).toContain(r.line);
  });

  it.each(CASES.filter(([, r]) => /^debug\d: /.test(r.line) && r.expect !== 'known'))(
    '%s gives the same cause without its debug prefix',
    (_n, r) => {
      const bare = r.line.replace(/^debug\d: /, '');
      expect({ line: bare, cause: reportFromTranscript(`${bare}\n`).cause }).toEqual({
        line: bare,
        cause: r.expect,
      });
    },
  );
});
