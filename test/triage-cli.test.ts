// `ssh-doctor triage` as support staff run it: the built CLI, its exit codes, stdin and output formats.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const CLI = join(ROOT, 'dist/ssh-doctor.mjs');
const LEGACY = readFileSync(join(ROOT, 'test/data/ssh-verbose/local-9.2/key-refused.log'), 'utf8');
const maybe = existsSync(CLI) ? describe : describe.skip;

function triage(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, 'triage', ...args], {
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', SSH_DOCTOR_CONFIG: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'triage-cli-'));
  writeFileSync(join(dir, 'ticket.txt'), LEGACY);
  const box = [
    `From a@b Fri Nov 20 10:00:00 2026\nSubject: ssh first connexion problem for login 'bob'\nFrom: bob@lab.example\nMessage-ID: <1@x>\n\n${LEGACY}`,
    'From a@b Fri Nov 20 10:01:00 2026\nSubject: x\nFrom: c@lab.example\nContent-Type: multipart/mixed; boundary=zz\n\n--zz\nContent-Type: application/json\nContent-Disposition: attachment; filename=ssh-doctor-report.json\n\n{not json\n--zz--\n',
  ].join('\n');
  writeFileSync(join(dir, 'box'), box);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

maybe('ssh-doctor triage (built CLI)', () => {
  it.each([
    [[], /at least one PATH/],
    [[join('/nonexistent', 'x.eml')], /cannot read .*no such file/],
    [['--format', 'xml', 'x'], /Invalid values|xml/],
  ])('exits 2 with one line for %j', (args, message) => {
    const r = triage(args);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('reads stdin and prints a block and the summary table (exit 0)', () => {
    const r = triage(['-'], LEGACY);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^#1 -\n/);
    expect(r.stdout).toMatch(/Summary: 1 ticket triaged, 0 unreadable/);
    expect(r.stderr).toBe('');
  });

  it('exits 1 when one message of an mbox is unreadable, after triaging the others', () => {
    const r = triage(['-f', 'ndjson', join(dir, 'box'), join(dir, 'ticket.txt')]);
    expect(r.code).toBe(1);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { source: { index: number | null }; login?: string; error?: string });
    expect(lines.map((l) => [l.source.index, l.error === undefined])).toEqual([
      [1, true],
      [2, false],
      [null, true],
    ]);
    expect(lines[0]?.login).toBe('bob');
    expect(r.stderr).toMatch(/^ssh-doctor: triage: .*box#2: ssh-doctor-report\.json is not JSON/);
  });

  it('writes csv with a header and one row per ticket, and --reply drafts', () => {
    const r = triage(['--format', 'csv', '--reply', join(dir, 'ticket.txt')]);
    expect(r.stdout.split('\r\n')[0]).toBe(
      'source,index,message_id,status,login,date,client_version,cause,rules,titles,fix,error,reply',
    );
    expect(r.stdout).toContain('"Hello root,');
  });
});
