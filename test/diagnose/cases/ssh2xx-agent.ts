// Test table of the SSH2xx passphrase and agent rules (accepted-not-signed, agent failures, MaxAuthTries).
import { keyFile, lines, localRun, oneLiner, type RuleCase } from '../../support/diagnose-support.js';
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

// from shared/reference (not a recorded transcript): the messages of §1.7–§1.9 and §2.2, several versions.
const V82 = 'OpenSSH_8.2p1 Ubuntu-4ubuntu0.5, OpenSSL 1.1.1f  31 Mar 2020';
const AGENT6 = localRun('ssh-add-l.txt')
  .split('\n')
  .filter((l) => l.startsWith('256 '));

export const fire: RuleCase[] = [
  {
    name: 'no tty for the passphrase',
    text: oneLiner({
      ls: KEY_LS,
      log: lines(
        CLIENT_DEBIAN_92_LATEST,
        AUTH,
        CAN,
        OFFER,
        ACCEPT,
        "debug1: read_passphrase: can't open /dev/tty: No such device or address",
        ...END,
      ),
    }),
    rule: 'SSH204',
    cause: 'passphrase_problem',
    evidence: ["can't open /dev/tty"],
  },
  {
    name: 'wrong passphrase (Load key)',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      CAN,
      OFFER,
      ACCEPT,
      'Load key "/home/jdoe/.ssh/id_rsa": incorrect passphrase supplied to decrypt private key',
      ...END,
    ),
    rule: 'SSH204',
    cause: 'passphrase_problem',
    evidence: ['incorrect passphrase'],
  },
  {
    name: 'wrong passphrase three times (7.4)',
    text: lines(
      CLIENT_RHEL7_74,
      CAN,
      'debug1: Offering RSA public key: /home/jdoe/.ssh/id_rsa',
      'debug1: Server accepts key: pkalg rsa-sha2-512 blen 535',
      "Enter passphrase for key '/home/jdoe/.ssh/id_rsa': ",
      'debug2: bad passphrase given, try again...',
      "Enter passphrase for key '/home/jdoe/.ssh/id_rsa': ",
      ...END,
    ),
    rule: 'SSH204',
    cause: 'passphrase_problem',
    evidence: ['bad passphrase given'],
  },
  {
    name: 'PEM key without .pub, passphrase prompts then nothing',
    text: oneLiner({
      ls: ['-rw-------  1 jdoe jdoe 1766 Nov 26 00:41 id_rsa'],
      log: lines(
        CLIENT_RHEL7_74,
        'debug1: identity file /home/jdoe/.ssh/id_rsa type -1',
        CAN,
        'debug1: Trying private key: /home/jdoe/.ssh/id_rsa',
        "Enter passphrase for key '/home/jdoe/.ssh/id_rsa': ",
        "Enter passphrase for key '/home/jdoe/.ssh/id_rsa': ",
        ...END,
      ),
    }),
    rule: 'SSH204',
    cause: 'passphrase_problem',
    evidence: ['Enter passphrase for key'],
  },
  {
    name: 'accepted then silence (BatchMode)',
    text: lines(CLIENT_DEBIAN_92_LATEST, CAN, OFFER, ACCEPT, ...END),
    rule: 'SSH205',
    cause: 'passphrase_problem',
    evidence: ['Server accepts key'],
  },
  {
    name: 'accepted agent key not signed',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      CAN,
      `debug1: Offering public key: jdoe@laptop RSA ${FP} agent`,
      `debug1: Server accepts key: jdoe@laptop RSA ${FP} agent`,
      ...END,
    ),
    rule: 'SSH205',
    cause: 'agent_problem',
  },
  {
    name: 'encrypted key, BatchMode, not in agent (collect)',
    path: 'collect',
    text: lines(CLIENT_DEBIAN_92_LATEST, CAN, OFFER, ACCEPT, ...END),
    probes: { 'ls-ssh': lines('total 16', ...KEY_LS) },
    keys: [keyFile({ name: 'id_rsa', encrypted: true, inAgent: false })],
    rule: 'SSH206',
    cause: 'passphrase_problem',
    evidence: ['Offering public key'],
  },
  {
    name: 'agent refused operation (8.4+)',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      CAN,
      OFFER,
      ACCEPT,
      'sign_and_send_pubkey: signing failed for RSA "/home/jdoe/.ssh/id_rsa" from agent: agent refused operation',
      ...END,
    ),
    rule: 'SSH207',
    cause: 'agent_problem',
    evidence: ['agent refused operation'],
  },
  {
    name: 'agent refused operation (8.2)',
    text: lines(
      V82,
      CAN,
      OFFER,
      ACCEPT,
      'sign_and_send_pubkey: signing failed: agent refused operation',
      ...END,
    ),
    rule: 'SSH207',
    cause: 'agent_problem',
  },
  {
    name: 'agent communication failed',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      CAN,
      OFFER,
      ACCEPT,
      'sign_and_send_pubkey: signing failed for RSA "jdoe@laptop" from agent: communication with agent failed',
      ...END,
    ),
    rule: 'SSH207',
    cause: 'agent_problem',
  },
  {
    name: 'dead agent holding the only key',
    text: oneLiner({
      agent: ['Error connecting to agent: Connection refused'],
      agentL: ['Error connecting to agent: Connection refused'],
      log: lines(
        CLIENT_DEBIAN_92_LATEST,
        ...NO_KEYS,
        'debug1: get_agent_identities: ssh_get_authentication_socket: Connection refused',
        CAN,
        ...END,
      ),
    }),
    rule: 'SSH208',
    cause: 'agent_problem',
    evidence: ['ssh_get_authentication_socket'],
  },
  {
    name: 'recorded dead agent socket (informational)',
    text: localRun('agent-socket-error.log'),
    rule: 'SSH208',
    cause: 'auth_failed',
  },
  {
    name: 'recorded MaxAuthTries',
    text: localRun('too-many-auth-agent.log'),
    rule: 'SSH209',
    cause: 'too_many_auth_failures',
    evidence: ['Too many authentication failures', 'bad2@test'],
  },
  {
    name: 'MaxAuthTries, 6.x wording',
    text: lines(
      'OpenSSH_6.6.1, OpenSSL 1.0.1f 6 Jan 2014',
      OFFER,
      CAN,
      'Received disconnect from 134.157.1.1: 2: Too many authentication failures for jdoe',
    ),
    rule: 'SSH209',
    cause: 'too_many_auth_failures',
  },
  {
    name: 'agent with six keys',
    text: oneLiner({ agent: AGENT6, ls: KEY_LS, log: localRun('key-refused.log') }),
    rule: 'SSH210',
    cause: 'auth_failed',
    evidence: ['bad2@test'],
  },
];

export const quiet: RuleCase[] = [
  {
    name: 'no agent in a one-liner is normal',
    text: oneLiner({ ls: KEY_LS, log: localRun('key-refused.log') }),
    rule: 'SSH207',
    cause: 'auth_failed',
  },
  {
    name: 'no agent does not beat a refused connection',
    text: oneLiner({ log: localRun('connection-refused.log') }),
    rule: 'SSH205',
    cause: 'refused',
  },
  {
    name: 'key files present: dead agent is not the cause',
    text: oneLiner({
      ls: KEY_LS,
      agent: ['Error connecting to agent: Connection refused'],
      log: lines(
        CLIENT_DEBIAN_92_LATEST,
        'debug1: get_agent_identities: ssh_get_authentication_socket: Connection refused',
        CAN,
        OFFER,
        CAN,
        ...END,
      ),
    }),
    rule: 'SSH205',
    cause: 'auth_failed',
  },
];
