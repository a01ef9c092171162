// Entry point of key inspection: recognises the format of a key text from its marker line and hands it to
// the reader of that format. Pure: no file system, no processes, no passphrase.
import { type Armour, decodeBody, readArmour } from './armour.js';
import { blankAnalysis, type KeyAnalysis } from './key-analysis.js';
import { analyseOpensshKeyV1 } from './openssh-key-v1.js';
import { analysePemPrivate, PEM_PRIVATE_LABEL } from './pem-private.js';
import { analysePpk, PPK_HEADER } from './ppk.js';
import { analysePemPublic, analyseRfc4716Public } from './public-key-armour.js';
import { analysePublicKeyLines, parsePublicKeyLine } from './public-key-line.js';
import { analyseSshcomPrivate } from './sshcom-private.js';

export type { KeyAnalysis } from './key-analysis.js';

const ARMOUR_BEGIN = /^-{4,5} ?BEGIN ((?:[A-Z0-9]+ )*[A-Z0-9]+) ?-{3,5}$/;
const SSH1_MAGIC = 'SSH PRIVATE KEY FILE FORMAT 1.1';
/** base64 of `openssh-key-v1\0`: an openssh private key body that lost its armour lines. */
export const OPENSSH_BODY_PREFIX = 'b3BlbnNzaC1rZXktdjEA';

function analyseArmour(armour: Armour): KeyAnalysis | null {
  const label = armour.label;
  if (label === 'OPENSSH PRIVATE KEY') return analyseOpensshKeyV1(decodeBody(armour.body), armour.complete);
  if (PEM_PRIVATE_LABEL.test(label)) return analysePemPrivate(armour);
  if (label === 'SSH2 ENCRYPTED PRIVATE KEY') return analyseSshcomPrivate(armour);
  if (label === 'SSH2 PUBLIC KEY') return analyseRfc4716Public(armour);
  if (label === 'PUBLIC KEY' || label === 'RSA PUBLIC KEY') return analysePemPublic(armour);
  if (label === 'EC PARAMETERS') return null; // an EC private key usually follows
  if (label.endsWith('PRIVATE KEY')) return blankAnalysis('unknown', `PEM ${label}`, 'private');
  if (label === 'CERTIFICATE') return blankAnalysis('unknown', 'X.509 certificate (not an SSH key)', 'other');
  return blankAnalysis('unknown', `PEM ${label} (not an SSH key)`, 'other');
}

/** The analysis starting at line `i`, or null when that line is not the start of anything known. */
function analyseFrom(lines: string[], i: number): KeyAnalysis | null {
  const line = (lines[i] ?? '').trim();
  const rest = () => lines.slice(i).join('\n');
  if (PPK_HEADER.test(line)) return analysePpk(rest());
  if (ARMOUR_BEGIN.test(line) || /^-{4,5} ?BEGIN [A-Z0-9 ]+-{4,5}\s*\S/.test(line)) {
    const armour = readArmour(rest());
    return armour ? analyseArmour(armour) : null;
  }
  if (line.startsWith(OPENSSH_BODY_PREFIX)) {
    let body = '';
    for (let j = i; j < lines.length && /^[A-Za-z0-9+/=]+$/.test((lines[j] ?? '').trim()); j++) {
      body += (lines[j] ?? '').trim();
    }
    const a = analyseOpensshKeyV1(decodeBody(body));
    return { ...a, kind: `${a.kind} (body without BEGIN/END lines)` };
  }
  if (line.startsWith(SSH1_MAGIC))
    return blankAnalysis('unknown', 'SSH-1 RSA private key (obsolete)', 'private');
  if (parsePublicKeyLine(line)) return analysePublicKeyLines(rest());
  return null;
}

/** Recognises and describes a key file's text without any passphrase. Never throws. */
export function inspectKeyText(text: string): KeyAnalysis {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return blankAnalysis('empty', 'empty file', 'other');
  if (clean.startsWith(SSH1_MAGIC))
    return blankAnalysis('unknown', 'SSH-1 RSA private key (obsolete)', 'private');
  if (clean.includes('\u0000')) return blankAnalysis('unknown', 'binary data (not a key)', 'other');
  const lines = clean.split(/\r?\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const found = analyseFrom(lines, i);
    if (found) return found;
  }
  return blankAnalysis('unknown', 'not a key (no key header found)', 'other');
}
