// cleanPaste and the prefix classifier on literal strings: each repair is reported under its own code.
import { cleanPaste } from './clean-paste.js';
import { classifyPrefix, isKnownHostsPrefix, parseOptions } from './key-prefix.js';

describe('cleanPaste', () => {
  it.each([
    ['plain', 'ssh-rsa AAAA x\n', 'ssh-rsa AAAA x', []],
    ['BOM', '\uFEFFssh-rsa AAAA x', 'ssh-rsa AAAA x', ['byte-order-mark']],
    ['zero-width', 'ssh-rsa AA\u200BAA x', 'ssh-rsa AAAA x', ['invisible-characters']],
    ['NBSP', 'ssh-rsa\u00A0AAAA\u202Fx', 'ssh-rsa AAAA x', ['non-breaking-spaces']],
    ['CR', 'ssh-rsa AAAA x\r', 'ssh-rsa AAAA x', ['carriage-returns']],
    ['tabs', 'ssh-rsa\tAAAA\tx', 'ssh-rsa AAAA x', ['tabs']],
    ['blanks', '  ssh-rsa AAAA x  ', 'ssh-rsa AAAA x', ['surrounding-whitespace']],
    ['quotes in quotes', `"'ssh-rsa AAAA x'"`, 'ssh-rsa AAAA x', ['surrounding-quotes']],
    ['lone opening quote', "'ssh-rsa AAAA x", 'ssh-rsa AAAA x', ['surrounding-quotes']],
    ['lone closing quote', 'ssh-rsa AAAA x"', 'ssh-rsa AAAA x', ['surrounding-quotes']],
    ['code fence', '```text\nssh-rsa AAAA x\n```', 'ssh-rsa AAAA x', ['surrounding-quotes']],
    ['options keep their quotes', 'from="a,b" ssh-rsa AAAA x', 'from="a,b" ssh-rsa AAAA x', []],
  ])('%s', (_name, input, text, codes) => {
    const got = cleanPaste(input);
    expect({ text: got.text, codes: got.problems.map((p) => p.code) }).toEqual({ text, codes });
  });
});

describe('what precedes the key type', () => {
  it('reads authorized_keys options, quotes and commas included', () => {
    expect(parseOptions('from="10.0.0.1,*.ipsl.fr",no-pty,command="echo a, b"')).toEqual([
      'from',
      'no-pty',
      'command',
    ]);
    expect(parseOptions('restrict')).toEqual(['restrict']);
    expect(parseOptions('hello')).toBeNull();
  });

  it('tells known_hosts host fields from words', () => {
    expect(isKnownHostsPrefix('ciclad.ipsl.jussieu.fr,134.157.1.1')).toBe(true);
    expect(isKnownHostsPrefix('[camelot.ipsl.polytechnique.fr]:2222')).toBe(true);
    expect(isKnownHostsPrefix('|1|c2FsdA==|aGFzaA==')).toBe(true);
    expect(isKnownHostsPrefix('@cert-authority *.ipsl.fr')).toBe(true);
    expect(isKnownHostsPrefix('alice')).toBe(false);
    expect(isKnownHostsPrefix('my key:')).toBe(false);
  });

  it('classifies', () => {
    expect(classifyPrefix('')).toBeNull();
    expect(classifyPrefix('no-pty')?.code).toBe('options-prefix');
    expect(classifyPrefix('host.example.org')?.code).toBe('known-hosts-line');
    expect(classifyPrefix('Public key for pasting into OpenSSH authorized_keys file:')?.code).toBe(
      'extra-text',
    );
  });
});
