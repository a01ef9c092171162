// Test table of wrappers, other clients/servers, multi-step authentication and proxy programs (issue 13, parts 3–5).
// reference-built: composed from shared/reference/openssh-messages.md (§1.4, §1.8, §1.10) and from the message
// wordings of each tool (PuTTY, Go x/crypto/ssh, dropbear, paramiko, JSch, git, rsync, Ansible, VS Code, AWS/GCP
// CLIs); no posted transcript is copied. Hosts, paths, addresses and fingerprints are illustrative.
import { lines, type RuleCase } from '../../support/diagnose-support.js';
import { ACCEPT, AUTH, CAN, OFFER, CLIENT_DEBIAN_92_LATEST as V92 } from './fragments.js';

const DENIED_KBD = 'jdoe@ciclad.ipsl.jussieu.fr: Permission denied (keyboard-interactive).';
const PROXY = 'debug1: Executing proxy command: exec ssh -W ciclad.ipsl.jussieu.fr:22 bastion.example.org';
const JUMP = "debug1: Setting implicit ProxyCommand from ProxyJump: ssh -v -W '[%h]:%p' bastion.example.org";
const PROXY_NC = 'debug1: Executing proxy command: exec ssh bastion.example.org nc ciclad.ipsl.jussieu.fr 22';
const CLOSED = [
  'kex_exchange_identification: Connection closed by remote host',
  'Connection closed by UNKNOWN port 65535',
];
const DROPBEAR = 'debug1: Remote protocol version 2.0, remote software version dropbear_2019.78';

