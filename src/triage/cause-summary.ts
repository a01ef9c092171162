// The summary support asks for after a mailbox run: how many tickets per cause, and how many could not be read.
import type { Category } from '../report/categories.js';
import type { RenderedTicket, TriageEntry } from './ticket.js';

/** Counts kept while tickets stream by (no ticket is retained). */
export interface CauseSummary {
  tickets: number;
  failures: number;
  causes: Map<Category, number>;
}

export function emptySummary(): CauseSummary {
  return { tickets: 0, failures: 0, causes: new Map() };
}

export function addToSummary(summary: CauseSummary, entry: TriageEntry | RenderedTicket): void {
  if (entry.status === 'error') {
    summary.failures += 1;
    return;
  }
  summary.tickets += 1;
  summary.causes.set(entry.cause, (summary.causes.get(entry.cause) ?? 0) + 1);
}

/** Causes by count (then name), with their share of the triaged tickets. */
export function summaryRows(summary: CauseSummary): { cause: Category; count: number; share: number }[] {
  return [...summary.causes]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([cause, count]) => ({ cause, count, share: summary.tickets === 0 ? 0 : count / summary.tickets }));
}

/** The table printed after the tickets in text format. */
export function renderSummary(summary: CauseSummary): string {
  const rows = summaryRows(summary);
  const width = Math.max(22, ...rows.map((r) => r.cause.length));
  const line = (a: string, b: string, c: string) => `${a.padEnd(width)} ${b.padStart(7)} ${c.padStart(7)}`;
  const out = [
    `Summary: ${summary.tickets} ticket${summary.tickets === 1 ? '' : 's'} triaged, ${summary.failures} unreadable`,
    '',
    line('cause', 'tickets', 'share'),
    line('-'.repeat(width), '-------', '------'),
    ...rows.map((r) => line(r.cause, String(r.count), `${(r.share * 100).toFixed(1)}%`)),
    line('total', String(summary.tickets), summary.tickets > 0 ? '100.0%' : '-'),
  ];
  if (summary.failures > 0) out.push(line('(unreadable)', String(summary.failures), ''));
  return `${out.join('\n')}\n`;
}
