// --lang / SSH_DOCTOR_LANG switch the diagnosis texts, the reply drafts and the text report's headings (the built
// CLI: a recorded transcript through triage, collect against a closed port).
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

  it('drafts the reply in the same language', async () => {
    const reply = async (args: string[]) =>
      (
        JSON.parse((await triage(['--reply', ...args])).stdout.trim().split('\n')[0] ?? '{}') as {
          reply: string;
        }
      ).reply;
    const [en, fr] = await Promise.all([reply([]), reply(['--lang', 'fr'])]);
    expect(en).toMatch(/^Hello[ ,][\s\S]*\nWhat to do: [\s\S]*\nBest regards,\nThe support team$/);
    expect(fr).toMatch(/^Bonjour[ ,][\s\S]*\nÀ faire : [\s\S]*\nCordialement,\nL'équipe support$/);
    expect(fr).not.toMatch(/What to do|Thank you|Best regards/);
  });

  it('frames the collect text report in the same language', async () => {
    const collect = (args: string[]) =>
      execa(
        process.execPath,
        [CLI, '--login', 'nobody', '--host', '127.0.0.1', '--port', '1', '--no-mail', '--quiet', ...args],
        { reject: false, stdin: 'ignore' },
      );
    const [en, fr] = await Promise.all([collect([]), collect(['--lang', 'fr'])]);
    expect([en.exitCode, fr.exitCode]).toEqual([1, 1]);
    expect(en.stdout).toMatch(/^Connection: FAILED — cause: refused$/m);
    expect(en.stdout).toMatch(/^--- Transcript \(the support one-liner, run by ssh-doctor\) ---$/m);
    expect(fr.stdout).toMatch(/^Connexion : ÉCHEC — cause : refused$/m);
    expect(fr.stdout).toMatch(/^--- Transcription \(la commande du support, lancée par ssh-doctor\) ---$/m);
    expect(fr.stdout).toMatch(/^ {4}À faire : /m);
    expect(fr.stdout).not.toMatch(/^ {4}(Fix|Evidence):/m);
  });

  it('refuses an unknown language with exit 2 and one line', async () => {
    const r = await triage(['--lang', 'de']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
