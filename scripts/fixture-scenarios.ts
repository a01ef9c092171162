// The recorded fixtures, as data: each scenario is a harness configuration plus the cause its real ssh log shows.
// Labels were checked against the recorded ssh -vvv output, not assumed (see the notes on the surprising ones).

import type { Category } from '../src/report/categories.js';
import type { KeySpec, SshEnvOptions } from '../test/harness/ssh-env.js';
import type { ScenarioContext } from './scenario-context.js';

/** One recorded scenario. */
export interface Scenario {
  /** Directory name under fixtures/ (kebab-case, stable). */
  name: string;
  description: string;
  /** The category the evidence supports (DESIGN.md). */
  cause: Category;
  /** Stable substrings (no port, user or path) of the decisive ssh lines a finding must quote. */
  evidence: string[];
  /** Harness options (keys, sshd_config lines, agent, ...). */
  env?: SshEnvOptions;
  /** Changes made after the harness started: files, listeners, extra keys. */
  prepare?: (ctx: ScenarioContext) => Promise<void>;
  /** Target host; default 127.0.0.1. */
  host?: string;
  /** Extra environment for the CLI run (e.g. a dead SSH_AUTH_SOCK). */
  cliEnv?: (ctx: ScenarioContext) => Record<string, string>;
  /** Why the label is not the obvious one, when it is not. */
  notes?: string;
}

