// Transcripts in the style of public posts (forums, bug trackers, pasted mails), fed whole through triage.
// written from shared/reference + OpenSSH knowledge, not a recorded transcript: every case below was composed for
// this table (versions, paths, hosts and fingerprints are illustrative) and none is copied from a public post.
import type { Category } from '../../report/categories.js';

export interface PublicCase {
  name: string;
  /** The cause a careful support engineer gives per the playbook. */
  cause: Category;
  /** Whether the last error line names the cause (`easy`) or misleads (`hard`). */
  level: 'easy' | 'hard' | 'legacy';
  text: string;
  /** Substrings that must each be quoted by one of the findings. */
  evidence?: string[];
  /**
   * A known defect outside src/diagnose that this case shows (the test expects it to fail until fixed there):
   * `cause` when the cause is wrong, `evidence` when a quoted line is not the input line.
   */
  gap?: { fails: 'cause' | 'evidence'; owner: 'parse' | 'triage'; why: string };
}

/** Drops the template's first newline so the text starts on its first line. */
const t = (s: TemplateStringsArray, ...v: string[]) => String.raw(s, ...v).replace(/^\n/, '');

// ---- shared fragments -------------------------------------------------------------------------------------

const U89 = 'OpenSSH_8.9p1 Ubuntu-3ubuntu0.10, OpenSSL 3.0.2 15 Mar 2022';
const U82 = 'OpenSSH_8.2p1 Ubuntu-4ubuntu0.11, OpenSSL 1.1.1f  31 Mar 2020';
const U96 = 'OpenSSH_9.6p1 Ubuntu-3ubuntu13.5, OpenSSL 3.0.13 30 Jan 2024';
const D92 = 'OpenSSH_9.2p1 Debian-2+deb12u3, OpenSSL 3.0.15 3 Sep 2024';
const EL7 = 'OpenSSH_7.4p1, OpenSSL 1.0.2k-fips  26 Jan 2017';
const EL8 = 'OpenSSH_8.0p1, OpenSSL 1.1.1k  FIPS 25 Mar 2021';
const EL9 = 'OpenSSH_8.7p1, OpenSSL 3.0.7 1 Nov 2022';
const MAC90 = 'OpenSSH_9.0p1, LibreSSL 3.3.6';
const MAC98 = 'OpenSSH_9.8p1, LibreSSL 3.3.6';
const WIN81 = 'OpenSSH_for_Windows_8.1p1, LibreSSL 3.0.2';
const WIN95 = 'OpenSSH_for_Windows_9.5p1, LibreSSL 3.8.2';
const GITWIN = 'OpenSSH_9.9p1, OpenSSL 3.2.3 3 Sep 2024';
const F10 = 'OpenSSH_10.0p2, OpenSSL 3.5.0 8 Apr 2025';
const U1404 = 'OpenSSH_6.6.1, OpenSSL 1.0.1f 6 Jan 2014';

const GH_ED = 'SHA256:+DiY3wvvV6TuJJhbpZisF/zLDA0zPMSvHdkr4UvCOqU';
const FP1 = 'SHA256:Xk8Vq3mS0r0hF3o4d1zq1uCk9v1YpQh2wqWcTjzY7sE';
const FP2 = 'SHA256:9pDw1o3yBzQm5nqkW7iV2tQb8rHcXf0gJk4aLsZeN1M';
const FP3 = 'SHA256:Qw2eRt5yUi8oP0aSdF3gHj6kLz9xCv1bNm4QwErTyUi';

const GIT_TAIL = t`
fatal: Could not read from remote repository.

Please make sure you have the correct access rights
and the repository exists.`;

/** `identity file` lines as 8.2–9.x print them (with -cert companions). */
function ids(home: string, types: Record<string, number> = {}, names = DEFAULT_IDS): string {
  return names
    .flatMap((n) => [
      `debug1: identity file ${home}/.ssh/${n} type ${types[n] ?? -1}`,
      `debug1: identity file ${home}/.ssh/${n}-cert type -1`,
    ])
    .join('\n');
}
const DEFAULT_IDS = ['id_rsa', 'id_ecdsa', 'id_ecdsa_sk', 'id_ed25519', 'id_ed25519_sk', 'id_xmss', 'id_dsa'];
const OLD_IDS = ['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519'];

