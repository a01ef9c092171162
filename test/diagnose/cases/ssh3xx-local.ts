// Test table of the SSH3xx rules (local files, config, site key policy).
import { keyFile, lines, localRun, oneLiner, type RuleCase } from '../../support/diagnose-support.js';
import { CAN, CLIENT_DEBIAN_92_LATEST, END, FP, OFFER } from './fragments.js';

// from shared/reference (not a recorded transcript): §1.9 key loading messages, §5.1 config permissions.
const NO_KEYS = ['id_rsa', 'id_ecdsa', 'id_ed25519'].map(
  (k) => `debug1: identity file /home/jdoe/.ssh/${k} type -1`,
);
const TRYING = ['id_rsa', 'id_ecdsa', 'id_ed25519'].map(
  (k) => `debug1: Trying private key: /home/jdoe/.ssh/${k}`,
);
const NO_KEY_LOG = lines(
  CLIENT_DEBIAN_92_LATEST,
  ...NO_KEYS,
  CAN,
  'debug1: Next authentication method: publickey',
  ...TRYING,
  ...END,
);
const REFUSED_LOG = lines(
  CLIENT_DEBIAN_92_LATEST,
  'debug1: identity file /home/jdoe/.ssh/id_rsa type 0',
  CAN,
  OFFER,
  CAN,
  ...END,
);
const ls = (...names: string[]) => names.map((n) => `-rw-------  1 jdoe jdoe 3381 Nov 26 00:41 ${n}`);
const ED_OFFER =
  'debug1: Offering public key: /home/jdoe/.ssh/id_ed25519 ED25519 SHA256:2t0fi/JtHLQQKVog9+GZR4w3WvMQDJ+hsv6DshbgMuQ';
// Throw-away public keys generated for these tests (public halves only).
const RSA1024 =
  'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDCUYOGqqGtAVXsHPL1chZ//O6VZ0VN1bKUF9jcygDJAGfOzpa3wQ5mXKX0nSTgBm9FYENL/bNuFZ9WuTbLKRjvzn/i4K0EB+ZyJHF7ePP+CGdszFPCj1Pa+25aL5CuGj8SLQ/6wY06VmCGJ5T02w0g67+3W76aOhOT7K++4KcNpw== jdoe@laptop';
const RSA2048 =
  'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCm31vqcqu1LoFS2/pQl81k2HgvzMsyKx537jFWdKPLjGR/1MGxcGAjWS0YNi5I7RE2ME8NXGkC3TliLcEcaQouKY9fadZOlrXKxwS0KMPOdKz5U9yT+ilCRiRyg4ph7U6jirMXOfIUDBcx+TxKUXfdJ+IhCjaxwCT5EJ7Ntmd/ZwVpjeG6bXoWs0Z7csLarQSWjQVNUFr1At88yJLilFNQ8Bd6nQdXeW+GVbRlWlb7ZWovISAOckrT+cwTvbxJhGAmhOduiM+p0lcZciVTk0k2gKrDCL5OYa0UqlEoSxvV7QxxHCKS3j9eaOXm9cKEfSarLY/xMkIm/Smo7tN8xIpd jdoe@laptop';

