// Test table of the SSH0xx rules (DNS, TCP, connection closed, proxy, success).
import { lines, localRun, type RuleCase } from '../../support/diagnose-support.js';
import { CLIENT_DEBIAN_92_LATEST, CLIENT_MACOS_90, CLIENT_RHEL7_74 } from './fragments.js';

// from shared/reference (not a recorded transcript): old and macOS clients (fragments.ts).

export const fire: RuleCase[] = [
  {
    name: 'recorded DNS failure',
    text: localRun('dns-invalid-host.log'),
    rule: 'SSH001',
    cause: 'dns',
    evidence: ['Could not resolve hostname nohost.invalid'],
  },
  {
    name: 'recorded DNS failure, collect',
    path: 'collect',
    text: localRun('dns-invalid-host.log'),
    rule: 'SSH001',
    cause: 'dns',
  },
  // from shared/reference (not a recorded transcript)
  {
    name: 'macOS wording',
    text: lines(
      CLIENT_MACOS_90,
      'ssh: Could not resolve hostname ciclad.ipsl.jussieu.fr: nodename nor servname provided, or not known',
    ),
    rule: 'SSH001',
    cause: 'dns',
  },
  {
    name: 'temporary failure',
    text: lines(
      CLIENT_RHEL7_74,
      'ssh: Could not resolve hostname ciclad.ipsl.jussieu.fr: Temporary failure in name resolution',
    ),
    rule: 'SSH001',
    cause: 'dns',
  },
  {
    name: 'alias not applied',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      'debug1: Reading configuration data /etc/ssh/ssh_config',
      'ssh: Could not resolve hostname ciclad: Name or service not known',
    ),
    rule: 'SSH010',
    cause: 'dns',
    evidence: ['ciclad: Name'],
  },
  {
    name: 'recorded refused',
    text: localRun('connection-refused.log'),
    rule: 'SSH002',
    cause: 'refused',
    evidence: ['port 1: Connection refused'],
  },
  {
    name: 'refused, 7.4',
    text: lines(
      CLIENT_RHEL7_74,
      'debug1: Connecting to ciclad.ipsl.jussieu.fr [134.157.1.1] port 22.',
      'debug1: connect to address 134.157.1.1 port 22: Connection refused',
      'ssh: connect to host ciclad.ipsl.jussieu.fr port 22: Connection refused',
    ),
    rule: 'SSH002',
    cause: 'refused',
  },
  {
    name: 'connect timed out',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      'ssh: connect to host ciclad.ipsl.jussieu.fr port 22: Connection timed out',
    ),
    rule: 'SSH003',
    cause: 'timeout',
  },
  {
    name: 'macOS operation timed out',
    text: lines(CLIENT_MACOS_90, 'ssh: connect to host ciclad.ipsl.jussieu.fr port 22: Operation timed out'),
    rule: 'SSH003',
    cause: 'timeout',
  },
  {
    name: 'banner timeout',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      'debug1: Connection established.',
      'Connection timed out during banner exchange',
      'Connection to 127.0.0.1 port 2222 timed out',
    ),
    rule: 'SSH004',
    cause: 'timeout',
    evidence: ['during banner exchange'],
  },
  {
    name: 'no route',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      'ssh: connect to host ciclad.ipsl.jussieu.fr port 22: No route to host',
    ),
    rule: 'SSH005',
    cause: 'no_route',
  },
  {
    name: 'network unreachable',
    text: lines(CLIENT_RHEL7_74, 'ssh: connect to host 134.157.1.1 port 22: Network is unreachable'),
    rule: 'SSH005',
    cause: 'no_route',
  },
  {
    name: 'closed before banner (9.2)',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      'debug1: Connection established.',
      'debug1: Local version string SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10',
      'kex_exchange_identification: Connection closed by remote host',
      'Connection closed by 127.0.0.1 port 2225',
    ),
    rule: 'SSH006',
    cause: 'connection_closed',
    evidence: ['kex_exchange_identification'],
  },
  {
    name: 'reset before banner (7.4)',
    text: lines(
      CLIENT_RHEL7_74,
      'debug1: Connection established.',
      'ssh_exchange_identification: read: Connection reset by peer',
    ),
    rule: 'SSH006',
    cause: 'connection_closed',
  },
  {
    name: 'closed during auth',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      'debug1: Offering public key: /home/u/.ssh/id_rsa RSA SHA256:abc explicit',
      'Connection closed by 134.157.1.1 port 22',
    ),
    rule: 'SSH006',
    cause: 'connection_closed',
  },
  {
    name: 'recorded ProxyJump to a closed port',
    text: localRun('proxyjump-closed.log'),
    rule: 'SSH007',
    cause: 'proxy_failure',
    evidence: ['stdio forwarding failed'],
  },
  {
    name: 'ProxyCommand not found',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      'debug1: Executing proxy command: exec nonexistentcmd ciclad 22',
      '/bin/bash: line 1: exec: nonexistentcmd: not found',
      'kex_exchange_identification: Connection closed by remote host',
      'Connection closed by UNKNOWN port 65535',
    ),
    rule: 'SSH007',
    cause: 'proxy_failure',
    evidence: ['Executing proxy command', 'UNKNOWN port 65535'],
  },
  {
    name: 'jump host refuses the user',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      "debug1: Setting implicit ProxyCommand from ProxyJump: ssh -W '[%h]:%p' gate",
      CLIENT_DEBIAN_92_LATEST,
      'jdoe@gate: Permission denied (publickey).',
      'kex_exchange_identification: Connection closed by remote host',
      'Connection closed by UNKNOWN port 65535',
    ),
    rule: 'SSH007',
    cause: 'proxy_failure',
    evidence: ['Permission denied'],
  },
  {
    name: 'HTTP on the port',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      "Bad remote protocol version identification: 'HTTP/1.1 400 Bad Request'",
    ),
    rule: 'SSH008',
    cause: 'connection_closed',
  },
  {
    name: 'recorded success',
    text: localRun('success-v.log'),
    rule: 'SSH009',
    cause: 'success',
    evidence: ['Authenticated to 127.0.0.1'],
  },
  {
    name: 'recorded success accept-new, collect',
    path: 'collect',
    text: localRun('success-accept-new.log'),
    rule: 'SSH009',
    cause: 'success',
  },
  {
    name: 'old success wording',
    text: lines(
      CLIENT_RHEL7_74,
      'debug1: Authentication succeeded (publickey).',
      'Authenticated to ciclad.ipsl.jussieu.fr ([134.157.1.1]:22).',
      'debug1: Entering interactive session.',
    ),
    rule: 'SSH009',
    cause: 'success',
  },
];

