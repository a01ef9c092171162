import { readFileSync } from 'node:fs';
import { parseSshAdd } from './ssh-add.js';

const local = (name: string) =>
  readFileSync(new URL(`../../test/data/ssh-verbose/local-9.2/${name}`, import.meta.url), 'utf8');

describe('parseSshAdd', () => {
  it('reads -l identities (SHA256, MD5, pre-6.8 bare MD5)', () => {
    // from shared/reference/openssh-messages.md (not a recorded transcript)
    const out = [
      '256 SHA256:2t0fi/JtHLQQKVog9+GZR4w3WvMQDJ+hsv6DshbgMuQ me@laptop (ED25519)',
      '3072 SHA256:p3q4ZCrHkqBHKDCEZj/a2KoHNXHlW2bzZLX2UtYYeQI me@laptop-rsa (RSA)',
      '256 MD5:5e:b8:69:00:11:22:33:44:55:66:77:88:99:aa:bb:c5 me@laptop (ED25519)',
      '2048 aa:bb:cc:dd:ee:ff:00:11:22:33:44:55:66:77:88:99 /home/u/.ssh/id_rsa (RSA)',
      '4096 SHA256:abc rsa-key-20240131 (RSA)',
    ].join('\n');
    const r = parseSshAdd(out, '', 0, 'l');
    expect(r.state).toBe('keys');
    expect(r.running).toBe(true);
    expect(r.identities).toHaveLength(5);
    expect(r.identities[3]).toEqual({
      bits: 2048,
      fingerprint: 'aa:bb:cc:dd:ee:ff:00:11:22:33:44:55:66:77:88:99',
      comment: '/home/u/.ssh/id_rsa',
      type: 'RSA',
    });
  });

  it.each([
    // from shared/reference/openssh-messages.md (not a recorded transcript)
    ['The agent has no identities.', '', 1, 'empty', true],
    ['', 'Could not open a connection to your authentication agent.', 2, 'no-agent', false],
    ['', 'Error connecting to agent: No such file or directory', 2, 'agent-error', false],
    ['', 'Error connecting to agent: Connection refused\r\n', 2, 'agent-error', false],
    ['', 'error fetching identities: communication with agent failed', 1, 'agent-error', false],
    ['', '', 2, 'no-agent', false],
    ['', 'bash: ssh-add: command not found', 127, 'not-found', null],
    ['', '', null, 'unknown', null],
  ] as const)('%j %j exit %j → %s', (stdout, stderr, exit, state, running) => {
    const r = parseSshAdd(stdout, stderr, exit, 'l');
    expect(r.state).toBe(state);
    expect(r.running).toBe(running);
  });

  it('reads -L public keys', () => {
    const r = parseSshAdd(local('ssh-add-L.txt'), '', 0, 'L');
    expect(r.publicKeys).toHaveLength(2);
    expect(r.publicKeys[0]).toMatch(/^ssh-ed25519 AAAA\S+ bad2@test$/);
  });

  it('reads the outputs recorded on this machine', () => {
    const split = (t: string) => [t.replace(/exit \d+\n?$/, ''), Number(/exit (\d+)/.exec(t)?.[1])] as const;
    const [l, lExit] = split(local('ssh-add-l.txt'));
    expect(parseSshAdd(l, '', lExit, 'l').identities.map((i) => i.comment)).toEqual([
      'bad2@test',
      'bad3@test',
      'bad4@test',
      'bad5@test',
      'bad6@test',
      'bad7@test',
    ]);
    const [none, noneExit] = split(local('ssh-add-none.txt'));
    expect(parseSshAdd('', none, noneExit, 'l').state).toBe('no-agent');
    const [dead, deadExit] = split(local('ssh-add-nosock.txt'));
    expect(parseSshAdd('', dead, deadExit, 'l')).toMatchObject({ state: 'agent-error', running: false });
  });
});
