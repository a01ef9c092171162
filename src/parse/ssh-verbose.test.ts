import { readFileSync } from 'node:fs';
import { connectionSchema } from '../report/connection.js';
import { isSshLine, parseSshVerbose } from './ssh-verbose.js';

const local = (name: string) =>
  readFileSync(new URL(`../../test/data/ssh-verbose/local-9.2/${name}`, import.meta.url), 'utf8');
const kinds = (text: string) => parseSshVerbose(text).events.map((e) => e.kind);

describe('parseSshVerbose: single lines of every OpenSSH wording', () => {
  // from shared/reference/openssh-messages.md (not a recorded transcript)
  const cases: [string, string][] = [
    ['Offering RSA public key: /home/u/.ssh/id_rsa', 'offering-key'],
    [
      'debug1: Offering public key: RSA SHA256:p3q4ZCrHkqBHKDCEZj/a2KoHNXHlW2bzZLX2UtYYeQI /home/u/.ssh/id_rsa',
      'offering-key',
    ],
    ['debug1: Offering public key: /home/u/.ssh/id_rsa RSA SHA256:p3q4ZCrHk explicit agent', 'offering-key'],
    ['ssh_exchange_identification: Connection closed by remote host', 'exchange-identification-closed'],
    ['kex_exchange_identification: Connection closed by remote host', 'exchange-identification-closed'],
    ['kex_exchange_identification: read: Connection reset by peer', 'exchange-identification-reset'],
    ['ssh_exchange_identification: read: Connection reset by peer', 'exchange-identification-reset'],
    ['Permission denied (publickey).', 'permission-denied'],
    ['tester@127.0.0.1: Permission denied (publickey,gssapi-keyex,gssapi-with-mic).', 'permission-denied'],
    ['Authenticated to 127.0.0.1 ([127.0.0.1]:2222) using "publickey".', 'authenticated'],
    ['Authenticated to ciclad.ipsl.jussieu.fr ([134.157.1.1]:22).', 'authenticated'],
    ['Authenticated to host (via proxy) using "publickey".', 'authenticated'],
    ['ssh: Could not resolve hostname foo: Name or service not known', 'dns-failure'],
    ['ssh: Could not resolve hostname foo: nodename nor servname provided, or not known', 'dns-failure'],
    ['ssh: connect to host 1.2.3.4 port 22: Connection refused', 'connection-refused'],
    ['ssh: connect to host 1.2.3.4 port 22: Connection timed out', 'connect-timeout'],
    ['ssh: connect to host 1.2.3.4 port 22: Operation timed out', 'connect-timeout'],
    ['ssh: connect to host 1.2.3.4 port 22: No route to host', 'no-route'],
    ['ssh: connect to host 1.2.3.4 port 22: Network is unreachable', 'no-route'],
    ['Connection timed out during banner exchange', 'banner-timeout'],
    ["Bad remote protocol version identification: 'HTTP/1.1 400 Bad Request'", 'bad-protocol-banner'],
    ['Connection closed by 127.0.0.1 port 2225', 'connection-closed'],
    ['Connection closed by UNKNOWN port 65535', 'connection-closed'],
    ['Connection reset by 1.2.3.4 port 22', 'connection-reset'],
    [
      'Received disconnect from 1.2.3.4 port 22:2: Too many authentication failures',
      'too-many-auth-failures',
    ],
    ['Received disconnect from 1.2.3.4: 2: Too many authentication failures', 'too-many-auth-failures'],
    ['Received disconnect from 1.2.3.4 port 22:11: Bye Bye', 'disconnect'],
    ['Load key "/home/u/.ssh/id_rsa": invalid format', 'load-key-error'],
    ['Load key "/home/u/.ssh/id_rsa": error in libcrypto', 'load-key-error'],
    ['@         WARNING: UNPROTECTED PRIVATE KEY FILE!          @', 'unprotected-key'],
    ["Permissions 0644 for '/home/u/.ssh/id_ed25519' are too open.", 'key-permissions-too-open'],
    ['Bad owner or permissions on /home/u/.ssh/config', 'bad-config-permissions'],
    ['/home/u/.ssh/config: line 7: Bad configuration option: pubkeyacceptedalgorithms', 'bad-config-option'],
    ['debug1: send_pubkey_test: no mutual signature algorithm', 'no-mutual-signature'],
    ['sign_and_send_pubkey: no mutual signature supported', 'no-mutual-signature'],
    [
      'sign_and_send_pubkey: signing failed for RSA "/home/u/.ssh/id_rsa" from agent: agent refused operation',
      'agent-refused',
    ],
    ['sign_and_send_pubkey: signing failed: agent refused operation', 'agent-refused'],
    [
      'debug1: Server accepts key: /home/u/.ssh/id_ed25519 ED25519 SHA256:2t0f explicit',
      'server-accepts-key',
    ],
    ["read_passphrase: can't open /dev/tty: No such device or address", 'read-passphrase-no-tty'],
    ['Host key verification failed.', 'host-key-verification-failed'],
    ['No ED25519 host key is known for ciclad and you have requested strict checking.', 'no-host-key-known'],
    ['@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @', 'host-key-changed'],
    ['Offending ED25519 key in /home/user/.ssh/known_hosts:1', 'offending-key'],
    ["Warning: Permanently added '[127.0.0.1]:2222' (ED25519) to the list of known hosts.", 'host-key-added'],
    ["Warning: Permanently added 'host,1.2.3.4' (RSA) to the list of known hosts.", 'host-key-added'],
    ["debug1: Host '[1.2.3.4]:2222' is known and matches the ED25519 host key.", 'host-key-known'],
    ['debug1: Executing proxy command: exec ssh -W ciclad:22 gw', 'proxy-command'],
    ["debug1: Setting implicit ProxyCommand from ProxyJump: ssh -v -W '[%h]:%p' gw", 'proxy-jump'],
    ['channel 0: open failed: administratively prohibited: open failed', 'channel-open-failed'],
    ['stdio forwarding failed', 'stdio-forwarding-failed'],
    ['debug1: get_agent_identities: agent returned 2 keys', 'agent-keys'],
    ['debug1: get_agent_identities: ssh_get_authentication_socket: Connection refused', 'agent-socket-error'],
    [
      'debug1: pubkey_prepare: ssh_get_authentication_socket: No such file or directory',
      'agent-socket-error',
    ],
    ['debug1: Skipping ssh-dss key /home/u/.ssh/id_dsa - not in PubkeyAcceptedKeyTypes', 'key-skipped'],
    [
      'debug1: Skipping ssh-rsa key /home/u/.ssh/id_rsa - corresponding algo not in PubkeyAcceptedAlgorithms',
      'key-skipped',
    ],
    ['no such identity: /home/u/.ssh/id_ecdsa: No such file or directory', 'no-such-identity'],
    ['** WARNING: connection is not using a post-quantum key exchange algorithm.', 'pq-warning'],
    ['OpenSSH_for_Windows_9.5p1, LibreSSL 3.8.2', 'client-version'],
    ['bash: ssh: command not found', 'ssh-not-found'],
  ];
  it.each(cases)('%s → %s', (line, kind) => {
    expect(kinds(line)).toEqual([kind]);
  });

  it('quotes the line verbatim, without CR and mail quoting, with its 1-based number', () => {
    const c = parseSshVerbose('hello\r\n> > tester@h: Permission denied (publickey).\r\n');
    expect(c.events).toEqual([
      { line: 2, text: 'tester@h: Permission denied (publickey).', kind: 'permission-denied' },
    ]);
    expect(parseSshVerbose('x\nPermission denied (publickey).', { firstLine: 40 }).events[0]?.line).toBe(41);
  });
});

