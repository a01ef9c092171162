// Metamorphic suite of the paste reader: a transcript posted another way (prefixed, quoted, escaped, fenced, cut)
// keeps its cause, and its evidence still points at the same original lines, quoted as they are in the input.
import fc from 'fast-check';
import { redactText } from '../src/redact/redact-text.js';
import type { TriagedTicket } from '../src/triage/ticket.js';
import { allCases, type Case, textLines, triageText } from './paste/corpus.js';
import { compose, keepOnly, LINE_SHAPES, SHAPES, type Shape, type Shaped } from './paste/shapes.js';

const CASES = allCases();
const BASE = new Map<Case, TriagedTicket>();
function base(c: Case): TriagedTicket {
  let got = BASE.get(c);
  if (!got) {
    got = triageText(c.text, c.profile);
    BASE.set(c, got);
  }
  return got;
}

/** The finding that names the cause (the success finding for a success). */
function decisive(t: TriagedTicket) {
  return t.findings.find((f) => f.category === t.cause && (f.severity === 'error' || t.cause === 'success'));
}

/** Checks one shaped text against the unshaped one; returns a description of the first difference, or null. */
function differs(c: Case, shaped: Shaped, label: string): string | null {
  const text = shaped.lines.join('\n');
  const before = base(c);
  const after = triageText(text, c.profile);
  if (after.cause !== before.cause) return `${c.name} ${label}: cause ${before.cause} -> ${after.cause}`;
  // Triage quotes the text it read: the input after redaction (a private key block becomes one line).
  const input = textLines(redactText(text).text);
  for (const f of after.findings)
    for (const e of f.evidence)
      if (input[e.line - 1] !== e.text)
        return `${c.name} ${label}: ${f.rule} quotes line ${e.line} "${e.text}", not the input line`;
  const was = decisive(before);
  const now = after.findings.find((f) => f.rule === was?.rule);
  if (was && now) {
    const want = [...new Set(was.evidence.flatMap((e) => shaped.where[e.line - 1] ?? []))].sort(
      (a, b) => a - b,
    );
    const got = [...new Set(now.evidence.map((e) => e.line))].sort((a, b) => a - b);
    if (want.join() !== got.join())
      return `${c.name} ${label}: ${was.rule} evidence lines ${got} instead of ${want}`;
  }
  return null;
}

const lines = (c: Case) => textLines(c.text);
/** Automation wraps ssh's own output in JSON, never a pasted private key or the one-liner's other commands. */
const ONE_STRING = /^(?:ansible|json)/;
const fitsOneString = (c: Case) =>
  !/PRIVATE KEY|PuTTY-User-Key-File|^\S*[$#>] (?:ls|head|cat|ssh-add|uname)/m.test(c.text);
/** A JSON string holds ssh's lines once: an array of JSON strings inside another JSON string is not a paste. */
const fits = (c: Case, shape: Shape) =>
  !ONE_STRING.test(shape.name.split('+').at(-1) ?? '') ||
  (fitsOneString(c) && !shape.name.startsWith('json-array+'));

describe('paste metamorphic suite', () => {
  it('has cases of every origin', () => {
    const origins = new Set(CASES.map((c) => c.origin));
    expect([...origins].sort()).toEqual(['mangled', 'recorded', 'reference']);
  });

  it.each(SHAPES.map((s) => [s.name, s] as const))('one shape keeps cause and evidence: %s', (_n, shape) => {
    const problems: string[] = [];
    for (const c of CASES.filter((x) => x.origin !== 'mangled' && fits(x, shape))) {
      const d = differs(c, shape.apply(lines(c)), shape.name);
      if (d) problems.push(d);
    }
    expect(problems).toEqual([]);
  });

  it('two shapes composed keep cause and evidence', () => {
    fc.assert(
      fc.property(
        // A mangled ticket is already one shape (wrapped, reordered): compose on the unmangled cases.
        fc.constantFrom(...CASES.filter((x) => x.origin !== 'mangled')),
        fc.constantFrom(...LINE_SHAPES),
        fc.constantFrom<Shape>(...SHAPES),
        (c, inner, outer) => {
          if (inner.name === outer.name) return;
          const shape = compose(inner, outer);
          if (!fits(c, shape)) return;
          const d = differs(c, shape.apply(lines(c)), shape.name);
          if (d) throw new Error(d);
        },
      ),
      { numRuns: 400, seed: Number(process.env.PASTE_SEED) || undefined },
    );
  });

  /** The lines (0-based) the findings that name the cause quote (a message may need its neighbours to decide). */
  const decisiveLines = (c: Case) => {
    const t = base(c);
    return t.findings
      .filter((f) => f.category === t.cause && (f.severity === 'error' || t.cause === 'success'))
      .flatMap((f) => f.evidence.map((e) => e.line - 1));
  };
  const FRAGMENTS: [string, (c: Case, d: number[]) => (i: number) => boolean][] = [
    ['the tail from the decisive message', (_c, d) => (i) => i >= Math.min(...d)],
    ['the head up to the decisive message', (_c, d) => (i) => i <= Math.max(...d)],
    ['the first lines and the tail joined by [...]', (_c, d) => (i) => i < 3 || i >= Math.min(...d)],
  ];
  it.each(FRAGMENTS)('a fragment holding the decisive message keeps the cause: %s', (_n, keep) => {
    const problems: string[] = [];
    for (const c of CASES.filter((x) => x.origin !== 'mangled')) {
      const d = decisiveLines(c);
      if (d.length === 0) continue;
      const got = differs(c, keepOnly(lines(c), keep(c, d)), _n);
      if (got) problems.push(got);
    }
    expect(problems).toEqual([]);
  });
});
