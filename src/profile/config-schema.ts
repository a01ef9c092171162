// zod schema of the config file, loaded only when a config file exists (keeps start-up free of zod).
import { z } from 'zod';
import { profileSchema } from './profile-schema.js';

export const configFileSchema = z
  .object({
    /** Profile id (built-in or one of `profiles`). */
    profile: z.string().optional(),
    /** Extra site profiles; `extends` names a profile whose values are taken for the missing keys. */
    profiles: z
      .record(z.string(), profileSchema.partial().extend({ extends: z.string().optional() }))
      .optional(),
    login: z.string().optional(),
    host: z.string().optional(),
    port: z.number().int().min(1).max(65535).optional(),
    timeout: z.number().positive().max(600).optional(),
    /** The user's own address (From / Reply-To of the mail to support). */
    from: z.string().email().optional(),
    /** SMTP URL, e.g. `smtps://user:pass@smtp.example.org:465` or `smtp://smtp.lab.fr:587`. */
    smtp: z.string().url().optional(),
    via: z.enum(['smtp', 'sendmail', 'none']).optional(),
    sendmailPath: z.string().optional(),
    /** Outbox directory (default `$XDG_STATE_HOME/ssh-doctor`). */
    stateDir: z.string().optional(),
  })
  .strict();

/** One line naming the first bad key of a zod error, e.g. `port: Too big: expected number to be <=65535`. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  const path = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  return `${path}: ${issue.message}`;
}
