import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { splitDebugPrefix } from './input-lines.js';
import { literalNeeds, meetsNeeds } from './regex-literals.js';
import { firstMatch, RULES } from './ssh-verbose.js';

/** Every line of the recorded logs and triage fixtures, debug prefix removed. */
function corpusBodies(): string[] {
  const files: string[] = [];
  const walk = (dir: URL) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(new URL(`${e.name}/`, dir));
      else if (/\.(log|txt)$/.test(e.name)) files.push(readFileSync(new URL(e.name, dir), 'utf8'));
    }
  };
  walk(new URL('../../test/data/ssh-verbose/', import.meta.url));
  walk(new URL('../../fixtures-triage/', import.meta.url));
  return files.flatMap((t) => t.split(/\r?\n/)).map((l) => splitDebugPrefix(l.replace(/^>+ ?/, '')).body);
}

/** Random strings and recorded lines with a random slice replaced by random text. */
function generatedLines() {
  const bodies = corpusBodies().filter((b) => b.length > 0);
  return fc.oneof(
    fc.string({ maxLength: 60 }),
    fc
      .tuple(fc.constantFrom(...bodies), fc.nat(), fc.nat(), fc.string({ maxLength: 8 }))
      .map(([b, i, j, s]) => {
        const a = i % (b.length + 1);
        const z = a + (j % (b.length + 1 - a));
        return b.slice(0, a) + s + b.slice(z);
      }),
  );
}

describe('literalNeeds', () => {
  it('reads prefixes and required substrings', () => {
    expect(literalNeeds(/^Authenticating to (.+):(\d+) as '(.*)'$/)).toEqual([
      { prefix: true, text: 'Authenticating to ' },
    ]);
    expect(literalNeeds(/^(.+) line (\d+): Applying options for (.+)$/)).toEqual([
      { prefix: false, text: ': Applying options for ' },
    ]);
    expect(literalNeeds(/^kex: algorithm: (\S+)$|^kex: (\S+) need=\d+/)).toEqual([
      { prefix: true, text: 'kex: algorithm: ' },
      { prefix: true, text: 'kex: ' },
    ]);
    expect(literalNeeds(/^@+$|^x?y/)).toEqual([
      { prefix: true, text: '@' },
      { prefix: false, text: 'y' },
    ]);
    expect(literalNeeds(/^\s*ssh-keygen -f "(.+)"/)).toEqual([{ prefix: false, text: 'ssh-keygen -f "' }]);
    expect(literalNeeds(/a\.b{2}c/)).toEqual([{ prefix: false, text: 'a.' }]);
    expect(literalNeeds(/^(?:a|b)c$/)).toEqual([
      { prefix: true, text: 'ac' },
      { prefix: true, text: 'bc' },
    ]);
    expect(literalNeeds(/^(?:a|b.)?c$/)).toEqual([{ prefix: false, text: 'c' }]);
    expect(literalNeeds(/^(?:a|\w)$/)).toBeNull();
    expect(literalNeeds(/abc/i)).toBeNull();
  });

  it('never rejects a line a rule matches (recorded lines)', () => {
    const bodies = corpusBodies();
    expect(bodies.length).toBeGreaterThan(1000);
    for (const { re } of RULES) {
      const needs = literalNeeds(re);
      for (const body of bodies)
        if (re.test(body))
          expect([re.source, body, meetsNeeds(needs, body)]).toEqual([re.source, body, true]);
    }
  });

  it('never rejects a line a rule matches (generated lines)', () => {
    const line = generatedLines();
    fc.assert(
      fc.property(line, (body) => {
        for (const { re } of RULES) if (re.test(body) && !meetsNeeds(literalNeeds(re), body)) return false;
        return true;
      }),
      { numRuns: 3000 },
    );
  });
});

describe('firstMatch (indexed rules)', () => {
  /** The plain loop the index replaces: every rule in order. */
  function naive(body: string, level: number): ReturnType<typeof firstMatch> {
    for (const rule of RULES) {
      if ((rule.level === 'debug' && level === 0) || (rule.level === 'plain' && level > 0)) continue;
      const m = rule.re.exec(body);
      if (!m) continue;
      const quoted = rule.unwrap === undefined ? undefined : m[rule.unwrap]?.trim();
      return (quoted ? naive(quoted, 0) : null) ?? { rule, m };
    }
    return null;
  }
  const same = (body: string, level: number) => {
    const a = firstMatch(body, level);
    const b = naive(body, level);
    return a?.rule === b?.rule && JSON.stringify(a?.m) === JSON.stringify(b?.m);
  };

  it('picks the same rule as trying them all (recorded lines)', () => {
    for (const body of corpusBodies())
      for (const level of [0, 1, 3]) expect([body, level, same(body, level)]).toEqual([body, level, true]);
  });

  it('picks the same rule as trying them all (generated lines)', () => {
    const line = generatedLines();
    fc.assert(
      fc.property(line, fc.constantFrom(0, 1, 2), (body, level) => same(body, level)),
      { numRuns: 5000 },
    );
  });
});
