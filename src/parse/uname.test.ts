import { parseUname } from './uname.js';

describe('parseUname', () => {
  // Shapes of `uname -a` on each platform (not recorded transcripts).
  it.each([
    [
      'Linux ciclad 5.15.0-91-generic #101-Ubuntu SMP Tue Nov 14 13:30:08 UTC 2023 x86_64 x86_64 x86_64 GNU/Linux',
      { os: 'Linux', hostname: 'ciclad', kernel: '5.15.0-91-generic', arch: 'x86_64', environment: null },
    ],
    [
      'Darwin MacBook-Pro.local 23.1.0 Darwin Kernel Version 23.1.0: Mon Oct  9 21:27:24 PDT 2023; root:xnu-10002.41.9~6/RELEASE_ARM64_T6000 arm64',
      { os: 'macOS', kernelName: 'Darwin', hostname: 'MacBook-Pro.local', arch: 'arm64' },
    ],
    [
      'CYGWIN_NT-10.0-19045 DESKTOP-AB12 3.4.9-1.x86_64 2023-09-06 11:19 UTC x86_64 Cygwin',
      { os: 'Windows', environment: 'cygwin', hostname: 'DESKTOP-AB12', arch: 'x86_64' },
    ],
    [
      'MINGW64_NT-10.0-22631 LAPTOP 3.4.10.x86_64 2023-12-22 10:06 UTC x86_64 Msys',
      { os: 'Windows', environment: 'mingw', arch: 'x86_64' },
    ],
    ['MSYS_NT-10.0-19045 pc 3.3.6-341.x86_64 2022-09-05 20:28 UTC x86_64 Msys', { environment: 'msys' }],
    [
      'Linux PC 5.15.133.1-microsoft-standard-WSL2 #1 SMP Thu Oct 5 21:02:42 UTC 2023 x86_64 x86_64 x86_64 GNU/Linux',
      { os: 'Linux', environment: 'wsl' },
    ],
    [
      '[user@host ~]$ uname -a\r\nLinux h 6.1.0-18-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01) x86_64 GNU/Linux\r\n',
      { hostname: 'h', arch: 'x86_64' },
    ],
  ])('%s', (text, expected) => {
    expect(parseUname(text)).toMatchObject(expected);
  });

  it('returns nulls for anything else', () => {
    expect(parseUname('hello')).toMatchObject({ os: null, arch: null, hostname: null });
  });
});

describe('parseUname in prose', () => {
  it('does not take a sentence starting with Linux for a uname line', () => {
    expect(parseUname('Linux est mon OS depuis 2010').os).toBeNull();
  });
});
