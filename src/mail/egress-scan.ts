// The last look before a message leaves: the raw .eml and every decoded part (base64 hides nothing from it).
import { simpleParser } from 'mailparser';
import { assertNoSecrets } from '../redact/egress.js';

/** Throws (AppError) when the message, raw or decoded, still holds a private key or a secret. */
export async function scanOutgoing(raw: Buffer, what: string): Promise<void> {
  assertNoSecrets(raw.toString('utf8'), what);
  const parsed = await simpleParser(raw, {
    skipHtmlToText: true,
    skipTextToHtml: true,
    skipImageLinks: true,
  });
  if (parsed.text) assertNoSecrets(parsed.text, `${what} (body)`);
  for (const attachment of parsed.attachments) {
    assertNoSecrets(attachment.content.toString('utf8'), `${what} (${attachment.filename ?? 'attachment'})`);
  }
}
