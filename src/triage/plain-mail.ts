// The common shapes of a ticket mail read without mailparser: one text/plain body, or a multipart/mixed of text/plain
// parts and attachments (what `collect` sends). mailparser runs every message through a chain of streams and a
// setImmediate per chunk, which was the largest cost of a mailbox run; this reads the same messages in one pass with
// the same libraries for the parts that need care (libmime for header values and encoded words, libqp for
// quoted-printable), so the result is mailparser's, byte for byte (plain-mail.test.ts compares the two).
// Anything else (8-bit or CR in headers, HTML, nested multiparts, charsets other than UTF-8/ASCII, format=flowed,
// embedded messages, duplicated headers, unusual delimiters, ...) returns null: mailparser reads it as before.
import libmime from 'libmime';
import { decode as decodeQuotedPrintable } from 'libqp';
import { decodeWords, describePart, type Headers, headerValue, LF, splitHead } from './plain-headers.js';

/** What triage reads from a mail, whichever parser read it. */
export interface MailParts {
  messageId: string | null;
  subject: string | null;
  date: Date | null;
  /** The text parts joined as mailparser's `text`; null when there is none. */
  text: string | null;
  attachments: { filename: string | null; contentType: string; content: Buffer }[];
}

interface Part {
  headers: Headers;
  body: Buffer;
}

const MAX_PARTS = 64;
/** Charsets mailparser does not convert (it decodes the bytes as UTF-8). */
const UTF8_CHARSETS = ['ascii', 'usascii', 'utf8'];

/** The base64 alphabet, by byte. */
const BASE64_CHAR = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')
  BASE64_CHAR[c.charCodeAt(0)] = 1;
const EQUALS = 0x3d;

/**
 * Base64 that decodes the same whichever way it is chunked (libbase64's stream restarts at each padding): lines of the
 * alphabet, padding only at the very end, whole quartets. A byte loop: a regular expression over a copy without line
 * ends cost twice as much on report attachments.
 */
function isStrictBase64(body: Buffer): boolean {
  let count = 0;
  let padding = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as number;
    if (c === LF) continue;
    if (c === EQUALS) padding += 1;
    else if (padding > 0 || BASE64_CHAR[c] !== 1) return false;
    count += 1;
  }
  return padding <= 2 && count % 4 === 0;
}

/** The decoded bytes of a body (mailsplit picks the decoder from the transfer encoding); null if unusual. */
function decodeBody(body: Buffer, encoding: string): Buffer | null {
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  if (encoding !== 'base64') return body;
  // Buffer's base64 decoder skips the line ends
  return isStrictBase64(body) ? Buffer.from(body.toString('latin1'), 'base64') : null;
}

/**
 * The parts of a multipart body under `boundary`, each with the line end before the next delimiter removed (it
 * belongs to the delimiter); null unless every delimiter line is exactly `--boundary` or `--boundary--` and the last
 * one closes the multipart. The preamble and the epilogue are not content.
 */
