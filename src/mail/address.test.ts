import { cleanHeaderText, hasControlCharacters, parseAddress } from './address.js';

describe('parseAddress', () => {
  it.each(['alice@lab.example.org', 'a.b+c@sub.example.fr', '  bob@example.org  '])('accepts %j', (value) => {
    expect(parseAddress(value)).toBe(value.trim());
  });

  it.each([
    '',
    'alice',
    'alice@',
    'Alice <alice@example.org>',
    'alice@example.org, bob@example.org',
    'alice@example.org\r\nBcc: eve@example.org',
    'alice@example.org\nX-Evil: 1',
    'al\u0000ice@example.org',
    'alice@example.org\u2028Bcc: eve@example.org',
    `${'a'.repeat(250)}@example.org`,
  ])('refuses %j', (value) => {
    expect(parseAddress(value)).toBeUndefined();
  });
});

describe('cleanHeaderText', () => {
  it.each([
    ['alice', 'alice'],
    ["alice'\r\nBcc: eve@example.org", "alice' Bcc: eve@example.org"],
    ['a\tb\u0085c\u2029d\u007f', 'a b c d'],
    ['\r\n', ''],
  ])('%j → %j', (value, expected) => {
    expect(cleanHeaderText(value)).toBe(expected);
    expect(hasControlCharacters(cleanHeaderText(value))).toBe(false);
  });
});
