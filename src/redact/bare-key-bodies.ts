// Finds openssh private key bodies that lost their BEGIN/END lines (a pasted middle, a JSON field): their base64
// always starts with `b3BlbnNzaC1rZXktdjEA` ("openssh-key-v1\0"), which no public key or other text does.
import { OPENSSH_BODY_PREFIX } from '../keys/inspect-key-text.js';
import { KEY_END_LINE } from './key-markers.js';
import { bodyStrength, contentOf, isLastBodyLine, lineAt } from './pasted-lines.js';
import type { KeyBlock } from './private-key-blocks.js';

const B64 = /[A-Za-z0-9+/=]/;

/** Every header-less openssh-key-v1 body outside `taken` (sorted, non-overlapping) blocks. */
export function findBareKeyBodies(text: string, taken: readonly KeyBlock[]): KeyBlock[] {
  const found: KeyBlock[] = [];
  let t = 0;
  for (let at = text.indexOf(OPENSSH_BODY_PREFIX); at >= 0; at = text.indexOf(OPENSSH_BODY_PREFIX, at + 1)) {
    while (t < taken.length && (taken[t]?.end ?? 0) <= at) t++;
    const block = taken[t];
    if (block && block.start <= at) {
      at = block.end - 1;
      continue;
    }
    let end = at;
    while (end < text.length && B64.test(text.charAt(end))) end++;
    const body = [text.slice(at, end)];
    let complete = false;
    const first = lineAt(text, text.lastIndexOf('\n', at) + 1);
    if (end >= first.contentEnd) {
      for (let pos = first.end; pos < text.length; ) {
        const line = lineAt(text, pos + 1);
        const content = contentOf(text, line);
        const endMatch = KEY_END_LINE.exec(content);
        if (endMatch) {
          end = line.contentStart + endMatch[0].length;
          complete = true;
          break;
        }
        const strength = bodyStrength(content);
        if (strength === null || (strength === 'weak' && !isLastBodyLine(text, line, KEY_END_LINE))) break;
        body.push(content.replace(/\s+/g, ''));
        end = line.contentEnd;
        pos = line.end;
      }
    }
    const normalized = `-----BEGIN OPENSSH PRIVATE KEY-----\n${body.join('\n')}\n`;
    found.push({ start: at, end, normalized, complete });
    at = end - 1;
  }
  return found;
}
