// `ssh-doctor triage --jobs N`: worker threads started from the built CLI file give the same output, in input
// order, as one thread; unreadable messages in the middle of a mailbox are still reported (exit 1).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const CLI = join(ROOT, 'dist/ssh-doctor.mjs');
const LEGACY = readFileSync(join(ROOT, 'test/data/ssh-verbose/local-9.2/key-refused.log'), 'utf8');
const REPORT = readFileSync(join(ROOT, 'fixtures/key-not-authorized/report.json'), 'utf8');
const maybe = existsSync(CLI) ? describe : describe.skip;
const MAILS = 600;

function triage(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'triage', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', SSH_DOCTOR_CONFIG: '' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Message `i` of the test mailbox: mostly pasted logs and reports, a few unreadable ones among them. */
function message(i: number): string {
  const head = `From a@b Fri Nov 20 10:00:00 2026\nFrom: u${i}@lab.example\nMessage-ID: <${i}@x>\n`;
  if (i % 97 === 50)
    return `${head}Subject: broken\nContent-Type: multipart/mixed; boundary=zz\n\n--zz\nContent-Type: application/json\nContent-Disposition: attachment; filename=ssh-doctor-report.json\n\n{not json\n--zz--\n`;
  if (i % 101 === 60) return `${head}Subject: empty\n\n\n`;
  if (i % 3 === 0)
    return `${head}Subject: report ${i}\nContent-Type: multipart/mixed; boundary=zz\n\n--zz\nContent-Type: text/plain\n\nsee attachment\n--zz\nContent-Type: application/json\nContent-Disposition: attachment; filename=ssh-doctor-report.json\n\n${REPORT}\n--zz--\n`;
  return `${head}Subject: ssh first connexion problem for login 'u${i}'\n\n${LEGACY}`;
}

let dir: string;
let box: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'triage-workers-'));
  box = join(dir, 'support.mbox');
  writeFileSync(box, Array.from({ length: MAILS }, (_, i) => message(i + 1)).join('\n'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

maybe('ssh-doctor triage --jobs (built CLI)', () => {
  it('gives the same ndjson, in mailbox order, with a worker thread as without', () => {
    const one = triage(['-f', 'ndjson', '--jobs', '1', box]);
    const two = triage(['-f', 'ndjson', '--jobs', '2', '--debug', box]);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    // The worker really took part (it starts in the background; the main thread works meanwhile).
    const stat = /(\d+) ticket\(s\) diagnosed in 1 worker thread\(s\)/.exec(two.stderr);
    expect(Number(stat?.[1])).toBeGreaterThan(0);
    expect(two.stdout).toBe(one.stdout);
    const entries = one.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { status: string; source: { index: number } });
    expect(entries.map((e) => e.source.index)).toEqual(Array.from({ length: MAILS }, (_, i) => i + 1));
    const failed = entries.filter((e) => e.status === 'error').map((e) => e.source.index);
    expect(failed).toEqual([50, 60, 147, 161, 244, 262, 341, 363, 438, 464, 535, 565]);
    // The same warnings, in the same order.
    const warnings = (s: string) => s.split('\n').filter((l) => /^ssh-doctor: triage: .*#\d+/.test(l));
    expect(warnings(two.stderr)).toEqual(warnings(one.stderr));
    expect(warnings(one.stderr)).toHaveLength(failed.length);
  });

  it('streams the text format with the summary in order too', () => {
    const one = triage(['--jobs', '1', '-q', box]);
    const two = triage(['--jobs', '2', '-q', box]);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout).toMatch(/Summary: 588 tickets triaged, 12 unreadable/);
  });

  it.each([['0'], ['x'], ['1.5']])('rejects --jobs %s (exit 2)', (jobs) => {
    const r = triage(['--jobs', jobs, box]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs|Invalid/);
  });
});
