import { type HostBlock, hasEquivalentBlock, insertBlock } from './host-block.js';

const BLOCK: HostBlock = {
  patterns: ['127.0.0.1'],
  options: [['IdentityFile', '~/.ssh/meso_rsa']],
  comment: 'added by test',
};
const RENDERED = '# added by test\nHost 127.0.0.1\n  IdentityFile ~/.ssh/meso_rsa\n';

describe('insertBlock', () => {
  it.each([
    ['no file', null, RENDERED],
    ['an empty file', '', RENDERED],
    ['global lines only: after them', 'ServerAliveInterval 30\n', `ServerAliveInterval 30\n\n${RENDERED}`],
    [
      'global lines then sections: between them, before the comment of the first section',
      'Compression yes\n\n# work\nHost work\n  User w\n',
      `Compression yes\n\n${RENDERED}\n# work\nHost work\n  User w\n`,
    ],
    ['a Match first', 'Match host x\n  User y\n', `${RENDERED}\nMatch host x\n  User y\n`],
    ['no final newline', 'Host a\n  User b', `${RENDERED}\nHost a\n  User b\n`],
  ])('%s', (_name, before, after) => {
    expect(insertBlock(before, BLOCK)).toBe(after);
  });

  it('keeps every byte of the original after the block', () => {
    const original = 'Host *\n\tIdentitiesOnly=no   # tabs and =\n\nHost z\n  Port 2\n';
    expect(insertBlock(original, BLOCK).endsWith(original)).toBe(true);
  });
});

describe('hasEquivalentBlock', () => {
  it.each([
    ['the same block', RENDERED, true],
    [
      'the same options, other case and = syntax, more options',
      'host 127.0.0.1\n  identityfile=~/.ssh/meso_rsa\n  User u\n',
      true,
    ],
    ['quoted value', 'Host 127.0.0.1\n  IdentityFile "~/.ssh/meso_rsa"\n', true],
    ['another host', 'Host 127.0.0.2\n  IdentityFile ~/.ssh/meso_rsa\n', false],
    ['more patterns', 'Host 127.0.0.1 other\n  IdentityFile ~/.ssh/meso_rsa\n', false],
    ['the option under another section', 'Host 127.0.0.1\nHost x\n  IdentityFile ~/.ssh/meso_rsa\n', false],
    ['a commented option', 'Host 127.0.0.1\n  # IdentityFile ~/.ssh/meso_rsa\n', false],
    ['no file', null, false],
  ])('%s → %s', (_name, text, expected) => {
    expect(hasEquivalentBlock(text, BLOCK)).toBe(expected);
  });
});
