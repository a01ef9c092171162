// The stable root-cause categories (DESIGN.md): triage, the JSON report and rules all use exactly these ids.
import { z } from 'zod';

export const CATEGORIES = [
  'auth_failed',
  'no_key_offered',
  'host_key_algo_mismatch',
  'kex_mismatch',
  'cipher_mismatch',
  'mac_mismatch',
  'pubkey_algo_rejected',
  'key_permissions',
  'key_format',
  'passphrase_problem',
  'timeout',
  'refused',
  'no_route',
  'dns',
  'host_key_changed',
  'host_key_unknown_batch',
  'too_many_auth_failures',
  'agent_problem',
  'proxy_failure',
  'connection_closed',
  'success',
  'other',
] as const;

export const categorySchema = z.enum(CATEGORIES);
/** One root-cause category id. */
export type Category = z.infer<typeof categorySchema>;

export const severitySchema = z.enum(['error', 'warning', 'info']);
/** How bad a finding is: `error` explains a failure, `warning` is a risk or policy issue, `info` is context. */
export type Severity = z.infer<typeof severitySchema>;
