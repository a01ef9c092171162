// Finds private key blocks from their start marker to their END line, or, when the END line is missing, to
// the last line that still looks like key body: quoted, indented, CRLF, rewrapped, joined or cut short.
import {
  ANY_BEGIN_LINE,
  ARMOUR_HEADER_LINE,
  JOINED_BODY_REST,
  KEY_END,
  KEY_END_LINE,
  PRIVATE_KEY_START,
} from './key-markers.js';
import { bodyStrength, contentOf, isLastBodyLine, lineAt } from './pasted-lines.js';

/** A private key found in text: [start, end) is what redaction replaces. */
export interface KeyBlock {
  start: number;
  end: number;
  /** The block rebuilt as a clean key text (prefixes stripped, marker words re-joined), for description. */
  normalized: string;
  /** An END (or PuTTY MAC) line closed the block. */
  complete: boolean;
}

/** In a .ppk, a short last base64 line is followed by the next field (`Private-Lines:`) or the MAC. */
const PPK_NEXT = new RegExp(`${KEY_END_LINE.source}|${ARMOUR_HEADER_LINE.source}`);

/** Follows the lines after a start marker; returns the block end and whether an END line closed it. */
function extendOverLines(text: string, from: number, ppk: boolean): { end: number; complete: boolean } {
  let end = from;
  let pos = text.indexOf('\n', from);
  let sawBody = false;
  let lastWasBody = false;
  let blanks = 0;
  let continuation = false;
  while (pos >= 0 && pos < text.length) {
    const line = lineAt(text, pos + 1);
    pos = line.end < text.length ? line.end : -1;
    const content = contentOf(text, line);
    if (content === '') {
      if (++blanks > 2) break;
      continue;
    }
    const endMatch = KEY_END_LINE.exec(content);
    if (endMatch) return { end: line.contentStart + endMatch[0].length, complete: true };
    if (ANY_BEGIN_LINE.test(content)) break;
    const strength = bodyStrength(content);
    const header = ARMOUR_HEADER_LINE.test(content) && (ppk || !sawBody);
    if (continuation || (header && strength === null)) {
      continuation = content.endsWith('\\');
      lastWasBody = false;
    } else if (
      strength === 'strong' ||
      (strength === 'weak' && lastWasBody && isLastBodyLine(text, line, ppk ? PPK_NEXT : KEY_END_LINE))
    ) {
      sawBody = true;
      lastWasBody = true;
    } else {
      break;
    }
    blanks = 0;
    end = line.contentEnd;
  }
  return { end, complete: false };
}

/** The start marker in canonical form (`-----BEGIN X-----`, `---- BEGIN X ----` or the PuTTY line start). */
function canonicalMarker(marker: string): string {
  const flat = marker.replace(/[\s>]+/g, ' ').trim();
  const m = /^(-+) ?BEGIN (.*?) ?-*$/.exec(flat);
  if (!m) return flat;
  return m[1]?.length === 4 ? `---- BEGIN ${m[2]} ----` : `-----BEGIN ${m[2]}-----`;
}

/** Rebuilds clean key text from a block: the canonical marker, then each line's content. */
function normalize(text: string, start: number, markerEnd: number, end: number): string {
  const marker = canonicalMarker(text.slice(start, markerEnd));
  const lines = text
    .slice(markerEnd, end)
    .replace(/\\r\\n|\\n/g, '\n')
    .split('\n')
    .map((l) => contentOf(l, lineAt(l, 0)));
  const first = lines.shift() ?? '';
  const head = marker.startsWith('PuTTY') ? `${marker} ${first}` : `${marker}\n${first}`;
  return [head, ...lines].join('\n');
}

/** Every private key block of `text`, in order, non-overlapping. Linear in the text length. */
export function findPrivateKeyBlocks(text: string): KeyBlock[] {
  const blocks: KeyBlock[] = [];
  const start = new RegExp(PRIVATE_KEY_START.source, 'g');
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const s = m.index;
    const markerEnd = s + m[0].length;
    const ppk = m[0].startsWith('PuTTY');
    const nl = text.indexOf('\n', markerEnd);
    const lineEnd = nl < 0 ? text.length : nl;
    const rest = text.slice(markerEnd, lineEnd);
    const sameLineEnd = KEY_END.exec(rest);
    let end: number;
    let complete = false;
    if (sameLineEnd && (!ppk || /^Private-/.test(sameLineEnd[0]))) {
      end = markerEnd + sameLineEnd.index + sameLineEnd[0].length;
      complete = true;
    } else if (JOINED_BODY_REST.test(rest)) {
      ({ end, complete } = extendOverLines(text, markerEnd, ppk));
      if (end === markerEnd) end = markerEnd + rest.replace(/[\s\\"',;]+$/, '').length;
    } else if (/[A-Za-z0-9+/]{16}/.test(rest)) {
      end = markerEnd + rest.replace(/\s+$/, '').length; // body joined on this line, no END: take it all
    } else {
      const cut = rest.search(/[^A-Za-z0-9+/=\s\\:,-]/);
      end = markerEnd + rest.slice(0, cut).replace(/[\s\\]+$/, '').length;
    }
    blocks.push({ start: s, end, normalized: normalize(text, s, markerEnd, end), complete });
    start.lastIndex = Math.max(end, markerEnd);
  }
  return blocks;
}