export const fire: RuleCase[] = [
  // ------------------------------------------------------------------ multi-step authentication (part 4)
  {
    name: 'publickey then keyboard-interactive, no terminal',
    text: lines(
      V92,
      AUTH,
      CAN,
      'debug1: Next authentication method: publickey',
      OFFER,
      ACCEPT,
      'Authenticated using "publickey" with partial success.',
      'debug1: Authentications that can continue: keyboard-interactive',
      'debug1: Next authentication method: keyboard-interactive',
      "read_passphrase: can't open /dev/tty: No such device or address",
      'debug1: No more authentication methods to try.',
      DENIED_KBD,
    ),
    rule: 'SSH215',
    cause: 'auth_failed',
    evidence: [
      'with partial success',
      'can continue: keyboard-interactive',
      "can't open /dev/tty",
      DENIED_KBD,
    ],
  },
  {
    name: 'publickey then a one-time code refused (8.6 wording)',
    text: lines(
      'OpenSSH_8.4p1 Debian-5+deb11u3, OpenSSL 1.1.1w  11 Sep 2023',
      OFFER,
      ACCEPT,
      'Authenticated with partial success.',
      'debug1: Authentications that can continue: keyboard-interactive',
      'Verification code: ',
      'Verification code: ',
      DENIED_KBD,
    ),
    rule: 'SSH215',
    cause: 'auth_failed',
    evidence: ['Authenticated with partial success.', 'Verification code'],
  },
  {
    name: 'partial success without -v (plain lines only)',
    text: lines('Authenticated using "publickey" with partial success.', DENIED_KBD),
    rule: 'SSH215',
    cause: 'auth_failed',
  },
  // ------------------------------------------------------------------ proxies seen through their own errors (part 5)
  {
    name: 'nc missing on the bastion (dash)',
    text: lines(
      V92,
      PROXY.replace(
        'ssh -W ciclad.ipsl.jussieu.fr:22',
        'ssh bastion.example.org nc ciclad.ipsl.jussieu.fr 22',
      ),
      '/bin/sh: 1: nc: not found',
      ...CLOSED,
    ),
    rule: 'SSH011',
    cause: 'proxy_failure',
    evidence: ['nc: not found', 'Executing proxy command'],
  },
  {
    name: 'nc missing on the bastion (bash), without -v',
    text: lines('bash: nc: command not found', ...CLOSED),
    rule: 'SSH011',
    cause: 'proxy_failure',
    evidence: ['bash: nc: command not found'],
  },
  {
    name: 'ncat missing locally (zsh)',
    text: lines('zsh:1: command not found: ncat', 'Connection closed by UNKNOWN port 65535'),
    rule: 'SSH011',
    cause: 'proxy_failure',
  },
  {
    name: 'nc on the bastion cannot reach the target',
    text: lines(
      PROXY_NC,
      'nc: connect to ciclad.ipsl.jussieu.fr port 22 (tcp) failed: Connection refused',
      ...CLOSED,
    ),
    rule: 'SSH011',
    cause: 'proxy_failure',
    evidence: ['(tcp) failed: Connection refused'],
  },
  {
    name: 'ncat cannot reach the target',
    text: lines('Ncat: Connection timed out.', ...CLOSED),
    rule: 'SSH011',
    cause: 'proxy_failure',
  },
  {
    name: 'AWS SSM target not connected',
    text: lines(
      'An error occurred (TargetNotConnected) when calling the StartSession operation: i-0abc123 is not connected.',
      ...CLOSED,
    ),
    rule: 'SSH011',
    cause: 'proxy_failure',
    evidence: ['TargetNotConnected'],
  },
  {
    name: 'AWS session manager plugin missing',
    text: lines(
      'SessionManagerPlugin is not found. Please refer to SessionManager Documentation here.',
      ...CLOSED,
    ),
    rule: 'SSH011',
    cause: 'proxy_failure',
  },
  {
    name: 'GCP IAP not authorized',
    text: lines(
      "ERROR: (gcloud.compute.start-iap-tunnel) Error while connecting [4033: 'not authorized'].",
      ...CLOSED,
    ),
    rule: 'SSH011',
    cause: 'proxy_failure',
    evidence: ['4033'],
  },
  {
    name: 'GCP IAP cannot reach the VM',
    text: lines(
      "ERROR: (gcloud.compute.start-iap-tunnel) Error while connecting [4003: 'failed to connect to backend'].",
      ...CLOSED,
    ),
    rule: 'SSH011',
    cause: 'proxy_failure',
  },
  {
    name: 'Windows OpenSSH cannot start the ProxyCommand',
    text: lines(
      'OpenSSH_for_Windows_9.5p1, LibreSSL 3.8.2',
      'CreateProcessW failed error:2',
      'posix_spawn: No such file or directory',
    ),
    rule: 'SSH011',
    cause: 'proxy_failure',
    evidence: ['CreateProcessW failed error:2'],
  },
  {
    name: 'ProxyJump: jump host forbids forwarding, closed later',
    text: lines(
      V92,
      JUMP,
      V92,
      'Authenticated to bastion.example.org ([192.0.2.7]:22) using "publickey".',
      'channel 0: open failed: administratively prohibited: open failed',
      'stdio forwarding failed',
      ...CLOSED,
    ),
    rule: 'SSH007',
    cause: 'proxy_failure',
    evidence: ['administratively prohibited', 'stdio forwarding failed'],
  },
  {
    name: 'channel 0 open failed alone',
    text: lines('channel 0: open failed: connect failed: No route to host'),
    rule: 'SSH007',
    cause: 'proxy_failure',
  },
  // ------------------------------------------------------------------ PuTTY / plink / MobaXterm (part 3)
  {
    name: 'plink: refused',
    text: lines('FATAL ERROR: Network error: Connection refused'),
    rule: 'SSH002',
    cause: 'refused',
  },
  {
    name: 'plink: timed out',
    text: lines('FATAL ERROR: Network error: Connection timed out'),
    rule: 'SSH003',
    cause: 'timeout',
  },
  {
    name: 'MobaXterm: network error without FATAL',
    text: lines('Network error: Connection timed out'),
    rule: 'SSH003',
    cause: 'timeout',
  },
  {
    name: 'plink: host does not exist',
    text: lines('FATAL ERROR: Host does not exist'),
    rule: 'SSH001',
    cause: 'dns',
  },
  {
    name: 'plink: key refused then no method left',
    text: lines(
      'Using username "jdoe".',
      'Server refused our key',
      'FATAL ERROR: No supported authentication methods available (server sent: publickey)',
    ),
    rule: 'SSH201',
    cause: 'auth_failed',
    evidence: ['Server refused our key'],
  },
  {
    name: 'PuTTY: key refused alone',
    text: lines('Server refused our key'),
    rule: 'SSH216',
    cause: 'auth_failed',
  },
  {
    name: 'plink: OpenSSH key given to PuTTY',
    text: lines(
      'Unable to use key file "C:\\Users\\jdoe\\.ssh\\id_rsa" (OpenSSH SSH-2 private key (old PEM format))',
    ),
    rule: 'SSH313',
    cause: 'key_format',
    evidence: ['Unable to use key file'],
  },
  {
    name: 'plink: remote side closed',
    text: lines('FATAL ERROR: Remote side unexpectedly closed network connection'),
    rule: 'SSH006',
    cause: 'connection_closed',
  },
  {
    name: 'PuTTY: no common kex',
    text: lines(
      "FATAL ERROR: Couldn't agree a key exchange algorithm (available: diffie-hellman-group1-sha1)",
    ),
    rule: 'SSH104',
    cause: 'kex_mismatch',
  },
  {
    name: 'PuTTY: no common host key algorithm',
    text: lines("Couldn't agree a host key algorithm (available: ssh-rsa)"),
    rule: 'SSH103',
    cause: 'host_key_algo_mismatch',
  },
  {
    name: 'PuTTY: no common cipher',
    text: lines("Couldn't agree a client-to-server cipher (available: aes128-cbc, 3des-cbc)"),
    rule: 'SSH105',
    cause: 'cipher_mismatch',
  },
  {
    name: 'PuTTY: host key changed',
    text: lines(
      'WARNING - POTENTIAL SECURITY BREACH!',
      "The server's host key does not match the one PuTTY has cached in the registry.",
      'Connection abandoned.',
    ),
    rule: 'SSH101',
    cause: 'host_key_changed',
  },
  {
    name: 'plink -batch: host key not cached',
    text: lines(
      'The host key is not cached for this server:',
      'FATAL ERROR: Cannot confirm a host key in batch mode',
    ),
    rule: 'SSH102',
    cause: 'host_key_unknown_batch',
  },
  {
    name: 'old PuTTY against a server without ssh-rsa',
    text: lines('Server refused public-key signature despite accepting key!'),
    rule: 'SSH111',
    cause: 'pubkey_algo_rejected',
  },
  {
    name: 'PuTTY: wrong passphrase',
    text: lines('Passphrase for key "rsa-key-20240131": ', 'Wrong passphrase'),
    rule: 'SSH204',
    cause: 'passphrase_problem',
  },
  // ------------------------------------------------------------------ Go x/crypto/ssh (runners, Terraform, actions)
  {
    name: 'Go: unable to authenticate',
    text: lines(
      '2024/03/01 10:00:00 ssh: handshake failed: ssh: unable to authenticate, attempted methods [none publickey], no supported methods remain',
    ),
    rule: 'SSH216',
    cause: 'auth_failed',
  },
  {
    name: 'Go: no key given at all',
    text: lines(
      'ssh: handshake failed: ssh: unable to authenticate, attempted methods [none], no supported methods remain',
    ),
    rule: 'SSH216',
    cause: 'no_key_offered',
  },
  {
    name: 'Git for Windows: askpass cannot start for the passphrase',
    text: lines(
      'OpenSSH_for_Windows_9.5p1, LibreSSL 3.8.2',
      'debug1: Server accepts key: C:\\Users\\jdoe/.ssh/id_rsa RSA SHA256:p3q4ZCrHkqBHKDCEZj/a2KoHNXHlW2bzZLX2UtYYeQI',
      'ssh_askpass: posix_spawnp: No such file or directory',
      'jdoe@ciclad.ipsl.jussieu.fr: Permission denied (publickey).',
    ),
    rule: 'SSH204',
    cause: 'passphrase_problem',
    evidence: ['ssh_askpass: posix_spawnp'],
  },
  {
    name: 'Go: known_hosts mismatch',
    text: lines('Error: ssh: handshake failed: knownhosts: key mismatch'),
    rule: 'SSH101',
    cause: 'host_key_changed',
  },
  {
    name: 'Go: key unknown',
    text: lines('ssh: handshake failed: knownhosts: key is unknown'),
    rule: 'SSH102',
    cause: 'host_key_unknown_batch',
  },
  {
    name: 'Go: no common host key algorithm',
    text: lines(
      'ssh: handshake failed: ssh: no common algorithm for host key; client offered: [ssh-ed25519 rsa-sha2-256], server offered: [ssh-rsa]',
    ),
    rule: 'SSH103',
    cause: 'host_key_algo_mismatch',
  },
  {
    name: 'Go: no common kex',
    text: lines(
      'ssh: handshake failed: ssh: no common algorithm for key exchange; client offered: [curve25519-sha256], server offered: [diffie-hellman-group1-sha1]',
    ),
    rule: 'SSH104',
    cause: 'kex_mismatch',
  },
  {
    name: 'Go: dial timeout',
    text: lines('dial tcp 192.0.2.10:22: i/o timeout'),
    rule: 'SSH003',
    cause: 'timeout',
  },
  {
    name: 'Go: dial refused',
    text: lines('ssh: dial tcp 192.0.2.10:22: connect: connection refused'),
    rule: 'SSH002',
    cause: 'refused',
  },
  {
    name: 'Go: server silent after connect',
    text: lines('ssh: handshake failed: read tcp 10.0.0.1:54321->192.0.2.10:22: i/o timeout'),
    rule: 'SSH004',
    cause: 'timeout',
  },
  {
    name: 'Go on Windows: refused',
    text: lines(
      'dial tcp 192.0.2.10:22: connectex: No connection could be made because the target machine actively refused it.',
    ),
    rule: 'SSH002',
    cause: 'refused',
  },
  {
    name: 'keyboard-interactive password prompt after partial success',
    text: lines(
      'Authenticated using "publickey" with partial success.',
      '(jdoe@ciclad) Password: ',
      'jdoe@ciclad.ipsl.jussieu.fr: Permission denied (keyboard-interactive).',
    ),
    rule: 'SSH215',
    cause: 'auth_failed',
    evidence: ['(jdoe@ciclad) Password:'],
  },
  {
    name: 'Go: no such host',
    text: lines('dial tcp: lookup cluster.example.org on 127.0.0.53:53: no such host'),
    rule: 'SSH001',
    cause: 'dns',
  },
  {
    name: 'Go: handshake EOF',
    text: lines('ssh: handshake failed: EOF'),
    rule: 'SSH006',
    cause: 'connection_closed',
  },
  {
    name: 'Go: passphrase-protected key',
    text: lines('Error: ssh: this private key is passphrase protected'),
    rule: 'SSH204',
    cause: 'passphrase_problem',
  },
  {
    name: 'Go: not a key',
    text: lines('ssh: no key found'),
    rule: 'SSH313',
    cause: 'key_format',
  },
  // ------------------------------------------------------------------ dropbear, paramiko, JSch, node ssh2
  {
    name: 'dbclient: no auth methods',
    text: lines(
      '/usr/bin/dbclient: Connection to jdoe@ciclad.ipsl.jussieu.fr:22 exited: No auth methods could be used.',
    ),
    rule: 'SSH216',
    cause: 'auth_failed',
  },
  {
    name: 'paramiko: authentication failed',
    text: lines('paramiko.ssh_exception.AuthenticationException: Authentication failed.'),
    rule: 'SSH216',
    cause: 'auth_failed',
  },
  {
    name: 'JSch: auth fail',
    text: lines('com.jcraft.jsch.JSchException: Auth fail'),
    rule: 'SSH216',
    cause: 'auth_failed',
  },
  {
    name: 'JSch: key format',
    text: lines('com.jcraft.jsch.JSchException: invalid privatekey: [B@5e9f23b4'),
    rule: 'SSH313',
    cause: 'key_format',
  },
  {
    name: 'paramiko: no acceptable host key',
    text: lines('paramiko.ssh_exception.SSHException: Incompatible ssh server (no acceptable host key)'),
    rule: 'SSH103',
    cause: 'host_key_algo_mismatch',
  },
  {
    name: 'node ssh2: all methods failed',
    text: lines('Error: All configured authentication methods failed'),
    rule: 'SSH216',
    cause: 'auth_failed',
  },
  // ------------------------------------------------------------------ OpenSSH's rarer endings (reference §1.4, §1.8)
  {
    name: 'disconnect: no more authentication methods (14)',
    text: lines(
      'Received disconnect from 192.0.2.10 port 22:14: No supported authentication methods available [preauth]',
      'Disconnected from 192.0.2.10 port 22',
    ),
    rule: 'SSH216',
    cause: 'auth_failed',
  },
  {
    name: 'packet layer reset during login',
    text: lines('ssh_dispatch_run_fatal: Connection to 192.0.2.10 port 22: Connection reset by peer'),
    rule: 'SSH006',
    cause: 'connection_closed',
  },
  {
    name: 'the server already logged the user in',
    text: lines(
      'Last login: Thu Nov 26 00:41:35 2026 from 192.0.2.99',
      'Could not chdir to home directory /home/jdoe: No such file or directory',
    ),
    rule: 'SSH009',
    cause: 'success',
  },
  // ------------------------------------------------------------------ wrappers around ssh
  {
    name: 'CI: ssh-add cannot load the key from a secret',
    text: lines('Error loading key "(stdin)": invalid format'),
    rule: 'SSH304',
    cause: 'key_format',
  },
  {
    name: 'git over ssh: key refused, git message last',
    text: lines(
      'git@github.com: Permission denied (publickey).',
      'fatal: Could not read from remote repository.',
      '',
      'Please make sure you have the correct access rights',
      'and the repository exists.',
    ),
    rule: 'SSH212',
    cause: 'auth_failed',
  },
  {
    name: "GitHub: the key is another account's",
    text: lines(
      'ERROR: Permission to team/project.git denied to other-user.',
      'fatal: Could not read from remote repository.',
    ),
    rule: 'SSH216',
    cause: 'auth_failed',
  },
  {
    name: "GitHub: another account's key, after ssh -v said Authenticated",
    text: lines(
      V92,
      'Authenticated to github.com ([140.82.121.3]:22) using "publickey".',
      'ERROR: Permission to team/project.git denied to other-user.',
      'fatal: Could not read from remote repository.',
    ),
    rule: 'SSH216',
    cause: 'auth_failed',
  },
  {
    name: 'git: host key verification, git message last',
    text: lines('Host key verification failed.', 'fatal: Could not read from remote repository.'),
    rule: 'SSH102',
    cause: 'host_key_unknown_batch',
  },
  {
    name: 'rsync: refused, rsync messages last',
    text: lines(
      'ssh: connect to host cluster.example.org port 22: Connection refused',
      'rsync: connection unexpectedly closed (0 bytes received so far) [sender]',
      'rsync error: unexplained error (code 255) at io.c(232) [sender=3.2.7]',
    ),
    rule: 'SSH002',
    cause: 'refused',
  },
  {
    name: 'scp: key refused, scp message last',
    text: lines('jdoe@ciclad.ipsl.jussieu.fr: Permission denied (publickey).', 'scp: Connection closed'),
    rule: 'SSH212',
    cause: 'auth_failed',
  },
  {
    name: 'VS Code: ssh message after its prefix',
    text: lines('Could not establish connection to "ciclad": Permission denied (publickey).'),
    rule: 'SSH212',
    cause: 'auth_failed',
  },
  {
    name: 'Ansible: password with an unknown host key',
    text: lines(
      'fatal: [node1]: FAILED! => {"msg": "Using a SSH password instead of a key is not possible because Host Key checking is enabled and sshpass does not support this.  Please add this host\'s fingerprint to your known_hosts file to manage this host."}',
    ),
    rule: 'SSH102',
    cause: 'host_key_unknown_batch',
  },
  // ------------------------------------------------------------------ servers that are not OpenSSH
  {
    name: 'old dropbear: RSA key silently not offered by a 9.x client',
    text: lines(
      V92,
      DROPBEAR,
      AUTH,
      CAN,
      'debug1: Next authentication method: publickey',
      'debug1: Offering public key: /home/jdoe/.ssh/id_rsa RSA SHA256:p3q4ZCrHkqBHKDCEZj/a2KoHNXHlW2bzZLX2UtYYeQI',
      'debug1: send_pubkey_test: no mutual signature algorithm',
      'debug1: No more authentication methods to try.',
      'jdoe@ciclad.ipsl.jussieu.fr: Permission denied (publickey).',
    ),
    rule: 'SSH107',
    cause: 'pubkey_algo_rejected',
  },
  {
    name: 'old dropbear: only ssh-rsa host key',
    text: lines(
      V92,
      DROPBEAR,
      'Unable to negotiate with 192.0.2.10 port 22: no matching host key type found. Their offer: ssh-rsa',
    ),
    rule: 'SSH103',
    cause: 'host_key_algo_mismatch',
  },
  {
    name: 'old dropbear: RSA key skipped without a word',
    text: lines(
      V92,
      'debug1: identity file /home/jdoe/.ssh/id_rsa type 0',
      'debug1: Remote protocol version 2.0, remote software version dropbear_2019.78',
      AUTH,
      CAN,
      'debug1: Next authentication method: publickey',
      'debug1: No more authentication methods to try.',
      'jdoe@ciclad.ipsl.jussieu.fr: Permission denied (publickey).',
    ),
    rule: 'SSH108',
    cause: 'pubkey_algo_rejected',
    evidence: ['dropbear_2019.78'],
  },
  {
    name: 'Cisco IOS server: RSA key skipped without a word',
    text: lines(
      V92,
      'debug1: identity file /home/jdoe/.ssh/id_rsa type 0',
      'debug1: Remote protocol version 2.0, remote software version Cisco-1.25',
      AUTH,
      CAN,
      'debug1: Next authentication method: publickey',
      'debug1: No more authentication methods to try.',
      'jdoe@ciclad.ipsl.jussieu.fr: Permission denied (publickey).',
    ),
    rule: 'SSH108',
    cause: 'pubkey_algo_rejected',
  },
];

