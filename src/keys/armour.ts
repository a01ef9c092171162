// Splits PEM (`-----BEGIN X-----`) and SSH2/RFC 4716 (`---- BEGIN X ----`) armour into label, headers and body,
// tolerating what pasting does to it: CRLF, indentation, a missing END line, lines joined with spaces.

/** An armoured block, read leniently. */
export interface Armour {
  /** The words between BEGIN and the dashes, e.g. `OPENSSH PRIVATE KEY`, `SSH2 PUBLIC KEY`. */
  label: string;
  /** `pem`: five dashes, RFC 1421 headers; `ssh2`: four dashes, RFC 4716 headers with `\` continuation. */
  style: 'pem' | 'ssh2';
  headers: { name: string; value: string }[];
  /** The base64 body with all whitespace removed. */
  body: string;
  /** false when the END line is missing. */
  complete: boolean;
}

const BEGIN = /^[ \t]*(-{4,5}) ?BEGIN ((?:[A-Z0-9]+ )*[A-Z0-9]+) ?-{3,5}[ \t]*$/;
const END = /^[ \t]*-{3,5} ?END\b/;
const HEADER = /^([A-Za-z][A-Za-z0-9-]*):[ \t]*(.*)$/;

/** Puts BEGIN and END markers that share a line with the body on lines of their own. */
function unjoin(text: string): string {
  return text
    .replace(/(-{4,5} ?BEGIN (?:[A-Z0-9]+ )*[A-Z0-9]+ ?-{4,5})(?!-)[ \t]*(?=\S)/g, '$1\n')
    .replace(/([^\s-])[ \t]*(-{4,5} ?END )/g, '$1\n$2');
}

/** Reads the first armoured block of `text` whose label matches, or null when there is none. */
export function readArmour(text: string, label: RegExp = /./): Armour | null {
  const lines = unjoin(text).split(/\r?\n|\r/);
  let i = 0;
  let begin: RegExpExecArray | null = null;
  for (; i < lines.length && !begin; i++) {
    const m = BEGIN.exec(lines[i] ?? '');
    if (m && label.test(m[2] ?? '')) begin = m;
  }
  if (!begin) return null;
  const style = begin[1] === '----' ? 'ssh2' : 'pem';
  const headers: Armour['headers'] = [];
  const body: string[] = [];
  let complete = false;
  for (; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (END.test(line)) {
      complete = true;
      break;
    }
    const header = body.length === 0 ? HEADER.exec(line) : null;
    if (header) {
      let value = header[2] ?? '';
      while (style === 'ssh2' && value.endsWith('\\') && i + 1 < lines.length) {
        value = value.slice(0, -1) + (lines[++i] ?? '').trim();
      }
      if (style === 'ssh2' && /^".*"$/.test(value)) value = value.slice(1, -1);
      headers.push({ name: header[1] ?? '', value });
    } else if (line !== '') {
      body.push(line.replace(/\s+/g, ''));
    }
  }
  return { label: begin[2] ?? '', style, headers, body: body.join(''), complete };
}

/** Value of the first header named `name` (case-insensitive), or null. */
export function armourHeader(armour: Armour, name: string): string | null {
  const lower = name.toLowerCase();
  return armour.headers.find((h) => h.name.toLowerCase() === lower)?.value ?? null;
}

/** Decodes a base64 body, ignoring characters outside the alphabet. */
export function decodeBody(body: string): Buffer {
  return Buffer.from(body.replace(/[^A-Za-z0-9+/]/g, ''), 'base64');
}
