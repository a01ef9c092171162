// The versioned report: the single source of truth (zod) for what collect produces and triage reads.
import { z } from 'zod';
import { checkResultSchema } from '../check-key/check-result.js';
import { keyFileSchema } from '../keys/key-file-schema.js';
import { categorySchema, severitySchema } from './categories.js';
import { connectionSchema, softwareVersionSchema } from './connection.js';
import { rawEvidenceSchema } from './evidence.js';
import { SCHEMA_VERSION } from './schema-version.js';

export { type KeyFile, type KeyFormat, keyFileSchema, keyFormatSchema } from '../keys/key-file-schema.js';
export { SCHEMA_VERSION };

const nullableString = z.string().nullable();

/** A client or server version (`OpenSSH_9.2p1 Debian-2+deb12u6, OpenSSL 3.0.19`), parsed. */
export const sshVersionSchema = softwareVersionSchema;
export type SshVersion = z.infer<typeof sshVersionSchema>;

export const systemSchema = z.object({
  uname: nullableString,
  os: nullableString,
  kernel: nullableString,
  arch: nullableString,
  hostname: nullableString,
  sshVersion: sshVersionSchema.nullable(),
  /** `$HOME` as seen by the process, and the passwd home that ssh really uses for `~`. */
  home: nullableString,
  passwdHome: nullableString,
  locale: nullableString,
  date: nullableString,
});

export const lsEntrySchema = z.object({
  name: z.string(),
  /** Symbolic mode as ls prints it, e.g. `-rw-------`. */
  mode: z.string(),
  /** Octal permission bits, e.g. `0600`, or null when the symbolic mode could not be read. */
  octal: nullableString,
  kind: z.enum(['file', 'dir', 'link', 'other']),
  owner: nullableString,
  group: nullableString,
  size: z.number().nullable(),
  target: nullableString,
  line: z.string(),
});
export type LsEntry = z.infer<typeof lsEntrySchema>;

export const sshDirSchema = z.object({
  path: nullableString,
  exists: z.boolean().nullable(),
  mode: nullableString,
  entries: z.array(lsEntrySchema),
});

export const agentIdentitySchema = z.object({
  bits: z.number().int().nullable(),
  fingerprint: z.string(),
  comment: z.string(),
  type: z.string(),
});

export const agentSchema = z.object({
  /** true: answered; false: no agent or socket dead; null: not asked. */
  running: z.boolean().nullable(),
  socket: nullableString,
  identities: z.array(agentIdentitySchema),
  publicKeys: z.array(z.string()),
  error: nullableString,
});

export const effectiveConfigSchema = z.object({
  host: nullableString,
  hostname: nullableString,
  user: nullableString,
  port: z.number().int().nullable(),
  identityFiles: z.array(z.string()),
  identitiesOnly: z.boolean().nullable(),
  identityAgent: nullableString,
  proxyCommand: nullableString,
  proxyJump: nullableString,
  hostKeyAlgorithms: z.array(z.string()),
  pubkeyAcceptedAlgorithms: z.array(z.string()),
  kexAlgorithms: z.array(z.string()),
  ciphers: z.array(z.string()),
  macs: z.array(z.string()),
  batchMode: z.boolean().nullable(),
  strictHostKeyChecking: nullableString,
  userKnownHostsFiles: z.array(z.string()),
});
export type EffectiveConfig = z.infer<typeof effectiveConfigSchema>;

export const networkSchema = z.object({
  dns: z
    .object({
      status: z.enum(['ok', 'failed', 'skipped']),
      addresses: z.array(z.string()),
      error: nullableString,
    })
    .nullable(),
  tcp: z
    .object({
      status: z.enum(['open', 'refused', 'timeout', 'unreachable', 'failed', 'skipped']),
      durationMs: z.number().nullable(),
      error: nullableString,
    })
    .nullable(),
  /** First line the server sent, e.g. `SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u6`. */
  banner: nullableString,
});

export const evidenceLineSchema = z.object({
  /** Probe id (collect) or section name (triage) the line comes from. */
  source: z.string(),
  /** 1-based line number in that source. */
  line: z.number().int(),
  /** The line, verbatim from the redacted input (no trailing CR). */
  text: z.string(),
});
export type EvidenceLine = z.infer<typeof evidenceLineSchema>;

export const findingSchema = z.object({
  rule: z.string(),
  category: categorySchema,
  severity: severitySchema,
  title: z.string(),
  /** Why this is what it is, in one or two sentences. */
  explanation: z.string(),
  evidence: z.array(evidenceLineSchema),
  fix: z.object({ text: z.string(), commands: z.array(z.string()) }),
  /** Where the rule is documented. */
  docs: z.string().optional(),
});
export type Finding = z.infer<typeof findingSchema>;

export const reportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: z.object({ name: z.literal('ssh-doctor'), version: z.string() }),
  createdAt: z.string(),
  profile: z.string(),
  source: z.object({ kind: z.enum(['collect', 'triage']), name: nullableString }),
  target: z.object({ login: nullableString, host: nullableString, port: z.number().int().nullable() }),
  system: systemSchema,
  sshDir: sshDirSchema,
  keys: z.array(keyFileSchema),
  agent: agentSchema,
  config: effectiveConfigSchema.nullable(),
  network: networkSchema,
  /** What `ssh -vvv` shows, parsed (see src/parse/ssh-verbose). */
  connection: connectionSchema,
  findings: z.array(findingSchema),
  cause: categorySchema,
  /**
   * Is `~/.ssh/id_rsa.pub` in a form the account form accepts (`check-key` on it)? Collect only; absent in
   * reports of older versions and in triage of pasted text.
   */
  publicKeyCheck: checkResultSchema.extend({ path: z.string() }).nullable().optional(),
  /** Every probe, in the one-liner's order, with its redacted output. */
  probes: z.array(rawEvidenceSchema),
  /** What redaction removed (counts only, never content). */
  redactions: z.array(z.object({ probe: z.string(), kind: z.string(), count: z.number().int() })),
});
/** The versioned ssh-doctor report. */
export type Report = z.infer<typeof reportSchema>;