/** A key in ~/.ssh, registered on the server unless `authorize: false`. */
const authorized = (file: string, extra: Omit<KeySpec, 'file'> = {}): KeySpec => ({ file, ...extra });

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'success',
    description: 'Authorized 4096-bit id_rsa, nothing else: the connection works.',
    cause: 'success',
    evidence: ['Authenticated to 127.0.0.1'],
    env: { keys: [authorized('id_rsa', { bits: 4096 })] },
  },
  {
    name: 'key-not-authorized',
    description:
      'id_rsa exists and is offered, but the server does not know it (account form not processed).',
    cause: 'auth_failed',
    evidence: ['Offering public key:', 'Permission denied (publickey)'],
    env: { keys: [authorized('id_rsa', { authorize: false })] },
  },
  {
    name: 'no-key-at-all',
    description: 'Empty ~/.ssh: every default identity file is type -1, nothing is offered.',
    cause: 'no_key_offered',
    evidence: ['type -1', 'Permission denied (publickey)'],
    env: { keys: [] },
  },
  {
    name: 'key-nondefault-name',
    description: 'The registered key was saved as ~/.ssh/meso_rsa and no IdentityFile names it.',
    cause: 'no_key_offered',
    evidence: ['type -1', 'Permission denied (publickey)'],
    env: { keys: [authorized('meso_rsa')] },
  },
  {
    name: 'key-mode-0644',
    description:
      'Authorized id_rsa with mode 0644 and its .pub: offered, accepted, then refused by the client.',
    cause: 'key_permissions',
    evidence: ['UNPROTECTED PRIVATE KEY FILE', 'Permissions 0644 for'],
    env: { keys: [authorized('id_rsa', { mode: 0o644 })] },
    notes:
      'With a .pub beside it the key is offered first; the UNPROTECTED block comes after Server accepts key.',
  },
  {
    name: 'key-mode-0644-pem-no-pub',
    description:
      'Authorized old-style PEM id_rsa with mode 0644 and no .pub: type -1, "Trying private key", refused by the client.',
    cause: 'key_permissions',
    evidence: ['UNPROTECTED PRIVATE KEY FILE', 'Permissions 0644 for'],
    env: { keys: [authorized('id_rsa', { mode: 0o644, noPub: true, format: 'PEM' })] },
    notes:
      'An openssh-key-v1 key without .pub behaves like key-mode-0644 (its public half is readable, so it is offered first); a PEM key is not.',
  },
  {
    name: 'hostkey-ssh-rsa-only',
    description:
      'Old-style server: only an RSA host key and HostKeyAlgorithms ssh-rsa (SHA-1), refused by client 9.2.',
    cause: 'host_key_algo_mismatch',
    evidence: ['no matching host key type found', 'Their offer: ssh-rsa'],
    env: { keys: [authorized('id_rsa')], hostKeyTypes: ['rsa'], sshdConfig: ['HostKeyAlgorithms ssh-rsa'] },
  },
  {
    name: 'pubkey-ssh-rsa-only',
    description:
      'Server accepts only ssh-rsa (SHA-1) user signatures; client 9.2 signs with rsa-sha2 and the key is refused.',
    cause: 'auth_failed',
    evidence: ['Offering public key:', 'Permission denied (publickey)'],
    env: { keys: [authorized('id_rsa')], sshdConfig: ['PubkeyAcceptedAlgorithms ssh-rsa'] },
    notes:
      'Aimed at pubkey_algo_rejected, but the client cannot see it: a 9.2 sshd still advertises rsa-sha2-256/512 in server-sig-algs, so the log is exactly that of an unregistered key. Only the sshd log says "signature algorithm rsa-sha2-512 not in PubkeyAcceptedAlgorithms".',
  },
  {
    name: 'pubkey-client-excludes-rsa',
    description:
      '~/.ssh/config PubkeyAcceptedAlgorithms lists no RSA algorithm (a bad copy-paste); the only key is RSA, so the client skips it.',
    cause: 'pubkey_algo_rejected',
    evidence: ['Skipping ssh-rsa key', 'not in PubkeyAcceptedAlgorithms'],
    env: {
      keys: [authorized('id_rsa')],
      sshConfig: 'Host 127.0.0.1\n    PubkeyAcceptedAlgorithms ssh-ed25519,ecdsa-sha2-nistp256\n',
    },
  },
  {
    name: 'kex-group1-only',
    description: 'Server offers only diffie-hellman-group1-sha1 key exchange.',
    cause: 'kex_mismatch',
    evidence: ['no matching key exchange method found', 'Their offer: diffie-hellman-group1-sha1'],
    env: { keys: [authorized('id_rsa')], sshdConfig: ['KexAlgorithms diffie-hellman-group1-sha1'] },
  },
  {
    name: 'cipher-cbc-only',
    description: 'Server offers only the aes128-cbc cipher.',
    cause: 'cipher_mismatch',
    evidence: ['no matching cipher found', 'Their offer: aes128-cbc'],
    env: { keys: [authorized('id_rsa')], sshdConfig: ['Ciphers aes128-cbc'] },
  },
  {
    name: 'mac-md5-only',
    description: 'Server offers only hmac-md5 (with a non-AEAD cipher, else MACs are not negotiated at all).',
    cause: 'mac_mismatch',
    evidence: ['no matching MAC found', 'Their offer: hmac-md5'],
    env: { keys: [authorized('id_rsa')], sshdConfig: ['Ciphers aes128-ctr', 'MACs hmac-md5'] },
  },
  {
    name: 'host-key-changed',
    description: 'known_hosts holds another ED25519 key for [127.0.0.1]:PORT (server reinstalled or MITM).',
    cause: 'host_key_changed',
    evidence: ['REMOTE HOST IDENTIFICATION HAS CHANGED', 'Host key verification failed.'],
    env: { keys: [authorized('id_rsa')] },
    prepare: async (ctx) => {
      const other = await ctx.scratchKey('ed25519');
      const [type, blob] = other.publicLine.split(' ');
      await ctx.writeSshFile('known_hosts', `[127.0.0.1]:${ctx.env.port} ${type} ${blob}\n`, 0o644);
    },
  },
  {
    name: 'closed-port',
    description: 'Nothing listens on the port.',
    cause: 'refused',
    evidence: ['Connection refused'],
    env: { keys: [authorized('id_rsa')], noSshd: true },
  },
  {
    name: 'no-banner',
    description:
      'Something accepts TCP and never says a word (tarpit, stuck sshd): ConnectTimeout hits the banner wait.',
    cause: 'timeout',
    evidence: ['Connection timed out during banner exchange'],
    env: { keys: [authorized('id_rsa')], noSshd: true },
    prepare: (ctx) => ctx.listen('silent'),
  },
  {
    name: 'connection-closed',
    description: 'Something accepts TCP and closes at once (tcp wrappers, MaxStartups, fail2ban).',
    cause: 'connection_closed',
    evidence: ['kex_exchange_identification: Connection closed by remote host'],
    env: { keys: [authorized('id_rsa')], noSshd: true },
    prepare: (ctx) => ctx.listen('close'),
  },
  {
    name: 'dns-failure',
    description: 'The host name does not resolve.',
    cause: 'dns',
    evidence: ['Could not resolve hostname nonexistent.invalid'],
    env: { keys: [authorized('id_rsa')], noSshd: true },
    host: 'nonexistent.invalid',
  },
  {
    name: 'too-many-auth-failures',
    description:
      'Agent with 7 unregistered keys, sshd MaxAuthTries 3; the authorized id_rsa (file only) comes last.',
    cause: 'too_many_auth_failures',
    evidence: ['Too many authentication failures'],
    env: {
      agent: true,
      sshdConfig: ['MaxAuthTries 3'],
      keys: [
        ...[1, 2, 3, 4, 5, 6, 7].map((n) => ({
          file: `agent_key${n}`,
          type: 'ed25519' as const,
          authorize: false,
          inAgent: true,
        })),
        authorized('id_rsa'),
      ],
    },
  },
  {
    name: 'encrypted-key-batch',
    description:
      'Authorized id_rsa protected by a passphrase, no agent, BatchMode: accepted, then silently skipped.',
    cause: 'passphrase_problem',
    evidence: ['Server accepts key:'],
    env: { keys: [authorized('id_rsa', { passphrase: 'correct horse battery' })] },
  },
  {
    name: 'agent-dead-socket',
    description: 'SSH_AUTH_SOCK points to a dead socket (agent gone) but the authorized id_rsa is on disk.',
    cause: 'success',
    evidence: ['Authenticated to 127.0.0.1'],
    env: { keys: [authorized('id_rsa')] },
    prepare: (ctx) => ctx.deadSocket('agent.sock'),
    cliEnv: (ctx) => ({ SSH_AUTH_SOCK: `${ctx.env.user.home}/agent.sock` }),
    notes:
      'ssh-add says "Error connecting to agent: Connection refused" but ssh falls back to the key file and logs in: the dead agent is not the cause.',
  },
  {
    name: 'agent-refuses-signing',
    description:
      'The authorized key meso_rsa is only usable through the agent, added with ssh-add -c and no askpass: the agent refuses to sign.',
    cause: 'agent_problem',
    evidence: ['agent refused operation'],
    env: { agent: true, keys: [authorized('meso_rsa')] },
    prepare: async (ctx) => {
      const r = await ctx.env.runAs(['ssh-add', '-c', ctx.env.keyPath('meso_rsa')]);
      if (r.exitCode !== 0) throw new Error(`ssh-add -c failed: ${r.stderr}`);
    },
  },
  {
    name: 'pub-mismatch',
    description:
      'id_rsa.pub (registered) belongs to another key than id_rsa: the private key on disk was replaced.',
    cause: 'auth_failed',
    evidence: ['contents do not match public'],
    env: { keys: [authorized('id_rsa')] },
    notes:
      'The server accepts the registered .pub, then the client cannot sign: "identity_sign: private key ... contents do not match public". The playbook files the .pub/private mismatch under auth_failed (the mismatch finding explains it).',
    prepare: async (ctx) => {
      const other = await ctx.scratchKey('rsa');
      await ctx.copyIntoSsh(other.privatePath, 'id_rsa', 0o600);
    },
  },
  {
    name: 'ed25519-vs-rsa-policy',
    description:
      'The user only has an ed25519 key; the RSA-only site never registered it: offered and refused.',
    cause: 'auth_failed',
    evidence: ['Offering public key:', 'Permission denied (publickey)'],
    env: { keys: [authorized('id_ed25519', { type: 'ed25519', authorize: false })] },
  },
  {
    name: 'proxycommand-fails',
    description: '~/.ssh/config runs a ProxyCommand that does not exist.',
    cause: 'proxy_failure',
    evidence: ['Executing proxy command:', 'Connection closed by UNKNOWN port 65535'],
    env: {
      keys: [authorized('id_rsa')],
      sshConfig: 'Host 127.0.0.1\n    ProxyCommand ssh-doctor-no-such-proxy %h %p\n',
    },
  },
  {
    name: 'host-key-unknown-strict-config',
    description:
      '~/.ssh/config sets StrictHostKeyChecking yes and known_hosts is empty; ssh-doctor passes accept-new on the command line, which wins.',
    cause: 'success',
    evidence: ['Authenticated to 127.0.0.1'],
    env: {
      keys: [authorized('id_rsa')],
      sshConfig: 'Host 127.0.0.1\n    StrictHostKeyChecking yes\n',
    },
    notes:
      'host_key_unknown_batch cannot be reproduced through collect: its -o StrictHostKeyChecking=accept-new overrides the config file.',
  },
  {
    name: 'ppk-only',
    description: 'MobaXterm/PuTTY user: the registered key exists only as ~/.ssh/cluster.ppk.',
    cause: 'no_key_offered',
    evidence: ['type -1', 'Permission denied (publickey)'],
    env: { keys: [] },
    prepare: async (ctx) => {
      const k = await ctx.scratchKey('rsa');
      await ctx.authorize(k.publicLine);
      await ctx.putty(k.privatePath, 'cluster.ppk');
    },
  },
  {
    name: 'identityfile-ppk',
    description: '~/.ssh/config names the .ppk as IdentityFile: OpenSSH cannot load a PuTTY key.',
    cause: 'key_format',
    evidence: ['Load key', 'error in libcrypto'],
    notes: 'With OpenSSL 3 the load error reads "error in libcrypto", not "invalid format".',
    env: { keys: [], sshConfig: 'Host 127.0.0.1\n    IdentityFile ~/.ssh/cluster.ppk\n' },
    prepare: async (ctx) => {
      const k = await ctx.scratchKey('rsa');
      await ctx.authorize(k.publicLine);
      await ctx.putty(k.privatePath, 'cluster.ppk');
    },
  },
  {
    name: 'config-group-writable',
    description: "~/.ssh/config is group-writable (0664), group = the user's private group.",
    cause: 'success',
    evidence: ['Authenticated to 127.0.0.1'],
    env: { keys: [authorized('id_rsa')], sshConfig: 'Host 127.0.0.1\n    IdentitiesOnly no\n' },
    prepare: (ctx) => ctx.chmodSsh('config', 0o664),
    notes:
      'Debian\'s user-group-modes patch tolerates g+w when the group is the user\'s own private group: no "Bad owner or permissions" here. Upstream and RHEL builds refuse it.',
  },
  {
    name: 'config-world-writable',
    description: '~/.ssh/config is world-writable (0666).',
    cause: 'key_permissions',
    evidence: ['Bad owner or permissions on'],
    env: { keys: [authorized('id_rsa')], sshConfig: 'Host 127.0.0.1\n    IdentitiesOnly no\n' },
    prepare: (ctx) => ctx.chmodSsh('config', 0o666),
  },
  {
    name: 'second-factor-password-batch',
    description:
      'sshd requires AuthenticationMethods publickey,password (a key, then a second factor): the key is accepted with partial success, then the second step cannot be asked in BatchMode.',
    cause: 'auth_failed',
    evidence: ['with partial success', 'Permission denied (password)'],
    env: {
      keys: [authorized('id_rsa')],
      sshdConfig: ['AuthenticationMethods publickey,password', 'PasswordAuthentication yes'],
    },
    notes:
      'The key was used (Server accepts key, then partial success): the failed step is the second factor, not the key.',
  },
  {
    name: 'proxycommand-nc-missing',
    description:
      'ProxyCommand logs in to a bastion (the same sshd) and runs nc there, which is not installed: the shell says nc: not found.',
    cause: 'proxy_failure',
    evidence: ['nc: not found'],
    host: 'behind-bastion',
    env: { keys: [authorized('id_rsa')] },
    prepare: (ctx) =>
      ctx.writeSshFile(
        'config',
        `Host behind-bastion\n    ProxyCommand ssh -p ${ctx.env.port} -o BatchMode=yes -o StrictHostKeyChecking=accept-new 127.0.0.1 nc %h %p\n`,
        0o600,
      ),
  },
  {
    name: 'proxyjump-forwarding-disabled',
    description:
      'ProxyJump through a jump host whose sshd has DisableForwarding yes: the jump login works, the -W forward is refused.',
    cause: 'proxy_failure',
    evidence: ['administratively prohibited', 'stdio forwarding failed'],
    host: 'behind-jump',
    env: { keys: [authorized('id_rsa')], sshdConfig: ['DisableForwarding yes'] },
    prepare: (ctx) =>
      ctx.writeSshFile(
        'config',
        [
          'Host behind-jump',
          '    HostName 127.0.0.1',
          `    ProxyJump localhost:${ctx.env.port}`,
          'Host localhost',
          '    StrictHostKeyChecking accept-new',
          '    BatchMode yes',
          '',
        ].join('\n'),
        0o600,
      ),
  },
];
