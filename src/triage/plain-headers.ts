// Header blocks of the common ticket mail shapes (plain-mail.ts), read the way mailsplit and mailparser read them:
// libmime for values and encoded words; anything they would read differently gives null (mailparser's turn).
import libmime from 'libmime';

export const LF = 0x0a;

export interface HeaderLine {
  key: string;
  /** The whole header, folded lines joined by `\r\n` as mailsplit keeps them. */
  line: string;
}

export type Headers = Map<string, HeaderLine>;

/** A header block mailsplit and mailparser read the same way as this module: printable ASCII, tabs, LF. */
const PLAIN_HEADER = /^[\x20-\x7e\t\n]*$/;
/** A header name with nothing mailsplit would trim or split differently. */
const HEADER_KEY = /^[\x21-\x39\x3b-\x7e]+$/;
/** Headers whose first occurrence is read; a second one is left to mailparser. */
const SINGLE = new Set([
  'message-id',
  'subject',
  'date',
  'content-type',
  'content-transfer-encoding',
  'content-disposition',
]);
const MAX_HEADER_BYTES = 64 * 1024;
const TEXT_TYPES = ['text/plain', 'text/html', 'message/delivery-status'];

/** Parses a header block (without its ending empty line); null when it is not plain. */
function parseHeaders(block: string): Headers | null {
  if (block.length > MAX_HEADER_BYTES || !PLAIN_HEADER.test(block)) return null;
  const headers: Headers = new Map();
  const rows = block.split('\n');
  for (let i = 0; i < rows.length; i++) {
    let line = rows[i] as string;
    const colon = line.indexOf(':');
    const key = line.slice(0, colon).toLowerCase();
    if (colon < 1 || !HEADER_KEY.test(key)) return null;
    while (i + 1 < rows.length && /^[ \t]/.test(rows[i + 1] as string)) line += `\r\n${rows[++i]}`;
    if (headers.has(key)) {
      if (SINGLE.has(key)) return null;
      continue;
    }
    headers.set(key, { key, line });
  }
  return headers.size > 0 ? headers : null;
}

/** The value mailsplit's `getFirst` and mailparser's header map start from: unfolded, trimmed. */
export function headerValue(headers: Headers, key: string): string | null {
  const h = headers.get(key);
  return h ? libmime.decodeHeader(h.line).value.trim() : null;
}

/** mailparser leaves a value as it is when its encoded words cannot be decoded. */
export function decodeWords(value: string): string {
  try {
    return libmime.decodeWords(value);
  } catch {
    return value;
  }
}

/** A part's MIME type, charset, disposition and file name as mailsplit's MimeNode derives them; null if unusual. */
export function describePart(headers: Headers) {
  const ct = headerValue(headers, 'content-type');
  const cd = headerValue(headers, 'content-disposition');
  const cte = headerValue(headers, 'content-transfer-encoding') ?? '';
  // A missing Content-Type is guessed from the disposition's file name: left to mailparser.
  if (ct === null && cd !== null) return null;
  if (cte.includes('(')) return null;
  const type = libmime.parseHeaderValue(ct ?? 'text/plain', { stripComments: true });
  const disp = libmime.parseHeaderValue(cd ?? '', { stripComments: true });
  const contentType = (type.value || '').toLowerCase().trim();
  if (!contentType) return null;
  let disposition = (disp.value || '').toLowerCase().trim();
  if (disposition.includes('=?')) return null;
  if (disposition && disposition !== 'attachment' && disposition !== 'inline') disposition = 'attachment';
  if (!disposition) disposition = TEXT_TYPES.includes(contentType) ? 'inline' : 'attachment';
  let filename: string | null = disp.params.filename || type.params.name || null;
  const decodedParams = (p: { decodedParams?: string[] }) => p.decodedParams ?? [];
  const rfc2231 = disp.params.filename
    ? decodedParams(disp).includes('filename')
    : decodedParams(type).includes('name');
  if (filename && !rfc2231) filename = decodeWords(filename);
  const format = type.params.format;
  return {
    contentType,
    charset: type.params.charset || 'utf-8',
    encoding: cte.toLowerCase().trim(),
    boundary: type.params.boundary,
    flowed: contentType === 'text/plain' && format !== undefined && format.toLowerCase().trim() === 'flowed',
    isAttachment: !TEXT_TYPES.includes(contentType) || disposition !== 'inline',
    filename,
  };
}

/** Splits a message (or part) at its first empty line; null when there is none or no header. */
export function splitHead(bytes: Buffer): { head: Headers; body: Buffer } | null {
  if (bytes[0] === LF) return null;
  const end = bytes.indexOf('\n\n');
  if (end < 0) return null;
  const head = parseHeaders(bytes.toString('latin1', 0, end));
  return head ? { head, body: bytes.subarray(end + 2) } : null;
}
