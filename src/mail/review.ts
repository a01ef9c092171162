// What the user sees before saying yes: the exact headers and body, the attachments, and what was removed.
import type { Report } from '../report/schema.js';
import type { ComposedMessage } from './compose.js';

/** `532 bytes`, `14 KB`, `1.2 MB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** e.g. `1 private key block removed, 2 secrets masked, 0 secrets left, 14 KB` (counts only, never content). */
export function redactionSummary(redactions: Report['redactions'], size: number): string {
  let keys = 0;
  let secrets = 0;
  for (const r of redactions) {
    if (r.kind.startsWith('private-key')) keys += r.count;
    else secrets += r.count;
  }
  const parts = [`${plural(keys, 'private key block')} removed`];
  if (secrets > 0) parts.push(`${plural(secrets, 'secret')} masked`);
  parts.push('0 secrets left', formatSize(size));
  return parts.join(', ');
}

/** The header block of a raw message, exactly as stored (CRLF shown as newlines). */
export function headerBlock(raw: Buffer): string {
  const text = raw.toString('utf8');
  const end = text.search(/\r?\n\r?\n/);
  return (end < 0 ? text : text.slice(0, end)).replace(/\r\n/g, '\n');
}

/** The full review of a message about to be sent. */
export function renderReview(message: ComposedMessage, redactions: Report['redactions']): string {
  const rule = '─'.repeat(72);
  const attachments = message.attachments.map((a) => `  ${a.name} (${formatSize(a.size)})`);
  return [
    rule,
    headerBlock(message.raw),
    '',
    message.body.replace(/\s+$/, ''),
    rule,
    'Attachments:',
    ...attachments,
    `Redaction: ${redactionSummary(redactions, message.raw.length)}`,
    rule,
    '',
  ].join('\n');
}
