// Public-style transcripts that end in a login (greetings, retries, sessions that drop afterwards).
// written from shared/reference + OpenSSH knowledge, not a recorded transcript: every case below was composed for
// this table (versions, paths, hosts and fingerprints are illustrative) and none is copied from a public post.

import {
  CLIENT_FEDORA_100,
  CLIENT_MACOS_98,
  CLIENT_UBUNTU_89,
  CLIENT_UBUNTU_96,
  CLIENT_WINDOWS_81,
  FP1,
  FP2,
  FP3,
  GH_ED,
  ids,
  kex,
} from './fragments.js';
import { type PublicCase, t } from './public-case.js';

export const SUCCESS_CASES: PublicCase[] = [
  // ---------------------------------------------------------------------------------------------- success
  {
    name: 'GitHub ssh -vT, Ubuntu 22.04, ed25519 from the agent',
    cause: 'success',
    level: 'easy',
    evidence: ["You've successfully authenticated"],
    text: t`
$ ssh -vT git@github.com
${CLIENT_UBUNTU_89}
debug1: Reading configuration data /home/alex/.ssh/config
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: /etc/ssh/ssh_config line 19: include /etc/ssh/ssh_config.d/*.conf matched no files
debug1: /etc/ssh/ssh_config line 21: Applying options for *
debug1: Connecting to github.com [140.82.121.4] port 22.
debug1: Connection established.
${ids('/home/alex', { id_ed25519: 3 })}
debug1: Local version string SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.10
debug1: Remote protocol version 2.0, remote software version babeld-6f6ea4a1
debug1: compat_banner: no match: babeld-6f6ea4a1
debug1: Authenticating to github.com:22 as 'git'
debug1: load_hostkeys: fopen /home/alex/.ssh/known_hosts2: No such file or directory
${kex(GH_ED, '/home/alex/.ssh/known_hosts')}
debug1: get_agent_identities: bound agent to hostkey
debug1: get_agent_identities: agent returned 1 keys
debug1: Will attempt key: /home/alex/.ssh/id_ed25519 ED25519 ${FP1} agent
debug1: SSH2_MSG_EXT_INFO received
debug1: kex_input_ext_info: server-sig-algs=<ssh-ed25519-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com,sk-ssh-ed25519@openssh.com,ssh-ed25519,rsa-sha2-512,rsa-sha2-256,ssh-rsa>
debug1: SSH2_MSG_SERVICE_ACCEPT received
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Offering public key: /home/alex/.ssh/id_ed25519 ED25519 ${FP1} agent
debug1: Server accepts key: /home/alex/.ssh/id_ed25519 ED25519 ${FP1} agent
Authenticated to github.com ([140.82.121.4]:22) using "publickey".
debug1: channel 0: new [client-session]
debug1: Entering interactive session.
debug1: pledge: filesystem
debug1: client_input_global_request: rtype hostkeys-00@openssh.com want_reply 0
debug1: client_input_hostkeys: searching /home/alex/.ssh/known_hosts for github.com / (none)
debug1: client_input_channel_req: channel 0 rtype exit-status reply 0
Hi alex-dev! You've successfully authenticated, but GitHub does not provide shell access.
debug1: channel 0: free: client-session, nchannels 1
Transferred: sent 2796, received 2588 bytes, in 0.2 seconds
Bytes per second: sent 11795.4, received 10918.0
debug1: Exit status 1`,
  },
  {
    name: 'GitHub greeting alone (ssh -T, no -v)',
    cause: 'success',
    level: 'easy',
    text: t`
PS C:\Users\maria> ssh -T git@github.com
Hi maria-s! You've successfully authenticated, but GitHub does not provide shell access.`,
  },
  {
    name: 'GitHub first connection: host added, then greeting',
    cause: 'success',
    level: 'easy',
    text: t`
$ ssh -T git@github.com
The authenticity of host 'github.com (140.82.112.3)' can't be established.
ED25519 key fingerprint is ${GH_ED}.
This key is not known by any other names.
Are you sure you want to continue connecting (yes/no/[fingerprint])? yes
Warning: Permanently added 'github.com' (ED25519) to the list of known hosts.
Hi jtorres! You've successfully authenticated, but GitHub does not provide shell access.`,
  },
  {
    name: 'macOS: first key refused, second accepted',
    cause: 'success',
    level: 'hard',
    text: t`
${CLIENT_MACOS_98}
debug1: Reading configuration data /Users/kim/.ssh/config
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: /etc/ssh/ssh_config line 21: include /etc/ssh/ssh_config.d/* matched no files
debug1: /etc/ssh/ssh_config line 54: Applying options for *
debug1: Authenticator provider $SSH_SK_PROVIDER did not resolve; disabling
debug1: Connecting to build.example.org port 22.
debug1: Connection established.
debug1: identity file /Users/kim/.ssh/id_rsa type 0
debug1: identity file /Users/kim/.ssh/id_ed25519 type 3
debug1: Local version string SSH-2.0-OpenSSH_9.8
debug1: Remote protocol version 2.0, remote software version OpenSSH_9.6p1 Ubuntu-3ubuntu13.5
debug1: compat_banner: match: OpenSSH_9.6p1 Ubuntu-3ubuntu13.5 pat OpenSSH* compat 0x04000000
debug1: Authenticating to build.example.org:22 as 'kim'
debug1: Server host key: ssh-ed25519 ${FP3}
debug1: Host 'build.example.org' is known and matches the ED25519 host key.
debug1: Found key in /Users/kim/.ssh/known_hosts:7
debug1: Authentications that can continue: publickey,password
debug1: Next authentication method: publickey
debug1: Offering public key: /Users/kim/.ssh/id_ed25519 ED25519 ${FP1}
debug1: Authentications that can continue: publickey,password
debug1: Offering public key: /Users/kim/.ssh/id_rsa RSA ${FP2}
debug1: Server accepts key: /Users/kim/.ssh/id_rsa RSA ${FP2}
Authenticated to build.example.org ([203.0.113.40]:22) using "publickey".
debug1: channel 0: new session [client-session] (inactive timeout: 0)
debug1: Entering interactive session.
debug1: pledge: filesystem
Welcome to Ubuntu 24.04.1 LTS (GNU/Linux 6.8.0-45-generic x86_64)`,
  },
  {
    name: 'Windows OpenSSH 8.1 to GitLab, -v, success',
    cause: 'success',
    level: 'easy',
    text: t`
PS C:\Users\tom> ssh -v -T git@gitlab.com
${CLIENT_WINDOWS_81}
debug1: Reading configuration data C:\\Users\\tom/.ssh/config
debug1: Connecting to gitlab.com [172.65.251.78] port 22.
debug1: Connection established.
debug1: identity file C:\\Users\\tom/.ssh/id_rsa type -1
debug1: identity file C:\\Users\\tom/.ssh/id_rsa-cert type -1
debug1: identity file C:\\Users\\tom/.ssh/id_dsa type -1
debug1: identity file C:\\Users\\tom/.ssh/id_dsa-cert type -1
debug1: identity file C:\\Users\\tom/.ssh/id_ecdsa type -1
debug1: identity file C:\\Users\\tom/.ssh/id_ecdsa-cert type -1
debug1: identity file C:\\Users\\tom/.ssh/id_ed25519 type 3
debug1: identity file C:\\Users\\tom/.ssh/id_ed25519-cert type -1
debug1: Local version string SSH-2.0-OpenSSH_for_Windows_8.1
debug1: Remote protocol version 2.0, remote software version GitLab-SSHD
debug1: no match: GitLab-SSHD
debug1: Authenticating to gitlab.com:22 as 'git'
debug1: SSH2_MSG_KEXINIT sent
debug1: SSH2_MSG_KEXINIT received
debug1: kex: algorithm: curve25519-sha256
debug1: kex: host key algorithm: ecdsa-sha2-nistp256
debug1: Server host key: ecdsa-sha2-nistp256 SHA256:HbW3g8zUjNSksFbqTiUWPWg2Bq1x8xdGUrliXFzSnUw
debug1: Host 'gitlab.com' is known and matches the ECDSA host key.
debug1: Found key in C:\\Users\\tom/.ssh/known_hosts:2
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Offering public key: C:\\Users\\tom/.ssh/id_ed25519 ED25519 ${FP1}
debug1: Server accepts key: C:\\Users\\tom/.ssh/id_ed25519 ED25519 ${FP1}
debug1: Authentication succeeded (publickey).
Authenticated to gitlab.com ([172.65.251.78]:22).
debug1: channel 0: new [client-session]
debug1: Entering interactive session.
Welcome to GitLab, @tom.h!
debug1: Exit status 0`,
  },
  {
    name: 'GitLab greeting alone',
    cause: 'success',
    level: 'easy',
    text: t`
$ ssh -T git@gitlab.com
Welcome to GitLab, @sanjay.k!`,
  },
  {
    name: 'Bitbucket greeting alone',
    cause: 'success',
    level: 'easy',
    text: t`
$ ssh -T git@bitbucket.org
authenticated via ssh key.

You can use git to connect to Bitbucket. Shell access is disabled`,
  },
  {
    name: 'agent refuses the first key, the key file then works',
    cause: 'success',
    level: 'hard',
    text: t`
${CLIENT_UBUNTU_89}
debug1: Connecting to app.example.com [203.0.113.5] port 22.
debug1: Connection established.
debug1: identity file /home/kai/.ssh/id_ed25519 type 3
debug1: Local version string SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.10
debug1: Remote protocol version 2.0, remote software version OpenSSH_8.9p1 Ubuntu-3ubuntu0.10
debug1: Authenticating to app.example.com:22 as 'kai'
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Offering public key: kai@old-laptop RSA ${FP2} agent
debug1: Server accepts key: kai@old-laptop RSA ${FP2} agent
sign_and_send_pubkey: signing failed for RSA "kai@old-laptop" from agent: agent refused operation
debug1: Offering public key: /home/kai/.ssh/id_ed25519 ED25519 ${FP1}
debug1: Server accepts key: /home/kai/.ssh/id_ed25519 ED25519 ${FP1}
Authenticated to app.example.com ([203.0.113.5]:22) using "publickey".
debug1: channel 0: new [client-session]
debug1: Entering interactive session.`,
  },
  {
    name: 'success, then the session drops: client_loop broken pipe',
    cause: 'success',
    level: 'hard',
    text: t`
debug1: Offering public key: /home/ro/.ssh/id_ed25519 ED25519 ${FP1}
debug1: Server accepts key: /home/ro/.ssh/id_ed25519 ED25519 ${FP1}
Authenticated to vps.example.net ([203.0.113.99]:22) using "publickey".
debug1: channel 0: new session [client-session] (inactive timeout: 0)
debug1: Entering interactive session.
debug1: pledge: filesystem
Welcome to Ubuntu 22.04.4 LTS (GNU/Linux 5.15.0-105-generic x86_64)
ro@vps:~$ 
client_loop: send disconnect: Broken pipe`,
  },
  {
    name: 'Fedora 42 client (10.0): post-quantum warning, then success',
    cause: 'success',
    level: 'hard',
    text: t`
${CLIENT_FEDORA_100}
debug1: Connecting to legacy-nas [192.168.1.5] port 22.
debug1: Connection established.
debug1: Local version string SSH-2.0-OpenSSH_10.0
debug1: Remote protocol version 2.0, remote software version OpenSSH_8.4p1 Debian-5+deb11u3
debug1: Authenticating to legacy-nas:22 as 'nas'
** WARNING: connection is not using a post-quantum key exchange algorithm.
** This session may be vulnerable to "store now, decrypt later" attacks.
** The server may need to be upgraded. See https://openssh.com/pq.html
debug1: Offering public key: /home/nas/.ssh/id_ed25519 ED25519 ${FP1}
debug1: Server accepts key: /home/nas/.ssh/id_ed25519 ED25519 ${FP1}
Authenticated to legacy-nas ([192.168.1.5]:22) using "publickey".
debug1: Entering interactive session.`,
  },
  {
    name: 'ProxyJump works: both hosts authenticate',
    cause: 'success',
    level: 'hard',
    text: t`
${CLIENT_UBUNTU_96}
debug1: Reading configuration data /home/ana/.ssh/config
debug1: Setting implicit ProxyCommand from ProxyJump: ssh -v -W '[%h]:%p' bastion
debug1: Executing proxy command: exec ssh -v -W '[db-prod.internal]:22' bastion
${CLIENT_UBUNTU_96}
debug1: Connecting to bastion [198.51.100.7] port 22.
debug1: Connection established.
debug1: Authenticating to bastion:22 as 'ana'
debug1: Offering public key: /home/ana/.ssh/id_ed25519 ED25519 ${FP1}
debug1: Server accepts key: /home/ana/.ssh/id_ed25519 ED25519 ${FP1}
Authenticated to bastion ([198.51.100.7]:22) using "publickey".
debug1: channel_connect_stdio_fwd: db-prod.internal:22
debug1: Remote protocol version 2.0, remote software version OpenSSH_8.0
debug1: Authenticating to db-prod.internal:22 as 'ana'
debug1: Offering public key: /home/ana/.ssh/id_ed25519 ED25519 ${FP1}
debug1: Server accepts key: /home/ana/.ssh/id_ed25519 ED25519 ${FP1}
Authenticated to db-prod.internal (via proxy) using "publickey".
debug1: Entering interactive session.`,
  },
];
