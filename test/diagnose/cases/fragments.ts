// Transcript fragments shared by two or more case tables of test/diagnose/cases (each used by one table stays there).
import { t } from './public-case.js';

// from shared/reference (not a recorded transcript)
// ---- rule tables (ssh0xx–ssh3xx): banners and messages of several versions ---------------------------------

export const CLIENT_DEBIAN_92_LATEST = 'OpenSSH_9.2p1 Debian-2+deb12u10, OpenSSL 3.0.19 27 Jan 2026';
/** Also the CentOS 7 client of the public-style tables. */
export const CLIENT_RHEL7_74 = 'OpenSSH_7.4p1, OpenSSL 1.0.2k-fips  26 Jan 2017';
/** Also the macOS client of the public-style tables. */
export const CLIENT_MACOS_90 = 'OpenSSH_9.0p1, LibreSSL 3.3.6';
export const AUTH = "debug1: Authenticating to ciclad.ipsl.jussieu.fr:22 as 'jdoe'";
export const CAN = 'debug1: Authentications that can continue: publickey';
export const END = [
  'debug1: No more authentication methods to try.',
  'jdoe@ciclad.ipsl.jussieu.fr: Permission denied (publickey).',
];
export const FP = 'SHA256:p3q4ZCrHkqBHKDCEZj/a2KoHNXHlW2bzZLX2UtYYeQI';
export const OFFER = `debug1: Offering public key: /home/jdoe/.ssh/id_rsa RSA ${FP}`;
export const ACCEPT = `debug1: Server accepts key: /home/jdoe/.ssh/id_rsa RSA ${FP}`;
/** `identity file` lines, no key on disk (ssh3xx-local keeps its own three-key list). */
export const NO_KEYS = ['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519'].map(
  (k) => `debug1: identity file /home/jdoe/.ssh/${k} type -1`,
);
export const KEY_LS = [
  '-rw-------  1 jdoe jdoe 3381 Nov 26 00:41 id_rsa',
  '-rw-r--r--  1 jdoe jdoe  741 Nov 26 00:41 id_rsa.pub',
];

// ---- public-style tables (public-*.ts) -----------------------------------------------------------------------
// written from shared/reference + OpenSSH knowledge, not a recorded transcript: versions, paths, hosts and
// fingerprints are illustrative.

export const CLIENT_UBUNTU_89 = 'OpenSSH_8.9p1 Ubuntu-3ubuntu0.10, OpenSSL 3.0.2 15 Mar 2022';
export const CLIENT_UBUNTU_82 = 'OpenSSH_8.2p1 Ubuntu-4ubuntu0.11, OpenSSL 1.1.1f  31 Mar 2020';
export const CLIENT_UBUNTU_96 = 'OpenSSH_9.6p1 Ubuntu-3ubuntu13.5, OpenSSL 3.0.13 30 Jan 2024';
export const CLIENT_DEBIAN_92 = 'OpenSSH_9.2p1 Debian-2+deb12u3, OpenSSL 3.0.15 3 Sep 2024';
export const CLIENT_RHEL9_87 = 'OpenSSH_8.7p1, OpenSSL 3.0.7 1 Nov 2022';
export const CLIENT_MACOS_98 = 'OpenSSH_9.8p1, LibreSSL 3.3.6';
export const CLIENT_WINDOWS_81 = 'OpenSSH_for_Windows_8.1p1, LibreSSL 3.0.2';
export const CLIENT_FEDORA_100 = 'OpenSSH_10.0p2, OpenSSL 3.5.0 8 Apr 2025';
export const CLIENT_UBUNTU1404_66 = 'OpenSSH_6.6.1, OpenSSL 1.0.1f 6 Jan 2014';
export const GH_ED = 'SHA256:+DiY3wvvV6TuJJhbpZisF/zLDA0zPMSvHdkr4UvCOqU';
export const FP1 = 'SHA256:Xk8Vq3mS0r0hF3o4d1zq1uCk9v1YpQh2wqWcTjzY7sE';
export const FP2 = 'SHA256:9pDw1o3yBzQm5nqkW7iV2tQb8rHcXf0gJk4aLsZeN1M';
export const FP3 = 'SHA256:Qw2eRt5yUi8oP0aSdF3gHj6kLz9xCv1bNm4QwErTyUi';
export const GIT_TAIL = t`
fatal: Could not read from remote repository.

Please make sure you have the correct access rights
and the repository exists.`;

/** `identity file` lines as 8.2–9.x print them (with -cert companions). */
export function ids(home: string, types: Record<string, number> = {}, names = DEFAULT_IDS): string {
  return names
    .flatMap((n) => [
      `debug1: identity file ${home}/.ssh/${n} type ${types[n] ?? -1}`,
      `debug1: identity file ${home}/.ssh/${n}-cert type -1`,
    ])
    .join('\n');
}

const DEFAULT_IDS = ['id_rsa', 'id_ecdsa', 'id_ecdsa_sk', 'id_ed25519', 'id_ed25519_sk', 'id_xmss', 'id_dsa'];
/** The -v key exchange block of a modern client against a modern server. */
export function kex(hostKey: string, known: string, host = 'github.com'): string {
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
export function ticket(p: {
  ls: string[];
  agent?: string;
  header?: string[];
  pub?: string[];
  log: string;
}): string {
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

export const CICLAD_HEAD = t`
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

export const CICLAD_AUTH = t`
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