describe('parseSshVerbose: reference excerpts', () => {
  it('reads the ≤7.7, 7.8 and ≥7.9 offer formats into the same key ref', () => {
    // from shared/reference/openssh-messages.md (not a recorded transcript)
    const old = parseSshVerbose('debug1: Offering RSA public key: /home/u/.ssh/id_rsa').authAttempts[0];
    expect(old).toMatchObject({
      key: '/home/u/.ssh/id_rsa',
      type: 'RSA',
      fingerprint: null,
      source: 'unknown',
    });
    const v78 = parseSshVerbose('debug1: Offering public key: RSA SHA256:abc /home/u/.ssh/id_rsa')
      .authAttempts[0];
    expect(v78).toMatchObject({ key: '/home/u/.ssh/id_rsa', type: 'RSA', fingerprint: 'SHA256:abc' });
    const agent = parseSshVerbose('debug1: Offering public key: junk1 ED25519 SHA256:fTgz agent')
      .authAttempts[0];
    expect(agent).toMatchObject({ key: 'junk1', type: 'ED25519', source: 'agent', flags: ['agent'] });
  });

  it('follows each attempt to its result', () => {
    // from shared/reference/openssh-messages.md (not a recorded transcript)
    const c = parseSshVerbose(
      [
        'debug1: Authentications that can continue: publickey',
        'debug1: Next authentication method: publickey',
        'debug1: Offering public key: /home/user/.ssh/id_rsa RSA SHA256:p3q4eQI explicit',
        'debug1: Authentications that can continue: publickey',
        'debug1: Offering public key: /home/user/.ssh/id_ed25519 ED25519 SHA256:2t0fMuQ explicit',
        'debug1: Server accepts key: /home/user/.ssh/id_ed25519 ED25519 SHA256:2t0fMuQ explicit',
        'Load key "/home/user/.ssh/id_ed25519": bad permissions',
        'debug1: Offering public key: /home/user/.ssh/id_old RSA SHA256:x explicit',
        'debug1: send_pubkey_test: no mutual signature algorithm',
        'debug1: Trying private key: /home/user/.ssh/id_ecdsa',
        'no such identity: /home/user/.ssh/id_ecdsa: No such file or directory',
        'debug1: No more authentication methods to try.',
        'tester@127.0.0.1: Permission denied (publickey).',
      ].join('\n'),
    );
    expect(c.authAttempts.map((a) => [a.key, a.result, a.serverAccepted, a.reason])).toEqual([
      ['/home/user/.ssh/id_rsa', 'refused', false, null],
      ['/home/user/.ssh/id_ed25519', 'load-failed', true, 'bad permissions'],
      ['/home/user/.ssh/id_old', 'skipped', false, 'no mutual signature algorithm'],
      ['/home/user/.ssh/id_ecdsa', 'load-failed', false, 'No such file or directory'],
    ]);
    expect(c.outcome).toBe('failure');
    expect(c.permissionDenied).toMatchObject({
      user: 'tester',
      host: '127.0.0.1',
      methods: ['publickey'],
      line: 13,
    });
    expect(c.finalError?.text).toBe('tester@127.0.0.1: Permission denied (publickey).');
  });

  it('reads negotiation failures of every list, old and new wording', () => {
    // from shared/reference/openssh-messages.md (not a recorded transcript)
    const nf = (line: string) => parseSshVerbose(line).negotiationFailure;
    expect(
      nf(
        'Unable to negotiate with 127.0.0.1 port 2224: no matching host key type found. Their offer: ssh-rsa,ssh-dss',
      ),
    ).toMatchObject({ list: 'hostkey', theirOffer: ['ssh-rsa', 'ssh-dss'] });
    expect(
      nf(
        'Unable to negotiate with 1.2.3.4: no matching key exchange method found. Their offer: diffie-hellman-group1-sha1',
      ),
    ).toMatchObject({ list: 'kex', theirOffer: ['diffie-hellman-group1-sha1'] });
    expect(
      nf('Unable to negotiate with h port 22: no matching cipher found. Their offer: aes128-cbc')?.list,
    ).toBe('cipher');
    expect(nf('Unable to negotiate with h port 22: no matching MAC found. Their offer: hmac-md5')?.list).toBe(
      'mac',
    );
    expect(nf('no matching cipher found: client aes128-ctr server aes128-cbc,3des-cbc')).toMatchObject({
      list: 'cipher',
      theirOffer: ['aes128-cbc', '3des-cbc'],
    });
  });

  it('reads the fatal lines of old clients that name the failed list only (no offer)', () => {
    // diagnose/negotiation.ts reads these lines itself; the parser must know them to end the run as a failure.
    for (const line of [
      'no hostkey alg',
      'no kex alg',
      'Unable to negotiate a key exchange method',
      'no matching cipher found',
      'no matching mac found',
      'no matching MAC found',
    ]) {
      const c = parseSshVerbose(`debug1: SSH2_MSG_KEXINIT received\n${line}`);
      expect({ line, kinds: c.events.map((e) => e.kind), outcome: c.outcome }).toEqual({
        line,
        kinds: ['negotiation-failed'],
        outcome: 'failure',
      });
      expect(c.finalError).toEqual({ line: 2, text: line });
      expect(c.negotiationFailure).toBeNull();
      expect(isSshLine(line)).toBe(true);
    }
    expect(isSshLine('debug1: no hostkey alg')).toBe(true);
    expect(kinds('debug1: no hostkey alg')).toEqual([]);
  });

  it('reads the greetings of git hosting services as a success without -v', () => {
    const greetings = [
      'Welcome to GitLab, @sanjay.k!',
      'Welcome to GitLab, Anonymous!',
      'authenticated via ssh key.',
      'authenticated via a deploy key.',
      'You can use git to connect to Bitbucket. Shell access is disabled.',
      'You can use git or hg to connect to Bitbucket. Shell access is disabled',
      'remote: Shell access is not supported.',
    ];
    for (const line of greetings) {
      expect({ line, ssh: isSshLine(line) }).toEqual({ line, ssh: true });
      const c = parseSshVerbose(`$ ssh -T git@forge.example.org\n${line}`);
      expect({ line, kinds: kinds(line), outcome: c.outcome, finalError: c.finalError }).toEqual({
        line,
        kinds: ['service-greeting'],
        outcome: 'success',
        finalError: null,
      });
    }
    const hi = [
      "Hi maria-s! You've successfully authenticated, but GitHub does not provide shell access.",
      "Hi there, sanjay! You've successfully authenticated with the key named laptop, but Forgejo does not provide shell access.",
      "Hi there, sanjay! You've successfully authenticated with the key named laptop, but Gitea does not provide shell access.",
    ];
    for (const line of hi) {
      expect({ line, ssh: isSshLine(line), outcome: parseSshVerbose(line).outcome }).toEqual({
        line,
        ssh: true,
        outcome: 'success',
      });
    }
    // Not a greeting: a banner of another product, or the greeting as a debug line.
    expect(isSshLine('Welcome to Ubuntu 24.04.1 LTS (GNU/Linux 6.8.0-45-generic x86_64)')).toBe(false);
    expect(parseSshVerbose('debug1: Welcome to GitLab, @x!').outcome).toBe('unknown');
  });

  it('reads ≤6.9 unlabelled kex_parse_kexinit proposals', () => {
    // from shared/reference/openssh-messages.md (not a recorded transcript)
    const lists = [
      'kexA,kexB',
      'ssh-rsa',
      'aes128-ctr',
      'aes128-ctr',
      'hmac-sha1',
      'hmac-sha1',
      'none',
      'none',
      '',
      '',
    ];
    const block = [
      ...lists.map((l) => `debug2: kex_parse_kexinit: ${l}`),
      'debug2: kex_parse_kexinit: first_kex_follows 0 ',
      'debug2: kex_parse_kexinit: reserved 0 ',
    ];
    const server = block.map((l) => l.replace('kexA,kexB', 'kexC').replace('ssh-rsa', 'ssh-dss'));
    const c = parseSshVerbose([...block, ...server].join('\n'));
    expect(c.proposals.client).toMatchObject({
      kex: ['kexA', 'kexB'],
      hostkey: ['ssh-rsa'],
      ciphers: ['aes128-ctr'],
    });
    expect(c.proposals.server).toMatchObject({ kex: ['kexC'], hostkey: ['ssh-dss'], macs: ['hmac-sha1'] });
  });

  it('reads a changed host key block', () => {
    // from shared/reference/openssh-messages.md (not a recorded transcript)
    const c = parseSshVerbose(
      [
        '@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @',
        'The fingerprint for the ED25519 key sent by the remote host is',
        'SHA256:Bz5qAXFODvOUWdAMxvS0xrxFdeHrwFrQRIsP+N17B98.',
        'Offending ED25519 key in /home/user/.ssh/known_hosts:1',
        'Host key for [127.0.0.1]:2222 has changed and you have requested strict checking.',
        'Host key verification failed.',
      ].join('\n'),
    );
    expect(c.hostKeyStatus).toBe('changed');
    expect(c.hostKey).toEqual({
      type: 'ED25519',
      fingerprint: 'SHA256:Bz5qAXFODvOUWdAMxvS0xrxFdeHrwFrQRIsP+N17B98',
    });
    expect(c.knownHosts).toEqual({ file: '/home/user/.ssh/known_hosts', line: 1 });
    expect(c.finalError?.text).toBe('Host key verification failed.');
  });

  it('does not call a jump host success a success (ProxyJump, failing target)', () => {
    // from shared/reference/openssh-messages.md (not a recorded transcript)
    const c = parseSshVerbose(
      [
        'OpenSSH_9.2p1 Debian-2+deb12u10, OpenSSL 3.0.19 27 Jan 2026',
        "debug1: Setting implicit ProxyCommand from ProxyJump: ssh -p 2222 -F cfg -v -W '[%h]:%p' 127.0.0.1",
        "debug1: Executing proxy command: exec ssh -p 2222 -F cfg -v -W '[127.0.0.1]:2299' 127.0.0.1",
        'OpenSSH_9.2p1 Debian-2+deb12u10, OpenSSL 3.0.19 27 Jan 2026',
        'Authenticated to 127.0.0.1 ([127.0.0.1]:2222) using "publickey".',
        'channel 0: open failed: connect failed: Connection refused',
        'stdio forwarding failed',
        'kex_exchange_identification: Connection closed by remote host',
        'Connection closed by UNKNOWN port 65535',
      ].join('\n'),
    );
    expect(c.outcome).toBe('failure');
    expect(c.proxy).toMatchObject({ nested: true, jump: expect.stringContaining('-W') });
    expect(c.events.map((e) => e.kind)).toContain('nested-client-version');
  });

  it('reads versions, kex choices, server-sig-algs, identity files and auth target', () => {
    // from shared/reference/openssh-messages.md (not a recorded transcript)
    const c = parseSshVerbose(
      [
        'OpenSSH_7.4p1, OpenSSL 1.0.2k-fips  26 Jan 2017',
        'debug1: identity file /home/u/.ssh/id_rsa type 1',
        'debug1: identity file /home/u/.ssh/id_ed25519 type -1',
        'debug1: Remote protocol version 2.0, remote software version OpenSSH_5.3',
        "debug1: Authenticating to ciclad.ipsl.jussieu.fr:22 as 'jdoe'",
        'debug1: kex: algorithm: curve25519-sha256',
        'debug1: kex: host key algorithm: ssh-ed25519',
        'debug1: kex: server->client cipher: chacha20-poly1305@openssh.com MAC: <implicit> compression: none',
        'debug1: kex_input_ext_info: server-sig-algs=<ssh-ed25519,rsa-sha2-256,rsa-sha2-512>',
      ].join('\n'),
    );
    expect(c.clientVersion).toMatchObject({
      product: 'OpenSSH',
      major: 7,
      minor: 4,
      crypto: 'OpenSSL 1.0.2k-fips  26 Jan 2017',
    });
    expect(c.serverVersion).toMatchObject({ product: 'OpenSSH', major: 5, minor: 3, protocol: '2.0' });
    expect(c.identityFiles).toEqual([
      { path: '/home/u/.ssh/id_rsa', type: 1, keyType: 'RSA' },
      { path: '/home/u/.ssh/id_ed25519', type: -1, keyType: null },
    ]);
    expect(c.authTarget).toEqual({ host: 'ciclad.ipsl.jussieu.fr', port: 22, user: 'jdoe' });
    expect(c.kex).toMatchObject({
      algorithm: 'curve25519-sha256',
      hostKeyAlgorithm: 'ssh-ed25519',
      cipherStoC: 'chacha20-poly1305@openssh.com',
      macStoC: null,
    });
    expect(c.serverSigAlgs).toEqual(['ssh-ed25519', 'rsa-sha2-256', 'rsa-sha2-512']);
    expect(c.outcome).toBe('unknown');
  });

  it('says not-run for empty input and keeps a sample of unknown lines', () => {
    expect(parseSshVerbose('').outcome).toBe('not-run');
    expect(parseSshVerbose(' \r\n\n').outcome).toBe('not-run');
    const c = parseSshVerbose('Bonjour,\nvoici le log\n[user@host ~]$ ssh -vvv jdoe@ciclad\nCordialement');
    expect(c.unknownLines.count).toBe(3);
    expect(c.events.map((e) => e.kind)).toEqual(['command']);
    expect(c.outcome).toBe('unknown');
  });
});

