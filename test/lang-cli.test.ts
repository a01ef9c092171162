// --lang / SSH_DOCTOR_LANG switch the diagnosis texts (the built CLI, a recorded transcript through triage).
import { resolve } from 'node:path';
import { execa } from 'execa';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = resolve(ROOT, 'dist/ssh-doctor.mjs');
const TICKET = resolve(ROOT, 'fixtures/closed-port/transcript.txt');

const triage = (args: string[], env: Record<string, string> = {}) =>
  execa(process.execPath, [CLI, 'triage', '--format', 'ndjson', ...args, TICKET], {
    reject: false,
    stdin: 'ignore',
    env,
  });

const titles = (stdout: string): string[] =>
  (JSON.parse(stdout.trim().split('\n')[0] ?? '{}') as { findings: { title: string }[] }).findings.map(
    (f) => f.title,
  );

describe('diagnosis language', () => {
  it('is English by default and French with --lang fr or SSH_DOCTOR_LANG=fr, same cause', async () => {
    const en = await triage([]);
    const fr = await triage(['--lang', 'fr']);
    const env = await triage([], { SSH_DOCTOR_LANG: 'fr' });
    expect([en.exitCode, fr.exitCode, env.exitCode]).toEqual([0, 0, 0]);
    expect(JSON.parse(fr.stdout).cause).toBe(JSON.parse(en.stdout).cause);
    expect(titles(en.stdout)[0]).toMatch(/Connection refused/i);
    expect(titles(fr.stdout)[0]).not.toBe(titles(en.stdout)[0]);
    expect(titles(env.stdout)).toEqual(titles(fr.stdout));
  });

  it('refuses an unknown language with exit 2 and one line', async () => {
    const r = await triage(['--lang', 'de']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
