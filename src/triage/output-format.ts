// Output formats as leaf renderers fed one entry at a time, so every format streams with flat memory.
import { addToSummary, type CauseSummary, emptySummary, renderSummary } from './cause-summary.js';
import { csvHeader, csvRow } from './render-csv.js';
import { renderTicketText } from './render-ticket-text.js';
import type { TriageEntry } from './ticket.js';

export const FORMATS = ['text', 'json', 'ndjson', 'csv'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** Turns entries into output chunks; `end` closes the document (json `]`, text summary). */
export interface FormatWriter {
  begin(): string;
  entry(entry: TriageEntry): string;
  end(): string;
  readonly summary: CauseSummary;
}

export function createFormatWriter(format: OutputFormat): FormatWriter {
  const summary = emptySummary();
  let n = 0;
  const count = (e: TriageEntry) => {
    addToSummary(summary, e);
    n += 1;
  };
  switch (format) {
    case 'json':
      return {
        summary,
        begin: () => '[',
        entry: (e) => {
          count(e);
          return `${n === 1 ? '\n' : ',\n'}${JSON.stringify(e)}`;
        },
        end: () => (n === 0 ? ']\n' : '\n]\n'),
      };
    case 'ndjson':
      return {
        summary,
        begin: () => '',
        entry: (e) => {
          count(e);
          return `${JSON.stringify(e)}\n`;
        },
        end: () => '',
      };
    case 'csv':
      return {
        summary,
        begin: csvHeader,
        entry: (e) => {
          count(e);
          return csvRow(e);
        },
        end: () => '',
      };
    case 'text':
      return {
        summary,
        begin: () => '',
        entry: (e) => {
          count(e);
          return renderTicketText(e, n);
        },
        end: () => renderSummary(summary),
      };
  }
}
