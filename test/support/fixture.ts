// Fixtures are the contract between the recorder and the golden tests: what each fixture dir holds and says.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { categorySchema } from '../../src/report/categories.js';
import { type Report, reportSchema } from '../../src/report/schema.js';

const common = {
  /** Equals the directory name. */
  scenario: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  description: z.string().min(1),
  /** The category the evidence supports (DESIGN.md cause categories). */
  cause: categorySchema,
  /** Substrings that must appear among the evidence lines of the report's findings. */
  evidence: z.array(z.string().min(1)).min(1),
  /** Why the label is what it is, when it is not obvious. */
  notes: z.string().optional(),
};

/** `expected.json` of a fixture recorded from a real ssh/sshd run (has report.json). */
export const recordedExpectedSchema = z.object({
  ...common,
  origin: z.literal('recorded'),
  recorded: z.object({
    /** `ssh -V` of the client that ran. */
    openssh: z.string(),
    /** Banner of the server, null when no SSH server answered. */
    server: z.string().nullable().optional(),
    /** ISO date of the recording. */
    date: z.string(),
  }),
});

/** `expected.json` of a transcript written from the reference document (older OpenSSH wording, other platforms). */
export const referenceExpectedSchema = z.object({
  ...common,
  origin: z.literal('reference'),
  /** Where the wording comes from; these were not recorded. */
  comment: z.string().min(1),
  /** The client the transcript imitates, e.g. `OpenSSH_7.4p1, OpenSSL 1.0.2k-fips  26 Jan 2017`. */
  openssh: z.string().optional(),
});

export const expectedSchema = z.discriminatedUnion('origin', [
  recordedExpectedSchema,
  referenceExpectedSchema,
]);
/** The content of a fixture's `expected.json`. */
export type ExpectedFixture = z.infer<typeof expectedSchema>;

/** One fixture directory, loaded and validated. */
export interface Fixture {
  name: string;
  dir: string;
  expected: ExpectedFixture;
  /** The full collect report (recorded fixtures only). */
  report?: Report;
  /** The probe outputs as a user would paste them (`$ title` then output, in the one-liner's order). */
  transcript: string;
}

/** Thrown when a fixture does not load; names the file and what is wrong. */
export class FixtureError extends Error {
  constructor(
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${message}`, options);
    this.name = 'FixtureError';
  }
}

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new FixtureError(file, 'not valid JSON', { cause });
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new FixtureError(file, z.prettifyError(parsed.error), { cause: parsed.error });
  return parsed.data;
}

/** Loads one fixture directory; throws a FixtureError when anything is missing or invalid. */
export function loadFixture(dir: string, name: string): Fixture {
  const expected = readJson(join(dir, 'expected.json'), expectedSchema);
  if (expected.scenario !== name) {
    throw new FixtureError(
      join(dir, 'expected.json'),
      `scenario "${expected.scenario}" differs from the directory name`,
    );
  }
  const transcriptFile = join(dir, 'transcript.txt');
  if (!existsSync(transcriptFile)) throw new FixtureError(transcriptFile, 'missing');
  const transcript = readFileSync(transcriptFile, 'utf8');
  const reportFile = join(dir, 'report.json');
  const hasReport = existsSync(reportFile);
  if (expected.origin === 'recorded' && !hasReport)
    throw new FixtureError(reportFile, 'missing (recorded fixture)');
  if (expected.origin === 'reference' && hasReport) {
    throw new FixtureError(reportFile, 'a reference transcript must not carry a report');
  }
  return {
    name,
    dir,
    expected,
    ...(hasReport ? { report: readJson(reportFile, reportSchema) } : {}),
    transcript,
  };
}

/** Every fixture under `dir` (one sub-directory each), sorted by name. */
export function loadFixtures(dir = 'fixtures'): Fixture[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort()
    .map((name) => loadFixture(join(dir, name), name));
}
