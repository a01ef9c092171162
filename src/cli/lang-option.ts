// The `--lang` option of the commands that print diagnosis texts (collect, triage), and the languages it accepts.
import type { Options } from 'yargs';
import type { Profile } from '../profile/profile.js';

/** Languages with a message catalogue (src/diagnose/catalogue). */
export const LANGUAGES: readonly Profile['language'][] = ['en', 'fr'];

export const langOption = {
  choices: [...LANGUAGES],
  describe:
    "language of the diagnosis, the report's headings and reply drafts (default: the profile's; env SSH_DOCTOR_LANG)",
} satisfies Options;
