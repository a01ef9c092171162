// The user's own address (From / Reply-To): --from > SSH_DOCTOR_FROM > config `from` > asked on a terminal.
import { ConfigError, UsageError } from '../errors.js';
import type { ConfigFile } from '../profile/config.js';
import { parseAddress } from './address.js';
import type { MailIo } from './io.js';

export interface FromSources {
  flag?: string | undefined;
  env: NodeJS.ProcessEnv;
  config: ConfigFile;
  configPath: string;
  io: MailIo;
  /** Ask on the terminal when no source gives an address. */
  prompt: boolean;
}

/** Quotes a bad value for an error line; JSON escaping keeps control characters out of the terminal. */
function shown(value: string): string {
  return JSON.stringify(value.slice(0, 60));
}

function checked(value: string, source: string, config = false): string {
  const address = parseAddress(value);
  if (address) return address;
  const message = `${source}: ${shown(value)} is not an e-mail address`;
  const hint = 'give a plain address like alice@lab.example.org';
  throw config ? new ConfigError(message, { hint }) : new UsageError(message, { hint });
}

/** The validated address, or undefined when none is configured and none was typed. */
export async function resolveFrom(sources: FromSources): Promise<string | undefined> {
  const { flag, env, config, io } = sources;
  if (flag !== undefined && flag !== '') return checked(flag, '--from');
  if (env.SSH_DOCTOR_FROM) return checked(env.SSH_DOCTOR_FROM, 'SSH_DOCTOR_FROM');
  if (config.from) return checked(config.from, `${sources.configPath}: from`, true);
  if (!sources.prompt || !io.interactive) return undefined;
  for (let tries = 0; tries < 3; tries++) {
    const answer = await io.ask('Your e-mail address (support will reply to it; empty to skip): ');
    if (answer === '') return undefined;
    const address = parseAddress(answer);
    if (address) return address;
    io.note(`${shown(answer)} is not an e-mail address.\n`);
  }
  return undefined;
}
