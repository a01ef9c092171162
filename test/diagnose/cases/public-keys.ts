// Public-style transcripts of local key files and config: permissions, formats, bad options.
// written from shared/reference + OpenSSH knowledge, not a recorded transcript: every case below was composed for
// this table (versions, paths, hosts and fingerprints are illustrative) and none is copied from a public post.

import {
  CICLAD_AUTH,
  CICLAD_HEAD,
  CLIENT_MACOS_98,
  CLIENT_RHEL7_74,
  CLIENT_RHEL9_87,
  CLIENT_UBUNTU_82,
  CLIENT_UBUNTU_96,
  FP1,
  FP2,
  GIT_TAIL,
  ticket,
} from './fragments.js';
import { type PublicCase, t } from './public-case.js';

export const KEY_FILE_CASES: PublicCase[] = [
  // ---------------------------------------------------------------------------------------------- key permissions
  {
    name: 'UNPROTECTED PRIVATE KEY FILE, git push',
    cause: 'key_permissions',
    level: 'hard',
    evidence: ['UNPROTECTED PRIVATE KEY FILE'],
    text: t`
$ git push
@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
@         WARNING: UNPROTECTED PRIVATE KEY FILE!          @
@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
Permissions 0644 for '/home/sam/.ssh/id_rsa' are too open.
It is required that your private key files are NOT accessible by others.
This private key will be ignored.
Load key "/home/sam/.ssh/id_rsa": bad permissions
git@github.com: Permission denied (publickey).
${GIT_TAIL}`,
  },
  {
    name: 'Bad owner or permissions on ~/.ssh/config',
    cause: 'key_permissions',
    level: 'easy',
    text: t`
$ ssh -T git@github.com
Bad owner or permissions on /home/u/.ssh/config`,
  },
  {
    name: 'Windows ACL: key too open',
    cause: 'key_permissions',
    level: 'hard',
    text: t`
PS C:\Users\x> ssh -i C:\Users\x\.ssh\id_rsa ubuntu@203.0.113.12
Bad permissions. Try removing permissions for user: NT AUTHORITY\\Authenticated Users (S-1-5-11) on file C:/Users/x/.ssh/id_rsa.
@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
@         WARNING: UNPROTECTED PRIVATE KEY FILE!          @
@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
Permissions for 'C:\\Users\\x\\.ssh\\id_rsa' are too open.
It is required that your private key files are NOT accessible by others.
This private key will be ignored.
Load key "C:\\Users\\x\\.ssh\\id_rsa": bad permissions
ubuntu@203.0.113.12: Permission denied (publickey).`,
  },
  {
    name: 'key owned by root: Load key Permission denied',
    cause: 'key_permissions',
    level: 'hard',
    text: t`
${CLIENT_UBUNTU_96}
debug1: Connecting to web01 [10.0.3.11] port 22.
debug1: Connection established.
debug1: identity file /home/deploy/.ssh/id_ed25519 type 3
debug1: Local version string SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13.5
debug1: Remote protocol version 2.0, remote software version OpenSSH_9.6p1 Ubuntu-3ubuntu13.5
debug1: Authenticating to web01:22 as 'deploy'
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Offering public key: /home/deploy/.ssh/id_ed25519 ED25519 ${FP1}
debug1: Server accepts key: /home/deploy/.ssh/id_ed25519 ED25519 ${FP1}
Load key "/home/deploy/.ssh/id_ed25519": Permission denied
debug1: No more authentication methods to try.
deploy@web01: Permission denied (publickey).`,
  },
  // ---------------------------------------------------------------------------------------------- key format
  {
    name: 'Load key invalid format, -v',
    cause: 'key_format',
    level: 'hard',
    evidence: ['invalid format'],
    text: t`
${CLIENT_UBUNTU_82}
debug1: Reading configuration data /home/ola/.ssh/config
debug1: /home/ola/.ssh/config line 1: Applying options for github.com
debug1: Connecting to github.com [140.82.121.4] port 22.
debug1: Connection established.
debug1: identity file /home/ola/.ssh/github type -1
debug1: identity file /home/ola/.ssh/github-cert type -1
debug1: Local version string SSH-2.0-OpenSSH_8.2p1 Ubuntu-4ubuntu0.11
debug1: Remote protocol version 2.0, remote software version babeld-6f6ea4a1
debug1: Authenticating to github.com:22 as 'git'
debug1: Host 'github.com' is known and matches the ECDSA host key.
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Trying private key: /home/ola/.ssh/github
Load key "/home/ola/.ssh/github": invalid format
debug1: No more authentication methods to try.
git@github.com: Permission denied (publickey).`,
  },
  {
    name: 'macOS: error in libcrypto (key pasted with CRLF)',
    cause: 'key_format',
    level: 'hard',
    text: t`
${CLIENT_MACOS_98}
debug1: Connecting to gitlab.com port 22.
debug1: Connection established.
debug1: identity file /Users/lu/.ssh/id_ed25519 type -1
debug1: Local version string SSH-2.0-OpenSSH_9.8
debug1: Remote protocol version 2.0, remote software version GitLab-SSHD
debug1: Authenticating to gitlab.com:22 as 'git'
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Trying private key: /Users/lu/.ssh/id_ed25519
Load key "/Users/lu/.ssh/id_ed25519": error in libcrypto
debug1: No more authentication methods to try.
git@gitlab.com: Permission denied (publickey).`,
  },
  {
    name: 'IdentityFile is a PuTTY .ppk',
    cause: 'key_format',
    level: 'hard',
    text: t`
$ ssh -v -i ~/.ssh/mykey.ppk ec2-user@198.51.100.30
${CLIENT_RHEL9_87}
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: Connecting to 198.51.100.30 [198.51.100.30] port 22.
debug1: Connection established.
debug1: identity file /home/joe/.ssh/mykey.ppk type -1
debug1: identity file /home/joe/.ssh/mykey.ppk-cert type -1
debug1: Local version string SSH-2.0-OpenSSH_8.7
debug1: Remote protocol version 2.0, remote software version OpenSSH_7.4
debug1: Authenticating to 198.51.100.30:22 as 'ec2-user'
debug1: Authentications that can continue: publickey,gssapi-keyex,gssapi-with-mic
debug1: Next authentication method: publickey
debug1: Trying private key: /home/joe/.ssh/mykey.ppk
Load key "/home/joe/.ssh/mykey.ppk": invalid format
debug1: No more authentication methods to try.
ec2-user@198.51.100.30: Permission denied (publickey,gssapi-keyex,gssapi-with-mic).`,
  },
  {
    name: 'Windows: Load key invalid format',
    cause: 'key_format',
    level: 'hard',
    text: t`
PS C:\Users\x> ssh -i C:\Users\x\.ssh\id_rsa git@github.com
Load key "C:\\Users\\x\\.ssh\\id_rsa": invalid format
git@github.com: Permission denied (publickey).`,
  },
  // ---------------------------------------------------------------------------------------------- other
  {
    name: 'unknown option in ~/.ssh/config on an old client',
    cause: 'other',
    level: 'easy',
    text: t`
${CLIENT_RHEL7_74}
/home/r/.ssh/config: line 5: Bad configuration option: pubkeyacceptedalgorithms
/home/r/.ssh/config: terminating, 1 bad configuration options`,
  },
  // ---------------------------------------------------------------------------------------------- legacy tickets
  {
    name: 'ticket: id_rsa mode 0644',
    cause: 'key_permissions',
    level: 'legacy',
    text: ticket({
      ls: [
        '-rw-r--r--.  1 mdupont mdupont 3381 Mar  4 10:01 id_rsa',
        '-rw-r--r--.  1 mdupont mdupont  747 Mar  4 10:01 id_rsa.pub',
      ],
      log: t`
${CICLAD_HEAD}
${CICLAD_AUTH.replace('id_rsa type -1', 'id_rsa type 0')}
debug1: Offering public key: /home/mdupont/.ssh/id_rsa RSA ${FP2}
debug1: Server accepts key: /home/mdupont/.ssh/id_rsa RSA ${FP2}
@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
@         WARNING: UNPROTECTED PRIVATE KEY FILE!          @
@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
Permissions 0644 for '/home/mdupont/.ssh/id_rsa' are too open.
It is required that your private key files are NOT accessible by others.
This private key will be ignored.
Load key "/home/mdupont/.ssh/id_rsa": bad permissions
debug1: No more authentication methods to try.
mdupont@ciclad.ipsl.jussieu.fr: Permission denied (publickey,gssapi-keyex,gssapi-with-mic).`,
    }),
  },
  {
    name: 'ticket: id_rsa is a PuTTY key (MobaXterm)',
    cause: 'key_format',
    level: 'legacy',
    text: ticket({
      ls: [
        '-rw-------.  1 mdupont mdupont 1460 Mar  4 10:01 id_rsa',
        '-rw-r--r--.  1 mdupont mdupont  747 Mar  4 10:01 id_rsa.pub',
      ],
      header: ['PuTTY-User-Key-File-3: ssh-rsa', 'Encryption: aes256-cbc'],
      log: t`
${CICLAD_HEAD}
${CICLAD_AUTH}
debug1: Trying private key: /home/mdupont/.ssh/id_rsa
Load key "/home/mdupont/.ssh/id_rsa": invalid format
debug1: Trying private key: /home/mdupont/.ssh/id_ecdsa
debug3: no such identity: /home/mdupont/.ssh/id_ecdsa: No such file or directory
debug2: we did not send a packet, disable method
debug1: No more authentication methods to try.
mdupont@ciclad.ipsl.jussieu.fr: Permission denied (publickey,gssapi-keyex,gssapi-with-mic).`,
    }),
  },
];
