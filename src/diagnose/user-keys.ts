// The user's keys as the evidence shows them (offered in the log, inspected files, the .pub, the agent), typed.
import { analysePublicKeyLines } from '../keys/public-key-line.js';
import type { EvidenceLine } from '../report/schema.js';
import { attemptLine, keyTypeOf, memo } from './facts.js';
import { privateKeys } from './local-keys.js';
import type { RuleContext } from './rule.js';

export interface TypedKey {
  type: string;
  bits: number | null;
  evidence: EvidenceLine[];
  /** Offered in the log (and therefore judged by the server). */
  offered: boolean;
}

const AGENT_LINE = /^(\d+) \S+ .* \(([^()\s]+)\)$/;

/** The user's keys, in evidence order (computed once per diagnosis: a new array each call). */
export function userKeys(ctx: RuleContext): TypedKey[] {
  return memo(ctx, findUserKeys, () => findUserKeys(ctx)).slice();
}

function findUserKeys(ctx: RuleContext): TypedKey[] {
  const out: TypedKey[] = [];
  for (const a of ctx.report.connection.authAttempts) {
    const type = keyTypeOf(a);
    if (a.method === 'offer' && type)
      out.push({ type, bits: null, evidence: attemptLine(ctx, a), offered: true });
  }
  for (const line of ctx.lines('cat-pub')) {
    const k = analysePublicKeyLines(line.text);
    if (k?.keyType)
      out.push({ type: k.keyType.toUpperCase(), bits: k.bits, evidence: [line], offered: false });
  }
  for (const k of privateKeys(ctx)) {
    const f = k.file;
    if (f?.keyType)
      out.push({ type: f.keyType.toUpperCase(), bits: f.bits, evidence: k.evidence, offered: false });
  }
  for (const line of ctx.lines('ssh-add-l')) {
    const m = AGENT_LINE.exec(line.text.trim());
    if (m?.[2]) out.push({ type: m[2].toUpperCase(), bits: Number(m[1]), evidence: [line], offered: false });
  }
  return out;
}
