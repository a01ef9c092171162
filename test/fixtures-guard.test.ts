// Guards the fixtures: every one loads and validates, labels are real categories resting on text that is really
// there, recorded reports hold every probe, and no file holds a private key.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findSecrets } from '../src/redact/find-secrets.js';
import { CATEGORIES } from '../src/report/categories.js';
import { PROBE_IDS } from '../src/report/evidence.js';
import { loadFixtures } from './support/fixture.js';

const DIR = resolve(import.meta.dirname, '../fixtures');
const fixtures = loadFixtures(DIR);
const recorded = fixtures.filter((f) => f.expected.origin === 'recorded');
const reference = fixtures.filter((f) => f.expected.origin === 'reference');

/** Every recorded report holds every probe collect runs. */
const REQUIRED_PROBES = PROBE_IDS;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('fixtures', () => {
  it('has at least 20 recorded scenarios and 4 reference transcripts', () => {
    expect(recorded.length).toBeGreaterThanOrEqual(20);
    expect(reference.length).toBeGreaterThanOrEqual(4);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s names a valid category', (_name, f) => {
    expect(CATEGORIES).toContain(f.expected.cause);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s: every evidence substring is in the transcript',
    (_n, f) => {
      const missing = f.expected.evidence.filter((e) => !f.transcript.includes(e));
      expect(missing).toEqual([]);
    },
  );

  it.each(recorded.map((f) => [f.name, f] as const))('%s: the report holds every probe', (_name, f) => {
    const probes = new Set(f.report?.probes.map((p) => p.probe));
    expect(REQUIRED_PROBES.filter((p) => !probes.has(p))).toEqual([]);
  });

  it.each(reference.map((f) => [f.name, f] as const))(
    '%s: has no report and says where it comes from',
    (_n, f) => {
      expect(f.report).toBeUndefined();
      expect(f.expected.origin === 'reference' && f.expected.comment).toMatch(/openssh-messages\.md/);
    },
  );

  it.each(filesUnder(DIR).map((file) => [file.slice(DIR.length + 1), file] as const))(
    '%s holds no private key or secret',
    (_rel, file) => {
      const text = readFileSync(file, 'utf8');
      expect(findSecrets(text)).toEqual([]);
      expect(text).not.toContain('PRIVATE KEY-----');
      expect(text).not.toContain('b3BlbnNzaC1rZXktdjEA');
      expect(text).not.toMatch(/PuTTY-User-Key-File-\d/);
    },
  );
});
