// Login, host and port for setup and fix, resolved exactly as collect does: flags > env > config > profile.
import { userInfo } from 'node:os';
import type { Settings } from '../cli/settings.js';
import { pick } from '../cli/settings.js';
import { validateHost, validateLogin, validatePort } from '../collect/validate-target.js';

export interface TargetFlags {
  login?: string | undefined;
  host?: string | undefined;
  port?: number | string | undefined;
}

export interface Target {
  login: string;
  host: string;
  port: number;
  /** The login came from a flag, the environment or the config (not guessed from the local user name). */
  loginGiven: boolean;
}

export function resolveTarget(flags: TargetFlags, settings: Settings): Target {
  const { profile, config, env } = settings;
  const site = profile.hosts[0];
  const given = flags.login ?? pick(env.SSH_DOCTOR_LOGIN, config.login);
  const login = validateLogin(given ?? userInfo().username);
  const host = validateHost(flags.host ?? pick(env.SSH_DOCTOR_HOST, config.host, site?.hostname) ?? '');
  const port = validatePort(
    flags.port ?? pick<number | string>(env.SSH_DOCTOR_PORT, config.port, site?.port) ?? 22,
  );
  return { login, host, port, loginGiven: given !== undefined };
}
