// Tickets arrive with any name (`message.txt`, `1700000000.M1P2.host:2,S`, `inbox`): judge the bytes, not the name.

/** What a file holds. */
export type InputKind = 'mbox' | 'eml' | 'json' | 'text' | 'binary' | 'empty';

/** How many leading bytes are enough to decide. */
export const DETECT_BYTES = 8192;

const MBOX_FROM = /^From \S+ +\S/;
const HEADER_LINE = /^[!-9;-~]+:[ \t]?/;
const CONTINUATION = /^[ \t]+\S/;
const MAIL_HEADERS =
  /^(?:from|to|cc|subject|date|message-id|received|return-path|mime-version|content-type|delivered-to|reply-to|x-[\w-]+|sender|in-reply-to|references|dkim-signature|arc-[\w-]+|authentication-results)$/i;

function looksLikeHeaders(lines: string[]): boolean {
  let headers = 0;
  let known = 0;
  for (const line of lines) {
    if (line === '') break;
    if (CONTINUATION.test(line) && headers > 0) continue;
    if (!HEADER_LINE.test(line)) return false;
    headers += 1;
    if (MAIL_HEADERS.test(line.slice(0, line.indexOf(':')))) known += 1;
  }
  return headers >= 2 && known >= 2;
}

/** Decides from the first bytes of a file (up to DETECT_BYTES). */
export function detectKind(head: Buffer): InputKind {
  if (head.length === 0) return 'empty';
  const sample = head.subarray(0, DETECT_BYTES);
  if (sample.includes(0)) return 'binary';
  const text = sample.toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  const trimmed = text.trimStart();
  if (trimmed === '') return 'empty';
  if (MBOX_FROM.test(text)) return 'mbox';
  if (trimmed.startsWith('{')) return 'json';
  const lines = text.split(/\r?\n/);
  // A cut-off last line could look like a half header: judge the complete ones when there are enough.
  if (lines.length > 2 && sample.length === DETECT_BYTES) lines.pop();
  return looksLikeHeaders(lines) ? 'eml' : 'text';
}
