import type { Finding } from '../report/schema.js';
import { addToSummary, emptySummary, renderSummary } from './cause-summary.js';
import { draftReply } from './draft-reply.js';
import type { TriagedTicket } from './ticket.js';

const finding: Finding = {
  rule: 'SSH303',
  category: 'key_permissions',
  severity: 'error',
  title: 'Your private key file is readable by others',
  explanation: 'ssh refuses a private key that other users can read.',
  evidence: [
    { source: 'ssh-vvv', line: 40, text: "Permissions 0644 for '/home/a/.ssh/id_rsa' are too open." },
  ],
  fix: { text: 'Make the key readable by you only.', commands: ['chmod 600 ~/.ssh/id_rsa'] },
};

function ticket(over: Partial<TriagedTicket>): TriagedTicket {
  return {
    status: 'ok',
    source: { path: 't.txt', index: null, messageId: null },
    kind: 'legacy',
    subject: null,
    login: 'alice',
    host: null,
    date: null,
    clientVersion: null,
    cause: 'key_permissions',
    outcome: 'failure',
    findings: [finding],
    redacted: 0,
    ...over,
  };
}

describe('draftReply', () => {
  it('greets, explains the finding with its evidence and fix commands, and signs', () => {
    const text = draftReply(ticket({}));
    expect(text).toMatch(/^Hello alice,\n/);
    expect(text).toContain('Your private key file is readable by others');
    expect(text).toContain("    Permissions 0644 for '/home/a/.ssh/id_rsa' are too open.");
    expect(text).toContain('What to do: Make the key readable by you only.\n\n    chmod 600 ~/.ssh/id_rsa');
    expect(text).toMatch(/reply to this mail with the new output\.\n\nBest regards,\nThe support team$/);
  });

  it('writes the same reply in French', () => {
    const text = draftReply(ticket({}), 'fr');
    expect(text).toMatch(/^Bonjour alice,\n\nMerci pour l'envoi du résultat du test de connexion\./);
    expect(text).toContain('À faire : Make the key readable by you only.\n\n    chmod 600 ~/.ssh/id_rsa');
    expect(text).toMatch(/répondez à ce mail avec le nouveau résultat\.\n\nCordialement,\nL'équipe support$/);
    expect(draftReply(ticket({ login: null, cause: 'other', findings: [] }), 'fr')).toContain(
      '    ssh -vvv votre_login@le_cluster',
    );
  });

  it('asks for the full output when nothing was found', () => {
    const text = draftReply(ticket({ login: null, cause: 'other', findings: [] }));
    expect(text).toMatch(/^Hello,\n/);
    expect(text).toContain('could not find the cause');
    expect(text).toContain('ssh -vvv');
  });

  it('says the connection works for a success', () => {
    expect(draftReply(ticket({ cause: 'success', findings: [] }))).toContain(
      'the connection to the cluster works',
    );
  });
});

describe('cause summary', () => {
  it('counts causes and shares, most frequent first, and the unreadable inputs', () => {
    const s = emptySummary();
    for (const cause of ['auth_failed', 'dns', 'auth_failed', 'auth_failed'] as const)
      addToSummary(s, ticket({ cause }));
    addToSummary(s, { status: 'error', source: { path: 'x', index: 2, messageId: null }, error: 'bad' });
    const text = renderSummary(s);
    expect(text).toContain('Summary: 4 tickets triaged, 1 unreadable');
    expect(text).toMatch(
      /auth_failed\s+3\s+75\.0%\ndns\s+1\s+25\.0%\ntotal\s+4\s+100\.0%\n\(unreadable\)\s+1/,
    );
  });
});
