// The entry's argument check: only the plain collect shape starts ssh early; everything else takes the usual path.
import { plainCollect } from './plain-collect.js';

describe('plainCollect', () => {
  it.each([
    [['--login', 'alice'], { login: 'alice' }],
    [
      ['collect', '-l', 'alice', '--host', 'h.example', '-p', '2222'],
      { login: 'alice', host: 'h.example', port: '2222' },
    ],
    [['--login=alice', '--port=22', '--no-mail', '--quiet', '--json'], { login: 'alice', port: '22' }],
    [['-l', 'alice', '--timeout', '5'], { login: 'alice', timeout: '5' }],
    // Values are checked later, by the same validators as the usual path (src/collect/validate-target.ts).
    [['--login', '-oProxyCommand=x'], { login: '-oProxyCommand=x' }],
  ])('reads %j', (argv, expected) => {
    expect(plainCollect(argv)).toEqual(expected);
  });

  it.each([
    [[]],
    [['--host', 'h.example']],
    [['triage', '--login', 'alice']],
    [['--login', 'alice', '--help']],
    [['--login', 'alice', '--version']],
    [['--login', 'alice', '--interactive']],
    [['--login', 'alice', '--profile', 'generic']],
    [['--login', 'alice', '--login', 'bob']],
    [['--login']],
    [['--login', 'alice', '--timeout', '2.5']],
    [['--login', 'alice', 'extra']],
    [['-lalice']],
  ])('leaves %j to the usual path', (argv) => {
    expect(plainCollect(argv)).toBeNull();
  });
});
