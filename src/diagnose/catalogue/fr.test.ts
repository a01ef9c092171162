// The French catalogue mirrors the English one: same rules, same placeholders, same commands, translated texts.
import { describe, expect, it } from '@jest/globals';
import { PUBLIC_CASES } from '../../../test/diagnose/cases/public-style.js';
import { reportFromTranscript } from '../../../test/support/diagnose-support.js';
import { IPSL_PROFILE } from '../../profile/profile.js';
import { diagnose } from '../engine.js';
import { type RuleMessages, renderMessage } from './catalogue.js';
import { EN } from './en.js';
import { FR } from './fr.js';
import { catalogueFor } from './select.js';

const FIELDS = ['title', 'explanation', 'fix'] as const;

function placeholders(m: RuleMessages): string[] {
  const names = FIELDS.flatMap((f) => [...m[f].matchAll(/\{(\w+)\}/g)].map((x) => x[1] ?? ''));
  return [...new Set(names)].sort();
}

const ids = Object.keys(EN).sort();

describe('FR catalogue', () => {
  it('has exactly the rule ids of EN', () => {
    expect(Object.keys(FR).sort()).toEqual(ids);
  });

  it.each(ids)('%s: same placeholders, same commands, translated texts', (id) => {
    const en = EN[id] as RuleMessages;
    const fr = FR[id] as RuleMessages;
    expect(placeholders(fr)).toEqual(placeholders(en));
    expect(fr.commands ?? []).toEqual(en.commands ?? []);
    for (const f of FIELDS) expect(fr[f]).not.toBe(en[f]);
  });

  it('is picked by language, English by default', () => {
    expect(catalogueFor('fr')).toBe(FR);
    expect(catalogueFor('en')).toBe(EN);
    expect(catalogueFor(undefined)).toBe(EN);
  });
});

describe('diagnose in French', () => {
  const FR_PROFILE = { ...IPSL_PROFILE, language: 'fr' as const };
  /** One case per cause, so failures, warnings and successes are all rendered in French. */
  const sample = [
    ...new Map(PUBLIC_CASES.filter((c) => c.gap === undefined).map((c) => [c.cause, c] as const)).values(),
  ];

  it.each(sample.map((c) => [c.name, c] as const))(
    "%s: French findings with the English ones' rules",
    (_name, c) => {
      const en = reportFromTranscript(c.text, IPSL_PROFILE);
      const fr = reportFromTranscript(c.text, FR_PROFILE);
      expect(en.findings.length).toBeGreaterThan(0);
      expect(fr.findings.map((f) => f.rule)).toEqual(en.findings.map((f) => f.rule));
      expect(fr.cause).toBe(en.cause);
      for (const [i, f] of fr.findings.entries()) {
        const e = en.findings[i];
        expect(f.title).not.toBe(e?.title);
        expect(f.fix.commands).toEqual(e?.fix.commands);
      }
    },
  );

  it('diagnose() takes the catalogue from profile.language', () => {
    const timeout = PUBLIC_CASES.find((c) => c.name === 'git push: connect timed out (no -v)');
    const draft = reportFromTranscript(timeout?.text ?? '', IPSL_PROFILE);
    expect(draft.findings[0]?.rule).toBe('SSH003');
    expect(diagnose(draft, FR_PROFILE).findings[0]?.title).toBe(
      'La connexion à github.com sur le port 22 a expiré',
    );
    expect(diagnose(draft, IPSL_PROFILE).findings[0]?.title).toBe(draft.findings[0]?.title);
  });
});

describe('phrases passed as codes', () => {
  it('render in the catalogue language, never as the code or in English', () => {
    const params = { host: 'h', phase: 'before-banner' };
    expect(renderMessage(EN, 'SSH006', params).title).toContain('before the SSH banner');
    expect(renderMessage(FR, 'SSH006', params).title).toContain('avant la bannière SSH');
    const official = {
      official: 'official-mismatch',
      host: 'h',
      file: 'f',
      line: 1,
      fingerprint: 'SHA256:x',
    };
    expect(renderMessage(FR, 'SSH101', official).explanation).toContain('ne correspond PAS');
    expect(renderMessage(EN, 'SSH101', official).explanation).toContain('does NOT match');
  });
});
