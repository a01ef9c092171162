// Public-style transcripts of network failures: timeouts, refusals, routes, DNS, closed connections.
// written from shared/reference + OpenSSH knowledge, not a recorded transcript: every case below was composed for
// this table (versions, paths, hosts and fingerprints are illustrative) and none is copied from a public post.

import {
  CICLAD_HEAD,
  CLIENT_DEBIAN_92,
  CLIENT_MACOS_90,
  CLIENT_RHEL7_74,
  CLIENT_RHEL9_87,
  CLIENT_UBUNTU_82,
  CLIENT_UBUNTU_96,
  FP2,
  FP3,
  GIT_TAIL,
  kex,
  ticket,
} from './fragments.js';
import { type PublicCase, t } from './public-case.js';

export const NETWORK_CASES: PublicCase[] = [
  // ---------------------------------------------------------------------------------------------- timeout
  {
    name: 'git push: connect timed out (no -v)',
    cause: 'timeout',
    level: 'easy',
    evidence: ['Connection timed out'],
    text: t`
$ git push origin main
ssh: connect to host github.com port 22: Connection timed out
${GIT_TAIL}`,
  },
  {
    name: 'ssh -v through a firewall: every address times out',
    cause: 'timeout',
    level: 'easy',
    text: t`
${CLIENT_UBUNTU_82}
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: /etc/ssh/ssh_config line 19: include /etc/ssh/ssh_config.d/*.conf matched no files
debug1: /etc/ssh/ssh_config line 21: Applying options for *
debug1: Connecting to github.com [140.82.121.3] port 22.
debug1: connect to address 140.82.121.3 port 22: Connection timed out
ssh: connect to host github.com port 22: Connection timed out`,
  },
  {
    name: 'macOS: Operation timed out',
    cause: 'timeout',
    level: 'easy',
    text: t`
Last login: Tue Oct  8 09:12:44 on ttys001
kim@MacBook-Pro ~ % ssh -v pi@192.168.1.77
${CLIENT_MACOS_90}
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: /etc/ssh/ssh_config line 21: include /etc/ssh/ssh_config.d/* matched no files
debug1: /etc/ssh/ssh_config line 54: Applying options for *
debug1: Connecting to 192.168.1.77 port 22.
debug1: connect to address 192.168.1.77 port 22: Operation timed out
ssh: connect to host 192.168.1.77 port 22: Operation timed out`,
  },
  {
    name: 'banner exchange timeout',
    cause: 'timeout',
    level: 'easy',
    text: t`
$ ssh -v -o ConnectTimeout=10 admin@10.20.0.5
${CLIENT_DEBIAN_92}
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: Connecting to 10.20.0.5 [10.20.0.5] port 22.
debug1: fd 3 clearing O_NONBLOCK
debug1: Connection established.
debug1: identity file /home/ops/.ssh/id_rsa type 0
debug1: identity file /home/ops/.ssh/id_ed25519 type 3
debug1: Local version string SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3
Connection timed out during banner exchange
Connection to 10.20.0.5 port 22 timed out`,
  },
  // ---------------------------------------------------------------------------------------------- refused / route / dns
  {
    name: 'connection refused, -v, Ubuntu 24.04',
    cause: 'refused',
    level: 'easy',
    text: t`
user@ubuntu:~$ ssh -v user@192.168.56.101
${CLIENT_UBUNTU_96}
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: /etc/ssh/ssh_config line 19: include /etc/ssh/ssh_config.d/*.conf matched no files
debug1: /etc/ssh/ssh_config line 21: Applying options for *
debug1: Connecting to 192.168.56.101 [192.168.56.101] port 22.
debug1: connect to address 192.168.56.101 port 22: Connection refused
ssh: connect to host 192.168.56.101 port 22: Connection refused`,
  },
  {
    name: 'Windows: refused on localhost',
    cause: 'refused',
    level: 'easy',
    text: t`
C:\Users\maria>ssh maria@localhost
ssh: connect to host localhost port 22: Connection refused`,
  },
  {
    name: 'no route to host',
    cause: 'no_route',
    level: 'easy',
    text: t`
$ ssh -p 2222 deploy@10.8.0.12
ssh: connect to host 10.8.0.12 port 2222: No route to host`,
  },
  {
    name: 'IPv6 unreachable then IPv4 unreachable',
    cause: 'no_route',
    level: 'easy',
    text: t`
${CLIENT_RHEL9_87}
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: Connecting to mirror.example.net [2001:db8::25] port 22.
debug1: connect to address 2001:db8::25 port 22: Network is unreachable
debug1: Connecting to mirror.example.net [198.51.100.25] port 22.
debug1: connect to address 198.51.100.25 port 22: Network is unreachable
ssh: connect to host mirror.example.net port 22: Network is unreachable`,
  },
  {
    name: 'git clone: DNS temporary failure',
    cause: 'dns',
    level: 'easy',
    text: t`
$ git clone git@github.com:acme/widgets.git
Cloning into 'widgets'...
ssh: Could not resolve hostname github.com: Temporary failure in name resolution
${GIT_TAIL}`,
  },
  {
    name: 'macOS: alias not resolved',
    cause: 'dns',
    level: 'easy',
    text: t`
${CLIENT_MACOS_90}
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: /etc/ssh/ssh_config line 21: include /etc/ssh/ssh_config.d/* matched no files
debug1: /etc/ssh/ssh_config line 54: Applying options for *
ssh: Could not resolve hostname devbox: nodename nor servname provided, or not known`,
  },
  // ---------------------------------------------------------------------------------------------- closed
  {
    name: 'git fetch: kex_exchange_identification reset by peer',
    cause: 'connection_closed',
    level: 'easy',
    text: t`
$ git fetch
kex_exchange_identification: read: Connection reset by peer
Connection reset by 20.205.243.166 port 22
${GIT_TAIL}`,
  },
  {
    name: 'CentOS 7 client: ssh_exchange_identification closed',
    cause: 'connection_closed',
    level: 'easy',
    text: t`
[root@node01 ~]# ssh -v backup@172.16.4.20
${CLIENT_RHEL7_74}
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: /etc/ssh/ssh_config line 58: Applying options for *
debug1: Connecting to 172.16.4.20 [172.16.4.20] port 22.
debug1: Connection established.
debug1: permanently_set_uid: 0/0
debug1: identity file /root/.ssh/id_rsa type 1
debug1: key_load_public: No such file or directory
debug1: identity file /root/.ssh/id_rsa-cert type -1
debug1: Enabling compatibility mode for protocol 2.0
debug1: Local version string SSH-2.0-OpenSSH_7.4
ssh_exchange_identification: Connection closed by remote host`,
  },
  {
    name: 'fail2ban: closed before banner, -vvv 8.2',
    cause: 'connection_closed',
    level: 'easy',
    text: t`
${CLIENT_UBUNTU_82}
debug1: Reading configuration data /home/pat/.ssh/config
debug1: Reading configuration data /etc/ssh/ssh_config
debug2: resolve_canonicalize: hostname 203.0.113.9 is address
debug2: ssh_connect_direct
debug1: Connecting to 203.0.113.9 [203.0.113.9] port 22.
debug1: Connection established.
debug1: identity file /home/pat/.ssh/id_rsa type 0
debug1: identity file /home/pat/.ssh/id_rsa-cert type -1
debug1: Local version string SSH-2.0-OpenSSH_8.2p1 Ubuntu-4ubuntu0.11
kex_exchange_identification: Connection closed by remote host
Connection closed by 203.0.113.9 port 22`,
  },
  {
    name: 'closed after kex (server drops during auth)',
    cause: 'connection_closed',
    level: 'easy',
    text: t`
${CLIENT_DEBIAN_92}
debug1: Connecting to nas.local [192.168.0.50] port 22.
debug1: Connection established.
debug1: Local version string SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3
debug1: Remote protocol version 2.0, remote software version OpenSSH_8.4p1 Debian-5+deb11u3
debug1: Authenticating to nas.local:22 as 'admin'
${kex(FP3, '/home/lea/.ssh/known_hosts', 'nas.local')}
debug1: SSH2_MSG_SERVICE_ACCEPT received
Connection closed by 192.168.0.50 port 22`,
  },
  {
    name: 'server closes during auth after the key offer',
    cause: 'connection_closed',
    level: 'easy',
    text: t`
${CLIENT_DEBIAN_92}
debug1: Connecting to sftp.partner.example [198.51.100.44] port 22.
debug1: Connection established.
debug1: identity file /home/etl/.ssh/id_rsa type 0
debug1: Local version string SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3
debug1: Remote protocol version 2.0, remote software version OpenSSH_8.0
debug1: Authenticating to sftp.partner.example:22 as 'etl'
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Offering public key: /home/etl/.ssh/id_rsa RSA ${FP2}
Connection closed by 198.51.100.44 port 22`,
  },
  {
    name: 'CentOS 7: ssh_exchange_identification read reset',
    cause: 'connection_closed',
    level: 'easy',
    text: t`
[user@host ~]$ ssh user@198.51.100.3
ssh_exchange_identification: read: Connection reset by peer`,
  },
  // ---------------------------------------------------------------------------------------------- legacy tickets
  {
    name: 'ticket: connect timed out (VPN needed)',
    cause: 'timeout',
    level: 'legacy',
    text: ticket({
      ls: [
        '-rw-------.  1 mdupont mdupont 3381 Mar  4 10:01 id_rsa',
        '-rw-r--r--.  1 mdupont mdupont  747 Mar  4 10:01 id_rsa.pub',
      ],
      log: t`
${CICLAD_HEAD}
debug1: connect to address 134.157.176.129 port 22: Connection timed out
ssh: connect to host ciclad.ipsl.jussieu.fr port 22: Connection timed out`,
    }),
  },
  {
    name: 'ticket: DNS failure',
    cause: 'dns',
    level: 'legacy',
    text: ticket({
      ls: [
        '-rw-------.  1 mdupont mdupont 3381 Mar  4 10:01 id_rsa',
        '-rw-r--r--.  1 mdupont mdupont  747 Mar  4 10:01 id_rsa.pub',
      ],
      log: t`
OpenSSH_8.7p1, OpenSSL 3.0.7 1 Nov 2022
debug1: Reading configuration data /etc/ssh/ssh_config
debug3: /etc/ssh/ssh_config line 55: Including file /etc/ssh/ssh_config.d/50-redhat.conf depth 0
debug2: resolving "ciclad.ipsl.jussieu.fr" port 22
ssh: Could not resolve hostname ciclad.ipsl.jussieu.fr: Name or service not known`,
    }),
  },
];
