// Sysadmin mode: checks every key of received files, flags the same key under several entries (shared or
// re-sent keys) and counts verdicts. Pure: the CLI reads the files and passes their text.
import type { KeyPolicy } from '../profile/profile.js';
import { splitEntries } from './batch-entries.js';
import { checkPublicKeyText } from './check-public-key.js';
import type { BatchEntry, BatchResult, BatchSummary } from './check-result.js';
import { problem } from './problems.js';

/** One file's name (as shown in the report) and text. */
export interface BatchSource {
  file: string;
  text: string;
}

function refOf(e: BatchEntry): string {
  return `${e.source.file}:${e.source.line}`;
}

/** Adds `duplicateOf` and a duplicate-key warning to entries that share a key (same blob = same fingerprint). */
function markDuplicates(entries: BatchEntry[]): BatchEntry[] {
  const byKey = new Map<string, BatchEntry[]>();
  for (const e of entries) {
    const fp = e.result.key?.fingerprint;
    if (fp) byKey.set(fp, [...(byKey.get(fp) ?? []), e]);
  }
  return entries.map((e) => {
    const fp = e.result.key?.fingerprint;
    const others = (fp ? (byKey.get(fp) ?? []) : []).filter((o) => o !== e).map(refOf);
    if (others.length === 0) return e;
    const shown = others.slice(0, 3).join(', ') + (others.length > 3 ? ', ...' : '');
    const dup = problem('duplicate-key', `also at ${shown}`);
    return { ...e, duplicateOf: others, result: { ...e.result, problems: [...e.result.problems, dup] } };
  });
}

function summarize(entries: readonly BatchEntry[]): BatchSummary {
  const count = (v: string) => entries.filter((e) => e.result.verdict === v).length;
  return {
    total: entries.length,
    ok: count('ok'),
    fixed: count('fixed'),
    rejected: count('rejected'),
    duplicates: entries.filter((e) => e.duplicateOf.length > 0).length,
  };
}

/** Checks every key of every source; a private key in a received file is a leak (origin `pasted`). */
export function checkBatch(sources: readonly BatchSource[], policy: KeyPolicy): BatchResult {
  const entries: BatchEntry[] = sources.flatMap((s) =>
    splitEntries(s.file, s.text, policy).map((raw) => {
      const result = checkPublicKeyText(raw.text, policy, { origin: 'pasted' });
      return {
        source: { file: raw.file, line: raw.line },
        label: result.key?.comment ?? null,
        result,
        duplicateOf: [],
      };
    }),
  );
  const marked = markDuplicates(entries);
  return { entries: marked, summary: summarize(marked) };
}
