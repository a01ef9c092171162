// Merges flags > environment > config file > site profile into the settings a command runs with.
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { type ConfigFile, defaultConfigPath, loadConfigFile } from '../profile/config.js';
import type { Profile } from '../profile/profile.js';
import { resolveProfile } from '../profile/resolve-profile.js';
import { LANGUAGES } from './lang-option.js';

/** Flags every command accepts. */
export interface GlobalFlags {
  profile?: string | undefined;
  config?: string | undefined;
  /** `--lang`: the language of the diagnosis texts, over the profile's (collect, triage). */
  lang?: string | undefined;
}

/** `--lang` or `SSH_DOCTOR_LANG`, checked; undefined keeps the profile's language. */
function languageOverride(flags: GlobalFlags, env: NodeJS.ProcessEnv): Profile['language'] | undefined {
  const lang = pick(flags.lang, env.SSH_DOCTOR_LANG);
  if (lang === undefined) return undefined;
  const l = lang.trim().toLowerCase();
  if (!(LANGUAGES as readonly string[]).includes(l))
    throw new UsageError(`unknown language '${lang}' (--lang or SSH_DOCTOR_LANG)`, {
      hint: `use ${LANGUAGES.join(' or ')}`,
    });
  return l as Profile['language'];
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
  const resolved = await resolveProfile(pick(flags.profile, env.SSH_DOCTOR_PROFILE), config);
  const language = languageOverride(flags, env);
  const profile = language === undefined ? resolved : { ...resolved, language };
  const stateDir =
    pick(env.SSH_DOCTOR_STATE_DIR, config.stateDir) ??
    join(env.XDG_STATE_HOME || join(env.HOME || home, '.local', 'state'), 'ssh-doctor');
  return { profile, config, configPath, env, home, stateDir };
}
