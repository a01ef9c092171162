// `ssh -V` and banner lines name the client and its crypto library; version gates most OpenSSH behaviour changes.
import type { SshVersion } from '../report/schema.js';
import { afterPrompt, splitInputLines } from './input-lines.js';

const SOFTWARE = /^([A-Za-z][\w.-]*?)[_-]v?(\d{1,5})\.(\d{1,5})(?:p(\d{1,4})|\.(\d{1,5}))?/;
const CLIENT_LINE = /^\s*OpenSSH(?:_for_Windows)?_\d{1,3}\.\d{1,3}/;

/** Reads `OpenSSH_9.2p1 Debian-2`, `dropbear_2022.83`, `OpenSSH_for_Windows_9.5p1`; product alone when unparseable. */
export function parseSoftwareVersion(raw: string): SshVersion {
  const text = raw.trim();
  const win = /^OpenSSH_for_Windows_(\d{1,3})\.(\d{1,3})(?:p(\d{1,3}))?/.exec(text);
  const m = win ? ['', 'OpenSSH_for_Windows', win[1], win[2], win[3]] : SOFTWARE.exec(text);
  if (!m)
    return {
      raw: text,
      product: text.split(/[\s_]/)[0] ?? text,
      major: null,
      minor: null,
      patch: null,
      crypto: null,
    };
  const patch = m[4] ?? m[5];
  return {
    raw: text,
    product: m[1] ?? text,
    major: Number(m[2]),
    minor: Number(m[3]),
    patch: patch === undefined ? null : Number(patch),
    crypto: null,
  };
}

/** Finds the client version line (`ssh -V` output, or the first line of `ssh -v`); null when there is none. */
export function parseSshVersion(text: string): SshVersion | null {
  // The first line (after any prompt) that is the banner; stop there, the ssh log that follows can be long.
  let found: string | undefined;
  for (const { text: line } of splitInputLines(text)) {
    const t = afterPrompt(line) ?? line;
    if (CLIENT_LINE.test(t)) {
      found = t;
      break;
    }
  }
  if (found === undefined) return null;
  const line = found.trim();
  const comma = line.indexOf(', ');
  const head = comma < 0 ? line : line.slice(0, comma);
  const crypto = comma < 0 ? null : line.slice(comma + 2).trim() || null;
  return { ...parseSoftwareVersion(head), raw: line, crypto };
}
