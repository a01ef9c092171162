// Public-style transcripts where the server refuses the offered key.
// written from shared/reference + OpenSSH knowledge, not a recorded transcript: every case below was composed for
// this table (versions, paths, hosts and fingerprints are illustrative) and none is copied from a public post.

import {
  CICLAD_AUTH,
  CICLAD_HEAD,
  CLIENT_DEBIAN_92,
  CLIENT_RHEL7_74,
  CLIENT_UBUNTU_96,
  FP1,
  FP2,
  GH_ED,
  GIT_TAIL,
  ids,
  kex,
  ticket,
} from './fragments.js';
import { type PublicCase, t } from './public-case.js';

export const AUTH_CASES: PublicCase[] = [
  // ---------------------------------------------------------------------------------------------- auth failed
  {
    name: 'GitHub: key offered and refused',
    cause: 'auth_failed',
    level: 'easy',
    evidence: ['Offering public key'],
    text: t`
$ ssh -vT git@github.com
${CLIENT_UBUNTU_96}
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
${CLIENT_RHEL7_74}
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
${CLIENT_DEBIAN_92}
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
  {
    name: 'ProxyJump: bastion fine, target refuses the key',
    cause: 'auth_failed',
    level: 'hard',
    text: t`
${CLIENT_UBUNTU_96}
debug1: Setting implicit ProxyCommand from ProxyJump: ssh -v -W '[%h]:%p' bastion
debug1: Executing proxy command: exec ssh -v -W '[db-prod.internal]:22' bastion
${CLIENT_UBUNTU_96}
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
];
