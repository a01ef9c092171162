// ssh names a key four different ways across versions (`Offering RSA public key: PATH` ... `PATH RSA SHA256:x explicit agent`).
import type { KeyRef } from '../report/connection.js';

const FLAG_WORDS = new Set(['explicit', 'agent', 'token', 'authenticator', 'security', 'key']);
const FP = '(?:SHA256|MD5):\\S+';
// ≥7.9 format_identity(): PATH_OR_COMMENT TYPE FP[ explicit][ token|authenticator][ agent]
const MODERN = new RegExp(`^(.*?) (\\S+) (${FP})((?: \\S+){0,4})$`);
// ≥7.9 configured but missing file: `PATH  explicit` (empty type and fingerprint).
const MISSING = /^(.*?) {2,3}((?:explicit|agent|token|authenticator)(?: \S+){0,3})$/;
// 7.8: TYPE FP PATH
const V78 = new RegExp(`^(\\S+) (${FP}) (.*)$`);
// Pre-7.9 pubkey_prepare dump: `key: PATH (0x55d1...), explicit, agent`
const DUMP = /^(.*?) \((?:0x[0-9a-fA-F]{1,16}|\(nil\)|nil)\)((?:, \w+){0,3})$/;

function sourceOf(flags: string[]): KeyRef['source'] {
  if (flags.includes('agent')) return 'agent';
  if (flags.includes('explicit')) return 'explicit';
  return 'default';
}

function words(text: string | undefined): string[] {
  return (text ?? '').split(/[ ,]+/).filter((w) => w !== '');
}

/** Reads a key description; `typeHint` is the type printed before it in ≤7.7 (`Offering RSA public key:`). */
export function parseKeyRef(text: string, typeHint: string | null = null): KeyRef {
  const t = text.trim();
  const modern = MODERN.exec(t);
  if (modern) {
    const flags = words(modern[4]);
    if (flags.every((f) => FLAG_WORDS.has(f))) {
      return {
        key: modern[1] ?? t,
        type: modern[2] ?? null,
        fingerprint: modern[3] ?? null,
        source: sourceOf(flags),
        flags,
      };
    }
  }
  const missing = MISSING.exec(t);
  if (missing) {
    const flags = words(missing[2]);
    return { key: missing[1] ?? t, type: null, fingerprint: null, source: sourceOf(flags), flags };
  }
  const v78 = V78.exec(t);
  if (v78)
    return {
      key: v78[3] ?? t,
      type: v78[1] ?? null,
      fingerprint: v78[2] ?? null,
      source: 'unknown',
      flags: [],
    };
  const dump = DUMP.exec(t);
  if (dump) {
    const flags = words(dump[2]);
    return { key: dump[1] ?? t, type: null, fingerprint: null, source: sourceOf(flags), flags };
  }
  // ≥7.9 prints a default key file that could not be loaded as `PATH ` (empty type and fingerprint).
  const source = typeHint === null && / $/.test(text) ? 'default' : 'unknown';
  return { key: t, type: typeHint, fingerprint: null, source, flags: [] };
}
