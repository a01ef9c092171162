// The part of the CLI settings the mailer reads, so that mail/ does not depend on cli/.
import type { ConfigFile } from '../profile/config.js';
import type { Profile } from '../profile/profile.js';

/** Structurally a subset of `Settings` from src/cli/settings.ts. */
export interface MailSettings {
  profile: Profile;
  config: ConfigFile;
  /** Named in error messages about config keys. */
  configPath: string;
  env: NodeJS.ProcessEnv;
  /** The outbox lives here (`$XDG_STATE_HOME/ssh-doctor` unless configured). */
  stateDir: string;
}