/** The -v key exchange block of a modern client against a modern server. */
function kex(hostKey: string, known: string, host = 'github.com'): string {
  return t`
debug1: SSH2_MSG_KEXINIT sent
debug1: SSH2_MSG_KEXINIT received
debug1: kex: algorithm: curve25519-sha256
debug1: kex: host key algorithm: ssh-ed25519
debug1: kex: server->client cipher: chacha20-poly1305@openssh.com MAC: <implicit> compression: none
debug1: kex: client->server cipher: chacha20-poly1305@openssh.com MAC: <implicit> compression: none
debug1: expecting SSH2_MSG_KEX_ECDH_REPLY
debug1: SSH2_MSG_KEX_ECDH_REPLY received
debug1: Server host key: ssh-ed25519 ${hostKey}
debug1: Host '${host}' is known and matches the ED25519 host key.
debug1: Found key in ${known}:1
debug1: rekey outgoing after 134217728 blocks
debug1: SSH2_MSG_NEWKEYS sent
debug1: expecting SSH2_MSG_NEWKEYS
debug1: SSH2_MSG_NEWKEYS received
debug1: rekey incoming after 134217728 blocks`;
}

/** The one-liner ticket header (uname, ls, ssh-add twice, head, cat, date); `log` is the ssh -vvv output. */
function ticket(p: { ls: string[]; agent?: string; header?: string[]; pub?: string[]; log: string }): string {
  const agent = p.agent ?? 'Could not open a connection to your authentication agent.';
  return [
    'Bonjour,',
    "je n'arrive pas a me connecter, voici la sortie de la commande demandee :",
    '',
    '[mdupont@pc-labo ~]$ uname -a;ls -al $HOME/.ssh;ssh-add -l;ssh-add -L;head -2 $HOME/.ssh/id_rsa;cat $HOME/.ssh/id_rsa.pub;date;ssh -vvv mdupont@ciclad.ipsl.jussieu.fr',
    'Linux pc-labo 5.14.0-427.13.1.el9_4.x86_64 #1 SMP PREEMPT_DYNAMIC Wed May 1 19:11:28 UTC 2024 x86_64 x86_64 x86_64 GNU/Linux',
    'total 20',
    'drwx------.  2 mdupont mdupont   80 Mar  4 10:02 .',
    'drwx------. 31 mdupont mdupont 4096 Mar  4 09:58 ..',
    ...p.ls,
    agent,
    agent,
    ...(p.header ?? ["head: cannot open '/home/mdupont/.ssh/id_rsa' for reading: No such file or directory"]),
    ...(p.pub ?? ['cat: /home/mdupont/.ssh/id_rsa.pub: No such file or directory']),
    'Mon Mar  4 10:03:12 CET 2024',
    p.log,
    '',
    'Cordialement,',
    'Marie Dupont',
  ].join('\n');
}

const CICLAD_HEAD = t`
OpenSSH_8.7p1, OpenSSL 3.0.7 1 Nov 2022
debug1: Reading configuration data /etc/ssh/ssh_config
debug3: /etc/ssh/ssh_config line 55: Including file /etc/ssh/ssh_config.d/50-redhat.conf depth 0
debug1: Reading configuration data /etc/ssh/ssh_config.d/50-redhat.conf
debug2: checking match for 'final all' host ciclad.ipsl.jussieu.fr originally ciclad.ipsl.jussieu.fr
debug3: /etc/ssh/ssh_config.d/50-redhat.conf line 3: not matched 'final'
debug1: configuration requests final Match pass
debug2: resolve_canonicalize: hostname ciclad.ipsl.jussieu.fr is not an address
debug3: ssh_connect_direct: entering
debug1: Connecting to ciclad.ipsl.jussieu.fr [134.157.176.129] port 22.
debug3: set_sock_tos: set socket 3 IP_TOS 0x48`;

const CICLAD_AUTH = t`
debug1: Connection established.
${ids('/home/mdupont', {}, DEFAULT_IDS)}
debug1: Local version string SSH-2.0-OpenSSH_8.7
debug1: Remote protocol version 2.0, remote software version OpenSSH_8.0
debug1: compat_banner: match: OpenSSH_8.0 pat OpenSSH* compat 0x04000000
debug2: fd 3 setting O_NONBLOCK
debug1: Authenticating to ciclad.ipsl.jussieu.fr:22 as 'mdupont'
${kex('SHA256:3fGhT0kl2mNz8qRt6uVw9xYz1aBc4dEf7gHi0jKl5mN', '/home/mdupont/.ssh/known_hosts', 'ciclad.ipsl.jussieu.fr')}
debug1: SSH2_MSG_EXT_INFO received
debug1: kex_input_ext_info: server-sig-algs=<ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,rsa-sha2-256,rsa-sha2-512>
debug1: SSH2_MSG_SERVICE_ACCEPT received
debug1: Authentications that can continue: publickey,gssapi-keyex,gssapi-with-mic
debug1: Next authentication method: gssapi-with-mic
debug1: No credentials were supplied, or the credentials were unavailable or inaccessible
No Kerberos credentials available (default cache: KCM:)
debug1: Next authentication method: publickey`;

