import { lsEntrySchema } from '../report/schema.js';
import { parseLsAl, parseLsLine } from './ls-al.js';

describe('parseLsAl', () => {
  // Listing shapes of GNU, BSD/macOS, busybox, French locale and Cygwin ls (not recorded transcripts).
  it.each([
    [
      '-rw------- 1 jdoe jdoe 3381 Nov 26 00:41 id_rsa',
      { name: 'id_rsa', octal: '0600', kind: 'file', owner: 'jdoe', group: 'jdoe', size: 3381 },
    ],
    [
      '-rw-r--r--. 1 jdoe users 741 Nov 26  2025 id_rsa.pub',
      { name: 'id_rsa.pub', octal: '0644', mode: '-rw-r--r--.' },
    ],
    ['-rw-r--r--+ 1 jdoe users 741 2026-11-26 00:41 config', { name: 'config', mode: '-rw-r--r--+' }],
    ['-rw-------@ 1 jdoe  staff  3381 26 Nov 00:41 id_ed25519', { name: 'id_ed25519', group: 'staff' }],
    ['-rw-r--r--  1 jdoe  staff   741 Nov 26 00:41:35 2026 known_hosts', { name: 'known_hosts' }],
    ['-rw-------    1 jdoe     jdoe          3381 Nov 26 00:41 id_rsa', { name: 'id_rsa', size: 3381 }],
    ['drwx------  2 jdoe jdoe 4096 26 nov.  00:41 .', { name: '.', kind: 'dir', octal: '0700' }],
    ['-rw-------  1 jdoe jdoe  411 févr. 3  2025 id_ed25519', { name: 'id_ed25519' }],
    ['-rw-------  1 jdoe jdoe  411 déc.  31 12:00 id rsa copy', { name: 'id rsa copy' }],
    [
      'lrwxrwxrwx 1 jdoe jdoe 20 Nov 26 00:41 id_rsa -> /mnt/c/keys/id_rsa',
      { kind: 'link', name: 'id_rsa', target: '/mnt/c/keys/id_rsa' },
    ],
    [
      '-rwxr-x---+ 1 jdoe Domain Users 1679 Jan  1 10:00 meso_rsa.ppk',
      { owner: 'jdoe', group: 'Domain Users', octal: '0750' },
    ],
    ['-rw-r--r-- 1 jdoe jdoe 3381 2026-11-26 00:41:35.123456789 +0100 id_rsa', { name: 'id_rsa' }],
    ['drwxrwsrwt 2 root root 4096 Nov 26 00:41 shared', { octal: '3777' }],
  ])('%s', (line, expected) => {
    const e = parseLsLine(line);
    expect(e).toMatchObject(expected);
    expect(lsEntrySchema.safeParse(e).success).toBe(true);
  });

  it('reads a whole listing with total, prompts and quoting', () => {
    const r = parseLsAl(
      [
        '> [user@host ~]$ ls -al $HOME/.ssh',
        '> total 24',
        '> drwx------  2 user user 4096 Nov 26 00:41 .',
        '> drwxr-xr-x 15 user user 4096 Nov 25 10:00 ..',
        '> -rw-------  1 user user 3381 Nov 26 00:41 id_rsa',
        '',
      ].join('\r\n'),
    );
    expect(r).toMatchObject({ total: 24, exists: true, mode: '0700', errors: [] });
    expect(r.entries.map((e) => e.name)).toEqual(['.', '..', 'id_rsa']);
  });

  it.each([
    "ls: cannot access '/home/u/.ssh': No such file or directory",
    "ls: impossible d'accéder à '/home/u/.ssh': Aucun fichier ou dossier de ce type",
    'ls: /Users/u/.ssh: No such file or directory',
  ])('says the directory is missing: %s', (line) => {
    expect(parseLsAl(line)).toMatchObject({ exists: false, entries: [], errors: [line] });
  });
});
