// Test table of the SSH1xx rules (host keys, negotiation, signature algorithms).
import { lines, localRun, type RuleCase } from '../../support/diagnose-support.js';
import { CLIENT_DEBIAN_92_LATEST, CLIENT_RHEL7_74 } from './fragments.js';

// from shared/reference (not a recorded transcript): banners and messages of several versions.
const V71 = 'OpenSSH_7.1p2, OpenSSL 1.0.2g  1 Mar 2016';
const V66 = 'OpenSSH_6.6.1, OpenSSL 1.0.1e-fips 11 Feb 2013';
const REMOTE = (v: string) => `debug1: Remote protocol version 2.0, remote software version ${v}`;
const DENIED = 'jdoe@ciclad.ipsl.jussieu.fr: Permission denied (publickey).';
const CHANGED_74 = lines(
  CLIENT_RHEL7_74,
  '@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@',
  '@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @',
  '@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@',
  'IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!',
  'The fingerprint for the ECDSA key sent by the remote host is',
  'SHA256:Bz5qAXFODvOUWdAMxvS0xrxFdeHrwFrQRIsP+N17B98.',
  'Please contact your system administrator.',
  'Add correct host key in /home/jdoe/.ssh/known_hosts to get rid of this message.',
  'Offending ECDSA key in /home/jdoe/.ssh/known_hosts:3',
  'ECDSA host key for ciclad.ipsl.jussieu.fr has changed and you have requested strict checking.',
  'Host key verification failed.',
);

