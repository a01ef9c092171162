// When nothing names the cause, triage says what it read and why nothing decided, and the reply never asks a
// person who sent text to send it "as text". Texts built from shared/reference/openssh-messages.md.
import { draftReply } from '../src/triage/draft-reply.js';
import { triageText } from './paste/corpus.js';

const CUT = [
  '$ ssh -v jdoe@ciclad.ipsl.jussieu.fr',
  'OpenSSH_9.2p1 Debian-2+deb12u3, OpenSSL 3.0.15 3 Sep 2024',
  'debug1: Connecting to ciclad.ipsl.jussieu.fr [134.157.176.129] port 22.',
  'debug1: Connection established.',
  "debug1: Authenticating to ciclad.ipsl.jussieu.fr:22 as 'jdoe'",
].join('\n');

describe('cause other explains itself', () => {
  it('names the sections read, the ssh lines known, and why nothing decided (a log cut before any error)', () => {
    const t = triageText(CUT);
    expect(t.cause).toBe('other');
    const read = t.findings.find((f) => f.rule === 'SSH099');
    expect(read?.explanation).toMatch(/ssh-vvv/);
    expect(read?.explanation).toMatch(/stops before any error/);
    expect(read?.evidence.map((e) => [e.line, e.text])).toEqual([
      [5, "debug1: Authenticating to ciclad.ipsl.jussieu.fr:22 as 'jdoe'"],
    ]);
  });

  it('says when the text holds no ssh output at all', () => {
    const t = triageText('Hello,\nI cannot connect to the cluster since this morning.\nThanks');
    expect(t.cause).toBe('other');
    expect(t.findings.find((f) => f.rule === 'SSH099')?.explanation).toMatch(/no ssh output/);
  });

  it('is not reported when a finding names the cause', () => {
    const t = triageText(`${CUT}\njdoe@ciclad.ipsl.jussieu.fr: Permission denied (publickey).`);
    expect(t.cause).not.toBe('other');
    expect(t.findings.map((f) => f.rule)).not.toContain('SSH099');
  });

  it.each(['en', 'fr'] as const)(
    'the %s reply quotes what was read and never asks for text again',
    (lang) => {
      const t = triageText(CUT);
      const reply = draftReply(t, lang);
      expect(reply).toContain(t.findings.find((f) => f.rule === 'SSH099')?.explanation ?? '(none)');
      expect(reply).not.toMatch(/as text|screenshot|en texte|capture d/i);
    },
  );
});

// Built from shared/reference/openssh-messages.md §1.11 (session phase), not from a posted transcript.
describe('fragments decide alone', () => {
  it.each([
    [
      'the tail of a session: shell accepted, then the motd',
      'debug2: shell request accepted on channel 0\nLast login: Mon Jan  5 10:00:00 2026\nWelcome to the cluster',
    ],
    ['only the exit status', 'debug1: Exit status 0'],
    ['the session set-up lines', 'debug1: Sending environment.\ndebug1: Sending env LANG = en_US.UTF-8'],
  ])('%s is a success', (_name, text) => {
    expect(triageText(text).cause).toBe('success');
  });

  it.each([
    ['one error line inside a sentence', 'I get "Permission denied (publickey)." when I try', 'auth_failed'],
    [
      'two excerpts joined by [...]',
      'OpenSSH_9.2p1 Debian-2+deb12u3, OpenSSL 3.0.15 3 Sep 2024\n[...]\nssh: connect to host ciclad.ipsl.jussieu.fr port 22: Connection refused',
      'refused',
    ],
    [
      'the head of a log, cut at the host key question',
      "debug1: Connecting to h [10.0.0.1] port 22.\nThe authenticity of host 'h (10.0.0.1)' can't be established.\nHost key verification failed.",
      'host_key_unknown_batch',
    ],
  ])('%s decides', (_name, text, cause) => {
    expect(triageText(text).cause).toBe(cause);
  });
});
