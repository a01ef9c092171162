// Failure injection against real SMTP servers: nothing is lost, nothing is sent twice, timeouts are bounded.
import { readdirSync, readFileSync, renameSync } from 'node:fs';
import { basename } from 'node:path';
import { deliverReport } from '../src/mail/deliver.js';
import { outboxPath } from '../src/mail/outbox.js';
import { pendingMessages, sendPending } from '../src/mail/send-pending.js';
import { resolveTransport } from '../src/mail/transport.js';
import { renderText } from '../src/render/render-text.js';
import { mailSettings, sampleReport, scriptedIo } from './harness/mail-fixtures.js';
import { freePort, type SmtpFailure, type SmtpHarness, startSmtp } from './harness/smtp.js';
import { startSilentServer } from './harness/system.js';

const TIMEOUTS = { connectionMs: 800, greetingMs: 800, socketMs: 1500 };
const FROM = 'alice@lab.example.org';
const AUTH = { user: 'alice', pass: 'right-password' };

const list = (stateDir: string, dir: 'outbox' | 'sent' | 'failed' | 'sending') => {
  try {
    return readdirSync(outboxPath(stateDir, dir));
  } catch {
    return [];
  }
};

/** Mails a report through `url` with --yes and returns the exit code, the notes and the outbox state. */
async function deliverThrough(url: string) {
  const report = sampleReport('alice');
  const settings = mailSettings();
  const io = scriptedIo(false);
  const started = Date.now();
  const code = await deliverReport(
    { report, text: renderText(report), settings, flags: { smtp: url, from: FROM, yes: true } },
    { io, timeouts: TIMEOUTS },
  );
  return { code, notes: io.notes.join(''), stateDir: settings.stateDir, ms: Date.now() - started };
}

/** Sends what is pending through `url`, as `ssh-doctor send --yes` does. */
async function sendAll(stateDir: string, url: string) {
  const transport = resolveTransport({ smtp: url }, {}, {}, '/c.json', TIMEOUTS);
  return sendPending(await pendingMessages(stateDir), {
    stateDir,
    transport,
    io: scriptedIo(false),
    yes: true,
  });
}

/** After a temporary failure: one message waits in outbox/; a healthy send delivers those bytes once. */
async function expectKeptThenDeliveredOnce(stateDir: string, healthy: SmtpHarness, url = healthy.url) {
  const pending = list(stateDir, 'outbox');
  expect(pending).toHaveLength(1);
  expect(list(stateDir, 'sending')).toEqual([]);
  const bytes = readFileSync(outboxPath(stateDir, 'outbox', pending[0]));
  const before = healthy.messages.length;
  const results = await sendAll(stateDir, url);
  expect(results.map((r) => r.result)).toEqual(['sent']);
  expect(healthy.messages).toHaveLength(before + 1);
  expect(healthy.messages.at(-1)?.raw.equals(bytes)).toBe(true);
  expect(readFileSync(outboxPath(stateDir, 'sent', pending[0])).equals(bytes)).toBe(true);
  expect(await sendAll(stateDir, url)).toEqual([]);
  expect(healthy.messages).toHaveLength(before + 1);
}

