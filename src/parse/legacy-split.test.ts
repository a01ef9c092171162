import { readFileSync } from 'node:fs';
import { splitInputLines } from './input-lines.js';
import { splitLegacyTranscript } from './legacy-split.js';
import { parseSshVerbose } from './ssh-verbose.js';

// from shared/reference/openssh-messages.md (not a recorded transcript): the one-liner's sections, as a user pastes them.
const UNAME =
  'Linux laptop 6.1.0-18-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01) x86_64 GNU/Linux';
const LS = [
  'total 16',
  'drwx------  2 jdoe jdoe 4096 Nov 26 00:41 .',
  'drwxr-xr-x 30 jdoe jdoe 4096 Nov 25 09:12 ..',
  '-rw-------  1 jdoe jdoe 3381 Nov 26 00:41 meso_rsa',
  '-rw-r--r--  1 jdoe jdoe  741 Nov 26 00:41 meso_rsa.pub',
];
const AGENT_L = ['3072 SHA256:p3q4ZCrHkqBHKDCEZj/a2KoHNXHlW2bzZLX2UtYYeQI me@laptop-rsa (RSA)'];
const PUB = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQC7 me@laptop-rsa';
const AGENT_UPPER_L = [PUB];
const HEAD_ERR = "head: cannot open '/home/jdoe/.ssh/id_rsa' for reading: No such file or directory";
const CAT_ERR = 'cat: /home/jdoe/.ssh/id_rsa.pub: No such file or directory';
const DATE = 'Thu Nov 26 00:41:35 UTC 2026';
const SSH = [
  'OpenSSH_9.2p1 Debian-2+deb12u10, OpenSSL 3.0.19 27 Jan 2026',
  'debug1: Reading configuration data /etc/ssh/ssh_config',
  'debug1: identity file /home/jdoe/.ssh/id_rsa type -1',
  "debug1: Authenticating to ciclad.ipsl.jussieu.fr:22 as 'jdoe'",
  'debug1: Authentications that can continue: publickey',
  'debug1: No more authentication methods to try.',
  'jdoe@ciclad.ipsl.jussieu.fr: Permission denied (publickey).',
];

