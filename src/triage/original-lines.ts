// The parsers read the paste reader's clean logical lines; support must see what the user sent. Map every line
// the ticket quotes back to the physical line it came from, and quote that line as it was.
import type { PastedText } from '../parse/paste/read-paste.js';
import type { Report } from '../report/schema.js';

interface Quoted {
  line: number;
  text: string;
}

/** `q.line` is 1-based in the reader's logical text: the physical line's number and its original text. */
function original<T extends Quoted>(paste: PastedText, q: T): T {
  const at = paste.lines[q.line - 1];
  if (!at) return q;
  return { ...q, line: at.line, text: paste.physical[at.line - 1] ?? q.text };
}

/** Two logical lines of one physical line (an escaped JSON string) quote it once. */
function onceEach<T extends Quoted & { source: string }>(list: readonly T[], paste: PastedText): T[] {
  const seen = new Set<string>();
  return list
    .map((item) => original(paste, item))
    .filter((o) => {
      const key = `${o.source}:${o.line}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The report with its findings' evidence and final error quoting the original physical lines. */
export function quoteOriginalLines(report: Report, paste: PastedText): Report {
  const c = report.connection;
  return {
    ...report,
    findings: report.findings.map((f) => ({ ...f, evidence: onceEach(f.evidence, paste) })),
    connection: { ...c, finalError: c.finalError ? original(paste, c.finalError) : null },
  };
}
