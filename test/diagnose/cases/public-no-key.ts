// Public-style transcripts where no usable key is offered.
// written from shared/reference + OpenSSH knowledge, not a recorded transcript: every case below was composed for
// this table (versions, paths, hosts and fingerprints are illustrative) and none is copied from a public post.

import {
  CICLAD_AUTH,
  CICLAD_HEAD,
  CLIENT_RHEL7_74,
  CLIENT_UBUNTU_89,
  CLIENT_UBUNTU1404_66,
  CLIENT_WINDOWS_81,
  FP1,
  GIT_TAIL,
  ids,
  ticket,
} from './fragments.js';
import { type PublicCase, t } from './public-case.js';

const EL8 = 'OpenSSH_8.0p1, OpenSSL 1.1.1k  FIPS 25 Mar 2021';
const OLD_IDS = ['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519'];

export const NO_KEY_CASES: PublicCase[] = [
  // ---------------------------------------------------------------------------------------------- no key offered
  {
    name: 'all identity files type -1, ls shows meso_rsa',
    cause: 'no_key_offered',
    level: 'hard',
    text: t`
${CLIENT_UBUNTU_89}
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: Connecting to ciclad.ipsl.jussieu.fr [134.157.176.129] port 22.
debug1: Connection established.
${ids('/home/paul')}
debug1: Local version string SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.10
debug1: Remote protocol version 2.0, remote software version OpenSSH_8.0
debug1: Authenticating to ciclad.ipsl.jussieu.fr:22 as 'pmartin'
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Trying private key: /home/paul/.ssh/id_rsa
debug1: Trying private key: /home/paul/.ssh/id_ecdsa
debug1: Trying private key: /home/paul/.ssh/id_ecdsa_sk
debug1: Trying private key: /home/paul/.ssh/id_ed25519
debug1: Trying private key: /home/paul/.ssh/id_ed25519_sk
debug1: Trying private key: /home/paul/.ssh/id_xmss
debug1: Trying private key: /home/paul/.ssh/id_dsa
debug1: No more authentication methods to try.
pmartin@ciclad.ipsl.jussieu.fr: Permission denied (publickey).

$ ls -al ~/.ssh
total 24
drwx------  2 paul paul 4096 Jan 10 14:02 .
drwxr-xr-x 28 paul paul 4096 Jan 10 13:55 ..
-rw-------  1 paul paul 3381 Jan 10 14:01 meso_rsa
-rw-r--r--  1 paul paul  741 Jan 10 14:01 meso_rsa.pub
-rw-r--r--  1 paul paul  444 Jan  9 17:20 known_hosts`,
  },
  {
    name: 'type -1 everywhere, listing has id_rsa_ipsl and mykey.ppk (RHEL)',
    cause: 'no_key_offered',
    level: 'hard',
    text: t`
[claire@station ~]$ ssh -v claire@ciclad.ipsl.jussieu.fr
${EL8}
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: Reading configuration data /etc/ssh/ssh_config.d/05-redhat.conf
debug1: Reading configuration data /etc/crypto-policies/back-ends/openssh.config
debug1: Connecting to ciclad.ipsl.jussieu.fr [134.157.176.129] port 22.
debug1: Connection established.
debug1: identity file /home/claire/.ssh/id_rsa type -1
debug1: identity file /home/claire/.ssh/id_rsa-cert type -1
debug1: identity file /home/claire/.ssh/id_dsa type -1
debug1: identity file /home/claire/.ssh/id_dsa-cert type -1
debug1: identity file /home/claire/.ssh/id_ecdsa type -1
debug1: identity file /home/claire/.ssh/id_ecdsa-cert type -1
debug1: identity file /home/claire/.ssh/id_ed25519 type -1
debug1: identity file /home/claire/.ssh/id_ed25519-cert type -1
debug1: identity file /home/claire/.ssh/id_xmss type -1
debug1: identity file /home/claire/.ssh/id_xmss-cert type -1
debug1: Local version string SSH-2.0-OpenSSH_8.0
debug1: Remote protocol version 2.0, remote software version OpenSSH_8.0
debug1: Authenticating to ciclad.ipsl.jussieu.fr:22 as 'claire'
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Trying private key: /home/claire/.ssh/id_rsa
debug1: Trying private key: /home/claire/.ssh/id_dsa
debug1: Trying private key: /home/claire/.ssh/id_ecdsa
debug1: Trying private key: /home/claire/.ssh/id_ed25519
debug1: Trying private key: /home/claire/.ssh/id_xmss
debug1: No more authentication methods to try.
claire@ciclad.ipsl.jussieu.fr: Permission denied (publickey).
[claire@station ~]$ ls -al ~/.ssh
total 20
drwx------.  2 claire claire  110 Feb  2 10:40 .
drwx------. 19 claire claire 4096 Feb  2 10:38 ..
-rw-------.  1 claire claire 3243 Feb  2 10:31 id_rsa_ipsl
-rw-r--r--.  1 claire claire  743 Feb  2 10:31 id_rsa_ipsl.pub
-rw-r--r--.  1 claire claire  181 Feb  1 16:05 known_hosts
-rw-r--r--.  1 claire claire 1460 Jan 28 09:12 mykey.ppk`,
  },
  {
    name: 'IdentityFile names a missing file: no such identity',
    cause: 'no_key_offered',
    level: 'hard',
    text: t`
$ git clone git@github.com:me/dotfiles.git
Cloning into 'dotfiles'...
no such identity: /home/me/.ssh/id_github: No such file or directory
git@github.com: Permission denied (publickey).
${GIT_TAIL}`,
  },
  {
    name: 'Windows: no key at all',
    cause: 'no_key_offered',
    level: 'hard',
    text: t`
PS C:\Users\x> ssh -v git@github.com
${CLIENT_WINDOWS_81}
debug1: Connecting to github.com [140.82.121.3] port 22.
debug1: Connection established.
debug1: identity file C:\\Users\\x/.ssh/id_rsa type -1
debug1: identity file C:\\Users\\x/.ssh/id_rsa-cert type -1
debug1: identity file C:\\Users\\x/.ssh/id_dsa type -1
debug1: identity file C:\\Users\\x/.ssh/id_dsa-cert type -1
debug1: identity file C:\\Users\\x/.ssh/id_ecdsa type -1
debug1: identity file C:\\Users\\x/.ssh/id_ecdsa-cert type -1
debug1: identity file C:\\Users\\x/.ssh/id_ed25519 type -1
debug1: identity file C:\\Users\\x/.ssh/id_ed25519-cert type -1
debug1: identity file C:\\Users\\x/.ssh/id_xmss type -1
debug1: identity file C:\\Users\\x/.ssh/id_xmss-cert type -1
debug1: Local version string SSH-2.0-OpenSSH_for_Windows_8.1
debug1: Remote protocol version 2.0, remote software version babeld-6f6ea4a1
debug1: no match: babeld-6f6ea4a1
debug1: Authenticating to github.com:22 as 'git'
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Trying private key: C:\\Users\\x/.ssh/id_rsa
debug1: Trying private key: C:\\Users\\x/.ssh/id_dsa
debug1: Trying private key: C:\\Users\\x/.ssh/id_ecdsa
debug1: Trying private key: C:\\Users\\x/.ssh/id_ed25519
debug1: Trying private key: C:\\Users\\x/.ssh/id_xmss
debug1: No more authentication methods to try.
git@github.com: Permission denied (publickey).`,
  },
  {
    name: 'Ubuntu 14.04: nothing offered, key is github_rsa',
    cause: 'no_key_offered',
    level: 'hard',
    text: t`
${CLIENT_UBUNTU1404_66}
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: /etc/ssh/ssh_config line 19: Applying options for *
debug1: Connecting to bitbucket.org [104.192.141.1] port 22.
debug1: Connection established.
debug1: identity file /home/dev/.ssh/id_rsa type -1
debug1: identity file /home/dev/.ssh/id_rsa-cert type -1
debug1: identity file /home/dev/.ssh/id_dsa type -1
debug1: identity file /home/dev/.ssh/id_dsa-cert type -1
debug1: identity file /home/dev/.ssh/id_ecdsa type -1
debug1: identity file /home/dev/.ssh/id_ecdsa-cert type -1
debug1: identity file /home/dev/.ssh/id_ed25519 type -1
debug1: identity file /home/dev/.ssh/id_ed25519-cert type -1
debug1: Enabling compatibility mode for protocol 2.0
debug1: Local version string SSH-2.0-OpenSSH_6.6.1p1 Ubuntu-2ubuntu2.13
debug1: Remote protocol version 2.0, remote software version conker_1.1.45-5c5f0d8 app-134
debug1: no match: conker_1.1.45-5c5f0d8 app-134
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Trying private key: /home/dev/.ssh/id_rsa
debug1: Trying private key: /home/dev/.ssh/id_dsa
debug1: Trying private key: /home/dev/.ssh/id_ecdsa
debug1: Trying private key: /home/dev/.ssh/id_ed25519
debug1: No more authentication methods to try.
Permission denied (publickey).
$ ls ~/.ssh
github_rsa  github_rsa.pub  known_hosts`,
  },
  {
    name: 'GitHub: id_ed25519 refused, github_key never tried',
    cause: 'no_key_offered',
    level: 'hard',
    text: t`
$ ssh -vT git@github.com
${CLIENT_UBUNTU_89}
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: Connecting to github.com [140.82.121.4] port 22.
debug1: Connection established.
${ids('/home/lee', { id_ed25519: 3 })}
debug1: Local version string SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.10
debug1: Remote protocol version 2.0, remote software version babeld-6f6ea4a1
debug1: Authenticating to github.com:22 as 'git'
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Offering public key: /home/lee/.ssh/id_ed25519 ED25519 ${FP1}
debug1: Authentications that can continue: publickey
debug1: No more authentication methods to try.
git@github.com: Permission denied (publickey).
$ ls -al ~/.ssh
total 28
drwx------  2 lee lee 4096 May  2 11:20 .
drwxr-x--- 19 lee lee 4096 May  2 11:02 ..
-rw-------  1 lee lee  411 May  2 11:18 github_key
-rw-r--r--  1 lee lee   97 May  2 11:18 github_key.pub
-rw-------  1 lee lee  411 Jan 12 09:40 id_ed25519
-rw-r--r--  1 lee lee  100 Jan 12 09:40 id_ed25519.pub
-rw-r--r--  1 lee lee  978 May  2 11:19 known_hosts`,
  },
  {
    name: 'CentOS 7 client, 7.4 id list, nothing to offer',
    cause: 'no_key_offered',
    level: 'hard',
    text: t`
${CLIENT_RHEL7_74}
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: Connecting to gitlab.example.com [10.3.0.15] port 22.
debug1: Connection established.
${ids('/home/svc', {}, OLD_IDS)}
debug1: Enabling compatibility mode for protocol 2.0
debug1: Local version string SSH-2.0-OpenSSH_7.4
debug1: Remote protocol version 2.0, remote software version OpenSSH_8.4p1 Debian-5+deb11u3
debug1: Authenticating to gitlab.example.com:22 as 'git'
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Trying private key: /home/svc/.ssh/id_rsa
debug1: Trying private key: /home/svc/.ssh/id_dsa
debug1: Trying private key: /home/svc/.ssh/id_ecdsa
debug1: Trying private key: /home/svc/.ssh/id_ed25519
debug1: No more authentication methods to try.
Permission denied (publickey).`,
  },
  // ---------------------------------------------------------------------------------------------- legacy tickets
  {
    name: 'ticket: key saved as meso_rsa',
    cause: 'no_key_offered',
    level: 'legacy',
    text: ticket({
      ls: [
        '-rw-------.  1 mdupont mdupont 3381 Mar  4 10:01 meso_rsa',
        '-rw-r--r--.  1 mdupont mdupont  747 Mar  4 10:01 meso_rsa.pub',
      ],
      agent: 'Error connecting to agent: No such file or directory',
      log: t`
${CICLAD_HEAD}
${CICLAD_AUTH}
debug1: Trying private key: /home/mdupont/.ssh/id_rsa
debug3: no such identity: /home/mdupont/.ssh/id_rsa: No such file or directory
debug1: Trying private key: /home/mdupont/.ssh/id_ecdsa
debug3: no such identity: /home/mdupont/.ssh/id_ecdsa: No such file or directory
debug1: Trying private key: /home/mdupont/.ssh/id_ed25519
debug3: no such identity: /home/mdupont/.ssh/id_ed25519: No such file or directory
debug2: we did not send a packet, disable method
debug1: No more authentication methods to try.
mdupont@ciclad.ipsl.jussieu.fr: Permission denied (publickey,gssapi-keyex,gssapi-with-mic).`,
    }),
  },
];
