// Real public transcripts that were misread (plain text, no -v, or an old client): the whole `triage FILE` path.
import { physicalLines } from '../parse/paste/read-paste.js';
import { IPSL_PROFILE } from '../profile/profile.js';
import { triageTicket } from './triage-ticket.js';

function triage(text: string) {
  const got = triageTicket(
    {
      source: { path: 'paste.txt', index: null, messageId: null },
      subject: null,
      date: null,
      body: { kind: 'text', text },
    },
    { profile: IPSL_PROFILE, now: '2026-01-01T00:00:00.000Z' },
  );
  if (got.status !== 'ok') throw new Error(got.error);
  // Every quoted line is the input line of that number.
  const input = physicalLines(text);
  for (const f of got.findings)
    for (const e of f.evidence)
      expect({ line: e.line, text: input[e.line - 1] }).toEqual({ line: e.line, text: e.text });
  return got;
}

describe('triage of public transcripts', () => {
  // written from shared/reference + the services' documented greetings, not recorded transcripts
  it.each([
    ['GitLab', '$ ssh -T git@gitlab.com\nWelcome to GitLab, @sanjay.k!'],
    [
      'Bitbucket',
      '$ ssh -T git@bitbucket.org\nauthenticated via ssh key.\n\nYou can use git to connect to Bitbucket. Shell access is disabled.',
    ],
    [
      'GitHub',
      "$ ssh -T git@github.com\nHi sanjay-k! You've successfully authenticated, but GitHub does not provide shell access.",
    ],
    [
      'Gitea',
      "$ ssh -T git@gitea.example.org\nHi there, sanjay! You've successfully authenticated with the key named laptop, but Gitea does not provide shell access.\nIf this is unexpected, please log in with password and setup Gitea under another user.",
    ],
    [
      'Forgejo',
      "$ ssh -T git@codeberg.org\nHi there, sanjay! You've successfully authenticated with the key named laptop, but Forgejo does not provide shell access.",
    ],
  ])('a %s greeting after ssh -T is a success, quoted as evidence', (_name, text) => {
    const ticket = triage(text);
    expect(ticket.cause).toBe('success');
    const evidence = ticket.findings.flatMap((f) => f.evidence.map((e) => e.text));
    expect(evidence.length).toBeGreaterThan(0);
    for (const line of evidence) expect(text.split('\n')).toContain(line);
  });

  it.each([
    ['no hostkey alg', 'host_key_algo_mismatch'],
    ['no kex alg', 'kex_mismatch'],
    ['no matching cipher found', 'cipher_mismatch'],
    ['no matching mac found', 'mac_mismatch'],
  ])('an old client ending with `%s` is %s', (last, cause) => {
    const text = [
      'OpenSSH_6.6.1, OpenSSL 1.0.1f 6 Jan 2014',
      'debug1: Connecting to git.example.com [192.0.2.44] port 22.',
      'debug1: Connection established.',
      'debug1: SSH2_MSG_KEXINIT sent',
      'debug1: SSH2_MSG_KEXINIT received',
      last,
    ].join('\n');
    const got = triage(text);
    expect(got.cause).toBe(cause);
    expect(got.findings[0]?.evidence).toEqual([{ source: 'ssh-vvv', line: 6, text: last }]);
  });

  it('quotes the 80-column DNS line of a git clone alone, at its own line', () => {
    const dns = 'ssh: Could not resolve hostname github.com: Temporary failure in name resolution';
    const text = [
      '$ git clone git@github.com:acme/widgets.git',
      "Cloning into 'widgets'...",
      dns,
      'fatal: Could not read from remote repository.',
      '',
      'Please make sure you have the correct access rights',
      'and the repository exists.',
    ].join('\n');
    const got = triage(text);
    expect(got.cause).toBe('dns');
    expect(got.findings[0]?.evidence).toEqual([{ source: 'ssh-vvv', line: 3, text: dns }]);
  });

  it('reads an 80-column Permission denied line that a short unknown line follows', () => {
    const denied = 'jdoe@login-node.cluster.example.org: Permission denied (publickey,password).';
    const got = triage(`$ ssh jdoe@login-node.cluster.example.org\n${denied}\nlost connection`);
    expect(got.findings.some((f) => f.evidence.some((e) => e.text === denied && e.line === 2))).toBe(true);
    expect(got.cause).not.toBe('other');
  });
});
