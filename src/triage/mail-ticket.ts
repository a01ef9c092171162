// A received mail becomes a ticket: the ssh-doctor JSON attachment when there is one, else the text body.
import { type MailParts, readPlainMail } from './plain-mail.js';
import type { TicketInput, TicketSource, TriageFailure } from './ticket.js';

/** The attachment collect sends; mail clients may rename it (`ssh-doctor-report (1).json`). */
const REPORT_ATTACHMENT = /^ssh-doctor-report\b.*\.json$/i;

function reportAttachment(mail: MailParts): string | null {
  const att = mail.attachments.find((a) =>
    a.filename ? REPORT_ATTACHMENT.test(a.filename) : /^application\/json$/i.test(a.contentType),
  );
  return att ? att.content.toString('utf8') : null;
}

/** The common shapes without mailparser's streams (see plain-mail.ts); a bug there must not lose the ticket. */
function readPlainly(raw: Buffer): MailParts | null {
  try {
    return readPlainMail(raw);
  } catch {
    return null;
  }
}

/** Parses one RFC 822 message into a ticket, or a failure when it has no headers or nothing to triage. */
export async function ticketFromMail(
  raw: Buffer,
  at: Omit<TicketSource, 'messageId'>,
): Promise<TicketInput | TriageFailure> {
  const mail = readPlainly(raw) ?? (await (await import('./mailparser-mail.js')).readWithMailparser(raw));
  if (typeof mail === 'string') return { status: 'error', source: { ...at, messageId: null }, error: mail };
  const source = { ...at, messageId: mail.messageId };
  const head = {
    source,
    subject: mail.subject,
    date: mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date.toISOString() : null,
  };
  const json = reportAttachment(mail);
  if (json !== null) return { ...head, body: { kind: 'report', json } };
  const text = mail.text ?? '';
  if (text.trim() === '') {
    return { status: 'error', source, error: 'no text body and no ssh-doctor-report.json attachment' };
  }
  return { ...head, body: { kind: 'text', text } };
}