describe('splitLegacyTranscript', () => {
  it('finds every section of a quoted CRLF mail with greeting, prompts and signature', () => {
    const body = [
      'Bonjour,',
      '',
      'voici le résultat :',
      '[jdoe@laptop ~]$ uname -a;ls -al $HOME/.ssh;ssh-add -l;ssh-add -L;head -2 $HOME/.ssh/id_rsa;cat $HOME/.ssh/id_rsa.pub;date;ssh -vvv jdoe@ciclad.ipsl.jussieu.fr',
      UNAME,
      ...LS,
      ...AGENT_L,
      ...AGENT_UPPER_L,
      HEAD_ERR,
      CAT_ERR,
      DATE,
      ...SSH,
      '[jdoe@laptop ~]$ ',
      '',
      'Cordialement,',
      'Jean',
    ]
      .map((l) => `> ${l}`)
      .join('\r\n');
    const t = splitLegacyTranscript(body);
    expect(Object.keys(t.sections).sort()).toEqual(
      [
        'cat-pub',
        'date',
        'ls-ssh',
        'private-key-header',
        'ssh-add-L',
        'ssh-add-l',
        'ssh-vvv',
        'uname',
      ].sort(),
    );
    expect(t.sections.uname).toEqual({ text: UNAME, startLine: 5 });
    expect(t.sections['ls-ssh']).toEqual({ text: LS.join('\n'), startLine: 6 });
    expect(t.sections['ssh-add-l']?.text).toBe(AGENT_L[0]);
    expect(t.sections['ssh-add-L']?.text).toBe(PUB);
    expect(t.sections['private-key-header']?.text).toBe(HEAD_ERR);
    expect(t.sections['cat-pub']?.text).toBe(CAT_ERR);
    expect(t.sections.date?.text).toBe(DATE);
    expect(t.sections['ssh-vvv']).toEqual({ text: SSH.join('\n'), startLine: 16 });
    expect(t).toMatchObject({ login: 'jdoe', host: 'ciclad.ipsl.jussieu.fr' });
    expect(t.command?.line).toBe(4);
  });

  it('keeps line numbers of the original input, so evidence quotes the mail', () => {
    const body = ['Hello', UNAME, DATE, ...SSH].join('\n');
    const t = splitLegacyTranscript(body);
    const ssh = t.sections['ssh-vvv'];
    expect(ssh).toBeDefined();
    const c = parseSshVerbose(ssh?.text ?? '', { firstLine: ssh?.startLine ?? 1 });
    const denied = c.events.find((e) => e.kind === 'permission-denied');
    const original = splitInputLines(body).find((l) => l.line === denied?.line);
    expect(original?.text).toBe(denied?.text);
  });

  it('finds reordered sections, a redacted private key, a cat .pub and a French date', () => {
    const body = [
      ...SSH,
      '',
      '[private key removed: OpenSSH private key]',
      PUB,
      'jeu. 26 nov. 2026 00:41:35 CET',
      'The agent has no identities.',
      'The agent has no identities.',
      "ls: impossible d'accéder à '/home/jdoe/.ssh': Aucun fichier ou dossier de ce type",
      'CYGWIN_NT-10.0-19045 DESKTOP-AB12 3.4.9-1.x86_64 2023-09-06 11:19 UTC x86_64 Cygwin',
    ].join('\n');
    const t = splitLegacyTranscript(body);
    expect(t.sections['ssh-vvv']?.startLine).toBe(1);
    expect(t.sections['ssh-vvv']?.text.split('\n')).toHaveLength(SSH.length);
    expect(t.sections['private-key-header']).toEqual({
      text: '[private key removed: OpenSSH private key]',
      startLine: 9,
    });
    expect(t.sections['cat-pub']).toEqual({ text: PUB, startLine: 10 });
    expect(t.sections.date?.startLine).toBe(11);
    expect(t.sections['ssh-add-l']?.startLine).toBe(12);
    expect(t.sections['ssh-add-L']?.startLine).toBe(13);
    expect(t.sections['ls-ssh']?.startLine).toBe(14);
    expect(t.sections.uname?.startLine).toBe(15);
  });

  it('takes two lines of head -2 and a MobaXterm prompt without choking', () => {
    const body = [
      '[2024-01-01 10:00.00]  ~/.ssh',
      '[jdoe.DESKTOP-AB12] ➤ head -2 $HOME/.ssh/id_rsa',
      '-----BEGIN RSA PRIVATE KEY-----',
      'Proc-Type: 4,ENCRYPTED',
      'ssh -vvv jdoe@ciclad.ipsl.jussieu.fr',
    ].join('\n');
    const t = splitLegacyTranscript(body);
    expect(t.sections['private-key-header']).toEqual({
      text: '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED',
      startLine: 3,
    });
    expect(t).toMatchObject({ login: 'jdoe', host: 'ciclad.ipsl.jussieu.fr' });
  });

  it('ignores the help page placeholder login and reads it from the log instead', () => {
    const t = splitLegacyTranscript(
      ['ssh -vvv replace_by_your_login@ciclad.ipsl.jussieu.fr', 'Permission denied (publickey).'].join('\n'),
    );
    expect(t.login).toBeNull();
    const t2 = splitLegacyTranscript(
      'ssh -vvv replace_by_your_login@ciclad\nbob@ciclad: Permission denied (publickey).',
    );
    expect(t2.login).toBe('bob');
  });

  it('splits the recorded local run as one ssh section', () => {
    const log = readFileSync(
      new URL('../../test/data/ssh-verbose/local-9.2/key-refused.log', import.meta.url),
      'utf8',
    );
    const t = splitLegacyTranscript(`Hi,\n${log}\nThanks`);
    expect(t.sections['ssh-vvv']?.startLine).toBe(2);
    expect(t.sections['ssh-vvv']?.text).toBe(log.replace(/\r/g, '').trimEnd());
    expect(t.login).toBe('root');
  });

  it('keeps the error lines ssh ends with after its last known line, not the prose, prompt or sections after them', () => {
    const log = [
      'OpenSSH_6.6.1, OpenSSL 1.0.1f 6 Jan 2014',
      'debug1: SSH2_MSG_KEXINIT sent',
      'debug1: SSH2_MSG_KEXINIT received',
    ];
    const section = (tail: string[]) =>
      splitLegacyTranscript([...log, ...tail].join('\n')).sections['ssh-vvv'];
    // An error the parser has no rule for is still the last line of the ssh section.
    expect(section(['ssh_dispatch_run_fatal: no matching comp method'])?.text.split('\n')).toHaveLength(4);
    expect(section(['fatal: Could not read from remote repository.'])?.text.split('\n')).toHaveLength(4);
    expect(section(['Segmentation fault (core dumped)'])?.text.split('\n')).toHaveLength(4);
    // A blank line, a prompt, mail prose, a date or an ls listing ends the section.
    expect(section(['', 'no kex alg 2'])?.text.split('\n')).toHaveLength(3);
    expect(section(['[jdoe@laptop ~]$ ', 'oops failed'])?.text.split('\n')).toHaveLength(3);
    expect(section(['Thanks for your help,'])?.text.split('\n')).toHaveLength(3);
    expect(section(['Any idea what is wrong?'])?.text.split('\n')).toHaveLength(3);
    expect(section(['Sent from my phone'])?.text.split('\n')).toHaveLength(3);
    expect(section([DATE])?.text.split('\n')).toHaveLength(3);
    expect(section(LS)?.text.split('\n')).toHaveLength(3);
    // At most three such lines.
    expect(section(['a: failed', 'b: failed', 'c: failed', 'd: failed'])?.text.split('\n')).toHaveLength(6);
  });

  it('puts an old client negotiation failure (`no hostkey alg`) in the ssh section as its final error', () => {
    const body = [
      'OpenSSH_6.6.1, OpenSSL 1.0.1f 6 Jan 2014',
      'debug1: SSH2_MSG_KEXINIT sent',
      'debug1: SSH2_MSG_KEXINIT received',
      'no hostkey alg',
    ].join('\n');
    const ssh = splitLegacyTranscript(body).sections['ssh-vvv'];
    expect(ssh?.text.split('\n')).toHaveLength(4);
    const c = parseSshVerbose(ssh?.text ?? '', { firstLine: ssh?.startLine ?? 1 });
    expect(c.outcome).toBe('failure');
    expect(c.finalError).toEqual({ line: 4, text: 'no hostkey alg' });
  });

  it('takes a git hosting greeting after a typed ssh -T as the ssh section', () => {
    const t = splitLegacyTranscript('$ ssh -T git@gitlab.com\nWelcome to GitLab, @sanjay.k!');
    expect(t.sections['ssh-vvv']).toEqual({ text: 'Welcome to GitLab, @sanjay.k!', startLine: 2 });
    const bitbucket = splitLegacyTranscript(
      '$ ssh -T git@bitbucket.org\nauthenticated via ssh key.\n\nYou can use git to connect to Bitbucket. Shell access is disabled.\n',
    ).sections['ssh-vvv'];
    expect(bitbucket?.startLine).toBe(2);
    expect(bitbucket?.text.split('\n')).toHaveLength(3);
  });
});
