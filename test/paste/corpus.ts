// The cases the paste suite and bench/accuracy.mjs judge: recorded fixtures (fixtures/*/transcript.txt), the legacy
// tickets mangled from them (fixtures-triage/*), and the reference-built cases of src/diagnose/cases (written from
// shared/reference/openssh-messages.md, not copied from any post), each with the cause it must get.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_PROFILES, IPSL_PROFILE, type Profile } from '../../src/profile/profile.js';
import type { Category } from '../../src/report/categories.js';
import type { TriagedTicket } from '../../src/triage/ticket.js';
import { triageTicket } from '../../src/triage/triage-ticket.js';
import { PUBLIC_CASES } from '../diagnose/cases/public-style.js';
import { TICKET_CASES } from '../diagnose/cases/ticket-style.js';

export interface Case {
  name: string;
  /** `recorded`: a fixture transcript; `mangled`: a fixtures-triage ticket; `reference`: a reference-built case. */
  origin: 'recorded' | 'mangled' | 'reference';
  cause: Category;
  text: string;
  profile: Profile;
}

const REPO = new URL('../../', import.meta.url).pathname;

function recorded(root: string): Case[] {
  const fixtures = join(root, 'fixtures');
  if (!existsSync(fixtures)) return [];
  return readdirSync(fixtures)
    .filter(
      (s) =>
        existsSync(join(fixtures, s, 'expected.json')) && existsSync(join(fixtures, s, 'transcript.txt')),
    )
    .sort()
    .flatMap((s): Case[] => {
      const { cause } = JSON.parse(readFileSync(join(fixtures, s, 'expected.json'), 'utf8')) as {
        cause: Category;
      };
      const reportFile = join(fixtures, s, 'report.json');
      const id = existsSync(reportFile)
        ? ((JSON.parse(readFileSync(reportFile, 'utf8')) as { profile?: string }).profile ?? 'ipsl')
        : 'ipsl';
      const profile = BUILTIN_PROFILES[id] ?? IPSL_PROFILE;
      const base = { cause, profile };
      const own: Case = {
        ...base,
        name: s,
        origin: 'recorded',
        text: readFileSync(join(fixtures, s, 'transcript.txt'), 'utf8'),
      };
      const dir = join(root, 'fixtures-triage', s);
      const mangled = existsSync(dir)
        ? readdirSync(dir)
            .filter((f) => f.endsWith('.txt'))
            .sort()
            .map(
              (f): Case => ({
                ...base,
                name: `${s}/${f}`,
                origin: 'mangled',
                text: readFileSync(join(dir, f), 'utf8'),
              }),
            )
        : [];
      return [own, ...mangled];
    });
}

/** Every case with a known cause (fixtures read under `root`); reference cases with a known gap are left out. */
export function allCases(root: string = REPO): Case[] {
  const reference = [...PUBLIC_CASES, ...TICKET_CASES]
    .filter((c) => c.gap === undefined)
    .map(
      (c): Case => ({
        name: c.name,
        origin: 'reference',
        cause: c.cause,
        text: c.text,
        profile: IPSL_PROFILE,
      }),
    );
  return [...recorded(root), ...reference];
}

/** The `triage FILE` path over one text. */
export function triageText(text: string, profile: Profile = IPSL_PROFILE): TriagedTicket {
  const got = triageTicket(
    {
      source: { path: 'paste.txt', index: null, messageId: null },
      subject: null,
      date: null,
      body: { kind: 'text', text },
    },
    { profile, now: '2026-01-01T00:00:00.000Z' },
  );
  if (got.status !== 'ok') throw new Error(got.error);
  return got;
}

/** The lines of a text as the support person sees them (split at `\n`, CR removed). */
export function textLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((l) => l.replace(/\r+$/, ''));
}
