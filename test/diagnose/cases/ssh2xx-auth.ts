// Test table of the SSH2xx authentication rules (keys offered, refused, missing; login problems).
import { lines, localRun, oneLiner, type RuleCase } from '../../support/diagnose-support.js';
import {
  ACCEPT,
  AUTH,
  CAN,
  CLIENT_DEBIAN_92_LATEST,
  CLIENT_RHEL7_74,
  END,
  FP,
  KEY_LS,
  NO_KEYS,
  OFFER,
} from './fragments.js';

// from shared/reference (not a recorded transcript): §1.7–§1.9 and §2.2 messages of several versions (fragments.ts).

export const fire: RuleCase[] = [
  {
    name: 'recorded key refused',
    text: localRun('key-refused.log'),
    rule: 'SSH201',
    cause: 'auth_failed',
    evidence: ['Offering public key: /tmp/sdr/id_bad', 'Permission denied'],
  },
  {
    name: 'recorded key refused, collect',
    path: 'collect',
    text: localRun('key-refused.log'),
    rule: 'SSH201',
    cause: 'auth_failed',
  },
  {
    name: 'key refused, 7.4 wording',
    text: oneLiner({
      ls: KEY_LS,
      log: lines(
        CLIENT_RHEL7_74,
        AUTH,
        CAN,
        'debug1: Offering RSA public key: /home/jdoe/.ssh/id_rsa',
        CAN,
        ...END,
      ),
    }),
    rule: 'SSH201',
    cause: 'auth_failed',
    evidence: ['Offering RSA public key'],
  },
  {
    name: 'key refused, 7.8 wording',
    text: lines(
      'OpenSSH_7.8p1, OpenSSL 1.1.0i  14 Aug 2018',
      CAN,
      `debug1: Offering public key: RSA ${FP} /home/jdoe/.ssh/id_rsa`,
      CAN,
      ...END,
    ),
    rule: 'SSH201',
    cause: 'auth_failed',
  },
  {
    name: 'no key at all (one-liner)',
    text: oneLiner({
      log: lines(
        CLIENT_DEBIAN_92_LATEST,
        ...NO_KEYS,
        AUTH,
        CAN,
        'debug1: Next authentication method: publickey',
        'debug1: Trying private key: /home/jdoe/.ssh/id_rsa',
        'debug1: Trying private key: /home/jdoe/.ssh/id_dsa',
        ...END,
      ),
    }),
    rule: 'SSH202',
    cause: 'no_key_offered',
    evidence: ['type -1', 'Permission denied'],
  },
  {
    name: 'no key at all, 6.6 log only',
    text: lines(
      'OpenSSH_6.6.1, OpenSSL 1.0.1f 6 Jan 2014',
      ...NO_KEYS,
      CAN,
      'debug1: Trying private key: /home/jdoe/.ssh/id_rsa',
      ...END,
    ),
    rule: 'SSH202',
    cause: 'no_key_offered',
  },
  {
    name: 'recorded missing -i file',
    text: localRun('missing-identity.log'),
    rule: 'SSH203',
    cause: 'no_key_offered',
    evidence: ['not accessible'],
  },
  {
    name: 'IdentityFile missing (INFO line)',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      CAN,
      'debug1: Trying private key: /home/jdoe/.ssh/ipsl_key',
      'no such identity: /home/jdoe/.ssh/ipsl_key: No such file or directory',
      ...END,
    ),
    rule: 'SSH203',
    cause: 'no_key_offered',
  },
  {
    name: 'PEM key without .pub, signed and refused',
    text: oneLiner({
      ls: ['-rw-------  1 jdoe jdoe 1766 Nov 26 00:41 id_rsa'],
      log: lines(
        CLIENT_RHEL7_74,
        'debug1: identity file /home/jdoe/.ssh/id_rsa type -1',
        CAN,
        'debug1: Trying private key: /home/jdoe/.ssh/id_rsa',
        CAN,
        ...END,
      ),
    }),
    rule: 'SSH201',
    cause: 'auth_failed',
    evidence: ['Trying private key'],
  },
  {
    name: 'placeholder login',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      "debug1: Authenticating to ciclad.ipsl.jussieu.fr:22 as 'replace_by_your_login'",
      CAN,
      OFFER,
      CAN,
      'debug1: No more authentication methods to try.',
      'replace_by_your_login@ciclad.ipsl.jussieu.fr: Permission denied (publickey).',
    ),
    rule: 'SSH211',
    cause: 'auth_failed',
    evidence: ['replace_by_your_login'],
  },
  {
    name: 'bare permission denied',
    text: lines('jdoe@ciclad.ipsl.jussieu.fr: Permission denied (publickey).'),
    rule: 'SSH212',
    cause: 'auth_failed',
  },
  {
    name: 'bare permission denied, 7.5 wording',
    text: oneLiner({ ls: KEY_LS, log: 'Permission denied (publickey).' }),
    rule: 'SSH212',
    cause: 'auth_failed',
  },
  {
    name: 'password only',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      'debug1: Authentications that can continue: password',
      'debug1: Next authentication method: password',
      'jdoe@ciclad.ipsl.jussieu.fr: Permission denied (password).',
    ),
    rule: 'SSH213',
    cause: 'auth_failed',
  },
  {
    name: 'only the .pub is here',
    text: oneLiner({
      ls: ['-rw-r--r--  1 jdoe jdoe  741 Nov 26 00:41 id_rsa.pub'],
      log: lines(CLIENT_DEBIAN_92_LATEST, CAN, OFFER, ACCEPT, ...END),
    }),
    rule: 'SSH214',
    cause: 'no_key_offered',
    evidence: ['id_rsa.pub', 'Server accepts key'],
  },
];

export const quiet: RuleCase[] = [
  { name: 'success is no refusal', text: localRun('success-v.log'), rule: 'SSH201', cause: 'success' },
  { name: 'refused key is not no-key', text: localRun('key-refused.log'), rule: 'SSH202' },
  { name: 'verbose log is not bare', text: localRun('key-refused.log'), rule: 'SSH212' },
  {
    name: 'a first refused key then success',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      CAN,
      OFFER,
      CAN,
      `debug1: Offering public key: /home/jdoe/.ssh/id_ed25519 ED25519 ${FP}`,
      `debug1: Server accepts key: /home/jdoe/.ssh/id_ed25519 ED25519 ${FP}`,
      'Authenticated to ciclad.ipsl.jussieu.fr ([134.157.1.1]:22) using "publickey".',
    ),
    rule: 'SSH201',
    cause: 'success',
  },
  { name: 'real login is no placeholder', text: localRun('key-refused.log'), rule: 'SSH211' },
];
