// Raw probe evidence: what one command (or in-process check) produced, already redacted.
import { z } from 'zod';

/** Probe ids, in the order of the support one-liner, then the extra evidence collect adds. */
export const PROBE_IDS = [
  'uname',
  'ls-ssh',
  'ssh-add-l',
  'ssh-add-L',
  'private-key-header',
  'cat-pub',
  'date',
  'ssh-vvv',
  'ssh-version',
  'ssh-config',
] as const;
export const probeIdSchema = z.enum(PROBE_IDS);
export type ProbeId = z.infer<typeof probeIdSchema>;

export const probeStatusSchema = z.enum(['ok', 'failed', 'timeout', 'missing', 'skipped']);
/** `failed`: ran and exited non-zero; `missing`: the command or file does not exist; `skipped`: not run. */
export type ProbeStatus = z.infer<typeof probeStatusSchema>;

export const rawEvidenceSchema = z.object({
  probe: probeIdSchema,
  /** The command line this section stands for, as the one-liner shows it (e.g. `ls -al $HOME/.ssh`). */
  title: z.string(),
  /** argv actually run (empty for in-process probes). */
  argv: z.array(z.string()),
  status: probeStatusSchema,
  exitCode: z.number().int().nullable(),
  durationMs: z.number().nonnegative(),
  timedOut: z.boolean(),
  stdout: z.string(),
  stderr: z.string(),
  /** Why the probe could not run, one line (e.g. `spawn ssh-add ENOENT`). */
  error: z.string().optional(),
  /** collect ended the command on purpose once it had the answer (ssh -vvv: at `Authenticated to`, no shell). */
  stoppedEarly: z.boolean().optional(),
  /** Line number of the first output line in the original input (triage of pasted text); 1 when absent. */
  firstLine: z.number().int().min(1).optional(),
});
/** What one probe produced. Text is redacted before it is stored here. */
export type RawEvidence = z.infer<typeof rawEvidenceSchema>;
