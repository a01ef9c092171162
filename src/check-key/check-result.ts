// The zod-described result of check-key (single key and batch): the --json contract, validated before printing.
import { z } from 'zod';
import { PROBLEM_CODES } from './problems.js';

export const verdictSchema = z.enum(['ok', 'fixed', 'rejected']);
export type Verdict = z.infer<typeof verdictSchema>;

export const problemSchema = z.object({
  code: z.enum(PROBLEM_CODES),
  severity: z.enum(['error', 'fix', 'warning', 'info']),
  message: z.string(),
  hint: z.string().optional(),
});

export const keyInfoSchema = z.object({
  /** Wire type from the key data, e.g. `ssh-rsa`. */
  sshType: z.string(),
  /** As ssh-keygen prints it: RSA, ED25519, ECDSA... */
  family: z.string(),
  bits: z.number().int().nullable(),
  /** `SHA256:...` exactly as `ssh-keygen -lf` prints it. */
  fingerprint: z.string(),
  /** `MD5:aa:bb:...`, what old PuTTY and OpenSSH <= 6.7 show. */
  md5: z.string(),
  comment: z.string().nullable(),
});
export type KeyInfo = z.infer<typeof keyInfoSchema>;

export const checkResultSchema = z.object({
  verdict: verdictSchema,
  /** What the input was recognised as, e.g. `OpenSSH public key`, `RFC 4716 public key`, `PuTTY private key`. */
  input: z.string(),
  key: keyInfoSchema.nullable(),
  /** The key as one OpenSSH line (`<type> <base64> <comment>`) ready to paste; null when rejected. */
  publicKey: z.string().nullable(),
  problems: z.array(problemSchema),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

/** What `check-key --json` prints for one key: the result and where the text came from. */
export const checkReportSchema = checkResultSchema.extend({ source: z.string() });
export type CheckReport = z.infer<typeof checkReportSchema>;

export const batchEntrySchema = z.object({
  source: z.object({ file: z.string(), line: z.number().int().positive() }),
  /** The key's comment (usually user@host), or null. */
  label: z.string().nullable(),
  result: checkResultSchema,
  /** `file:line` of other entries holding the same key. */
  duplicateOf: z.array(z.string()),
});
export type BatchEntry = z.infer<typeof batchEntrySchema>;

export const batchSummarySchema = z.object({
  total: z.number().int(),
  ok: z.number().int(),
  fixed: z.number().int(),
  rejected: z.number().int(),
  /** Entries whose key also appears in another entry. */
  duplicates: z.number().int(),
});
export type BatchSummary = z.infer<typeof batchSummarySchema>;

export const batchResultSchema = z.object({
  entries: z.array(batchEntrySchema),
  summary: batchSummarySchema,
});
export type BatchResult = z.infer<typeof batchResultSchema>;
