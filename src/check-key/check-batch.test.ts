// Batch mode on literal files: one key per line, armoured blocks and wrapped keys as one entry, duplicates.
import { IPSL_PROFILE } from '../profile/profile.js';
import { splitEntries } from './batch-entries.js';
import { checkBatch } from './check-batch.js';
import { batchResultSchema } from './check-result.js';

const PAGE_KEY =
  'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAACAQDMW7eR0JPEh/1F4k2LEoBQMHaZ3uRL6uZM3S9LEzwhXKnOwpjP3opsjldCgyc3xSTbrgWCoJLdq4xitTmLF/1Da6a3CX9PHLB3WT0YeJCa2vGbHozqldgDg4k8ZagaYFozK7uMqeZTYdhPN2Q9YE+ptaXFUXMyOaUbfSuMPMyHeAc7MeG7f+ivf4RunQTcnY8fbLM2Gx1voE5KUTph1atRgkOKYmNSWPijn2qmQ6BYeFwttojiuOWH0bCSXy/JywinamyBzt0JK40rAlCa09lP+5jia0N0Sn6nmijZ1o3oaO6nOjYMZ1os3OAbmafX8wfSDarKqWE5kQQmF5abyZ9PvI+MliXVe//bEjIxW00z0s3bM6EWzJ1/MmtI5aNT3DpgXx0pzh9uPMA5tgdl90BvxXNljovxriYqtwcWTfWtEDnQekFOeQI3S/ou0rRZ80n3RwUTs0soxkOo4lSTP2Jh/KYeGqQPuMPOLiW5oHZPXQZ5uu0VWCjFB9kD+NXxoWoOrJ6t6DRzwoEO83V87uUyz3Bzlw9aixxWEr38CW7ZVXqpTnFKj/TdPkny7Ms77cLBb3WbPZTWmJlO9MNNPGFuoHWRR/n199BYSRu46Zvh0k2xivJ52JdJ/ud0DfRY0p4CoAWupNaMw0qRDUzawkY+pKVHTf2oJF7KuTZhabuXmQ== user@localhost';
const B64 = PAGE_KEY.split(' ')[1] ?? '';
const POLICY = IPSL_PROFILE.keyPolicy;
const RFC4716 = [
  '---- BEGIN SSH2 PUBLIC KEY ----',
  'Comment: "rsa-key-20240131"',
  ...(B64.match(/.{1,64}/g) ?? []),
  '---- END SSH2 PUBLIC KEY ----',
].join('\n');

describe('splitEntries', () => {
  it('keeps an RFC 4716 block and a wrapped key together, skips blanks and comments', () => {
    const wrapped = PAGE_KEY.match(/.{1,300}/g)?.join('\n') ?? '';
    const text = ['# received 2024-01-31', PAGE_KEY, '', RFC4716, wrapped, 'garbage'].join('\n');
    const lines = splitEntries('keys.txt', text, POLICY).map((e) => e.line);
    expect(lines).toEqual([2, 4, 4 + RFC4716.split('\n').length, 7 + RFC4716.split('\n').length]);
  });
});

describe('checkBatch', () => {
  it('reports each entry, the duplicates and a summary', () => {
    const batch = checkBatch(
      [
        { file: 'alice.pub', text: `${PAGE_KEY}\n` },
        {
          file: 'bob.txt',
          text: `${RFC4716}\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDLupaaNiDGgom9o0PY3Ru8uipkHo8BCzEDst0UVsJgF bob@x\n`,
        },
      ],
      POLICY,
    );
    expect(batchResultSchema.parse(batch)).toEqual(batch);
    expect(batch.entries.map((e) => [e.source.file, e.source.line, e.result.verdict, e.label])).toEqual([
      ['alice.pub', 1, 'ok', 'user@localhost'],
      ['bob.txt', 1, 'fixed', 'rsa-key-20240131'],
      ['bob.txt', RFC4716.split('\n').length + 1, 'rejected', 'bob@x'],
    ]);
    expect(batch.entries[0]?.duplicateOf).toEqual(['bob.txt:1']);
    expect(batch.entries[1]?.result.problems.map((p) => p.code)).toContain('duplicate-key');
    expect(batch.summary).toEqual({ total: 3, ok: 1, fixed: 1, rejected: 1, duplicates: 2 });
  });
});
