// Shared pieces of the mail tests: a recorded report, settings pointing at a temp outbox, a scripted terminal.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { MailIo } from '../../src/mail/io.js';
import type { MailSettings } from '../../src/mail/mail-settings.js';
import { IPSL_PROFILE } from '../../src/profile/profile.js';
import { type Report, reportSchema } from '../../src/report/schema.js';

/** A report recorded from a real sshd run (key not authorized), with a login of our choosing. */
export function sampleReport(login = 'alice'): Report {
  const file = resolve(import.meta.dirname, '../../fixtures/key-not-authorized/report.json');
  const report = reportSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return {
    ...report,
    target: { ...report.target, login },
    redactions: [{ probe: 'private-key-header', kind: 'private-key', count: 1 }],
  };
}

/** Settings with an empty config and a fresh state directory. */
export function mailSettings(
  env: NodeJS.ProcessEnv = {},
  stateDir = mkdtempSync(join(tmpdir(), 'sshd-mail-')),
): MailSettings {
  return { profile: IPSL_PROFILE, config: {}, configPath: '/nonexistent/config.json', env, stateDir };
}

export interface ScriptedIo extends MailIo {
  outText: string[];
  notes: string[];
  questions: string[];
}

/** A terminal that answers from a script ('' once the script is used up). */
export function scriptedIo(interactive: boolean, answers: string[] = []): ScriptedIo {
  const io: ScriptedIo = {
    interactive,
    outText: [],
    notes: [],
    questions: [],
    out: (t) => void io.outText.push(t),
    note: (t) => void io.notes.push(t),
    ask: async (q) => {
      io.questions.push(q);
      return answers.shift() ?? '';
    },
  };
  return io;
}
