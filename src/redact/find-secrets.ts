// The egress scan: the last look at bytes about to leave (mail, file, stdout) for any private key shape or
// secret that redaction should have removed. Same detectors as redaction, so redacted text scans clean.
import { findKeyBlocks } from './find-key-blocks.js';
import { findSecretHits } from './secret-patterns.js';

/** A secret still present: its kind and 1-based line number, never its content. */
export interface SecretFinding {
  kind: string;
  line: number;
}

/** Lists remaining private keys and secrets in `text`; [] means it may leave. */
export function findSecrets(text: string): SecretFinding[] {
  const spans = [
    ...findKeyBlocks(text).map((b) => ({
      kind: b.headerless ? 'private-key-body' : 'private-key',
      start: b.start,
    })),
    ...findSecretHits(text).map((h) => ({ kind: h.kind, start: h.start })),
  ].sort((a, b) => a.start - b.start);
  const out: SecretFinding[] = [];
  let line = 1;
  let pos = 0;
  for (const s of spans) {
    for (let nl = text.indexOf('\n', pos); nl >= 0 && nl < s.start; nl = text.indexOf('\n', nl + 1)) line++;
    pos = Math.max(pos, s.start);
    out.push({ kind: s.kind, line });
  }
  return out;
}
