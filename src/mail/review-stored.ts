// The review of a message already in the outbox (`ssh-doctor send` on a terminal), read back from its bytes.
import { simpleParser } from 'mailparser';
import { formatSize, headerBlock } from './review.js';

/** Headers as stored, the body's first lines, the attachments and the size. */
export async function renderStoredReview(raw: Buffer, path: string, bodyLines = 20): Promise<string> {
  const parsed = await simpleParser(raw, {
    skipHtmlToText: true,
    skipTextToHtml: true,
    skipImageLinks: true,
  });
  const body = (parsed.text ?? '').replace(/\s+$/, '').split('\n');
  const shown = body.slice(0, bodyLines);
  if (body.length > bodyLines) shown.push(`[... ${body.length - bodyLines} more lines]`);
  const rule = '─'.repeat(72);
  return [
    rule,
    `${path} (${formatSize(raw.length)})`,
    headerBlock(raw),
    '',
    ...shown,
    rule,
    'Attachments:',
    ...parsed.attachments.map((a) => `  ${a.filename ?? '(unnamed)'} (${formatSize(a.size)})`),
    rule,
    '',
  ].join('\n');
}
