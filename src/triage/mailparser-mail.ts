// Any mail through mailparser: what plain-mail.ts leaves to it. Loaded on first use (an `import()`, a chunk of its
// own in the bundle): mailparser, its HTML converter and entity tables cost every triage thread time and memory at
// start, and a mailbox of common mails never needs them.
import { type ParsedMail, simpleParser } from 'mailparser';
import type { MailParts } from './plain-mail.js';

/** No HTML rendering of text parts: triage only reads text. */
const PARSER_OPTIONS = { skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true };

/**
 * Reads a mail with mailparser, which gives `text` from the text part, or converted from the HTML part when there is
 * no text part; a string when it is not a mail.
 */
export async function readWithMailparser(raw: Buffer): Promise<MailParts | string> {
  let mail: ParsedMail;
  try {
    mail = await simpleParser(raw, PARSER_OPTIONS);
  } catch (error) {
    return `not a mail: ${String(error)}`;
  }
  if (mail.headerLines.length === 0) return 'not a mail: no header lines';
  return {
    messageId: mail.messageId ?? null,
    subject: mail.subject ?? null,
    date: mail.date ?? null,
    text: mail.text ?? null,
    attachments: mail.attachments.map((a) => ({
      filename: a.filename ?? null,
      contentType: a.contentType,
      content: a.content,
    })),
  };
}
