import { csvCell, csvHeader, csvRow } from './render-csv.js';
import type { TriagedTicket } from './ticket.js';

const ticket: TriagedTicket = {
  status: 'ok',
  source: { path: 'in box.mbox', index: 3, messageId: '<a,b@x>' },
  kind: 'legacy',
  subject: null,
  login: '=cmd|calc',
  host: 'ciclad',
  date: '2026-11-20T10:00:00.000Z',
  clientVersion: 'OpenSSH_9.2p1 Debian-2+deb12u10, OpenSSL 3.0.19 27 Jan 2026',
  cause: 'auth_failed',
  outcome: 'failure',
  redacted: 0,
  findings: [
    {
      rule: 'SSH201',
      category: 'auth_failed',
      severity: 'error',
      title: 'The server refused the key "id_rsa"',
      explanation: 'x',
      evidence: [],
      fix: { text: 'Send the public key, again', commands: ['cat ~/.ssh/id_rsa.pub'] },
    },
  ],
  reply: 'Hello,\r\n"quoted"',
};

/** A minimal RFC 4180 reader to check round trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('csv', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-2+3', "'-2+3"],
    [null, ''],
    [3, '3'],
  ])('quotes %j as %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('round-trips a row with commas, quotes, CRLF and newlines through an RFC 4180 reader', () => {
    const rows = parseCsv(csvHeader() + csvRow(ticket));
    expect(rows).toHaveLength(2);
    const [head, row] = rows;
    const get = (name: string) => row?.[head?.indexOf(name) ?? -1];
    expect(head?.length).toBe(row?.length);
    expect(get('source')).toBe('in box.mbox');
    expect(get('message_id')).toBe('<a,b@x>');
    expect(get('login')).toBe("'=cmd|calc");
    expect(get('client_version')).toBe(ticket.clientVersion);
    expect(get('titles')).toBe('The server refused the key "id_rsa"');
    expect(get('fix')).toBe('Send the public key, again\ncat ~/.ssh/id_rsa.pub');
    expect(get('reply')).toBe('Hello,\r\n"quoted"');
  });
});
