import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sendViaSendmail } from './send-sendmail.js';

/** A fake sendmail: records its argv and stdin, then exits with `code` (or sleeps). */
function fakeSendmail(body: string): { path: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sshd-sendmail-'));
  const path = join(dir, 'sendmail');
  writeFileSync(path, `#!/bin/sh\nprintf '%s\\n' "$@" > "${dir}/argv"\ncat > "${dir}/stdin"\n${body}\n`);
  chmodSync(path, 0o755);
  return { path, dir };
}

const RAW = Buffer.from('To: meso-support@ipsl.fr\r\nSubject: x\r\n\r\n.\r\nbody\r\n');

describe('sendViaSendmail', () => {
  it('runs `sendmail -i -t` (argv, no shell) with the exact bytes on stdin', async () => {
    const fake = fakeSendmail('exit 0');
    expect(await sendViaSendmail(fake.path, RAW)).toMatchObject({ status: 'sent' });
    expect(readFileSync(join(fake.dir, 'argv'), 'utf8')).toBe('-i\n-t\n');
    expect(readFileSync(join(fake.dir, 'stdin')).equals(RAW)).toBe(true);
  });

  it.each([
    ['exit 75', 'temporary'],
    ['echo "no such user" >&2; exit 67', 'permanent'],
    ['exit 1', 'temporary'],
  ])('%s → %s', async (body, status) => {
    expect((await sendViaSendmail(fakeSendmail(body).path, RAW)).status).toBe(status);
  });

  it('a missing binary or a hung one is temporary, and bounded', async () => {
    expect(await sendViaSendmail('/nonexistent/sendmail', RAW)).toMatchObject({
      status: 'temporary',
      detail: expect.stringContaining('ENOENT'),
    });
    const started = Date.now();
    const hung = await sendViaSendmail(fakeSendmail('sleep 30').path, RAW, 300);
    expect(hung).toMatchObject({ status: 'temporary', detail: expect.stringContaining('did not finish') });
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
