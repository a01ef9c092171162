// Merges flags > environment > config file > site profile into the settings a command runs with.
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { type ConfigFile, defaultConfigPath, loadConfigFile } from '../profile/config.js';
import type { Profile } from '../profile/profile.js';
import { resolveProfile } from '../profile/resolve-profile.js';

/** Flags every command accepts. */
export interface GlobalFlags {
  profile?: string | undefined;
  config?: string | undefined;
}

export interface Settings {
  profile: Profile;
  config: ConfigFile;
  configPath: string;
  env: NodeJS.ProcessEnv;
  /** The home ssh uses (passwd entry). */
  home: string;
  /** Where the outbox lives: `$XDG_STATE_HOME/ssh-doctor` unless configured. */
  stateDir: string;
}

/** First defined value, in precedence order. */
export function pick<T>(...values: (T | undefined | null | '')[]): T | undefined {
  for (const v of values) if (v !== undefined && v !== null && v !== '') return v as T;
  return undefined;
}

export async function loadSettings(
  flags: GlobalFlags,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Settings> {
  const home = userInfo().homedir;
  const explicit = pick(flags.config, env.SSH_DOCTOR_CONFIG);
  const configPath = explicit ?? defaultConfigPath(env, env.HOME || home);
  const config = await loadConfigFile(configPath, explicit !== undefined);
  const profile = await resolveProfile(pick(flags.profile, env.SSH_DOCTOR_PROFILE), config);
  const stateDir =
    pick(env.SSH_DOCTOR_STATE_DIR, config.stateDir) ??
    join(env.XDG_STATE_HOME || join(env.HOME || home, '.local', 'state'), 'ssh-doctor');
  return { profile, config, configPath, env, home, stateDir };
}
