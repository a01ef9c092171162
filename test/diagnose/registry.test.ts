// Every rule is complete: a catalogue entry, a doc page, a file named after it, and a case or fixture that fires it.
import { existsSync, readdirSync } from 'node:fs';
import { rediagnose } from '../../src/assemble/assemble-report.js';
import { EN } from '../../src/diagnose/catalogue/en.js';
import { RULES } from '../../src/diagnose/rules/index.js';
import { IPSL_PROFILE } from '../../src/profile/profile.js';
import { reportFor, reportFromTranscript } from '../support/diagnose-support.js';
import { loadFixtures } from '../support/fixture.js';
import * as network from './cases/ssh0xx-network.js';
import * as hostkeys from './cases/ssh1xx-hostkeys.js';
import * as agent from './cases/ssh2xx-agent.js';
import * as auth from './cases/ssh2xx-auth.js';
import * as local from './cases/ssh3xx-local.js';

const ROOT = new URL('../../', import.meta.url);
const IDS = RULES.map((r) => r.id);

describe('rule registry', () => {
  it('has unique ids grouped by family', () => {
    expect(new Set(IDS).size).toBe(IDS.length);
    for (const id of IDS) expect(id).toMatch(/^SSH[0-3]\d\d$/);
  });

  it.each(IDS)('%s has a catalogue entry, a doc page and a rule file', (id) => {
    expect(EN[id]?.title).toBeTruthy();
    expect(existsSync(new URL(`docs/rules/${id}.md`, ROOT))).toBe(true);
    const files = readdirSync(new URL('src/diagnose/rules/', ROOT));
    expect(files.some((f) => f.startsWith(`${id.toLowerCase()}-`) && !f.endsWith('.test.ts'))).toBe(true);
  });

  it('has no catalogue entry without a rule', () => {
    expect(Object.keys(EN).filter((id) => !IDS.includes(id))).toEqual([]);
  });

  it('fires every rule from a table case or a fixture', () => {
    const fired = new Set<string>();
    for (const c of [...network.fire, ...hostkeys.fire, ...auth.fire, ...agent.fire, ...local.fire])
      for (const f of reportFor(c).findings) fired.add(f.rule);
    const dir = new URL('fixtures', ROOT).pathname;
    for (const fx of existsSync(dir) ? loadFixtures(dir) : []) {
      for (const f of reportFromTranscript(fx.transcript).findings) fired.add(f.rule);
      if (fx.report) for (const f of rediagnose(fx.report, IPSL_PROFILE).findings) fired.add(f.rule);
    }
    expect(IDS.filter((id) => !fired.has(id))).toEqual([]);
  });
});
