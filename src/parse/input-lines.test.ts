import { afterPrompt, splitDebugPrefix, splitInputLines, stripQuote } from './input-lines.js';

describe('input lines', () => {
  it('strips CRs and mail quoting, numbers lines from 1 (or firstLine)', () => {
    expect(splitInputLines('a\r\n> b\r\r\n>> c\n> > d\n')).toEqual([
      { line: 1, text: 'a' },
      { line: 2, text: 'b' },
      { line: 3, text: 'c' },
      { line: 4, text: 'd' },
    ]);
    expect(splitInputLines('x', 10)).toEqual([{ line: 10, text: 'x' }]);
    expect(splitInputLines('')).toEqual([]);
    expect(stripQuote('>debug1: x')).toBe('debug1: x');
  });

  it('splits debug prefixes', () => {
    expect(splitDebugPrefix('debug3: receive packet: type 51')).toEqual({
      level: 3,
      body: 'receive packet: type 51',
    });
    expect(splitDebugPrefix('Permission denied (publickey).')).toEqual({
      level: 0,
      body: 'Permission denied (publickey).',
    });
  });

  it.each([
    ['[user@host ~]$ ssh -vvv jdoe@ciclad', 'ssh -vvv jdoe@ciclad'],
    ['user@laptop:~$ ls -al', 'ls -al'],
    ['user@MacBook ~ % uname -a', 'uname -a'],
    ['PS C:\\Users\\jdoe> ssh -V', 'ssh -V'],
    ['[jdoe.DESKTOP-AB12] ➤ date', 'date'],
    ['[2024-01-01 10:00.00]  ~/.ssh', '  ~/.ssh'],
    ['tester@127.0.0.1: Permission denied (publickey).', null],
    ['debug1: Connecting to h [1.2.3.4] port 22.', null],
  ])('afterPrompt(%j)', (line, typed) => {
    expect(afterPrompt(line)).toBe(typed);
  });
});
