// Public-style transcripts of user-key signature algorithms the other side refuses (RSA SHA-1, DSA).
// written from shared/reference + OpenSSH knowledge, not a recorded transcript: every case below was composed for
// this table (versions, paths, hosts and fingerprints are illustrative) and none is copied from a public post.

import { CLIENT_UBUNTU_82, CLIENT_UBUNTU_89, FP2, FP3, ids } from './fragments.js';
import { type PublicCase, t } from './public-case.js';

const WIN95 = 'OpenSSH_for_Windows_9.5p1, LibreSSL 3.8.2';

export const SIGNATURE_CASES: PublicCase[] = [
  // ---------------------------------------------------------------------------------------------- pubkey algo
  {
    name: 'client 8.9 vs OpenSSH 7.1 server: no mutual signature algorithm',
    cause: 'pubkey_algo_rejected',
    level: 'hard',
    evidence: ['no mutual signature algorithm'],
    text: t`
${CLIENT_UBUNTU_89}
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: Connecting to legacy.example.com [192.0.2.10] port 22.
debug1: Connection established.
${ids('/home/ivan', { id_rsa: 0 })}
debug1: Local version string SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.10
debug1: Remote protocol version 2.0, remote software version OpenSSH_7.1
debug1: compat_banner: match: OpenSSH_7.1 pat OpenSSH_7.0*,OpenSSH_7.1*,OpenSSH_7.2*,OpenSSH_7.3*,OpenSSH_7.5*,OpenSSH_7.6*,OpenSSH_7.7* compat 0x04000002
debug1: Authenticating to legacy.example.com:22 as 'ivan'
debug1: Server host key: ssh-rsa SHA256:rT0vO1ZcJmGz4QhX6pR4nP2sD8fA9kL3mN5bV7cX1zQ
debug1: Host 'legacy.example.com' is known and matches the RSA host key.
debug1: Found key in /home/ivan/.ssh/known_hosts:4
debug1: SSH2_MSG_SERVICE_ACCEPT received
debug1: Authentications that can continue: publickey,password
debug1: Next authentication method: publickey
debug1: Offering public key: /home/ivan/.ssh/id_rsa RSA ${FP2}
debug1: send_pubkey_test: no mutual signature algorithm
debug1: Trying private key: /home/ivan/.ssh/id_ecdsa
debug1: Trying private key: /home/ivan/.ssh/id_ecdsa_sk
debug1: Trying private key: /home/ivan/.ssh/id_ed25519
debug1: Trying private key: /home/ivan/.ssh/id_ed25519_sk
debug1: Trying private key: /home/ivan/.ssh/id_xmss
debug1: Trying private key: /home/ivan/.ssh/id_dsa
debug1: Next authentication method: password
ivan@legacy.example.com's password:`,
  },
  {
    name: 'client 9.3 vs OpenSSH 6.6 server: RSA key silently not offered',
    cause: 'pubkey_algo_rejected',
    level: 'hard',
    text: t`
OpenSSH_9.3p1, OpenSSL 3.0.8 7 Feb 2023
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: Connecting to old-cluster.example.edu [192.0.2.80] port 22.
debug1: Connection established.
debug1: identity file /home/nina/.ssh/id_rsa type 0
debug1: identity file /home/nina/.ssh/id_rsa-cert type -1
debug1: Local version string SSH-2.0-OpenSSH_9.3
debug1: Remote protocol version 2.0, remote software version OpenSSH_6.6.1p1 Ubuntu-2ubuntu2.13
debug1: compat_banner: match: OpenSSH_6.6.1p1 Ubuntu-2ubuntu2.13 pat OpenSSH_6.6.1* compat 0x04000002
debug1: Authenticating to old-cluster.example.edu:22 as 'nina'
debug1: Server host key: ssh-ed25519 ${FP3}
debug1: Host 'old-cluster.example.edu' is known and matches the ED25519 host key.
debug1: SSH2_MSG_SERVICE_ACCEPT received
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: No more authentication methods to try.
nina@old-cluster.example.edu: Permission denied (publickey).`,
  },
  {
    name: 'Windows 9.5 vs CentOS 6 (OpenSSH 5.3): no mutual signature',
    cause: 'pubkey_algo_rejected',
    level: 'hard',
    text: t`
PS C:\Users\raj> ssh -v raj@192.0.2.55
${WIN95}
debug1: Reading configuration data C:\\Users\\raj/.ssh/config
debug1: Connecting to 192.0.2.55 [192.0.2.55] port 22.
debug1: Connection established.
debug1: identity file C:\\Users\\raj/.ssh/id_rsa type 0
debug1: identity file C:\\Users\\raj/.ssh/id_rsa-cert type -1
debug1: Local version string SSH-2.0-OpenSSH_for_Windows_9.5
debug1: Remote protocol version 2.0, remote software version OpenSSH_5.3
debug1: compat_banner: match: OpenSSH_5.3 pat OpenSSH_5* compat 0x0c000002
debug1: Authenticating to 192.0.2.55:22 as 'raj'
debug1: Authentications that can continue: publickey,gssapi-keyex,gssapi-with-mic,password
debug1: Next authentication method: publickey
debug1: Offering public key: C:\\Users\\raj/.ssh/id_rsa RSA ${FP2}
debug1: send_pubkey_test: no mutual signature algorithm
debug1: Next authentication method: password
raj@192.0.2.55: Permission denied (publickey,gssapi-keyex,gssapi-with-mic,password).`,
  },
  {
    name: 'Ubuntu 22.04 to old Gerrit: server accepts key, no mutual signature supported',
    cause: 'pubkey_algo_rejected',
    level: 'hard',
    evidence: ['no mutual signature supported'],
    text: t`
$ ssh -v -p 29418 dev@gerrit.example.com
${CLIENT_UBUNTU_89}
debug1: Connecting to gerrit.example.com [192.0.2.70] port 29418.
debug1: Connection established.
debug1: identity file /home/dev/.ssh/id_rsa type 0
debug1: identity file /home/dev/.ssh/id_rsa-cert type -1
debug1: Local version string SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.10
debug1: Remote protocol version 2.0, remote software version GerritCodeReview_2.16.28 (SSHD-CORE-2.0.0)
debug1: compat_banner: no match: GerritCodeReview_2.16.28 (SSHD-CORE-2.0.0)
debug1: Authenticating to gerrit.example.com:29418 as 'dev'
debug1: Server host key: ssh-rsa SHA256:rT0vO1ZcJmGz4QhX6pR4nP2sD8fA9kL3mN5bV7cX1zQ
debug1: Host '[gerrit.example.com]:29418' is known and matches the RSA host key.
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Offering public key: /home/dev/.ssh/id_rsa RSA ${FP2}
debug1: Server accepts key: /home/dev/.ssh/id_rsa RSA ${FP2}
sign_and_send_pubkey: no mutual signature supported
dev@gerrit.example.com: Permission denied (publickey).`,
  },
  {
    name: 'DSA key skipped by the client',
    cause: 'pubkey_algo_rejected',
    level: 'hard',
    text: t`
${CLIENT_UBUNTU_82}
debug1: Connecting to oldbox.example.com [192.0.2.90] port 22.
debug1: Connection established.
debug1: identity file /home/al/.ssh/id_dsa type 1
debug1: Local version string SSH-2.0-OpenSSH_8.2p1 Ubuntu-4ubuntu0.11
debug1: Remote protocol version 2.0, remote software version OpenSSH_7.4
debug1: Authenticating to oldbox.example.com:22 as 'al'
debug1: Skipping ssh-dss key /home/al/.ssh/id_dsa - not in PubkeyAcceptedKeyTypes
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: No more authentication methods to try.
al@oldbox.example.com: Permission denied (publickey).`,
  },
  {
    name: 'GitHub refuses an RSA SHA-1 signature from an old client',
    cause: 'pubkey_algo_rejected',
    level: 'hard',
    evidence: ['RSA key with SHA-1'],
    text: t`
$ ssh -vT git@github.com
OpenSSH_7.1p2, OpenSSL 1.0.2g  1 Mar 2016
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: Connecting to github.com [140.82.121.3] port 22.
debug1: Connection established.
debug1: identity file /c/Users/old/.ssh/id_rsa type 1
debug1: Enabling compatibility mode for protocol 2.0
debug1: Local version string SSH-2.0-OpenSSH_7.1
debug1: Remote protocol version 2.0, remote software version babeld-6f6ea4a1
debug1: no match: babeld-6f6ea4a1
debug1: Authenticating to github.com:22 as 'git'
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Offering RSA public key: /c/Users/old/.ssh/id_rsa
debug1: Server accepts key: pkalg ssh-rsa blen 279
debug1: Authentication succeeded (publickey).
Authenticated to github.com ([140.82.121.3]:22).
debug1: channel 0: new [client-session]
debug1: Entering interactive session.
ERROR: You're using an RSA key with SHA-1, which is no longer allowed. Please use a newer client or a different key type.
Please see https://github.blog/2021-09-01-improving-git-protocol-security-github/ for more information.
debug1: client_input_channel_req: channel 0 rtype exit-status reply 0
debug1: Exit status 1`,
  },
];
