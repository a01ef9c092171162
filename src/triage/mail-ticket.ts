// A received mail becomes a ticket: the ssh-doctor JSON attachment when there is one, else the text body.
import { type ParsedMail, simpleParser } from 'mailparser';
import type { TicketInput, TicketSource, TriageFailure } from './ticket.js';

/** The attachment collect sends; mail clients may rename it (`ssh-doctor-report (1).json`). */
const REPORT_ATTACHMENT = /^ssh-doctor-report\b.*\.json$/i;

/** No HTML rendering of text parts: triage only reads text. */
const PARSER_OPTIONS = { skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true };

function reportAttachment(mail: ParsedMail): string | null {
  const att = mail.attachments.find((a) =>
    a.filename ? REPORT_ATTACHMENT.test(a.filename) : /^application\/json$/i.test(a.contentType),
  );
  return att ? att.content.toString('utf8') : null;
}

/**
 * Parses one RFC 822 message into a ticket, or a failure when it has no headers or nothing to triage.
 * mailparser gives `text` from the text part, or converted from the HTML part when there is no text part.
 */
export async function ticketFromMail(
  raw: Buffer,
  at: Omit<TicketSource, 'messageId'>,
): Promise<TicketInput | TriageFailure> {
  let mail: ParsedMail;
  try {
    mail = await simpleParser(raw, PARSER_OPTIONS);
  } catch (error) {
    return { status: 'error', source: { ...at, messageId: null }, error: `not a mail: ${String(error)}` };
  }
  const source = { ...at, messageId: mail.messageId ?? null };
  if (mail.headerLines.length === 0) return { status: 'error', source, error: 'not a mail: no header lines' };
  const head = {
    source,
    subject: mail.subject ?? null,
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