function splitMultipart(body: Buffer, boundary: string): Part[] | null {
  if (!/^[A-Za-z0-9'()+_,\-./:=?]{1,70}$/.test(boundary) || body.includes(0x0d)) return null;
  const dash = `--${boundary}`;
  const parts: Part[] = [];
  let start = -1;
  // each candidate is a line starting with the delimiter; `at` is its first byte
  for (let at = body.indexOf(dash); at >= 0; at = body.indexOf(dash, at + 1)) {
    if (at > 0 && body[at - 1] !== LF) continue;
    const eol = body.indexOf(LF, at);
    const rest = body.toString('latin1', at + dash.length, eol < 0 ? body.length : eol);
    // `--b-x` or `--bx` is content; `--b  ` (trailing blanks) is a delimiter mailparser accepts: left to it
    if (rest !== '' && rest !== '--') {
      if (/^(--)?[ \t]*$/.test(rest) || rest.startsWith('-')) return null;
      continue;
    }
    if (start >= 0) {
      // the part's bytes with the line end before the delimiter, then that line end removed from its body
      const part = splitHead(body.subarray(start, at));
      if (!part) return null;
      const content = part.body;
      const end =
        content.length > 0 && content[content.length - 1] === LF ? content.length - 1 : content.length;
      // mailsplit quirk: a body that is only a line end stays whole before a part delimiter (nothing is left once
      // trimmed, so the line is pushed as it was read), and is dropped before the closing one
      const whole = end === 0 && rest === '';
      parts.push({ headers: part.head, body: whole ? content : content.subarray(0, end) });
      if (parts.length > MAX_PARTS) return null;
    } else if (rest === '--') {
      // a closing delimiter before the first part: left to mailparser
      return null;
    }
    if (rest === '--') return parts.length > 0 ? parts : null;
    if (eol < 0) return null;
    start = eol + 1;
  }
  return null;
}

/** A leaf part as mailparser reports it: text (UTF-8 only) or an attachment; null if left to mailparser. */
function readLeaf(
  part: Part,
  root: boolean,
): { text: string } | { attachment: MailParts['attachments'][number] } | null {
  const d = describePart(part.headers);
  if (!d || d.contentType.startsWith('multipart/') || d.contentType.startsWith('message/')) return null;
  // a boundary on a leaf still splits it in mailsplit
  if (d.boundary !== undefined) return null;
  if (d.isAttachment) {
    if (root || d.contentType === 'application/octet-stream') return null;
    const content = decodeBody(part.body, d.encoding);
    return content ? { attachment: { filename: d.filename, contentType: d.contentType, content } } : null;
  }
  if (d.contentType !== 'text/plain' || d.flowed) return null;
  if (!UTF8_CHARSETS.includes(d.charset.toLowerCase().replace(/[^a-z0-9]+/g, ''))) return null;
  const bytes = decodeBody(part.body, d.encoding);
  if (!bytes) return null;
  const text = bytes.toString();
  return { text: text.includes('\r') ? text.replace(/\r?\n/g, '\n') : text };
}

/** The leaves of the message: the root itself, or the parts of a multipart/mixed root. */
function leaves(root: Part): Part[] | null {
  const ct = headerValue(root.headers, 'content-type');
  if (ct === null) return [root];
  const type = libmime.parseHeaderValue(ct, { stripComments: true });
  const contentType = (type.value || '').toLowerCase().trim();
  if (!contentType.startsWith('multipart/')) return [root];
  if (contentType !== 'multipart/mixed' || !type.params.boundary) return null;
  return splitMultipart(root.body, type.params.boundary);
}

/** The Message-ID, Subject and Date as mailparser gives them; null when the date does not parse. */
function envelope(headers: Headers): Omit<MailParts, 'text' | 'attachments'> | null {
  let messageId = headerValue(headers, 'message-id');
  if (messageId !== null) {
    messageId = decodeWords(messageId);
    if (messageId === '') messageId = null;
    else
      messageId = `${messageId.startsWith('<') ? '' : '<'}${messageId}${messageId.endsWith('>') ? '' : '>'}`;
  }
  const subject = headerValue(headers, 'subject');
  const rawDate = headerValue(headers, 'date');
  const date = rawDate === null ? null : new Date(rawDate);
  // mailparser gives the current time for a date it cannot read: left to it
  if (date && Number.isNaN(date.getTime())) return null;
  return { messageId, subject: subject === null ? null : decodeWords(subject) || null, date };
}

/** Reads a mail of a common shape as mailparser would; null when mailparser must read it. */
export function readPlainMail(raw: Buffer): MailParts | null {
  const split = splitHead(raw);
  if (!split) return null;
  const root = { headers: split.head, body: split.body };
  const head = envelope(root.headers);
  const parts = head && leaves(root);
  if (!head || !parts) return null;
  const texts: string[] = [];
  const attachments: MailParts['attachments'] = [];
  for (const part of parts) {
    const leaf = readLeaf(part, part === root);
    if (!leaf) return null;
    if ('attachment' in leaf) attachments.push(leaf.attachment);
    else if (leaf.text !== '') texts.push(leaf.text);
  }
  return { ...head, text: texts.length > 0 ? texts.join('\n') : null, attachments };
}
