import { parseSoftwareVersion, parseSshVersion } from './ssh-version.js';

describe('parseSshVersion', () => {
  // from shared/reference/openssh-messages.md (not a recorded transcript)
  const cases: [string, object][] = [
    [
      'OpenSSH_9.2p1 Debian-2+deb12u6, OpenSSL 3.0.19 27 Jan 2026',
      { product: 'OpenSSH', major: 9, minor: 2, patch: 1, crypto: 'OpenSSL 3.0.19 27 Jan 2026' },
    ],
    [
      'OpenSSH_for_Windows_9.5p1, LibreSSL 3.8.2',
      { product: 'OpenSSH_for_Windows', major: 9, minor: 5, crypto: 'LibreSSL 3.8.2' },
    ],
    [
      'OpenSSH_7.4p1, OpenSSL 1.0.2k-fips  26 Jan 2017',
      { major: 7, minor: 4, crypto: 'OpenSSL 1.0.2k-fips  26 Jan 2017' },
    ],
    ['OpenSSH_9.0p1, LibreSSL 3.3.6', { major: 9, minor: 0, crypto: 'LibreSSL 3.3.6' }],
    ['OpenSSH_9.6p1, without OpenSSL', { major: 9, minor: 6, crypto: 'without OpenSSL' }],
    [
      'OpenSSH_6.6.1p1 Ubuntu-2ubuntu2, OpenSSL 1.0.1f 6 Jan 2014\r\n',
      { major: 6, minor: 6, crypto: 'OpenSSL 1.0.1f 6 Jan 2014' },
    ],
    [
      'user@laptop:~$ ssh -V\nOpenSSH_8.9p1 Ubuntu-3ubuntu0.10, OpenSSL 3.0.2 15 Mar 2022',
      { major: 8, minor: 9 },
    ],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(parseSshVersion(text)).toMatchObject(expected);
  });

  it('returns null without a version line', () => {
    expect(parseSshVersion('bash: ssh: command not found')).toBeNull();
    expect(
      parseSshVersion('debug1: Remote protocol version 2.0, remote software version OpenSSH_7.4'),
    ).toBeNull();
  });

  it('reads server software strings', () => {
    expect(parseSoftwareVersion('OpenSSH_5.3')).toMatchObject({
      product: 'OpenSSH',
      major: 5,
      minor: 3,
      patch: null,
    });
    expect(parseSoftwareVersion('dropbear_2019.78')).toMatchObject({
      product: 'dropbear',
      major: 2019,
      minor: 78,
    });
    expect(parseSoftwareVersion('Cisco-1.25')).toMatchObject({ product: 'Cisco', major: 1, minor: 25 });
    expect(parseSoftwareVersion('RomSShell')).toMatchObject({ product: 'RomSShell', major: null });
  });
});