export const fire: RuleCase[] = [
  {
    name: 'recorded 0644 key',
    text: localRun('unprotected-key.log'),
    rule: 'SSH301',
    cause: 'key_permissions',
    evidence: ['UNPROTECTED PRIVATE KEY FILE', "Permissions 0644 for '/tmp/sdr/id_open'"],
  },
  {
    name: 'unreadable key',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      CAN,
      'debug1: Trying private key: /home/jdoe/.ssh/id_rsa',
      'Load key "/home/jdoe/.ssh/id_rsa": Permission denied',
      ...END,
    ),
    rule: 'SSH301',
    cause: 'key_permissions',
  },
  {
    name: 'Windows ACL wording',
    text: lines(
      'OpenSSH_for_Windows_8.1p1, LibreSSL 3.0.2',
      'Bad permissions. Try removing permissions for user: BUILTIN\\Users (S-1-5-32-545) on file C:/Users/jdoe/.ssh/id_rsa.',
      ...END,
    ),
    rule: 'SSH301',
    cause: 'key_permissions',
  },
  {
    name: '0644 key in ls, refused before loading',
    text: oneLiner({ ls: ['-rw-r--r--  1 jdoe jdoe 3381 Nov 26 00:41 id_rsa'], log: REFUSED_LOG }),
    rule: 'SSH302',
    cause: 'auth_failed',
    evidence: ['id_rsa'],
  },
  {
    name: 'group-writable config',
    text: lines(CLIENT_DEBIAN_92_LATEST, 'Bad owner or permissions on /home/jdoe/.ssh/config'),
    rule: 'SSH303',
    cause: 'key_permissions',
  },
  {
    name: 'invalid format',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      CAN,
      'debug1: Trying private key: /home/jdoe/.ssh/id_rsa',
      'Load key "/home/jdoe/.ssh/id_rsa": invalid format',
      ...END,
    ),
    rule: 'SSH304',
    cause: 'key_format',
    evidence: ['invalid format'],
  },
  {
    name: 'error in libcrypto',
    text: oneLiner({
      ls: ls('id_rsa'),
      log: lines(
        CLIENT_DEBIAN_92_LATEST,
        CAN,
        'debug1: Trying private key: /home/jdoe/.ssh/id_rsa',
        'Load key "/home/jdoe/.ssh/id_rsa": error in libcrypto',
        ...END,
      ),
    }),
    rule: 'SSH304',
    cause: 'key_format',
  },
  {
    name: 'id_rsa is a PuTTY key',
    text: oneLiner({
      ls: ls('id_rsa'),
      header: ['PuTTY-User-Key-File-2: ssh-rsa', 'Encryption: aes256-cbc'],
      log: lines(
        CLIENT_DEBIAN_92_LATEST,
        'debug1: identity file /home/jdoe/.ssh/id_rsa type -1',
        CAN,
        'debug1: Trying private key: /home/jdoe/.ssh/id_rsa',
        'Load key "/home/jdoe/.ssh/id_rsa": invalid format',
        ...END,
      ),
    }),
    rule: 'SSH305',
    cause: 'key_format',
    evidence: ['PuTTY-User-Key-File-2'],
  },
  {
    name: 'only a .ppk in ~/.ssh',
    text: oneLiner({ ls: ls('meso.ppk'), log: NO_KEY_LOG }),
    rule: 'SSH305',
    cause: 'no_key_offered',
    evidence: ['meso.ppk'],
  },
  {
    name: 'ed25519 user against an RSA-only site',
    text: oneLiner({ ls: ls('id_ed25519'), log: lines(CLIENT_DEBIAN_92_LATEST, CAN, ED_OFFER, CAN, ...END) }),
    rule: 'SSH306',
    cause: 'auth_failed',
    evidence: ['ED25519'],
  },
  {
    name: '1024-bit RSA key',
    text: oneLiner({ ls: ls('id_rsa', 'id_rsa.pub'), pub: [RSA1024], log: REFUSED_LOG }),
    rule: 'SSH307',
    cause: 'auth_failed',
    evidence: ['ssh-rsa AAAA'],
  },
  {
    name: '2048-bit RSA key',
    text: oneLiner({ ls: ls('id_rsa', 'id_rsa.pub'), pub: [RSA2048], log: localRun('success-v.log') }),
    rule: 'SSH308',
    cause: 'success',
  },
  {
    name: 'unencrypted key (redacted header)',
    text: oneLiner({
      ls: ls('id_rsa'),
      header: [`[private key removed: OpenSSH rsa 4096, not encrypted, ${FP}]`],
      log: localRun('success-v.log'),
    }),
    rule: 'SSH309',
    cause: 'success',
  },
  {
    name: 'unencrypted PuTTY key',
    text: oneLiner({
      ls: ls('id_rsa'),
      header: ['PuTTY-User-Key-File-3: ssh-rsa', 'Encryption: none'],
      log: NO_KEY_LOG,
    }),
    rule: 'SSH309',
  },
  {
    name: '.pub of another key (collect)',
    path: 'collect',
    text: REFUSED_LOG,
    keys: [keyFile({ name: 'id_rsa', matchesPub: false })],
    rule: 'SSH310',
    cause: 'auth_failed',
  },
  {
    name: 'private key does not match its .pub (log)',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      CAN,
      OFFER,
      `debug1: Server accepts key: /home/jdoe/.ssh/id_rsa RSA ${FP}`,
      'sign_and_send_pubkey: private key /home/jdoe/.ssh/id_rsa contents do not match public',
      ...END,
    ),
    rule: 'SSH310',
    cause: 'auth_failed',
    evidence: ['do not match public'],
  },
  {
    name: 'key saved as meso_rsa',
    text: oneLiner({ ls: ls('meso_rsa', 'meso_rsa.pub'), log: NO_KEY_LOG }),
    rule: 'SSH311',
    cause: 'no_key_offered',
    evidence: ['meso_rsa', 'Permission denied'],
  },
  {
    name: 'meso_rsa beside a refused id_rsa',
    text: oneLiner({ ls: ls('id_rsa', 'id_rsa.pub', 'meso_rsa', 'meso_rsa.pub'), log: REFUSED_LOG }),
    rule: 'SSH311',
    cause: 'no_key_offered',
  },
  {
    name: 'old client and the new option name',
    text: lines(
      'OpenSSH_8.2p1 Ubuntu-4ubuntu0.5, OpenSSL 1.1.1f  31 Mar 2020',
      '/home/jdoe/.ssh/config: line 7: Bad configuration option: pubkeyacceptedalgorithms',
      '/home/jdoe/.ssh/config: terminating, 1 bad configuration options',
    ),
    rule: 'SSH312',
    cause: 'other',
    evidence: ['pubkeyacceptedalgorithms'],
  },
];

