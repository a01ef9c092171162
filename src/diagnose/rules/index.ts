// Every diagnosis rule, in id order. Adding a rule = a file here, a catalogue entry, a doc page, a test.
import type { Rule } from '../rule.js';
import { ssh001 } from './ssh001-dns-failure.js';
import { ssh002 } from './ssh002-connection-refused.js';
import { ssh003 } from './ssh003-connect-timeout.js';
import { ssh004 } from './ssh004-banner-timeout.js';
import { ssh005 } from './ssh005-no-route.js';
import { ssh006 } from './ssh006-connection-closed.js';
import { ssh007 } from './ssh007-proxy-failure.js';
import { ssh008 } from './ssh008-not-ssh-server.js';
import { ssh009 } from './ssh009-success.js';
import { ssh010 } from './ssh010-dns-alias.js';
import { ssh011 } from './ssh011-proxy-program-failed.js';
import { ssh099 } from './ssh099-nothing-decided.js';
import { ssh101 } from './ssh101-host-key-changed.js';
import { ssh102 } from './ssh102-host-key-unknown-batch.js';
import { ssh103 } from './ssh103-host-key-algo-mismatch.js';
import { ssh104 } from './ssh104-kex-mismatch.js';
import { ssh105 } from './ssh105-cipher-mismatch.js';
import { ssh106 } from './ssh106-mac-mismatch.js';
import { ssh107 } from './ssh107-no-mutual-signature.js';
import { ssh108 } from './ssh108-old-server-rsa-skipped.js';
import { ssh109 } from './ssh109-old-client-sha1.js';
import { ssh110 } from './ssh110-server-sha1-only.js';
import { ssh111 } from './ssh111-sha1-signature-refused.js';
import { ssh201 } from './ssh201-key-refused.js';
import { ssh202 } from './ssh202-no-key-offered.js';
import { ssh203 } from './ssh203-identity-file-missing.js';
import { ssh204 } from './ssh204-passphrase-failed.js';
import { ssh205 } from './ssh205-accepted-not-signed.js';
import { ssh206 } from './ssh206-encrypted-key-batch.js';
import { ssh207 } from './ssh207-agent-signing-failed.js';
import { ssh208 } from './ssh208-agent-unavailable.js';
import { ssh209 } from './ssh209-too-many-auth-failures.js';
import { ssh210 } from './ssh210-agent-many-keys.js';
import { ssh211 } from './ssh211-login-placeholder.js';
import { ssh212 } from './ssh212-permission-denied.js';
import { ssh213 } from './ssh213-publickey-not-allowed.js';
import { ssh214 } from './ssh214-private-key-missing.js';
import { ssh215 } from './ssh215-second-factor-failed.js';
import { ssh216 } from './ssh216-client-auth-failed.js';
import { ssh301 } from './ssh301-key-permissions.js';
import { ssh302 } from './ssh302-key-file-mode.js';
import { ssh303 } from './ssh303-config-permissions.js';
import { ssh304 } from './ssh304-key-load-failed.js';
import { ssh305 } from './ssh305-ppk-key.js';
import { ssh306 } from './ssh306-key-type-not-accepted.js';
import { ssh307 } from './ssh307-rsa-too-short.js';
import { ssh308 } from './ssh308-rsa-below-recommended.js';
import { ssh309 } from './ssh309-no-passphrase.js';
import { ssh310 } from './ssh310-pub-mismatch.js';
import { ssh311 } from './ssh311-non-default-key-name.js';
import { ssh312 } from './ssh312-bad-config-option.js';
import { ssh313 } from './ssh313-client-key-unreadable.js';

export const RULES: readonly Rule[] = [
  ssh001,
  ssh002,
  ssh003,
  ssh004,
  ssh005,
  ssh006,
  ssh007,
  ssh008,
  ssh009,
  ssh010,
  ssh011,
  ssh101,
  ssh102,
  ssh103,
  ssh104,
  ssh105,
  ssh106,
  ssh107,
  ssh108,
  ssh109,
  ssh110,
  ssh111,
  ssh201,
  ssh202,
  ssh203,
  ssh204,
  ssh205,
  ssh206,
  ssh207,
  ssh208,
  ssh209,
  ssh210,
  ssh211,
  ssh212,
  ssh213,
  ssh214,
  ssh215,
  ssh216,
  ssh301,
  ssh302,
  ssh303,
  ssh304,
  ssh305,
  ssh306,
  ssh307,
  ssh308,
  ssh309,
  ssh310,
  ssh311,
  ssh312,
  ssh099,
  ssh313,
];
