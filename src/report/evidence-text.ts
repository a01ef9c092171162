// The text of one probe as rules quote it. Kept apart from evidence.ts (the zod schemas): collect's report code
// must not load zod.
import type { RawEvidence } from './evidence.js';

/** The text rules quote from: stdout then stderr (ssh writes its log to stderr). Line numbers count in this. */
export function evidenceText(e: Pick<RawEvidence, 'stdout' | 'stderr'>): string {
  if (e.stdout.length === 0) return e.stderr;
  if (e.stderr.length === 0) return e.stdout;
  return e.stdout.endsWith('\n') ? e.stdout + e.stderr : `${e.stdout}\n${e.stderr}`;
}
