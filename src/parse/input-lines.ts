// Pasted and captured text arrives with CRLF, mail quoting and prompts: give every parser the same clean lines.

/** One input line: 1-based number in the original text, and its text without trailing CRs or `> ` quoting. */
export interface InputLine {
  line: number;
  text: string;
}

import { stripQuote } from './paste/quoting.js';

export { stripQuote };

/** Splits text into lines, dropping trailing `\r` and mail quote prefixes; numbers start at `firstLine` (default 1). */
export function splitInputLines(text: string, firstLine = 1): InputLine[] {
  const raw = text.split('\n');
  if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
  return raw.map((t, i) => ({ line: firstLine + i, text: stripQuote(t.replace(/\r+$/, '')) }));
}

const DEBUG_PREFIX = /^debug([1-3]): /;

/** Splits `debug2: body` into its level and body; level 0 for lines without a debug prefix. */
export function splitDebugPrefix(text: string): { level: number; body: string } {
  const m = DEBUG_PREFIX.exec(text);
  return m ? { level: Number(m[1]), body: text.slice(m[0].length) } : { level: 0, body: text };
}

// Shell prompts users paste along with output: `[user@host ~]$ `, `user@laptop:~$ `, `PS C:\> `, MobaXterm headers.
const PROMPTS: readonly RegExp[] = [
  /^\[[^\]\n]{1,80}\]\s?[$#%>]\s?/,
  /^[\w.-]{1,64}@[\w.-]{1,64}:[^\s$#]{0,200}[$#]\s?/,
  /^[\w.-]{1,64}@[\w.-]{1,64}\s+\S{0,200}\s?%\s/,
  /^PS [A-Za-z]:\\[^>]{0,200}>\s?/,
  /^[A-Za-z]:\\[^>]{0,200}>\s?/,
  /^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}[.:]\d{2}\]/,
  /^\[[\w.-]{1,64}\.[\w.-]{1,64}\]\s?➤\s?/,
  /^[$#]\s/,
];

/** If the line starts with a shell prompt, returns what follows it (the command typed), else null. */
export function afterPrompt(text: string): string | null {
  for (const re of PROMPTS) {
    const m = re.exec(text);
    if (m) return text.slice(m[0].length);
  }
  return null;
}
