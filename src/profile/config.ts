// The user's config file (~/.config/ssh-doctor/config.json): zod-validated, with errors that name the bad key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { ConfigError } from '../errors.js';
import type { configFileSchema } from './config-schema.js';

export type ConfigFile = z.infer<typeof configFileSchema>;

/** Where the config file is looked for when `--config` is not given. */
export function defaultConfigPath(env: NodeJS.ProcessEnv, home: string): string {
  const base = env.XDG_CONFIG_HOME || join(home, '.config');
  return join(base, 'ssh-doctor', 'config.json');
}

/**
 * Reads and validates a config file. A missing file is fine unless it was asked for explicitly.
 * Any other problem is a ConfigError naming the file and the key.
 */
export async function loadConfigFile(path: string, explicit: boolean): Promise<ConfigFile> {
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
  const { configFileSchema, describeZodError } = await import('./config-schema.js');
  const parsed = configFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new ConfigError(`config file ${path}: ${describeZodError(parsed.error)}`);
  }
  return parsed.data;
}
