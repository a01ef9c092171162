// Automation prints ssh's stderr inside a JSON or YAML string: `"msg": "...\r\nPermission denied (publickey).\r\n"`.
// One physical line then holds many ssh lines, escaped.

const ESCAPED_BREAK = /\\r\\n|\\n|\\r/;
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]|\u001b[()][A-Z0-9]/g;
const UNICODE = /\\u([0-9a-fA-F]{4})/g;

/** Undoes JSON string escapes (`\"`, `\\`, `\t`, `\u001b`) and drops terminal colour codes. */
export function unescapeJson(text: string): string {
  if (!text.includes('\\') && !text.includes('\u001b')) return text;
  return text
    .replace(UNICODE, (_all, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/\\(["\\/tbf])/g, (_all, c: string) => (c === 't' ? '\t' : c === 'b' || c === 'f' ? '' : c))
    .replace(ANSI, '');
}

/** Drops terminal colour codes (real ESC characters) from a line. */
export function stripAnsi(text: string): string {
  return text.includes('\u001b') ? text.replace(ANSI, '') : text;
}

/**
 * The logical lines of a physical line holding escaped line breaks, unescaped; null when it holds none. A Windows
 * path (`C:\Users\nick`) also holds `\n`: only a `\r\n`, a JSON context or a recognised piece makes it a break.
 */
export function splitEscaped(text: string, recognised: (line: string) => boolean): string[] | null {
  const json = text.includes('\\r\\n') || /"\s*:\s*"|\\"/.test(text);
  if (!ESCAPED_BREAK.test(text)) return json && text.includes('\\') ? [unescapeJson(text)] : null;
  const pieces = text.split(/\\r\\n|\\n|\\r/);
  const out = pieces.map(unescapeJson);
  if (json || out.slice(1).some((p) => recognised(p))) return out;
  return null;
}
