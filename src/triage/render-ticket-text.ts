// The text format: one block per ticket, what support reads before answering (escape sequences neutralised).
import type { Finding } from '../report/schema.js';
import { printableLine, printableText } from './sanitize.js';
import { sourceLabel, type TriageEntry } from './ticket.js';

function findingLines(f: Finding): string[] {
  const mark = f.severity === 'error' ? '✖' : f.severity === 'warning' ? '!' : 'i';
  // A category names a root cause: shown for errors only, as in the collect report.
  const lines = [`  ${mark} ${f.title} [${f.severity === 'error' ? `${f.rule}, ${f.category}` : f.rule}]`];
  if (f.evidence.length > 0) {
    lines.push('      Evidence:');
    for (const e of f.evidence) lines.push(`        ${e.source}:${e.line}  ${printableLine(e.text)}`);
  }
  lines.push(`      Fix: ${f.fix.text}`);
  for (const c of f.fix.commands) lines.push(`        ${c}`);
  return lines;
}

/** One ticket's block, numbered in reading order. */
export function renderTicketText(entry: TriageEntry, n: number): string {
  const head = `#${n} ${printableLine(sourceLabel(entry.source))}`;
  if (entry.status === 'error') return `${head}\n  ERROR: ${printableLine(entry.error)}\n\n`;
  const facts = [
    `login ${printableLine(entry.login ?? '?')}`,
    `date ${printableLine(entry.date ?? '?')}`,
    `client ${printableLine(entry.clientVersion ?? '?')}`,
    entry.kind,
  ];
  const lines = [head, `  ${facts.join(' · ')}`, `  cause: ${entry.cause}`];
  if (entry.redacted > 0)
    lines.push(`  (${entry.redacted} private key block(s) or secret(s) removed from the ticket)`);
  for (const f of entry.findings) lines.push(...findingLines(f));
  if (entry.reply !== undefined) {
    lines.push(
      '  Reply:',
      ...printableText(entry.reply)
        .split('\n')
        .map((l) => `    | ${l}`.trimEnd()),
    );
  }
  return `${lines.join('\n')}\n\n`;
}
