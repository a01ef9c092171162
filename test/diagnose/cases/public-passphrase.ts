// Public-style transcripts of accepted keys that are never signed: passphrase, TTY, askpass.
// written from shared/reference + OpenSSH knowledge, not a recorded transcript: every case below was composed for
// this table (versions, paths, hosts and fingerprints are illustrative) and none is copied from a public post.

import { CLIENT_DEBIAN_92, CLIENT_UBUNTU_82, FP1, FP2 } from './fragments.js';
import { type PublicCase, t } from './public-case.js';

const GITWIN = 'OpenSSH_9.9p1, OpenSSL 3.2.3 3 Sep 2024';

export const PASSPHRASE_CASES: PublicCase[] = [
  // ---------------------------------------------------------------------------------------------- passphrase
  {
    name: 'Server accepts key, no TTY for the passphrase (cron)',
    cause: 'passphrase_problem',
    level: 'hard',
    evidence: ['Server accepts key'],
    text: t`
${CLIENT_UBUNTU_82}
debug1: Connecting to backup.example.org [198.51.100.90] port 22.
debug1: Connection established.
debug1: identity file /home/svc/.ssh/id_rsa type 0
debug1: Local version string SSH-2.0-OpenSSH_8.2p1 Ubuntu-4ubuntu0.11
debug1: Remote protocol version 2.0, remote software version OpenSSH_8.2p1 Ubuntu-4ubuntu0.11
debug1: Authenticating to backup.example.org:22 as 'svc'
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Offering public key: /home/svc/.ssh/id_rsa RSA ${FP2}
debug1: Server accepts key: /home/svc/.ssh/id_rsa RSA ${FP2}
read_passphrase: can't open /dev/tty: No such device or address
debug1: No more authentication methods to try.
svc@backup.example.org: Permission denied (publickey).`,
  },
  {
    name: 'wrong passphrase three times (-vv)',
    cause: 'passphrase_problem',
    level: 'hard',
    text: t`
${CLIENT_DEBIAN_92}
debug1: Authenticating to ciclad.ipsl.jussieu.fr:22 as 'mdupont'
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Offering public key: /home/mdupont/.ssh/id_rsa RSA ${FP2}
debug1: Server accepts key: /home/mdupont/.ssh/id_rsa RSA ${FP2}
Enter passphrase for key '/home/mdupont/.ssh/id_rsa':
debug2: bad passphrase given, try again...
Enter passphrase for key '/home/mdupont/.ssh/id_rsa':
debug2: bad passphrase given, try again...
Enter passphrase for key '/home/mdupont/.ssh/id_rsa':
debug2: no passphrase given, try next key
debug2: we did not send a packet, disable method
debug1: No more authentication methods to try.
mdupont@ciclad.ipsl.jussieu.fr: Permission denied (publickey).`,
  },
  {
    name: 'Server accepts key, then nothing but the denial',
    cause: 'passphrase_problem',
    level: 'hard',
    text: t`
debug1: Next authentication method: publickey
debug1: Offering public key: /Users/ben/.ssh/id_ed25519 ED25519 ${FP1}
debug1: Server accepts key: /Users/ben/.ssh/id_ed25519 ED25519 ${FP1}
debug1: No more authentication methods to try.
ben@dev.example.com: Permission denied (publickey).`,
  },
  {
    name: 'git GUI: server accepts key, no askpass program',
    cause: 'passphrase_problem',
    level: 'hard',
    text: t`
${GITWIN}
debug1: Connecting to github.com [140.82.121.4] port 22.
debug1: Connection established.
debug1: identity file /c/Users/dev/.ssh/id_ed25519 type 3
debug1: Local version string SSH-2.0-OpenSSH_9.9
debug1: Remote protocol version 2.0, remote software version babeld-6f6ea4a1
debug1: Authenticating to github.com:22 as 'git'
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Offering public key: /c/Users/dev/.ssh/id_ed25519 ED25519 ${FP1}
debug1: Server accepts key: /c/Users/dev/.ssh/id_ed25519 ED25519 ${FP1}
ssh_askpass: exec(/usr/lib/ssh/ssh-askpass): No such file or directory
debug1: No more authentication methods to try.
git@github.com: Permission denied (publickey).`,
  },
  {
    name: 'CI: encrypted PEM key without .pub, no TTY',
    cause: 'passphrase_problem',
    level: 'hard',
    text: t`
$ ssh -v -o StrictHostKeyChecking=accept-new ci@build.example.com ./deploy.sh
${CLIENT_DEBIAN_92}
debug1: Connecting to build.example.com [198.51.100.12] port 22.
debug1: Connection established.
debug1: identity file /root/.ssh/id_rsa type -1
debug1: identity file /root/.ssh/id_rsa-cert type -1
debug1: Local version string SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3
debug1: Remote protocol version 2.0, remote software version OpenSSH_9.2p1 Debian-2+deb12u3
debug1: Authenticating to build.example.com:22 as 'ci'
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Trying private key: /root/.ssh/id_rsa
read_passphrase: can't open /dev/tty: No such device or address
debug1: No more authentication methods to try.
ci@build.example.com: Permission denied (publickey).`,
  },
  {
    name: 'passphrase typed wrong, incorrect passphrase supplied',
    cause: 'passphrase_problem',
    level: 'hard',
    text: t`
debug1: Next authentication method: publickey
debug1: Offering public key: /home/mo/.ssh/id_ed25519 ED25519 ${FP1}
debug1: Server accepts key: /home/mo/.ssh/id_ed25519 ED25519 ${FP1}
Enter passphrase for key '/home/mo/.ssh/id_ed25519':
Load key "/home/mo/.ssh/id_ed25519": incorrect passphrase supplied to decrypt private key
debug1: No more authentication methods to try.
mo@lab.example.org: Permission denied (publickey).`,
  },
];