export const quiet: RuleCase[] = [
  {
    name: 'no terminal for a password is not a passphrase problem',
    text: lines(
      "read_passphrase: can't open /dev/tty: No such device or address",
      'jdoe@ciclad.ipsl.jussieu.fr: Permission denied (password).',
    ),
    rule: 'SSH204',
    cause: 'auth_failed',
  },
  {
    name: 'dropbear 2022 knows rsa-sha2',
    text: lines(
      V92,
      'debug1: identity file /home/jdoe/.ssh/id_rsa type 0',
      'debug1: Remote protocol version 2.0, remote software version dropbear_2022.83',
      AUTH,
      CAN,
      'debug1: Next authentication method: publickey',
      'debug1: No more authentication methods to try.',
      'jdoe@ciclad.ipsl.jussieu.fr: Permission denied (publickey).',
    ),
    rule: 'SSH108',
  },
  {
    name: 'key accepted with partial success is not a passphrase problem',
    text: lines(
      V92,
      AUTH,
      CAN,
      OFFER,
      ACCEPT,
      'Authenticated using "publickey" with partial success.',
      DENIED_KBD,
    ),
    rule: 'SSH205',
    cause: 'auth_failed',
  },
  {
    name: 'second factor passed: success',
    text: lines(
      V92,
      OFFER,
      ACCEPT,
      'Authenticated using "publickey" with partial success.',
      'debug1: Authentications that can continue: keyboard-interactive',
      'Authenticated to ciclad.ipsl.jussieu.fr ([192.0.2.10]:22) using "keyboard-interactive".',
    ),
    rule: 'SSH215',
    cause: 'success',
  },
  {
    name: 'nc missing in a logged-in session is not a proxy failure',
    text: lines(
      V92,
      'Authenticated to ciclad.ipsl.jussieu.fr ([192.0.2.10]:22) using "publickey".',
      'bash: nc: command not found',
    ),
    rule: 'SSH011',
    cause: 'success',
  },
  {
    name: 'rsync missing on the remote is not a proxy failure',
    text: lines(
      'bash: rsync: command not found',
      'rsync: connection unexpectedly closed (0 bytes received so far) [sender]',
    ),
    rule: 'SSH011',
  },
  {
    name: 'a forwarded port refused after login is not a proxy failure',
    text: lines(
      V92,
      'Authenticated to ciclad.ipsl.jussieu.fr ([192.0.2.10]:22) using "publickey".',
      'channel 3: open failed: connect failed: Connection refused',
    ),
    rule: 'SSH007',
    cause: 'success',
  },
  {
    name: 'git message alone names no cause',
    text: lines('fatal: Could not read from remote repository.'),
    rule: 'SSH212',
    cause: 'other',
  },
  {
    name: 'PuTTY key refused then a password login works',
    text: lines(
      'Server refused our key',
      "jdoe@ciclad.ipsl.jussieu.fr's password: ",
      'Authentication succeeded (password).',
    ),
    rule: 'SSH216',
    cause: 'success',
  },
];