export const fire: RuleCase[] = [
  {
    name: 'recorded changed host key',
    text: localRun('host-key-changed.log'),
    rule: 'SSH101',
    cause: 'host_key_changed',
    evidence: ['REMOTE HOST IDENTIFICATION HAS CHANGED', 'Offending ED25519 key'],
  },
  {
    name: 'changed host key, 7.4 wording',
    text: CHANGED_74,
    rule: 'SSH101',
    cause: 'host_key_changed',
    evidence: ['known_hosts:3'],
  },
  {
    name: 'recorded unknown host key in BatchMode',
    text: localRun('host-key-unknown-batch.log'),
    rule: 'SSH102',
    cause: 'host_key_unknown_batch',
    evidence: ['Host key verification failed.'],
  },
  {
    name: 'strict checking, no entry',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      'No ED25519 host key is known for ciclad.ipsl.jussieu.fr and you have requested strict checking.',
      'Host key verification failed.',
    ),
    rule: 'SSH102',
    cause: 'host_key_unknown_batch',
    evidence: ['No ED25519 host key is known'],
  },
  {
    name: 'no tty to ask',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      "The authenticity of host 'ciclad.ipsl.jussieu.fr (134.157.1.1)' can't be established.",
      'ED25519 key fingerprint is SHA256:Bz5qAXFODvOUWdAMxvS0xrxFdeHrwFrQRIsP+N17B98.',
      "debug1: read_passphrase: can't open /dev/tty: No such device or address",
      'Host key verification failed.',
    ),
    rule: 'SSH102',
    cause: 'host_key_unknown_batch',
    evidence: ["can't open /dev/tty"],
  },
  {
    name: 'recorded host key algorithm mismatch',
    text: localRun('hostkey-mismatch.log'),
    rule: 'SSH103',
    cause: 'host_key_algo_mismatch',
    evidence: ['no matching host key type found'],
  },
  {
    name: 'old server offers ssh-rsa,ssh-dss',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      REMOTE('OpenSSH_5.3'),
      'Unable to negotiate with 134.157.1.1 port 22: no matching host key type found. Their offer: ssh-rsa,ssh-dss',
    ),
    rule: 'SSH103',
    cause: 'host_key_algo_mismatch',
  },
  {
    name: 'recorded kex mismatch',
    text: localRun('kex-mismatch.log'),
    rule: 'SSH104',
    cause: 'kex_mismatch',
    evidence: ['no matching key exchange method found'],
  },
  {
    name: 'kex mismatch, 7.1 wording without port',
    text: lines(
      V71,
      'Unable to negotiate with 134.157.1.1: no matching key exchange method found. Their offer: diffie-hellman-group1-sha1',
    ),
    rule: 'SSH104',
    cause: 'kex_mismatch',
  },
  {
    name: 'cipher mismatch',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      'Unable to negotiate with 134.157.1.1 port 22: no matching cipher found. Their offer: aes128-cbc,3des-cbc',
    ),
    rule: 'SSH105',
    cause: 'cipher_mismatch',
  },
  {
    name: 'cipher mismatch, 6.6 wording',
    text: lines(V66, 'no matching cipher found: client aes128-ctr,aes256-ctr server aes128-cbc,3des-cbc'),
    rule: 'SSH105',
    cause: 'cipher_mismatch',
  },
  {
    name: 'MAC mismatch',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      'Unable to negotiate with 134.157.1.1 port 22: no matching MAC found. Their offer: hmac-md5,hmac-sha1-96',
    ),
    rule: 'SSH106',
    cause: 'mac_mismatch',
  },
  {
    name: 'no mutual signature algorithm',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      REMOTE('OpenSSH_5.3'),
      'debug1: Will attempt key: /home/jdoe/.ssh/id_rsa RSA SHA256:p3q4ZCrHkqBHKDCEZj/a2KoHNXHlW2bzZLX2UtYYeQI',
      'debug1: Authentications that can continue: publickey,gssapi-keyex,gssapi-with-mic,password',
      'debug1: Next authentication method: publickey',
      'debug1: send_pubkey_test: no mutual signature algorithm',
      'debug1: No more authentication methods to try.',
      DENIED,
    ),
    rule: 'SSH107',
    cause: 'pubkey_algo_rejected',
    evidence: ['no mutual signature algorithm', 'OpenSSH_5.3'],
  },
  {
    name: 'DSA key skipped by the client',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      'debug1: Skipping ssh-dss key /home/jdoe/.ssh/id_dsa - corresponding algo not in PubkeyAcceptedAlgorithms',
      'debug1: No more authentication methods to try.',
      DENIED,
    ),
    rule: 'SSH107',
    cause: 'pubkey_algo_rejected',
    evidence: ['Skipping ssh-dss key'],
  },
  {
    name: 'RSA key silently skipped, remote 6.6',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      'debug1: identity file /home/jdoe/.ssh/id_rsa type 0',
      'debug1: identity file /home/jdoe/.ssh/id_rsa-cert type -1',
      REMOTE('OpenSSH_6.6.1p1 Ubuntu-2ubuntu2.13'),
      'debug1: Authentications that can continue: publickey,password',
      'debug1: Next authentication method: publickey',
      'debug1: Next authentication method: password',
      DENIED,
    ),
    rule: 'SSH108',
    cause: 'pubkey_algo_rejected',
    evidence: ['OpenSSH_6.6.1', 'id_rsa type 0'],
  },
  {
    name: 'client 7.1 against server 8.9',
    text: lines(
      V71,
      REMOTE('OpenSSH_8.9p1 Ubuntu-3ubuntu0.6'),
      'debug1: Offering RSA public key: /home/jdoe/.ssh/id_rsa',
      'debug1: Authentications that can continue: publickey',
      DENIED,
    ),
    rule: 'SSH109',
    cause: 'pubkey_algo_rejected',
    evidence: ['Offering RSA public key'],
  },
  {
    name: 'server that only speaks ssh-rsa (login works)',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      REMOTE('OpenSSH_5.3'),
      'Authenticated to ciclad.ipsl.jussieu.fr ([134.157.1.1]:22) using "publickey".',
    ),
    rule: 'SSH110',
    cause: 'success',
  },
  // written from shared/reference + OpenSSH knowledge, not a recorded transcript
  {
    name: 'GitHub refuses a SHA-1 RSA signature after the login',
    text: lines(
      'OpenSSH_7.1p2, OpenSSL 1.0.2g  1 Mar 2016',
      'debug1: Offering RSA public key: /home/jdoe/.ssh/id_rsa',
      'debug1: Server accepts key: pkalg ssh-rsa blen 279',
      'debug1: Authentication succeeded (publickey).',
      'Authenticated to github.com ([140.82.121.3]:22).',
      'debug1: Entering interactive session.',
      "ERROR: You're using an RSA key with SHA-1, which is no longer allowed. Please use a newer client or a different key type.",
      'debug1: Exit status 1',
    ),
    rule: 'SSH111',
    cause: 'pubkey_algo_rejected',
    evidence: ['RSA key with SHA-1'],
  },
];

export const quiet: RuleCase[] = [
  { name: 'changed is not unknown', text: localRun('host-key-changed.log'), rule: 'SSH102' },
  { name: 'unknown is not changed', text: localRun('host-key-unknown-batch.log'), rule: 'SSH101' },
  {
    name: 'refused key is no algorithm problem',
    text: localRun('key-refused.log'),
    rule: 'SSH107',
    cause: 'auth_failed',
  },
  {
    name: 'CentOS 7 server has rsa-sha2',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      'debug1: identity file /home/jdoe/.ssh/id_rsa type 0',
      REMOTE('OpenSSH_7.4'),
      'debug1: Authentications that can continue: publickey',
      DENIED,
    ),
    rule: 'SSH108',
  },
  {
    name: 'old client against old server',
    text: lines(
      V71,
      REMOTE('OpenSSH_7.4'),
      'debug1: Offering RSA public key: /home/jdoe/.ssh/id_rsa',
      'debug1: Authentications that can continue: publickey',
      DENIED,
    ),
    rule: 'SSH109',
    cause: 'auth_failed',
  },
  { name: 'modern server', text: localRun('success-v.log'), rule: 'SSH110' },
  { name: 'a plain success', text: localRun('success-v.log'), rule: 'SSH111', cause: 'success' },
];
