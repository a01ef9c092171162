import { unwrapLines } from './unwrap-lines.js';

describe('unwrapLines', () => {
  it('rejoins an ssh line wrapped at 72 columns and keeps the line count', () => {
    const text = [
      'debug1: Reading configuration data /etc/ssh/ssh_config',
      'debug1: /etc/ssh/ssh_config line 19: include',
      '/etc/ssh/ssh_config.d/*.conf matched no files',
      'debug1: Connecting to 127.0.0.1 [127.0.0.1] port 22.',
    ].join('\n');
    const out = unwrapLines(text).split('\n');
    expect(out).toEqual([
      'debug1: Reading configuration data /etc/ssh/ssh_config',
      'debug1: /etc/ssh/ssh_config line 19: include /etc/ssh/ssh_config.d/*.conf matched no files',
      '',
      'debug1: Connecting to 127.0.0.1 [127.0.0.1] port 22.',
    ]);
  });

  it('rejoins a line wrapped twice, quoted and with CRLF', () => {
    const long =
      'Unable to negotiate with 127.0.0.1 port 2222: no matching host key type found. Their offer: ssh-rsa,ssh-dss and more words here';
    const wrapped = [
      'Unable to negotiate with 127.0.0.1 port 2222: no matching host key type',
      'found. Their offer: ssh-rsa,ssh-dss and more words here',
    ];
    expect(wrapped[0]?.length).toBeLessThanOrEqual(72);
    const out = unwrapLines(wrapped.map((l) => `> ${l}\r`).join('\n'));
    expect(out.split('\n')[0]).toBe(long);
  });

  it('leaves a text alone when it has long lines (not wrapped)', () => {
    const text = `${'debug3: '.padEnd(100, 'x y ')}\nshort line that could look like a continuation\n`;
    expect(unwrapLines(text)).toBe(text);
  });

  it('does not join a recognised line (a new ls entry, a debug line) to a long previous one', () => {
    const text = [
      'debug1: identity file /home/jdoe/.ssh/id_ecdsa_sk_something_long type -1',
      'debug1: identity file /home/jdoe/.ssh/id_ed25519 type -1',
    ].join('\n');
    expect(unwrapLines(text)).toBe(text);
  });

  // The texts below have no line longer than 80 columns, so each is taken for a wrapped mail.
  it('does not join a line of its own (known start) onto an 80-column known line', () => {
    const dns = 'ssh: Could not resolve hostname github.com: Temporary failure in name resolution';
    expect(dns).toHaveLength(80);
    const text = [
      '$ git clone git@github.com:acme/widgets.git',
      "Cloning into 'widgets'...",
      dns,
      'fatal: Could not read from remote repository.',
      '',
      'Please make sure you have the correct access rights',
      'and the repository exists.',
    ].join('\n');
    expect(unwrapLines(text)).toBe(text);
  });

  it('does not join onto a complete known line, even when the next one is unknown', () => {
    const denied = 'jdoe@login-node.cluster.example.org: Permission denied (publickey,password).';
    expect(denied.length).toBeGreaterThanOrEqual(72);
    for (const next of ['Connection to the cluster failed', 'lost connection', 'Please help']) {
      const text = `${denied}\n${next}`;
      expect(unwrapLines(text)).toBe(text);
    }
    const dns = 'ssh: Could not resolve hostname github.com: Temporary failure in name resolution';
    expect(unwrapLines(`${dns}\nPlease check your DNS`)).toBe(`${dns}\nPlease check your DNS`);
  });

  it('never takes a line starting like ssh, git or the shell output as a continuation', () => {
    const long = 'debug1: kex_input_ext_info: publickey-hostbound@openssh.com=<0> some more text';
    expect(long.length).toBeLessThanOrEqual(80);
    for (const next of [
      'debug3: receive packet: type 7',
      'fatal: Could not read from remote repository.',
      'ssh: connect to host x port 22: Connection refused',
      'OpenSSH_9.6p1 Ubuntu-3ubuntu13.5, OpenSSL 3.0.13 30 Jan 2024',
      'Permission denied, please try again.',
      "Warning: Permanently added 'github.com' (ED25519) to the list of known hosts.",
      'kex_exchange_identification: Connection closed by remote host',
      'Connection closed by 10.0.0.1 port 22',
    ]) {
      const text = `${long}\n${next}`;
      expect(unwrapLines(text)).toBe(text);
    }
  });

  it('joins only a full line (the next word did not fit), or a shorter one before a long token', () => {
    // 50 columns + a short word: a line of its own, never wrapped there.
    const short = 'debug1: Next authentication method: publickey ok';
    expect(unwrapLines(`${short}\nsomething else here`)).toBe(`${short}\nsomething else here`);
    // A full line before an unknown continuation: joined, and the continuation's line is kept blank.
    const wrapped = [
      'debug1: Offering public key: /home/jdoe/.ssh/id_ed25519_cluster ED25519',
      'SHA256:Xk8Vq3mS0r0hF3o4d1zq1uCk9v1YpQh2wqWcTjzY7sE explicit agent',
      'debug1: Server accepts key: /home/jdoe/.ssh/id_ed25519_cluster ED25519',
    ];
    expect(unwrapLines(wrapped.join('\n')).split('\n')).toEqual([
      `${wrapped[0]} ${wrapped[1]}`,
      '',
      wrapped[2],
    ]);
  });
});
