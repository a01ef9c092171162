// The user's config file (~/.config/ssh-doctor/config.json): zod-validated, with errors that name the bad key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { profileSchema } from './profile.js';

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
export type ConfigFile = z.infer<typeof configFileSchema>;

/** Where the config file is looked for when `--config` is not given. */
export function defaultConfigPath(env: NodeJS.ProcessEnv, home: string): string {
  const base = env.XDG_CONFIG_HOME || join(home, '.config');
  return join(base, 'ssh-doctor', 'config.json');
}

/** One line naming the first bad key of a zod error, e.g. `port: Too big: expected number to be <=65535`. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  const path = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  return `${path}: ${issue.message}`;
}

/**
 * Reads and validates a config file. A missing file is fine unless it was asked for explicitly.
 * Any other problem is a ConfigError naming the file and the key.
 */
export function loadConfigFile(path: string, explicit: boolean): ConfigFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !explicit) return {};
    throw new ConfigError(`cannot read config file ${path}: ${code ?? String(error)}`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`config file ${path} is not valid JSON: ${(error as Error).message}`, {
      hint: 'check commas and quotes',
    });
  }
  const parsed = configFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new ConfigError(`config file ${path}: ${describeZodError(parsed.error)}`);
  }
  return parsed.data;
}