describe('parseSshVerbose: runs recorded on this machine (test/data/ssh-verbose/local-9.2)', () => {
  const table: [string, string, Partial<Record<string, unknown>>][] = [
    [
      'connection-refused.log',
      'failure',
      { finalError: expect.objectContaining({ text: expect.stringContaining('Connection refused') }) },
    ],
    ['dns-invalid-host.log', 'failure', { connectAttempts: [] }],
    ['success-accept-new.log', 'success', { hostKeyStatus: 'added', authenticatedWith: 'publickey' }],
    ['success-v.log', 'success', { hostKeyStatus: 'known', finalError: null }],
    ['key-refused.log', 'failure', { hostKeyStatus: 'known' }],
    ['host-key-changed.log', 'failure', { hostKeyStatus: 'changed' }],
    ['host-key-unknown-batch.log', 'failure', { hostKeyStatus: 'unknown' }],
    [
      'hostkey-mismatch.log',
      'failure',
      { negotiationFailure: expect.objectContaining({ list: 'hostkey', theirOffer: ['ssh-ed25519'] }) },
    ],
    ['kex-mismatch.log', 'failure', { negotiationFailure: expect.objectContaining({ list: 'kex' }) }],
    ['unprotected-key.log', 'failure', {}],
    ['missing-identity.log', 'failure', {}],
    ['proxyjump-closed.log', 'failure', { proxy: expect.objectContaining({ nested: true }) }],
    ['too-many-auth-agent.log', 'failure', { disconnect: expect.objectContaining({ code: 2 }) }],
    [
      'agent-socket-error.log',
      'failure',
      { agent: expect.objectContaining({ socketError: 'No such file or directory' }) },
    ],
  ];
  it.each(table)('%s → %s', (file, outcome, fields) => {
    const c = parseSshVerbose(local(file));
    expect(c.outcome).toBe(outcome);
    expect(c).toMatchObject(fields);
    expect(c.unknownLines.count).toBe(0);
    expect(connectionSchema.safeParse(c).success).toBe(true);
  });

  it('key refused: one explicit RSA key offered and refused, server methods listed', () => {
    const c = parseSshVerbose(local('key-refused.log'));
    expect(c.authAttempts).toHaveLength(1);
    expect(c.authAttempts[0]).toMatchObject({ type: 'RSA', source: 'explicit', result: 'refused' });
    expect(c.authMethodsCanContinue.at(-1)).toEqual(['publickey', 'password', 'keyboard-interactive']);
    expect(c.proposals.server?.hostkey).toContain('ssh-ed25519');
    expect(c.kex.strict).toBe(true);
  });

  it('unprotected key: accepted by the server, then refused by the client', () => {
    const c = parseSshVerbose(local('unprotected-key.log'));
    expect(c.authAttempts[0]).toMatchObject({
      result: 'load-failed',
      serverAccepted: true,
      reason: 'bad permissions',
    });
    expect(c.events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['unprotected-key', 'key-permissions-too-open', 'load-key-error']),
    );
  });

  it('agent with many keys: MaxAuthTries reached', () => {
    const c = parseSshVerbose(local('too-many-auth-agent.log'));
    expect(c.agent).toMatchObject({ keys: 6, bound: true });
    expect(c.authAttempts.filter((a) => a.source === 'agent')).toHaveLength(6);
    expect(c.events.some((e) => e.kind === 'too-many-auth-failures')).toBe(true);
    expect(c.finalError?.text).toMatch(/Too many authentication failures/);
  });

  it('missing -i file: default files are tried and fail to load', () => {
    const c = parseSshVerbose(local('missing-identity.log'));
    expect(c.identityFiles.every((f) => f.type === -1)).toBe(true);
    expect(c.willAttempt.every((k) => k.source === 'default' && k.type === null)).toBe(true);
    expect(c.events[0]).toMatchObject({ line: 1, kind: 'identity-file-not-accessible' });
  });
});