describe('temporary failures keep the message in the outbox, byte-identical, for a later send', () => {
  it('connection refused (closed port)', async () => {
    const port = await freePort();
    const failed = await deliverThrough(`smtp://127.0.0.1:${port}`);
    expect(failed.code).toBe(3);
    expect(failed.notes).toMatch(/Not sent: connection refused/);
    expect(failed.notes).toContain('Saved in the outbox');
    const smtp = await startSmtp({ port });
    try {
      await expectKeptThenDeliveredOnce(failed.stateDir, smtp);
    } finally {
      await smtp.close();
    }
  });

  it.each<[SmtpFailure, RegExp]>([
    ['greeting-421', /421/],
    ['data-451', /451/],
    ['drop-in-data', /connection (dropped|closed)/],
  ])('%s', async (failure, why) => {
    const smtp = await startSmtp({ failure });
    try {
      const failed = await deliverThrough(smtp.url);
      expect(failed.code).toBe(3);
      expect(failed.notes).toMatch(why);
      expect(smtp.messages).toHaveLength(0);
      smtp.setFailure('none');
      await expectKeptThenDeliveredOnce(failed.stateDir, smtp);
    } finally {
      await smtp.close();
    }
  });

  it('authentication failure (wrong password), then the right one', async () => {
    const smtp = await startSmtp({ auth: AUTH });
    try {
      const failed = await deliverThrough(`smtp://alice:wrong-password@127.0.0.1:${smtp.port}`);
      expect(failed.code).toBe(3);
      expect(failed.notes).toMatch(/authentication failed/);
      expect(failed.notes).not.toContain('wrong-password');
      await expectKeptThenDeliveredOnce(failed.stateDir, smtp);
    } finally {
      await smtp.close();
    }
  });

  it('TLS required but the server offers no STARTTLS: nothing goes out in clear text', async () => {
    const smtp = await startSmtp();
    try {
      const failed = await deliverThrough(`${smtp.url}?requireTLS=true`);
      expect(failed.code).toBe(3);
      expect(failed.notes).toMatch(/TLS/);
      expect(smtp.messages).toHaveLength(0);
      await expectKeptThenDeliveredOnce(failed.stateDir, smtp);
    } finally {
      await smtp.close();
    }
  });

  it('a server that accepts TCP and never answers: bounded by the greeting timeout', async () => {
    const silent = await startSilentServer();
    const smtp = await startSmtp();
    try {
      const failed = await deliverThrough(`smtp://127.0.0.1:${silent.port}`);
      expect(failed.code).toBe(3);
      expect(failed.notes).toMatch(/timed out/);
      expect(failed.ms).toBeLessThan(TIMEOUTS.greetingMs + TIMEOUTS.socketMs + 1000);
      await expectKeptThenDeliveredOnce(failed.stateDir, smtp);
    } finally {
      await silent.close();
      await smtp.close();
    }
  });
});

describe('permanent refusal', () => {
  it('550 on the recipient moves the message to failed/ and says so; send does not retry it', async () => {
    const smtp = await startSmtp({ failure: 'rcpt-550' });
    try {
      const failed = await deliverThrough(smtp.url);
      expect(failed.code).toBe(3);
      expect(failed.notes).toMatch(/Not sent: refused: 550 No such user here/);
      expect(failed.notes).toMatch(/moved to .*\/failed\/.*nothing more will be tried/);
      expect(list(failed.stateDir, 'outbox')).toEqual([]);
      expect(list(failed.stateDir, 'failed')).toHaveLength(1);
      smtp.setFailure('none');
      expect(await sendAll(failed.stateDir, smtp.url)).toEqual([]);
      expect(smtp.messages).toHaveLength(0);
    } finally {
      await smtp.close();
    }
  });
});

describe('concurrent sends', () => {
  it('two runs over the same outbox deliver every message exactly once', async () => {
    const port = await freePort();
    const first = await deliverThrough(`smtp://127.0.0.1:${port}`);
    // three messages in one outbox, all waiting
    for (let i = 0; i < 2; i++) {
      const more = await deliverThrough(`smtp://127.0.0.1:${port}`);
      for (const name of list(more.stateDir, 'outbox')) {
        renameSync(
          outboxPath(more.stateDir, 'outbox', name),
          outboxPath(first.stateDir, 'outbox', basename(name)),
        );
      }
    }
    expect(list(first.stateDir, 'outbox')).toHaveLength(3);
    const smtp = await startSmtp({ port, acceptDelayMs: 150 });
    try {
      const [a, b] = await Promise.all([
        sendAll(first.stateDir, smtp.url),
        sendAll(first.stateDir, smtp.url),
      ]);
      const all = [...(a ?? []), ...(b ?? [])];
      expect(all.filter((r) => r.result === 'sent')).toHaveLength(3);
      expect(all.every((r) => r.result === 'sent' || r.result === 'busy')).toBe(true);
      expect(smtp.messages).toHaveLength(3);
      expect(new Set(smtp.messages.map((m) => m.raw.toString('base64'))).size).toBe(3);
      expect(list(first.stateDir, 'sent')).toHaveLength(3);
      expect(list(first.stateDir, 'outbox')).toEqual([]);
    } finally {
      await smtp.close();
    }
  });
});
