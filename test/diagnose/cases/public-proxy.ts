// Public-style transcripts of ProxyJump / ProxyCommand failures (and a ProxyJump that works).
// written from shared/reference + OpenSSH knowledge, not a recorded transcript: every case below was composed for
// this table (versions, paths, hosts and fingerprints are illustrative) and none is copied from a public post.

import {
  CLIENT_DEBIAN_92,
  CLIENT_MACOS_98,
  CLIENT_RHEL7_74,
  CLIENT_UBUNTU_89,
  FP1,
  FP2,
} from './fragments.js';
import { type PublicCase, t } from './public-case.js';

export const PROXY_CASES: PublicCase[] = [
  // ---------------------------------------------------------------------------------------------- proxy
  {
    name: 'ProxyJump: jump host name does not resolve',
    cause: 'proxy_failure',
    level: 'hard',
    text: t`
$ ssh -v -J jump compute01
${CLIENT_UBUNTU_89}
debug1: Reading configuration data /home/rob/.ssh/config
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: /etc/ssh/ssh_config line 21: Applying options for *
debug1: Setting implicit ProxyCommand from ProxyJump: ssh -v -W '[%h]:%p' jump
debug1: Executing proxy command: exec ssh -v -W '[compute01]:22' jump
debug1: identity file /home/rob/.ssh/id_rsa type 0
debug1: identity file /home/rob/.ssh/id_ed25519 type -1
debug1: Local version string SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.10
${CLIENT_UBUNTU_89}
debug1: Reading configuration data /home/rob/.ssh/config
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: /etc/ssh/ssh_config line 21: Applying options for *
ssh: Could not resolve hostname jump: Name or service not known
kex_exchange_identification: Connection closed by remote host
Connection closed by UNKNOWN port 65535`,
  },
  {
    name: 'ProxyJump: key refused on the bastion',
    cause: 'proxy_failure',
    level: 'hard',
    text: t`
${CLIENT_DEBIAN_92}
debug1: Reading configuration data /home/ana/.ssh/config
debug1: /home/ana/.ssh/config line 4: Applying options for db-prod
debug1: Setting implicit ProxyCommand from ProxyJump: ana@bastion.corp.example
debug1: Executing proxy command: exec ssh -l ana -v -W '[db-prod.internal]:22' bastion.corp.example
debug1: identity file /home/ana/.ssh/id_ed25519 type 3
debug1: Local version string SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3
${CLIENT_DEBIAN_92}
debug1: Reading configuration data /home/ana/.ssh/config
debug1: Connecting to bastion.corp.example [198.51.100.7] port 22.
debug1: Connection established.
debug1: identity file /home/ana/.ssh/id_ed25519 type 3
debug1: Local version string SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3
debug1: Remote protocol version 2.0, remote software version OpenSSH_8.0
debug1: Authenticating to bastion.corp.example:22 as 'ana'
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Offering public key: /home/ana/.ssh/id_ed25519 ED25519 ${FP1}
debug1: Authentications that can continue: publickey
debug1: No more authentication methods to try.
ana@bastion.corp.example: Permission denied (publickey).
kex_exchange_identification: Connection closed by remote host
Connection closed by UNKNOWN port 65535`,
  },
  {
    name: 'ProxyCommand nc: proxy refuses, 7.4 wording',
    cause: 'proxy_failure',
    level: 'hard',
    text: t`
${CLIENT_RHEL7_74}
debug1: Reading configuration data /home/li/.ssh/config
debug1: /home/li/.ssh/config line 1: Applying options for *.lab
debug1: Executing proxy command: exec nc -X connect -x proxy.corp:3128 gpu.lab 22
debug1: permanently_drop_suid: 1000
debug1: identity file /home/li/.ssh/id_rsa type 1
debug1: Enabling compatibility mode for protocol 2.0
debug1: Local version string SSH-2.0-OpenSSH_7.4
nc: connect to proxy.corp port 3128 (tcp) failed: Connection refused
ssh_exchange_identification: Connection closed by remote host`,
  },
  {
    name: 'ProxyJump: forwarding administratively prohibited',
    cause: 'proxy_failure',
    level: 'hard',
    text: t`
$ ssh -J admin@gw.example.com app01
channel 0: open failed: administratively prohibited: open failed
stdio forwarding failed
kex_exchange_identification: Connection closed by remote host
Connection closed by UNKNOWN port 65535`,
  },
  {
    name: 'ProxyCommand program missing',
    cause: 'proxy_failure',
    level: 'hard',
    text: t`
${CLIENT_MACOS_98}
debug1: Reading configuration data /Users/eva/.ssh/config
debug1: /Users/eva/.ssh/config line 12: Applying options for *.internal
debug1: Executing proxy command: exec corkscrew proxy 8080 git.internal 22
debug1: identity file /Users/eva/.ssh/id_ed25519 type 3
debug1: Local version string SSH-2.0-OpenSSH_9.8
zsh:1: command not found: corkscrew
kex_exchange_identification: Connection closed by remote host
Connection closed by UNKNOWN port 65535`,
  },
  {
    name: 'ssh -J without -v: the bastion times out',
    cause: 'proxy_failure',
    level: 'hard',
    text: t`
$ ssh -J me@bastion.example.org db01.internal
ssh: connect to host bastion.example.org port 22: Connection timed out
kex_exchange_identification: Connection closed by remote host
Connection closed by UNKNOWN port 65535`,
  },
  {
    name: 'truncated ProxyJump post: the jump host denies, outer close',
    cause: 'proxy_failure',
    level: 'hard',
    text: t`
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Offering public key: /home/rob/.ssh/id_rsa RSA ${FP2}
debug1: Authentications that can continue: publickey
debug1: No more authentication methods to try.
rob@jump.example.org: Permission denied (publickey).
kex_exchange_identification: Connection closed by remote host
Connection closed by UNKNOWN port 65535`,
  },
];
