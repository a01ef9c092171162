// Output formats as leaf renderers fed one entry at a time, so every format streams with flat memory.
import { addToSummary, type CauseSummary, emptySummary, renderSummary } from './cause-summary.js';
import { csvHeader, csvRow } from './render-csv.js';
import { renderTicketText } from './render-ticket-text.js';
import type { RenderedTicket, TriagedTicket, TriageEntry } from './ticket.js';

export const FORMATS = ['text', 'json', 'ndjson', 'csv'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** Turns entries into output chunks; `end` closes the document (json `]`, text summary). */
export interface FormatWriter {
  begin(): string;
  /** An entry, or a ticket a worker thread already rendered with this format's `prerenderer`. */
  entry(entry: TriageEntry | RenderedTicket): string;
  end(): string;
  readonly summary: CauseSummary;
}

/**
 * The part of a diagnosed ticket's output that does not depend on its position in the run, so a worker thread can
 * render it and send only the text; null for a format that numbers its entries (text).
 */
export function prerenderer(format: OutputFormat): ((entry: TriagedTicket) => string) | null {
  switch (format) {
    case 'json':
    case 'ndjson':
      return (e) => JSON.stringify(e);
    case 'csv':
      return csvRow;
    case 'text':
      return null;
  }
}

export function createFormatWriter(format: OutputFormat): FormatWriter {
  const summary = emptySummary();
  let n = 0;
  const count = (e: TriageEntry | RenderedTicket) => {
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
          return `${n === 1 ? '\n' : ',\n'}${e.status === 'rendered' ? e.text : JSON.stringify(e)}`;
        },
        end: () => (n === 0 ? ']\n' : '\n]\n'),
      };
    case 'ndjson':
      return {
        summary,
        begin: () => '',
        entry: (e) => {
          count(e);
          return `${e.status === 'rendered' ? e.text : JSON.stringify(e)}\n`;
        },
        end: () => '',
      };
    case 'csv':
      return {
        summary,
        begin: csvHeader,
        entry: (e) => {
          count(e);
          return e.status === 'rendered' ? e.text : csvRow(e);
        },
        end: () => '',
      };
    case 'text':
      return {
        summary,
        begin: () => '',
        entry: (e) => {
          count(e);
          if (e.status === 'rendered')
            throw new Error('the text format numbers its entries: no prerendering');
          return renderTicketText(e, n);
        },
        end: () => renderSummary(summary),
      };
  }
}