export const quiet: RuleCase[] = [
  { name: 'mode 0600 is fine', text: oneLiner({ ls: ls('id_rsa'), log: REFUSED_LOG }), rule: 'SSH302' },
  {
    name: 'a .ppk beside a working key',
    text: oneLiner({ ls: ls('id_rsa', 'meso.ppk'), log: localRun('success-v.log') }),
    rule: 'SSH304',
    cause: 'success',
  },
  {
    name: 'RSA user is fine',
    text: oneLiner({ ls: ls('id_rsa'), pub: [RSA2048], log: REFUSED_LOG }),
    rule: 'SSH306',
    cause: 'auth_failed',
  },
  {
    name: '2048 is not too short',
    text: oneLiner({ ls: ls('id_rsa'), pub: [RSA2048], log: REFUSED_LOG }),
    rule: 'SSH307',
  },
  {
    name: 'configured non-default key',
    text: oneLiner({
      ls: ls('meso_rsa'),
      log: lines(
        CLIENT_DEBIAN_92_LATEST,
        'debug1: identity file /home/jdoe/.ssh/meso_rsa type 0',
        CAN,
        `debug1: Offering public key: /home/jdoe/.ssh/meso_rsa RSA ${FP} explicit`,
        CAN,
        ...END,
      ),
    }),
    rule: 'SSH311',
    cause: 'auth_failed',
  },
  {
    name: 'github key beside a refused id_rsa',
    text: oneLiner({ ls: ls('id_rsa', 'github_rsa'), log: REFUSED_LOG }),
    rule: 'SSH305',
    cause: 'auth_failed',
  },
  {
    name: 'encrypted key (redacted header)',
    text: oneLiner({
      ls: ls('id_rsa'),
      header: [`[private key removed: OpenSSH rsa 4096, encrypted (aes256-ctr/bcrypt), ${FP}]`],
      log: REFUSED_LOG,
    }),
    rule: 'SSH309',
  },
];
