// Transcripts in the style of public posts (forums, bug trackers, pasted mails), fed whole through triage.
// written from shared/reference + OpenSSH knowledge, not a recorded transcript: every case is composed for this table
// (versions, paths, hosts and fingerprints are illustrative) and none is copied from a public post. One file a family.
import { AGENT_CASES } from './public-agent.js';
import { AUTH_CASES } from './public-auth.js';
import type { PublicCase } from './public-case.js';
import { HOSTKEY_CASES } from './public-hostkeys.js';
import { KEY_FILE_CASES } from './public-keys.js';
import { NETWORK_CASES } from './public-network.js';
import { NO_KEY_CASES } from './public-no-key.js';
import { PASSPHRASE_CASES } from './public-passphrase.js';
import { PROXY_CASES } from './public-proxy.js';
import { SIGNATURE_CASES } from './public-signature.js';
import { SUCCESS_CASES } from './public-success.js';

export type { PublicCase } from './public-case.js';

export const PUBLIC_CASES: PublicCase[] = [
  ...SUCCESS_CASES,
  ...NETWORK_CASES,
  ...PROXY_CASES,
  ...HOSTKEY_CASES,
  ...SIGNATURE_CASES,
  ...KEY_FILE_CASES,
  ...NO_KEY_CASES,
  ...AUTH_CASES,
  ...PASSPHRASE_CASES,
  ...AGENT_CASES,
];
