// Each concern of the paste reader on literal strings: what it removes, what it keeps, where it must not act.
import { findFragment } from './fragments.js';
import { cleanHtml } from './html-leftovers.js';
import { splitEscaped, stripAnsi, unescapeJson } from './json-escapes.js';
import { dropBold, isFence, stripBullet, unwrapEmphasis } from './markdown.js';
import { peelPrefix } from './prefixes.js';
import { stripAnyQuote, stripQuote, unwrapQuotes } from './quoting.js';
import { physicalLines, readLine, readPaste } from './read-paste.js';
import { joinWrapped } from './wrapped-lines.js';

const DENIED = 'Permission denied (publickey).';
const text = (raw: string) => readLine(raw).text;

describe('prefixes', () => {
  it.each([
    ['2024-01-02T03:04:05.1234567Z ', DENIED],
    ['##[error]', DENIED],
    ['[12:00:01.123] stderr> ', DENIED],
    ['[TRACE   ] ', DENIED],
    ['[ERROR] ', DENIED],
    ['Jan  2 03:04:05 laptop deploy[4242]: ', DENIED],
    ['2024-01-02 03:04:05,123 ', DENIED],
    ['deploy.sh: ', DENIED],
    ['[1] 12:00:01 [FAILURE] web01 ', DENIED],
  ])('peels %j', (prefix, line) => {
    expect(text(`${prefix}${line}`)).toBe(line);
  });

  it('peels one prefix at a time, and nothing from a bare line', () => {
    expect(peelPrefix('[12:00:01.123] stderr> x')).toBe('stderr> x');
    expect(peelPrefix('x')).toBeNull();
  });

  it("keeps ssh's own `ssh: ` and `debug1: ` prefixes", () => {
    expect(text('ssh: connect to host h port 22: Connection refused')).toBe(
      'ssh: connect to host h port 22: Connection refused',
    );
    expect(text('2024-01-02T03:04:05Z debug1: Connection established.')).toBe(
      'debug1: Connection established.',
    );
  });

  it('learns a prefix from known lines and cuts it from the unknown ones (a fingerprint, a motd)', () => {
    const got = readPaste(
      [
        '[12:00:01.100] stderr> debug1: Connecting to h [10.0.0.1] port 22.',
        '[12:00:01.200] stderr> debug1: Connection established.',
        '[12:00:01.300] stderr> Welcome to the cluster',
      ].join('\n'),
    );
    expect(got.lines.map((l) => l.text)).toEqual([
      'debug1: Connecting to h [10.0.0.1] port 22.',
      'debug1: Connection established.',
      'Welcome to the cluster',
    ]);
  });
});

describe('quoting', () => {
  it('removes mail quotes at any depth', () => {
    expect(stripQuote('> > >debug1: x')).toBe('debug1: x');
    expect(stripAnyQuote('| | debug1: x')).toBe('debug1: x');
    expect(stripAnyQuote('|')).toBeNull();
    expect(text(`> > | ${DENIED}`)).toBe(DENIED);
  });

  it('unwraps surrounding quotes and a JSON array comma', () => {
    expect(unwrapQuotes(`"${DENIED}",`)).toBe(DENIED);
    expect(unwrapQuotes('“Host key verification failed.”')).toBe('Host key verification failed.');
    expect(unwrapQuotes('"unbalanced')).toBeNull();
  });
});

describe('markdown', () => {
  it('reads fences as blank and removes backticks, bold and bullets', () => {
    expect(isFence('```console')).toBe(true);
    expect(isFence('~~~')).toBe(true);
    expect(isFence('``` not a fence')).toBe(false);
    expect(unwrapEmphasis(`**${DENIED}**`)).toBe(DENIED);
    expect(dropBold(`I get **${DENIED}**!`)).toBe(`I get ${DENIED}!`);
    expect(stripBullet(`- ${DENIED}`)).toBe(DENIED);
    expect(text(`\`${DENIED}\``)).toBe(DENIED);
    expect(text(`* **${DENIED}**`)).toBe(DENIED);
  });
});

