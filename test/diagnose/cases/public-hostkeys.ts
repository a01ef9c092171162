// Public-style transcripts of host key problems and algorithm negotiation failures.
// written from shared/reference + OpenSSH knowledge, not a recorded transcript: every case below was composed for
// this table (versions, paths, hosts and fingerprints are illustrative) and none is copied from a public post.

import {
  CICLAD_HEAD,
  CLIENT_FEDORA_100,
  CLIENT_UBUNTU_96,
  CLIENT_UBUNTU1404_66,
  FP3,
  GIT_TAIL,
  ticket,
} from './fragments.js';
import { type PublicCase, t } from './public-case.js';

export const HOSTKEY_CASES: PublicCase[] = [
  // ---------------------------------------------------------------------------------------------- host keys
  {
    name: 'host key changed, full warning block',
    cause: 'host_key_changed',
    level: 'easy',
    text: t`
$ ssh pi@192.168.1.10
@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @
@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!
Someone could be eavesdropping on you right now (man-in-the-middle attack)!
It is also possible that a host key has just been changed.
The fingerprint for the ED25519 key sent by the remote host is
${FP3}.
Please contact your system administrator.
Add correct host key in /home/pi-user/.ssh/known_hosts to get rid of this message.
Offending ECDSA key in /home/pi-user/.ssh/known_hosts:3
  remove with:
  ssh-keygen -f "/home/pi-user/.ssh/known_hosts" -R "192.168.1.10"
Host key for 192.168.1.10 has changed and you have requested strict checking.
Host key verification failed.`,
  },
  {
    name: 'GitHub RSA host key rotation, git pull',
    cause: 'host_key_changed',
    level: 'easy',
    text: t`
$ git pull
@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @
@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!
Someone could be eavesdropping on you right now (man-in-the-middle attack)!
It is also possible that a host key has just been changed.
The fingerprint for the RSA key sent by the remote host is
SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s.
Please contact your system administrator.
Add correct host key in /c/Users/dev/.ssh/known_hosts to get rid of this message.
Offending RSA key in /c/Users/dev/.ssh/known_hosts:1
Host key for github.com has changed and you have requested strict checking.
Host key verification failed.
${GIT_TAIL}`,
  },
  {
    name: 'changed host key with StrictHostKeyChecking=no: password disabled, then denied',
    cause: 'host_key_changed',
    level: 'hard',
    text: t`
$ ssh -o StrictHostKeyChecking=no root@10.0.0.40
@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @
@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!
Someone could be eavesdropping on you right now (man-in-the-middle attack)!
It is also possible that a host key has just been changed.
The fingerprint for the ED25519 key sent by the remote host is
${FP3}.
Please contact your system administrator.
Add correct host key in /home/op/.ssh/known_hosts to get rid of this message.
Offending ED25519 key in /home/op/.ssh/known_hosts:12
Password authentication is disabled to avoid man-in-the-middle attacks.
Keyboard-interactive authentication is disabled to avoid man-in-the-middle attacks.
UpdateHostkeys is disabled because the host key is not trusted.
root@10.0.0.40: Permission denied (publickey,password).`,
  },
  {
    name: 'CI job: unknown host key, no TTY to ask',
    cause: 'host_key_unknown_batch',
    level: 'hard',
    text: t`
$ git clone git@gitlab.example.com:infra/ansible.git
Cloning into 'ansible'...
The authenticity of host 'gitlab.example.com (10.3.0.15)' can't be established.
ECDSA key fingerprint is SHA256:HbW3g8zUjNSksFbqTiUWPWg2Bq1x8xdGUrliXFzSnUw.
Are you sure you want to continue connecting (yes/no)? read_passphrase: can't open /dev/tty: No such device or address
Host key verification failed.
${GIT_TAIL}`,
  },
  {
    name: 'BatchMode: no host key known, strict checking',
    cause: 'host_key_unknown_batch',
    level: 'easy',
    text: t`
$ ssh -o BatchMode=yes deploy@web03.example.com uptime
No ED25519 host key is known for web03.example.com and you have requested strict checking.
Host key verification failed.`,
  },
  // ---------------------------------------------------------------------------------------------- negotiation
  {
    name: 'router offers ssh-rsa,ssh-dss host keys only',
    cause: 'host_key_algo_mismatch',
    level: 'easy',
    text: t`
$ ssh admin@192.168.0.1
Unable to negotiate with 192.168.0.1 port 22: no matching host key type found. Their offer: ssh-rsa,ssh-dss`,
  },
  {
    name: 'Windows client, ssh-dss only switch',
    cause: 'host_key_algo_mismatch',
    level: 'easy',
    text: t`
PS C:\Users\net> ssh manager@10.0.0.2
Unable to negotiate with 10.0.0.2 port 22: no matching host key type found. Their offer: ssh-dss`,
  },
  {
    name: 'old client: no hostkey alg',
    cause: 'host_key_algo_mismatch',
    level: 'easy',
    text: t`
${CLIENT_UBUNTU1404_66}
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: Connecting to git.example.com [192.0.2.44] port 22.
debug1: Connection established.
debug1: Local version string SSH-2.0-OpenSSH_6.6.1p1 Ubuntu-2ubuntu2.13
debug1: Remote protocol version 2.0, remote software version OpenSSH_8.9p1 Ubuntu-3ubuntu0.10
debug1: match: OpenSSH_8.9p1 Ubuntu-3ubuntu0.10 pat OpenSSH* compat 0x04000000
debug1: SSH2_MSG_KEXINIT sent
debug1: SSH2_MSG_KEXINIT received
no hostkey alg`,
  },
  {
    name: 'kex: server offers group1 only',
    cause: 'kex_mismatch',
    level: 'easy',
    text: t`
$ ssh -v admin@10.1.1.1
${CLIENT_UBUNTU_96}
debug1: Connecting to 10.1.1.1 [10.1.1.1] port 22.
debug1: Connection established.
debug1: Local version string SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13.5
debug1: Remote protocol version 1.99, remote software version Cisco-1.25
debug1: compat_banner: no match: Cisco-1.25
debug1: SSH2_MSG_KEXINIT sent
debug1: SSH2_MSG_KEXINIT received
debug1: kex: algorithm: (no match)
Unable to negotiate with 10.1.1.1 port 22: no matching key exchange method found. Their offer: diffie-hellman-group1-sha1`,
  },
  {
    name: 'kex: git to an old appliance, sha1 kex (their offer lists ssh-rsa too)',
    cause: 'kex_mismatch',
    level: 'easy',
    text: t`
$ git clone ssh://git@scm.old-corp.local:7999/proj/app.git
Cloning into 'app'...
Unable to negotiate with 10.12.0.4 port 7999: no matching key exchange method found. Their offer: diffie-hellman-group-exchange-sha1,diffie-hellman-group14-sha1
${GIT_TAIL}`,
  },
  {
    name: 'cipher: CBC only',
    cause: 'cipher_mismatch',
    level: 'easy',
    text: t`
${CLIENT_FEDORA_100}
Unable to negotiate with 172.20.1.1 port 22: no matching cipher found. Their offer: aes128-cbc,3des-cbc,aes192-cbc,aes256-cbc`,
  },
  {
    name: 'Ubuntu 14.04: no matching cipher (old wording)',
    cause: 'cipher_mismatch',
    level: 'easy',
    text: t`
${CLIENT_UBUNTU1404_66}
debug1: Connecting to 10.9.9.9 [10.9.9.9] port 22.
debug1: Connection established.
debug1: Remote protocol version 2.0, remote software version OpenSSH_8.9p1 Ubuntu-3ubuntu0.10
debug1: SSH2_MSG_KEXINIT sent
debug1: SSH2_MSG_KEXINIT received
no matching cipher found: client arcfour,blowfish-cbc server chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr`,
  },
  {
    name: 'MAC: sha1/md5 only',
    cause: 'mac_mismatch',
    level: 'easy',
    text: t`
$ ssh ubnt@192.168.1.20
Unable to negotiate with 192.168.1.20 port 22: no matching MAC found. Their offer: hmac-sha1,hmac-md5`,
  },
  // ---------------------------------------------------------------------------------------------- legacy tickets
  {
    name: 'ticket: host key changed (cluster reinstalled)',
    cause: 'host_key_changed',
    level: 'legacy',
    text: ticket({
      ls: [
        '-rw-------.  1 mdupont mdupont 3381 Mar  4 10:01 id_rsa',
        '-rw-r--r--.  1 mdupont mdupont  747 Mar  4 10:01 id_rsa.pub',
        '-rw-r--r--.  1 mdupont mdupont  190 Mar  4 10:02 known_hosts',
      ],
      log: t`
${CICLAD_HEAD}
debug1: Connection established.
debug1: Local version string SSH-2.0-OpenSSH_8.7
debug1: Remote protocol version 2.0, remote software version OpenSSH_8.0
debug1: Authenticating to ciclad.ipsl.jussieu.fr:22 as 'mdupont'
debug1: Server host key: ssh-ed25519 ${FP3}
@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @
@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!
Someone could be eavesdropping on you right now (man-in-the-middle attack)!
It is also possible that a host key has just been changed.
The fingerprint for the ED25519 key sent by the remote host is
${FP3}.
Please contact your system administrator.
Add correct host key in /home/mdupont/.ssh/known_hosts to get rid of this message.
Offending ED25519 key in /home/mdupont/.ssh/known_hosts:1
Host key for ciclad.ipsl.jussieu.fr has changed and you have requested strict checking.
Host key verification failed.`,
    }),
  },
];
