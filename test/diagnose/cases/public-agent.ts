// Public-style transcripts of ssh-agent failures and too many authentication failures.
// written from shared/reference + OpenSSH knowledge, not a recorded transcript: every case below was composed for
// this table (versions, paths, hosts and fingerprints are illustrative) and none is copied from a public post.

import {
  CICLAD_AUTH,
  CICLAD_HEAD,
  CLIENT_MACOS_98,
  CLIENT_UBUNTU_82,
  CLIENT_UBUNTU_89,
  CLIENT_UBUNTU_96,
  FP1,
  FP2,
  FP3,
  GIT_TAIL,
  ids,
  ticket,
} from './fragments.js';
import { type PublicCase, t } from './public-case.js';

export const AGENT_CASES: PublicCase[] = [
  // ---------------------------------------------------------------------------------------------- agent
  {
    name: 'agent refused operation (Ubuntu 20.04, gnome-keyring)',
    cause: 'agent_problem',
    level: 'hard',
    evidence: ['agent refused operation'],
    text: t`
$ ssh -v deploy@app.example.com
${CLIENT_UBUNTU_82}
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
${CLIENT_UBUNTU_89}
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
  {
    name: 'macOS + 1Password agent refuses',
    cause: 'agent_problem',
    level: 'hard',
    evidence: ['agent refused operation'],
    text: t`
${CLIENT_MACOS_98}
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
  // ---------------------------------------------------------------------------------------------- too many
  {
    name: 'too many authentication failures: agent with six keys',
    cause: 'too_many_auth_failures',
    level: 'easy',
    text: t`
${CLIENT_UBUNTU_96}
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
  // ---------------------------------------------------------------------------------------------- legacy tickets
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
];
