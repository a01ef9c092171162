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
});