// ---- cases --------------------------------------------------------------------------------------------------

export const PUBLIC_CASES: PublicCase[] = [
  // ---------------------------------------------------------------------------------------------- success
  {
    name: 'GitHub ssh -vT, Ubuntu 22.04, ed25519 from the agent',
    cause: 'success',
    level: 'easy',
    evidence: ["You've successfully authenticated"],
    text: t`
$ ssh -vT git@github.com
${U89}
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
${MAC98}
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
${WIN81}
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
${U82}
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
${MAC90}
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
${D92}
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
${U96}
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
${EL9}
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
${MAC90}
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
${EL7}
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
${U82}
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
${D92}
debug1: Connecting to nas.local [192.168.0.50] port 22.
debug1: Connection established.
debug1: Local version string SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3
debug1: Remote protocol version 2.0, remote software version OpenSSH_8.4p1 Debian-5+deb11u3
debug1: Authenticating to nas.local:22 as 'admin'
${kex(FP3, '/home/lea/.ssh/known_hosts', 'nas.local')}
debug1: SSH2_MSG_SERVICE_ACCEPT received
Connection closed by 192.168.0.50 port 22`,
  },

  // ---------------------------------------------------------------------------------------------- proxy
  {
    name: 'ProxyJump: jump host name does not resolve',
    cause: 'proxy_failure',
    level: 'hard',
    text: t`
$ ssh -v -J jump compute01
${U89}
debug1: Reading configuration data /home/rob/.ssh/config
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: /etc/ssh/ssh_config line 21: Applying options for *
debug1: Setting implicit ProxyCommand from ProxyJump: ssh -v -W '[%h]:%p' jump
debug1: Executing proxy command: exec ssh -v -W '[compute01]:22' jump
debug1: identity file /home/rob/.ssh/id_rsa type 0
debug1: identity file /home/rob/.ssh/id_ed25519 type -1
debug1: Local version string SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.10
${U89}
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
${D92}
debug1: Reading configuration data /home/ana/.ssh/config
debug1: /home/ana/.ssh/config line 4: Applying options for db-prod
debug1: Setting implicit ProxyCommand from ProxyJump: ana@bastion.corp.example
debug1: Executing proxy command: exec ssh -l ana -v -W '[db-prod.internal]:22' bastion.corp.example
debug1: identity file /home/ana/.ssh/id_ed25519 type 3
debug1: Local version string SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3
${D92}
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
${EL7}
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
${MAC98}
debug1: Reading configuration data /Users/eva/.ssh/config
debug1: /Users/eva/.ssh/config line 12: Applying options for *.internal
debug1: Executing proxy command: exec corkscrew proxy 8080 git.internal 22
debug1: identity file /Users/eva/.ssh/id_ed25519 type 3
debug1: Local version string SSH-2.0-OpenSSH_9.8
zsh:1: command not found: corkscrew
kex_exchange_identification: Connection closed by remote host
Connection closed by UNKNOWN port 65535`,
  },

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
${U1404}
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
${U96}
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
${F10}
Unable to negotiate with 172.20.1.1 port 22: no matching cipher found. Their offer: aes128-cbc,3des-cbc,aes192-cbc,aes256-cbc`,
  },
  {
    name: 'MAC: sha1/md5 only',
    cause: 'mac_mismatch',
    level: 'easy',
    text: t`
$ ssh ubnt@192.168.1.20
Unable to negotiate with 192.168.1.20 port 22: no matching MAC found. Their offer: hmac-sha1,hmac-md5`,
  },

  // ---------------------------------------------------------------------------------------------- pubkey algo
  {
    name: 'client 8.9 vs OpenSSH 7.1 server: no mutual signature algorithm',
    cause: 'pubkey_algo_rejected',
    level: 'hard',
    evidence: ['no mutual signature algorithm'],
    text: t`
${U89}
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

  // ---------------------------------------------------------------------------------------------- key format
  {
    name: 'Load key invalid format, -v',
    cause: 'key_format',
    level: 'hard',
    evidence: ['invalid format'],
    text: t`
${U82}
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
${MAC98}
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
${EL9}
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

  // ---------------------------------------------------------------------------------------------- no key offered
  {
    name: 'all identity files type -1, ls shows meso_rsa',
    cause: 'no_key_offered',
    level: 'hard',
    text: t`
${U89}
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
${WIN81}
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
${U1404}
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

  // ---------------------------------------------------------------------------------------------- auth failed
  {
    name: 'GitHub: key offered and refused',
    cause: 'auth_failed',
    level: 'easy',
    evidence: ['Offering public key'],
    text: t`
$ ssh -vT git@github.com
${U96}
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: Connecting to github.com [140.82.121.3] port 22.
debug1: Connection established.
${ids('/home/bo', { id_rsa: 0 })}
debug1: Local version string SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13.5
debug1: Remote protocol version 2.0, remote software version babeld-6f6ea4a1
debug1: Authenticating to github.com:22 as 'git'
${kex(GH_ED, '/home/bo/.ssh/known_hosts')}
debug1: Will attempt key: /home/bo/.ssh/id_rsa RSA ${FP2}
debug1: Will attempt key: /home/bo/.ssh/id_ecdsa
debug1: Will attempt key: /home/bo/.ssh/id_ecdsa_sk
debug1: Will attempt key: /home/bo/.ssh/id_ed25519
debug1: Will attempt key: /home/bo/.ssh/id_ed25519_sk
debug1: Will attempt key: /home/bo/.ssh/id_xmss
debug1: Will attempt key: /home/bo/.ssh/id_dsa
debug1: SSH2_MSG_EXT_INFO received
debug1: SSH2_MSG_SERVICE_ACCEPT received
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Offering public key: /home/bo/.ssh/id_rsa RSA ${FP2}
debug1: Authentications that can continue: publickey
debug1: Trying private key: /home/bo/.ssh/id_ecdsa
debug1: Trying private key: /home/bo/.ssh/id_ecdsa_sk
debug1: Trying private key: /home/bo/.ssh/id_ed25519
debug1: Trying private key: /home/bo/.ssh/id_ed25519_sk
debug1: Trying private key: /home/bo/.ssh/id_xmss
debug1: Trying private key: /home/bo/.ssh/id_dsa
debug1: No more authentication methods to try.
git@github.com: Permission denied (publickey).`,
  },
  {
    name: 'RHEL: gssapi methods in the denial, key refused',
    cause: 'auth_failed',
    level: 'easy',
    text: t`
${EL7}
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: Connecting to hpc.example.edu [192.0.2.200] port 22.
debug1: Connection established.
debug1: identity file /home/wei/.ssh/id_rsa type 1
debug1: identity file /home/wei/.ssh/id_rsa-cert type -1
debug1: Enabling compatibility mode for protocol 2.0
debug1: Local version string SSH-2.0-OpenSSH_7.4
debug1: Remote protocol version 2.0, remote software version OpenSSH_7.4
debug1: Authenticating to hpc.example.edu:22 as 'wei'
debug1: Authentications that can continue: publickey,gssapi-keyex,gssapi-with-mic
debug1: Next authentication method: gssapi-keyex
debug1: No valid Key exchange context
debug1: Next authentication method: gssapi-with-mic
debug1: Unspecified GSS failure.  Minor code may provide more information
No Kerberos credentials available (default cache: KEYRING:persistent:1000)

debug1: Next authentication method: publickey
debug1: Offering RSA public key: /home/wei/.ssh/id_rsa
debug1: Authentications that can continue: publickey,gssapi-keyex,gssapi-with-mic
debug1: No more authentication methods to try.
Permission denied (publickey,gssapi-keyex,gssapi-with-mic).`,
  },
  {
    name: 'BatchMode: key refused, password method listed but not used',
    cause: 'auth_failed',
    level: 'hard',
    text: t`
$ ssh -v -o BatchMode=yes backup@store.example.net true
${D92}
debug1: Connecting to store.example.net [203.0.113.60] port 22.
debug1: Connection established.
debug1: identity file /home/backup/.ssh/id_ed25519 type 3
debug1: Local version string SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3
debug1: Remote protocol version 2.0, remote software version OpenSSH_9.2p1 Debian-2+deb12u3
debug1: Authenticating to store.example.net:22 as 'backup'
debug1: Authentications that can continue: publickey,password
debug1: Next authentication method: publickey
debug1: Offering public key: /home/backup/.ssh/id_ed25519 ED25519 ${FP1}
debug1: Authentications that can continue: publickey,password
debug1: Next authentication method: password
debug1: No more authentication methods to try.
backup@store.example.net: Permission denied (publickey,password).`,
  },
  {
    name: 'git push: bare Permission denied (publickey)',
    cause: 'auth_failed',
    level: 'easy',
    text: t`
$ git push -u origin main
git@github.com: Permission denied (publickey).
${GIT_TAIL}`,
  },
  {
    name: 'truncated post: last lines only, ed25519 refused by GitLab',
    cause: 'auth_failed',
    level: 'easy',
    text: t`
debug1: Authenticating to gitlab.com:22 as 'git'
debug1: SSH2_MSG_KEXINIT sent
debug1: SSH2_MSG_KEXINIT received
debug1: kex: algorithm: curve25519-sha256
debug1: kex: host key algorithm: ssh-ed25519
debug1: Server host key: ssh-ed25519 SHA256:eUXGGm1YGsMAS7vkcx6JOJdOGHPem5gQp4taiCfCLB8
debug1: Host 'gitlab.com' is known and matches the ED25519 host key.
debug1: Found key in /home/zoe/.ssh/known_hosts:3
debug1: SSH2_MSG_NEWKEYS received
debug1: Will attempt key: /home/zoe/.ssh/id_ed25519 ED25519 ${FP1}
debug1: SSH2_MSG_EXT_INFO received
debug1: SSH2_MSG_SERVICE_ACCEPT received
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Offering public key: /home/zoe/.ssh/id_ed25519 ED25519 ${FP1}
debug1: Authentications that can continue: publickey
debug1: No more authentication methods to try.
git@gitlab.com: Permission denied (publickey).`,
  },

  // ---------------------------------------------------------------------------------------------- passphrase
  {
    name: 'Server accepts key, no TTY for the passphrase (cron)',
    cause: 'passphrase_problem',
    level: 'hard',
    evidence: ['Server accepts key'],
    text: t`
${U82}
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
${D92}
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

  // ---------------------------------------------------------------------------------------------- agent
  {
    name: 'agent refused operation (Ubuntu 20.04, gnome-keyring)',
    cause: 'agent_problem',
    level: 'hard',
    evidence: ['agent refused operation'],
    text: t`
$ ssh -v deploy@app.example.com
${U82}
debug1: Connecting to app.example.com [203.0.113.5] port 22.
debug1: Connection established.
debug1: identity file /home/kai/.ssh/id_rsa type 0
debug1: Local version string SSH-2.0-OpenSSH_8.2p1 Ubuntu-4ubuntu0.11
debug1: Remote protocol version 2.0, remote software version OpenSSH_8.9p1 Ubuntu-3ubuntu0.10
debug1: Authenticating to app.example.com:22 as 'deploy'
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Offering public key: /home/kai/.ssh/id_rsa RSA ${FP2} agent
debug1: Server accepts key: /home/kai/.ssh/id_rsa RSA ${FP2} agent
sign_and_send_pubkey: signing failed for RSA "/home/kai/.ssh/id_rsa" from agent: agent refused operation
debug1: No more authentication methods to try.
deploy@app.example.com: Permission denied (publickey).`,
  },
  {
    name: 'agent refused operation, 7.6 wording, no -v',
    cause: 'agent_problem',
    level: 'hard',
    text: t`
$ git pull
sign_and_send_pubkey: signing failed: agent refused operation
git@github.com: Permission denied (publickey).
${GIT_TAIL}`,
  },
  {
    name: 'dead SSH_AUTH_SOCK, key only in the agent',
    cause: 'agent_problem',
    level: 'hard',
    text: t`
${U89}
debug1: Reading configuration data /etc/ssh/ssh_config
debug1: Connecting to app.example.com [203.0.113.5] port 22.
debug1: Connection established.
${ids('/home/tim')}
debug1: Local version string SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.10
debug1: Remote protocol version 2.0, remote software version OpenSSH_8.9p1 Ubuntu-3ubuntu0.10
debug1: Authenticating to app.example.com:22 as 'tim'
debug1: get_agent_identities: ssh_get_authentication_socket: No such file or directory
debug1: Will attempt key: /home/tim/.ssh/id_rsa
debug1: Will attempt key: /home/tim/.ssh/id_ecdsa
debug1: Will attempt key: /home/tim/.ssh/id_ed25519
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Trying private key: /home/tim/.ssh/id_rsa
debug1: Trying private key: /home/tim/.ssh/id_ecdsa
debug1: Trying private key: /home/tim/.ssh/id_ed25519
debug1: No more authentication methods to try.
tim@app.example.com: Permission denied (publickey).
$ echo $SSH_AUTH_SOCK
/tmp/ssh-XXXXa1b2c3/agent.4242
$ ssh-add -l
Error connecting to agent: No such file or directory`,
  },

  // ---------------------------------------------------------------------------------------------- too many
  {
    name: 'too many authentication failures: agent with six keys',
    cause: 'too_many_auth_failures',
    level: 'easy',
    text: t`
${U96}
debug1: Connecting to shared.example.com [192.0.2.33] port 22.
debug1: Connection established.
debug1: Authenticating to shared.example.com:22 as 'ops'
debug1: get_agent_identities: agent returned 6 keys
debug1: Authentications that can continue: publickey,password
debug1: Next authentication method: publickey
debug1: Offering public key: work@laptop RSA SHA256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa agent
debug1: Authentications that can continue: publickey,password
debug1: Offering public key: github ED25519 SHA256:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb agent
debug1: Authentications that can continue: publickey,password
debug1: Offering public key: gitlab ED25519 SHA256:ccccccccccccccccccccccccccccccccccccccccccc agent
debug1: Authentications that can continue: publickey,password
debug1: Offering public key: aws-prod RSA SHA256:ddddddddddddddddddddddddddddddddddddddddddd agent
debug1: Authentications that can continue: publickey,password
debug1: Offering public key: client-x ED25519 SHA256:eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee agent
Received disconnect from 192.0.2.33 port 22:2: Too many authentication failures
Disconnected from 192.0.2.33 port 22`,
  },
  {
    name: 'too many authentication failures, old wording without port',
    cause: 'too_many_auth_failures',
    level: 'easy',
    text: t`
$ ssh admin@10.0.5.5
Received disconnect from 10.0.5.5: 2: Too many authentication failures for admin`,
  },

  // ---------------------------------------------------------------------------------------------- other
  {
    name: 'unknown option in ~/.ssh/config on an old client',
    cause: 'other',
    level: 'easy',
    text: t`
${EL7}
/home/r/.ssh/config: line 5: Bad configuration option: pubkeyacceptedalgorithms
/home/r/.ssh/config: terminating, 1 bad configuration options`,
  },

  // ---------------------------------------------------------------------------------------------- legacy tickets
  {
    name: 'ticket: key refused (account not open yet)',
    cause: 'auth_failed',
    level: 'legacy',
    text: ticket({
      ls: [
        '-rw-------.  1 mdupont mdupont 3381 Mar  4 10:01 id_rsa',
        '-rw-r--r--.  1 mdupont mdupont  747 Mar  4 10:01 id_rsa.pub',
        '-rw-r--r--.  1 mdupont mdupont  190 Mar  4 10:02 known_hosts',
      ],
      header: [
        '-----BEGIN OPENSSH PRIVATE KEY-----',
        'b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0AAAAGAAAABD',
      ],
      pub: [
        'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAACAQDdX7qL3vKx1lq0WqgY6F2m5J0bT1uJ9Jk3zL9w7Kf2eN1oP4qS8tR5uV6wX7yZ0aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX2yZ3aB4cD5eF6gH7iJ8kL9mN0oP1qR2sT3uV4wX5yZ6aB7cD8eF9gH0iJ1kL2mN3oP4qR5sT6uV7wX8yZ9aB0cD1eF2gH3iJ4kL5mN6oP7qR8sT9uV0wX1yZ2aB3cD4eF5gH6iJ7kL8mN9oP0qR1sT2uV3wX4yZ5aB6cD7eF8gH9iJ0kL1mN2oP3qR4sT5uV6wX7yZ8aB9cD0eF1gH2iJ3kL4mN5oP6qR7sT8uV9w== mdupont@pc-labo',
      ],
      log: t`
${CICLAD_HEAD}
${CICLAD_AUTH.replace('id_rsa type -1', 'id_rsa type 0')}
debug1: Offering public key: /home/mdupont/.ssh/id_rsa RSA ${FP2}
debug3: send_pubkey_test
debug2: we sent a publickey packet, wait for reply
debug1: Authentications that can continue: publickey,gssapi-keyex,gssapi-with-mic
debug1: Trying private key: /home/mdupont/.ssh/id_ecdsa
debug3: no such identity: /home/mdupont/.ssh/id_ecdsa: No such file or directory
debug1: Trying private key: /home/mdupont/.ssh/id_ed25519
debug3: no such identity: /home/mdupont/.ssh/id_ed25519: No such file or directory
debug2: we did not send a packet, disable method
debug1: No more authentication methods to try.
mdupont@ciclad.ipsl.jussieu.fr: Permission denied (publickey,gssapi-keyex,gssapi-with-mic).`,
    }),
  },
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
  {
    name: 'ticket: agent refused operation with a key in the agent',
    cause: 'agent_problem',
    level: 'legacy',
    text: ticket({
      ls: [
        '-rw-------.  1 mdupont mdupont 3381 Mar  4 10:01 id_rsa',
        '-rw-r--r--.  1 mdupont mdupont  747 Mar  4 10:01 id_rsa.pub',
      ],
      agent: `4096 ${FP2} mdupont@pc-labo (RSA)`,
      log: t`
${CICLAD_HEAD}
${CICLAD_AUTH.replace('id_rsa type -1', 'id_rsa type 0')}
debug1: Offering public key: /home/mdupont/.ssh/id_rsa RSA ${FP2} agent
debug1: Server accepts key: /home/mdupont/.ssh/id_rsa RSA ${FP2} agent
sign_and_send_pubkey: signing failed for RSA "/home/mdupont/.ssh/id_rsa" from agent: agent refused operation
debug1: No more authentication methods to try.
mdupont@ciclad.ipsl.jussieu.fr: Permission denied (publickey,gssapi-keyex,gssapi-with-mic).`,
    }),
  },
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
  // ---------------------------------------------------------------------------------------------- more hard ones
  {
    name: 'Ubuntu 22.04 to old Gerrit: server accepts key, no mutual signature supported',
    cause: 'pubkey_algo_rejected',
    level: 'hard',
    evidence: ['no mutual signature supported'],
    text: t`
$ ssh -v -p 29418 dev@gerrit.example.com
${U89}
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
${U82}
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
    name: 'macOS + 1Password agent refuses',
    cause: 'agent_problem',
    level: 'hard',
    evidence: ['agent refused operation'],
    text: t`
${MAC98}
debug1: Reading configuration data /Users/kim/.ssh/config
debug1: /Users/kim/.ssh/config line 1: Applying options for *
debug1: Connecting to github.com port 22.
debug1: Connection established.
debug1: Local version string SSH-2.0-OpenSSH_9.8
debug1: Remote protocol version 2.0, remote software version babeld-6f6ea4a1
debug1: Authenticating to github.com:22 as 'git'
debug1: get_agent_identities: agent returned 1 keys
debug1: Will attempt key: github ED25519 ${FP1} agent
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Offering public key: github ED25519 ${FP1} agent
debug1: Server accepts key: github ED25519 ${FP1} agent
sign_and_send_pubkey: signing failed for ED25519 "github" from agent: agent refused operation
debug1: No more authentication methods to try.
git@github.com: Permission denied (publickey).`,
  },
  {
    name: 'agent refuses the first key, the key file then works',
    cause: 'success',
    level: 'hard',
    text: t`
${U89}
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
    name: 'server closes during auth after the key offer',
    cause: 'connection_closed',
    level: 'easy',
    text: t`
${D92}
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
${F10}
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
    name: 'key owned by root: Load key Permission denied',
    cause: 'key_permissions',
    level: 'hard',
    text: t`
${U96}
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
  {
    name: 'CI: encrypted PEM key without .pub, no TTY',
    cause: 'passphrase_problem',
    level: 'hard',
    text: t`
$ ssh -v -o StrictHostKeyChecking=accept-new ci@build.example.com ./deploy.sh
${D92}
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
    name: 'git: too many authentication failures (no -v)',
    cause: 'too_many_auth_failures',
    level: 'easy',
    text: t`
$ git pull
Received disconnect from 140.82.121.4 port 22:2: Too many authentication failures
Disconnected from 140.82.121.4 port 22
${GIT_TAIL}`,
  },
  {
    name: 'Ubuntu 14.04: no matching cipher (old wording)',
    cause: 'cipher_mismatch',
    level: 'easy',
    text: t`
${U1404}
debug1: Connecting to 10.9.9.9 [10.9.9.9] port 22.
debug1: Connection established.
debug1: Remote protocol version 2.0, remote software version OpenSSH_8.9p1 Ubuntu-3ubuntu0.10
debug1: SSH2_MSG_KEXINIT sent
debug1: SSH2_MSG_KEXINIT received
no matching cipher found: client arcfour,blowfish-cbc server chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr`,
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
  {
    name: 'CentOS 7: ssh_exchange_identification read reset',
    cause: 'connection_closed',
    level: 'easy',
    text: t`
[user@host ~]$ ssh user@198.51.100.3
ssh_exchange_identification: read: Connection reset by peer`,
  },
  {
    name: 'ticket: placeholder login typed',
    cause: 'auth_failed',
    level: 'legacy',
    text: ticket({
      ls: [
        '-rw-------.  1 mdupont mdupont 3381 Mar  4 10:01 id_rsa',
        '-rw-r--r--.  1 mdupont mdupont  747 Mar  4 10:01 id_rsa.pub',
      ],
      log: t`
${CICLAD_HEAD}
${CICLAD_AUTH.replace('id_rsa type -1', 'id_rsa type 0').replace("as 'mdupont'", "as 'replace_by_your_login'")}
debug1: Offering public key: /home/mdupont/.ssh/id_rsa RSA ${FP2}
debug1: Authentications that can continue: publickey,gssapi-keyex,gssapi-with-mic
debug1: No more authentication methods to try.
replace_by_your_login@ciclad.ipsl.jussieu.fr: Permission denied (publickey,gssapi-keyex,gssapi-with-mic).`,
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
  {
    name: 'ticket: ed25519 key offered on an RSA-only site',
    cause: 'auth_failed',
    level: 'legacy',
    text: ticket({
      ls: [
        '-rw-------.  1 mdupont mdupont  411 Mar  4 10:01 id_ed25519',
        '-rw-r--r--.  1 mdupont mdupont  101 Mar  4 10:01 id_ed25519.pub',
      ],
      log: t`
${CICLAD_HEAD}
${CICLAD_AUTH.replace('id_ed25519 type -1', 'id_ed25519 type 3')}
debug1: Offering public key: /home/mdupont/.ssh/id_ed25519 ED25519 ${FP1}
debug1: Authentications that can continue: publickey,gssapi-keyex,gssapi-with-mic
debug1: No more authentication methods to try.
mdupont@ciclad.ipsl.jussieu.fr: Permission denied (publickey,gssapi-keyex,gssapi-with-mic).`,
    }),
  },
  {
    name: 'ticket: agent with many keys, too many authentication failures',
    cause: 'too_many_auth_failures',
    level: 'legacy',
    text: ticket({
      ls: [
        '-rw-------.  1 mdupont mdupont 3381 Mar  4 10:01 id_rsa',
        '-rw-r--r--.  1 mdupont mdupont  747 Mar  4 10:01 id_rsa.pub',
      ],
      agent: [
        `256 ${FP1} github (ED25519)`,
        `256 ${FP3} gitlab (ED25519)`,
        '3072 SHA256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa work (RSA)',
        '3072 SHA256:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb aws (RSA)',
        '256 SHA256:ccccccccccccccccccccccccccccccccccccccccccc old (ED25519)',
        '256 SHA256:ddddddddddddddddddddddddddddddddddddddddddd cloud (ED25519)',
      ].join('\n'),
      log: t`
${CICLAD_HEAD}
${CICLAD_AUTH.replace('id_rsa type -1', 'id_rsa type 0')}
debug1: Offering public key: github ED25519 ${FP1} agent
debug1: Authentications that can continue: publickey,gssapi-keyex,gssapi-with-mic
debug1: Offering public key: gitlab ED25519 ${FP3} agent
debug1: Authentications that can continue: publickey,gssapi-keyex,gssapi-with-mic
debug1: Offering public key: work RSA SHA256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa agent
debug1: Authentications that can continue: publickey,gssapi-keyex,gssapi-with-mic
debug1: Offering public key: aws RSA SHA256:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb agent
Received disconnect from 134.157.176.129 port 22:2: Too many authentication failures
Disconnected from 134.157.176.129 port 22`,
    }),
  },
  {
    name: 'ProxyJump works: both hosts authenticate',
    cause: 'success',
    level: 'hard',
    text: t`
${U96}
debug1: Reading configuration data /home/ana/.ssh/config
debug1: Setting implicit ProxyCommand from ProxyJump: ssh -v -W '[%h]:%p' bastion
debug1: Executing proxy command: exec ssh -v -W '[db-prod.internal]:22' bastion
${U96}
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
  {
    name: 'ProxyJump: bastion fine, target refuses the key',
    cause: 'auth_failed',
    level: 'hard',
    text: t`
${U96}
debug1: Setting implicit ProxyCommand from ProxyJump: ssh -v -W '[%h]:%p' bastion
debug1: Executing proxy command: exec ssh -v -W '[db-prod.internal]:22' bastion
${U96}
debug1: Connecting to bastion [198.51.100.7] port 22.
debug1: Connection established.
debug1: Authenticating to bastion:22 as 'ana'
debug1: Offering public key: /home/ana/.ssh/id_ed25519 ED25519 ${FP1}
debug1: Server accepts key: /home/ana/.ssh/id_ed25519 ED25519 ${FP1}
Authenticated to bastion ([198.51.100.7]:22) using "publickey".
debug1: Remote protocol version 2.0, remote software version OpenSSH_8.0
debug1: Authenticating to db-prod.internal:22 as 'ana'
debug1: Authentications that can continue: publickey
debug1: Next authentication method: publickey
debug1: Offering public key: /home/ana/.ssh/id_ed25519 ED25519 ${FP1}
debug1: Authentications that can continue: publickey
debug1: No more authentication methods to try.
ana@db-prod.internal: Permission denied (publickey).`,
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
  {
    name: 'GitHub: id_ed25519 refused, github_key never tried',
    cause: 'no_key_offered',
    level: 'hard',
    text: t`
$ ssh -vT git@github.com
${U89}
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
${EL7}
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
];
