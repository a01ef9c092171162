// The log lines around each piece of evidence, so a reader sees a finding's proof in its place in the log.
import { evidenceText } from '../../report/evidence-text.js';
import type { EvidenceLine, Report } from '../../report/schema.js';

/** A run of consecutive lines of one source, with the lines that are evidence marked. */
export interface Excerpt {
  source: string;
  lines: { line: number; text: string; hit: boolean }[];
}

const RADIUS = 3;
/** Enough to show the proof of any finding; a 10,000-line log is not copied into the page. */
const MAX_LINES = 200;

/** Lines of each probe of the report, numbered as evidence numbers them. */
function probeLines(report: Pick<Report, 'probes'>, source: string): string[] | null {
  const p = report.probes.find((e) => e.probe === source);
  if (!p) return null;
  const lines = evidenceText(p).split('\n');
  return [...new Array<string>((p.firstLine ?? 1) - 1).fill(''), ...lines];
}

/** Excerpts around the evidence lines, merged per source; evidence from a source the report lacks stands alone. */
export function excerptsFor(report: Pick<Report, 'probes'>, evidence: readonly EvidenceLine[]): Excerpt[] {
  const bySource = new Map<string, EvidenceLine[]>();
  for (const e of evidence) bySource.set(e.source, [...(bySource.get(e.source) ?? []), e]);
  const out: Excerpt[] = [];
  for (const [source, hits] of bySource) {
    const all = probeLines(report, source);
    const hitLines = new Set(hits.map((h) => h.line));
    if (all === null) {
      out.push({ source, lines: hits.map((h) => ({ line: h.line, text: h.text, hit: true })) });
      continue;
    }
    const wanted = new Set<number>();
    for (const n of hitLines)
      for (let i = Math.max(1, n - RADIUS); i <= Math.min(all.length, n + RADIUS); i++) wanted.add(i);
    const numbers = [...wanted].sort((a, b) => a - b).slice(0, MAX_LINES);
    let current: Excerpt | null = null;
    for (const n of numbers) {
      const previous = current?.lines.at(-1)?.line;
      if (current === null || previous === undefined || n !== previous + 1) {
        current = { source, lines: [] };
        out.push(current);
      }
      current.lines.push({ line: n, text: all[n - 1] ?? '', hit: hitLines.has(n) });
    }
  }
  return out;
}