export const quiet: RuleCase[] = [
  { name: 'dotted name is no alias', text: localRun('dns-invalid-host.log'), rule: 'SSH010', cause: 'dns' },
  { name: 'refused is not a timeout', text: localRun('connection-refused.log'), rule: 'SSH003' },
  {
    name: 'key refusal is not a closed connection',
    text: localRun('key-refused.log'),
    rule: 'SSH006',
    cause: 'auth_failed',
  },
  {
    name: 'a pasted ssh -V after the log is not a proxy',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      'kex_exchange_identification: Connection closed by remote host',
      'Connection closed by 127.0.0.1 port 22',
      '$ ssh -V',
      CLIENT_DEBIAN_92_LATEST,
    ),
    rule: 'SSH007',
    cause: 'connection_closed',
  },
  {
    name: 'ProxyJump that worked, key refused at the target',
    text: lines(
      CLIENT_DEBIAN_92_LATEST,
      "debug1: Setting implicit ProxyCommand from ProxyJump: ssh -W '[%h]:%p' gate",
      'debug1: Offering public key: /home/u/.ssh/id_rsa RSA SHA256:abc explicit',
      'debug1: Authentications that can continue: publickey',
      'jdoe@ciclad: Permission denied (publickey).',
    ),
    rule: 'SSH007',
    cause: 'auth_failed',
  },
  { name: 'failure is not success', text: localRun('key-refused.log'), rule: 'SSH009' },
];