describe('JSON and YAML escapes', () => {
  it('splits one physical line into its logical lines, all with its number', () => {
    const got = readPaste(
      `web01 | UNREACHABLE! => {\n    "msg": "Failed to connect to the host via ssh: debug1: Connection established.\\r\\n${DENIED}\\r\\n",\n}`,
    );
    expect(got.lines.filter((l) => l.text !== '').map((l) => [l.line, l.text])).toEqual([
      [1, 'web01 | UNREACHABLE! => {'],
      [2, 'debug1: Connection established.'],
      [2, DENIED],
    ]);
  });

  it('unescapes quotes, tabs and \\u001b colours', () => {
    expect(unescapeJson('Load key \\"/k\\": invalid format')).toBe('Load key "/k": invalid format');
    expect(unescapeJson('a\\tb')).toBe('a\tb');
    expect(unescapeJson('\\u001b[31mred\\u001b[0m')).toBe('red');
    expect(stripAnsi('\u001b[1;31mPermission denied\u001b[0m')).toBe('Permission denied');
  });

  it('does not split a Windows path at its `\\n`', () => {
    expect(
      splitEscaped('debug1: identity file C:\\Users\\nick\\.ssh\\id_rsa type 0', () => false),
    ).toBeNull();
  });
});

describe('HTML leftovers', () => {
  it('splits at <br>, decodes entities and odd spaces', () => {
    expect(cleanHtml('a&nbsp;b<br>c &gt; d<br/>')).toEqual(['a b', 'c > d']);
    expect(cleanHtml('<code>Host key verification failed.</code>')).toEqual([
      'Host key verification failed.',
    ]);
    expect(cleanHtml('&amp;nbsp;x')).toEqual([' x']);
    expect(cleanHtml('a\u00a0b')).toEqual(['a b']);
  });
});

describe('fragments', () => {
  const accepts = (l: string) => readLine(l).known && readLine(l).cut === null;
  it.each([
    [`I get "${DENIED}" when I try`, DENIED],
    ['it says `Host key verification failed.` every time', 'Host key verification failed.'],
    [
      'fatal: [web01]: UNREACHABLE! => {"changed": false, "msg": "ssh: connect to host web01 port 22: Connection timed out", "unreachable": true}',
      'ssh: connect to host web01 port 22: Connection timed out',
    ],
    [`error during connect: stderr=${DENIED}`, DENIED],
  ])('finds the message in %j', (line, message) => {
    expect(findFragment(line, accepts)).toBe(message);
    expect(text(line)).toBe(message);
  });

  it('finds nothing in prose', () => {
    expect(findFragment('I cannot log in since yesterday, any idea?', accepts)).toBeNull();
  });

  it('reads `...` and `[...]` between two excerpts as blank', () => {
    expect(text('[...]')).toBe('');
    expect(text('...')).toBe('');
    expect(text('[snip]')).toBe('');
  });
});

describe('wrapped lines and line numbers', () => {
  it('rejoins a mail-wrapped line and keeps every physical number', () => {
    const lines = [
      'debug1: Reading configuration data /etc/ssh/ssh_config',
      'debug1: /etc/ssh/ssh_config line 19: include',
      '/etc/ssh/ssh_config.d/*.conf matched no files',
    ];
    expect(joinWrapped(lines)).toEqual([
      lines[0],
      'debug1: /etc/ssh/ssh_config line 19: include /etc/ssh/ssh_config.d/*.conf matched no files',
      '',
    ]);
  });

  it('numbers physical lines as a person counts them, CRs removed', () => {
    expect(physicalLines('a\r\nb\r\n')).toEqual(['a', 'b']);
    const got = readPaste(`> hello\r\n> ${DENIED}\r\n`);
    expect(got.lines).toEqual([
      { line: 1, text: 'hello' },
      { line: 2, text: DENIED },
    ]);
    expect(got.physical).toEqual(['> hello', `> ${DENIED}`]);
  });

  it('bounds work on a huge line', () => {
    const started = Date.now();
    readPaste(`${'x '.repeat(500_000)}${DENIED}`);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
