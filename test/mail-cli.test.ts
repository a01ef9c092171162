// The built CLI's `send` command end to end: real processes, a real SMTP server, XDG_STATE_HOME in a temp dir.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execa } from 'execa';
import { simpleParser } from 'mailparser';
import { composeMessage } from '../src/mail/compose.js';
import { outboxPath, saveMessage } from '../src/mail/outbox.js';
import { IPSL_PROFILE } from '../src/profile/profile.js';
import { renderText } from '../src/render/render-text.js';
import { sampleReport } from './harness/mail-fixtures.js';
import { freePort, startSmtp } from './harness/smtp.js';

const CLI = resolve(import.meta.dirname, '../dist/ssh-doctor.mjs');

function sandbox() {
  const root = mkdtempSync(join(tmpdir(), 'sshd-cli-mail-'));
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: root,
    XDG_STATE_HOME: root,
    XDG_CONFIG_HOME: root,
  };
  const stateDir = join(root, 'ssh-doctor');
  const cli = (args: string[]) =>
    execa('node', [CLI, ...args], { env, extendEnv: false, reject: false, stdin: 'ignore' });
  const list = (dir: 'outbox' | 'sent' | 'failed' | 'sending') => {
    try {
      return readdirSync(outboxPath(stateDir, dir));
    } catch {
      return [];
    }
  };
  return { root, env, stateDir, cli, list };
}

async function queue(stateDir: string, login: string, from?: string): Promise<string> {
  const report = sampleReport(login);
  const message = await composeMessage({ report, text: renderText(report), profile: IPSL_PROFILE, from });
  return saveMessage(stateDir, message.raw);
}

describe('ssh-doctor send (built CLI)', () => {
  it('has help with examples', async () => {
    const { cli } = sandbox();
    const help = await cli(['send', '--help']);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    expect(help.stdout).toContain('--smtp');
  });

  it('exit 0 with nothing pending; exit 2 in one line without transport, consent or a valid URL', async () => {
    const box = sandbox();
    const empty = await box.cli(['send', '--yes']);
    expect([empty.exitCode, empty.stdout]).toEqual([0, expect.stringMatching(/^Nothing to send/)]);
    await queue(box.stateDir, 'alice', 'alice@lab.example.org');
    const noTransport = await box.cli(['send', '--yes']);
    expect(noTransport.exitCode).toBe(2);
    expect(noTransport.stderr).toMatch(
      /^ssh-doctor: 1 message\(s\) pending but no way to send them \(give --smtp/,
    );
    const noConsent = await box.cli(['send', '--smtp', 'smtp://127.0.0.1:1']);
    expect(noConsent.exitCode).toBe(2);
    expect(noConsent.stderr).toMatch(
      /nothing sent without confirmation \(run on a terminal to review them, or add --yes\)/,
    );
    const badUrl = await box.cli(['send', '--yes', '--smtp', 'http://bob:hunter2@x']);
    expect(badUrl.exitCode).toBe(2);
    expect(badUrl.stderr).toContain("--smtp: unsupported scheme 'http:' in SMTP URL 'http://bob:***@x'");
    expect(badUrl.stderr).not.toContain('hunter2');
    expect(badUrl.stderr.trim().split('\n')).toHaveLength(1);
    expect(box.list('outbox')).toHaveLength(1);
  });

  it('server down: exit 3, one line per message, kept; server up: two concurrent runs deliver each once', async () => {
    const box = sandbox();
    const paths = [
      await queue(box.stateDir, 'alice', 'alice@lab.example.org'),
      await queue(box.stateDir, 'bob', 'bob@lab.example.org'),
    ];
    const port = await freePort();
    const down = await box.cli(['send', '--yes', '--smtp', `smtp://127.0.0.1:${port}`]);
    expect(down.exitCode).toBe(3);
    expect(down.stdout.trim().split('\n')).toEqual(paths.map((p) => `${p}  kept: connection refused`));
    const bytes = paths.map((p) => readFileSync(p));

    const smtp = await startSmtp({ port, acceptDelayMs: 200 });
    try {
      const url = `smtp://127.0.0.1:${port}`;
      const runs = await Promise.all([
        box.cli(['send', '--yes', '--json', '--smtp', url]),
        box.cli(['send', '--yes', '--smtp', url]),
      ]);
      expect(runs.map((r) => r.exitCode)).toEqual([0, 0]);
      expect(smtp.messages).toHaveLength(2);
      expect(smtp.messages.map((m) => m.raw).sort(Buffer.compare)).toEqual([...bytes].sort(Buffer.compare));
      expect(box.list('sent')).toHaveLength(2);
      expect(box.list('outbox')).toEqual([]);
      const json = JSON.parse(runs[0]?.stdout ?? '{}') as { results?: { result: string }[] };
      expect(Array.isArray(json.results)).toBe(true);
      const again = await box.cli(['send', '--yes', '--smtp', url]);
      expect(again.exitCode).toBe(0);
      expect(smtp.messages).toHaveLength(2);
    } finally {
      await smtp.close();
    }
  });

  it('a message saved without From waits for --from, which is added before sending', async () => {
    const box = sandbox();
    const path = await queue(box.stateDir, 'carol');
    const smtp = await startSmtp();
    try {
      const noFrom = await box.cli(['send', '--yes', '--smtp', smtp.url]);
      expect(noFrom.exitCode).toBe(3);
      expect(noFrom.stdout).toContain(`${path}  kept: the message has no From address`);
      const ok = await box.cli(['send', '--yes', '--smtp', smtp.url, '--from', 'carol@lab.example.org']);
      expect(ok.exitCode).toBe(0);
      const [received] = smtp.messages;
      expect(received?.from).toBe('carol@lab.example.org');
      const mail = await simpleParser(received?.raw ?? Buffer.alloc(0));
      expect(mail.replyTo?.value[0]?.address).toBe('carol@lab.example.org');
      const [sent] = box.list('sent');
      expect(
        readFileSync(outboxPath(box.stateDir, 'sent', sent)).equals(received?.raw ?? Buffer.alloc(0)),
      ).toBe(true);
    } finally {
      await smtp.close();
    }
  });
});
