// Reads public keys that come in armour: RFC 4716 (PuTTYgen/MobaXterm "Save public key", ssh.com) and PEM
// (`BEGIN PUBLIC KEY`), including blocks pasted onto one line, whose headers then run into the body.
import { armourHeader, decodeBody, readArmour } from '../keys/armour.js';
import { inspectKeyText } from '../keys/inspect-key-text.js';
import { measureBlob } from './blob-extent.js';
import { COPY_AGAIN_HINT } from './blob-messages.js';
import { type FoundKey, scanPublicLine } from './find-public-line.js';
import { type Problem, problem } from './problems.js';

export type ArmourScan =
  | { kind: 'found'; input: string; key: FoundKey; problems: Problem[] }
  | { kind: 'failed'; input: string; problems: Problem[] }
  | { kind: 'none' };

const RFC4716_INPUT = 'RFC 4716 public key (---- BEGIN SSH2 PUBLIC KEY ----)';
const SSH2_BEGIN = /-{3,5} ?BEGIN SSH2 PUBLIC KEY ?-{3,5}/;
const SSH2_MARKERS = /-{3,5} ?(?:BEGIN|END) SSH2 PUBLIC KEY ?-{3,5}/g;
const HEADERS = /\b(?:Comment|Subject|x-[A-Za-z0-9-]+):[ \t]*(?:"(?:[^"\\]|\\.)*"|\S+)/gi;

/** A block whose lines were joined: drop markers and headers, read the rest as base64 tokens. */
function readJoined(text: string): FoundKey | null {
  const comment = /\bComment:[ \t]*(?:"((?:[^"\\]|\\.)*)"|(\S+))/i.exec(text);
  const scan = scanPublicLine(text.replace(SSH2_MARKERS, '\n').replace(HEADERS, ' '));
  if (scan.kind !== 'found') return null;
  return { ...scan.key, comment: comment?.[1] ?? comment?.[2] ?? null };
}

function scanRfc4716(text: string): ArmourScan {
  const armour = readArmour(text, /^SSH2 PUBLIC KEY$/);
  if (!armour) return { kind: 'none' };
  const format = problem('rfc4716-format');
  const decoded = decodeBody(armour.body);
  const extent = measureBlob(decoded);
  if (extent.state === 'complete') {
    const problems = [format];
    if (decoded.length > extent.length) problems.push(problem('trailing-data'));
    const blob = decoded.subarray(0, extent.length);
    const key = { blob, declaredType: null, comment: armourHeader(armour, 'Comment') };
    return { kind: 'found', input: RFC4716_INPUT, key, problems };
  }
  const joined = readJoined(text);
  if (joined)
    return { kind: 'found', input: RFC4716_INPUT, key: joined, problems: [format, problem('line-breaks')] };
  const why =
    extent.state === 'incomplete'
      ? problem('truncated', armour.complete ? undefined : 'the END line is missing too', COPY_AGAIN_HINT)
      : problem('corrupt-key', undefined, COPY_AGAIN_HINT);
  return { kind: 'failed', input: RFC4716_INPUT, problems: [format, why] };
}

/** An RFC 4716 or PEM public key block in `text`, if any. */
export function scanArmouredPublic(text: string): ArmourScan {
  if (SSH2_BEGIN.test(text)) return scanRfc4716(text);
  if (!/-{5}BEGIN (?:RSA )?PUBLIC KEY-{5}/.test(text)) return { kind: 'none' };
  const a = inspectKeyText(text);
  const input = 'PEM public key (BEGIN PUBLIC KEY)';
  if (a.format !== 'pem-public' || !a.publicBlob) {
    return { kind: 'failed', input, problems: [problem('pem-public-format'), problem('corrupt-key')] };
  }
  const key = { blob: a.publicBlob, declaredType: null, comment: null };
  return { kind: 'found', input, key, problems: [problem('pem-public-format')] };
}
