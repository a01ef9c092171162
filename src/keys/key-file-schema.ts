// What the report says of one key file (format, type, mode, fingerprint...): the keys folder owns the shape it fills.
import { z } from 'zod';

const nullableString = z.string().nullable();

export const keyFormatSchema = z.enum([
  'openssh-private',
  'pem-rsa',
  'pem-dsa',
  'pem-ec',
  'pkcs8',
  'pkcs8-encrypted',
  'ppk-v2',
  'ppk-v3',
  'ssh2-private',
  'openssh-public',
  'rfc4716-public',
  'pem-public',
  'certificate',
  'empty',
  'unknown',
]);
export type KeyFormat = z.infer<typeof keyFormatSchema>;

export const keyFileSchema = z.object({
  path: z.string(),
  name: z.string(),
  role: z.enum(['private', 'public', 'other']),
  exists: z.boolean(),
  /** Octal mode, e.g. `0600`. */
  mode: nullableString,
  owner: nullableString,
  uid: z.number().int().nullable(),
  format: keyFormatSchema,
  /** Human label of the format and first line's kind, e.g. `OpenSSH private key`, `PEM RSA private key, encrypted`. */
  kind: z.string(),
  /** Family as ssh-keygen prints it: RSA, ED25519, ECDSA, DSA... */
  keyType: nullableString,
  bits: z.number().int().nullable(),
  encrypted: z.boolean().nullable(),
  cipher: nullableString,
  kdf: nullableString,
  fingerprint: nullableString,
  comment: nullableString,
  /** For a private key: does the `.pub` beside it hold the same key? null when there is no `.pub` or it cannot tell. */
  matchesPub: z.boolean().nullable(),
  /** Named by an `IdentityFile` of the effective config (`ssh -G`). */
  inConfig: z.boolean(),
  /** One of the file names ssh tries by default (`id_rsa`, `id_ed25519`, ...). */
  defaultName: z.boolean(),
  /** Is this key's fingerprint in the agent? null when the agent could not be asked. */
  inAgent: z.boolean().nullable(),
  /** Wire type name, e.g. `ssh-rsa`, `ecdsa-sha2-nistp256`, `sk-ssh-ed25519@openssh.com`. */
  sshType: nullableString.optional(),
  /** The file ends early (no END line, body cut short): it was damaged when copied. */
  truncated: z.boolean().optional(),
  error: z.string().optional(),
});
export type KeyFile = z.infer<typeof keyFileSchema>;
