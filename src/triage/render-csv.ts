// The csv format, one row per ticket (RFC 4180 quoting), for spreadsheets: formula-like cells are defused.
import type { TriageEntry } from './ticket.js';

export const CSV_COLUMNS = [
  'source',
  'index',
  'message_id',
  'status',
  'login',
  'date',
  'client_version',
  'cause',
  'rules',
  'titles',
  'fix',
  'error',
  'reply',
] as const;

/** Quotes a cell when needed; a leading `= + - @` gets a `'` so a spreadsheet does not run it as a formula. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

export function csvRow(entry: TriageEntry): string {
  const s = entry.source;
  const base = { source: s.path, index: s.index, message_id: s.messageId, status: entry.status };
  const row: Record<(typeof CSV_COLUMNS)[number], string | number | null | undefined> =
    entry.status === 'error'
      ? {
          ...base,
          login: null,
          date: null,
          client_version: null,
          cause: null,
          rules: null,
          titles: null,
          fix: null,
          error: entry.error,
          reply: null,
        }
      : {
          ...base,
          login: entry.login,
          date: entry.date,
          client_version: entry.clientVersion,
          cause: entry.cause,
          rules: entry.findings.map((f) => f.rule).join(' '),
          titles: entry.findings.map((f) => f.title).join('\n'),
          fix: entry.findings
            .filter((f) => f.severity === 'error')
            .map((f) => [f.fix.text, ...f.fix.commands].join('\n'))
            .join('\n\n'),
          error: null,
          reply: entry.reply,
        };
  return `${CSV_COLUMNS.map((c) => csvCell(row[c])).join(',')}\r\n`;
}
