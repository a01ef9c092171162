// runCommand with real processes: ending a command once its answer is known, and ssh's success line matcher.
import { readFileSync } from 'node:fs';
import { isAuthenticatedTo } from './probe-specs.js';
import { runCommand } from './run-probe.js';

/** A node child that says `ready` on stderr, then (with a grandchild in its process group) waits 30 s. */
const SLOW_AFTER_READY = [
  process.execPath,
  '-e',
  `const { spawn } = require('node:child_process');
   const grandchild = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
   process.stdout.write(String(grandchild.pid) + '\\n');
   process.stderr.write('starting\\nread');
   setTimeout(() => process.stderr.write('y\\nmore\\n'), 50);
   setTimeout(() => {}, 30000);`,
];

/** Running, not a zombie (a container's init may never reap an orphan). */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('runCommand stopAfterLine', () => {
  it('ends the command and its process group after the accepted line, as a success', async () => {
    const seen: string[] = [];
    const r = await runCommand({
      argv: SLOW_AFTER_READY,
      timeoutMs: 20_000,
      stopAfterLine: (line) => {
        seen.push(line);
        return line === 'ready';
      },
    });
    expect(r).toMatchObject({ status: 'ok', stoppedEarly: true, timedOut: false });
    expect(r.durationMs).toBeLessThan(5_000);
    // The line was split across two writes: it is matched whole, and nothing after it is asked about.
    expect(seen).toEqual(['starting', 'ready']);
    expect(r.stderr).toMatch(/^starting\nready/);
    const grandchild = Number(r.stdout.trim());
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(alive(grandchild)).toBe(false);
  });

  it('kills a command that ignores SIGTERM once its line came, well before the deadline', async () => {
    const r = await runCommand({
      argv: [
        process.execPath,
        '-e',
        "process.on('SIGTERM', () => {}); process.stderr.write('ready\\n'); setTimeout(() => {}, 30000)",
      ],
      timeoutMs: 20_000,
      stopAfterLine: (line) => line === 'ready',
    });
    expect(r).toMatchObject({ status: 'ok', stoppedEarly: true, timedOut: false });
    expect(r.durationMs).toBeLessThan(5_000);
  });

  it('lets the command finish when no line is accepted', async () => {
    const r = await runCommand({
      argv: [process.execPath, '-e', "process.stderr.write('a\\nb\\n'); process.exitCode = 3"],
      timeoutMs: 20_000,
      stopAfterLine: () => false,
    });
    expect(r).toMatchObject({ status: 'failed', exitCode: 3, stderr: 'a\nb\n' });
    expect(r.stoppedEarly).toBeUndefined();
  });

  it('still times out when the line never comes', async () => {
    const r = await runCommand({
      argv: [process.execPath, '-e', 'setTimeout(() => {}, 30000)'],
      timeoutMs: 300,
      stopAfterLine: () => false,
    });
    expect(r).toMatchObject({ status: 'timeout', timedOut: true });
  });
});

describe('isAuthenticatedTo', () => {
  const target = isAuthenticatedTo('ciclad.IPSL.jussieu.fr');

  it.each([
    'Authenticated to ciclad.ipsl.jussieu.fr ([134.157.176.129]:22) using "publickey".',
    'Authenticated to ciclad.ipsl.jussieu.fr (via proxy) using "publickey".',
    // OpenSSH <= 8.6 (ssh.c), no method
    'Authenticated to ciclad.ipsl.jussieu.fr ([134.157.176.129]:22).',
  ])('accepts the destination: %s', (line) => {
    expect(target(line)).toBe(true);
  });

  it.each([
    // a ProxyJump hop's ssh writes to the same stderr
    'Authenticated to bastion.ipsl.fr ([10.0.0.1]:22) using "publickey".',
    'Authenticated to ciclad.ipsl.jussieu.fr.evil ([10.0.0.2]:22) using "publickey".',
    'debug1: Authentications that can continue: publickey',
    'Authenticated using "publickey" with partial success.',
  ])('rejects %s', (line) => {
    expect(target(line)).toBe(false);
  });
});
