// collect end to end: the built CLI, run as a temporary user, against a real sshd on loopback.

import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { PROBE_IDS } from '../src/report/evidence.js';
import { reportSchema } from '../src/report/schema.js';
import { CLI, type SshEnv, startSshEnv } from './harness/ssh-env.js';
import { freePort, startSilentServer } from './harness/system.js';

/** The fields of /proc/PID/stat after the command name (field 3, the state, first). */
function statFields(pid: number | string): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** Niceness of a running process (field 19 of /proc/PID/stat). */
function niceness(pid: number): number {
  return Number(statFields(pid)[16]);
}

/** The processes whose parent is `ppid`, with their argv. */
function childrenOf(ppid: number): { pid: number; argv: string[] }[] {
  const out: { pid: number; argv: string[] }[] = [];
  for (const name of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (Number(statFields(name)[1]) !== ppid) continue;
      out.push({ pid: Number(name), argv: readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0') });
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs = 5000): Promise<T> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; ) {
    const found = probe();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('waitFor: timed out');
}

function parseReport(stdout: string) {
  const parsed = reportSchema.safeParse(JSON.parse(stdout));
  if (!parsed.success) throw new Error(`report does not validate: ${parsed.error.message}`);
  return parsed.data;
}

describe('collect against a real sshd', () => {
  let env: SshEnv;
  beforeAll(async () => {
    env = await startSshEnv({ keys: [{ file: 'id_rsa' }] });
  });
  afterAll(() => env?.stop());

  it('reports a successful connection with exit 0 and a valid JSON report holding every probe', async () => {
    const r = await env.cli(['collect', ...env.targetArgs(), '--json']);
    expect({ code: r.exitCode, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const report = parseReport(r.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.connection.outcome).toBe('success');
    expect(report.cause).toBe('success');
    expect(report.target).toEqual({ login: env.user.name, host: '127.0.0.1', port: env.port });
    expect(report.probes.map((p) => p.probe).sort()).toEqual([...PROBE_IDS].sort());
    const vvv = report.probes.find((p) => p.probe === 'ssh-vvv');
    expect(vvv?.argv).toEqual(
      expect.arrayContaining(['-vvv', 'BatchMode=yes', '--', `${env.user.name}@127.0.0.1`]),
    );
    expect(vvv?.argv.indexOf('--')).toBe((vvv?.argv.indexOf(`${env.user.name}@127.0.0.1`) ?? 0) - 1);
    expect(vvv?.status).toBe('ok');
    expect(vvv?.stderr).toMatch(
      /^Authenticated to 127\.0\.0\.1 \(\[127\.0\.0\.1\]:\d+\) using "publickey"\.$/m,
    );
    // ssh is ended once ssh-doctor reads that line (no session, no shell on the server; run-probe.test.ts), but a
    // local sshd may have run `exit` already while the CLI was still loading (ssh starts first): either is fine here.
    for (const p of report.probes) {
      expect(typeof p.durationMs).toBe('number');
      expect(p.timedOut).toBe(false);
    }
    const idRsa = report.keys.find((k) => k.name === 'id_rsa');
    expect(idRsa).toMatchObject({ format: 'openssh-private', keyType: 'RSA', bits: 2048, matchesPub: true });
    // id_rsa.pub is checked as the account form would: right key, RSA 2048 < the 4096 the site recommends.
    const listed = await env.runAs(['ssh-keygen', '-l', '-f', env.keyPath('id_rsa.pub')]);
    expect(report.publicKeyCheck?.key?.fingerprint).toBe(listed.stdout.split(' ')[1]);
    expect(report.publicKeyCheck?.problems.map((p) => p.code)).toContain('policy-bits-recommended');
  });

  it('writes a report that triage, reading it back, judges a success', async () => {
    const r = await env.cli(['collect', ...env.targetArgs(), '--json']);
    expect(r.exitCode).toBe(0);
    const dir = await mkdtemp(join(tmpdir(), 'ssh-doctor-collected-'));
    try {
      const file = join(dir, 'report.json');
      await writeFile(file, r.stdout);
      const t = await execa(process.execPath, [CLI, 'triage', '--format', 'json', file], { reject: false });
      expect({ code: t.exitCode, stderr: t.stderr }).toEqual({ code: 0, stderr: '' });
      const [ticket] = JSON.parse(t.stdout) as { cause: string; findings: { severity: string }[] }[];
      expect(ticket?.cause).toBe('success');
      expect(ticket?.findings.filter((f) => f.severity === 'error')).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('prints a readable text report in the one-liner order', async () => {
    const r = await env.cli(env.targetArgs());
    expect(r.exitCode).toBe(0);
    const order = [
      '$ uname -a',
      '$ ls -al $HOME/.ssh',
      '$ ssh-add -l',
      '$ ssh-add -L',
      '$ head -2 $HOME/.ssh/id_rsa',
      '$ cat $HOME/.ssh/id_rsa.pub',
      '$ date',
      `$ ssh -vvv ${env.user.name}@127.0.0.1`,
    ];
    const positions = order.map((h) => r.stdout.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(r.stdout).toMatch(/Connection: OK/);
    expect(r.stdout).toMatch(
      /^\[ended by ssh-doctor once authenticated: no shell was opened on the server\]$/m,
    );
    expect(r.stdout).not.toMatch(/PRIVATE KEY-----/);
  });

  it('never modifies the user known_hosts', async () => {
    const before = await env.runAs(['ls', '-a', env.user.sshDir]);
    await env.cli([...env.targetArgs(), '--json']);
    const after = await env.runAs(['ls', '-a', env.user.sshDir]);
    expect(after.stdout).toBe(before.stdout);
    expect(after.stdout).not.toMatch(/known_hosts/);
  });
});

describe('collect failures', () => {
  it('exits 1 when the key is not authorized', async () => {
    const env = await startSshEnv({ keys: [{ file: 'id_rsa', authorize: false }] });
    try {
      const r = await env.cli([...env.targetArgs(), '--json', '--no-mail']);
      expect(r.exitCode).toBe(1);
      const report = parseReport(r.stdout);
      expect(report.connection.outcome).toBe('failure');
      expect(report.connection.permissionDenied).not.toBeNull();
    } finally {
      await env.stop();
    }
  });

  it('exits 1 well under the timeout when nothing listens on the port', async () => {
    const env = await startSshEnv({ keys: [{ file: 'id_rsa' }], noSshd: true });
    try {
      const port = await freePort();
      const r = await env.cli([...env.targetArgs(port), '--json', '--no-mail', '--timeout', '10']);
      expect(r.exitCode).toBe(1);
      expect(r.durationMs).toBeLessThan(5000);
      const report = parseReport(r.stdout);
      expect(report.network.tcp?.status).toBe('refused');
      expect(report.probes.find((p) => p.probe === 'ssh-vvv')?.stderr).toMatch(/Connection refused/);
    } finally {
      await env.stop();
    }
  });

  it('runs with $HOME unset, using the passwd home as ssh does', async () => {
    const env = await startSshEnv({ keys: [{ file: 'id_rsa' }] });
    try {
      const argv = [process.execPath, CLI, ...env.targetArgs(), '--json', '--no-mail'];
      const r = await env.runAs(['env', '-u', 'HOME', ...argv]);
      expect(r.exitCode).toBe(0);
      const report = parseReport(r.stdout);
      expect(report.system.home).toBeNull();
      expect(report.system.passwdHome).toBe(env.user.home);
      expect(report.keys.some((k) => k.name === 'id_rsa')).toBe(true);
    } finally {
      await env.stop();
    }
  });

  it('runs its other work below the priority of ssh -vvv while ssh runs', async () => {
    // ssh waits for a banner that never comes: time enough to look at the running processes.
    const silent = await startSilentServer();
    const target = ['--login', 'nobody', '--host', '127.0.0.1', '--port', String(silent.port)];
    const run = execa(process.execPath, [CLI, ...target, '--timeout', '5', '--json', '--no-mail'], {
      reject: false,
      stdin: 'ignore',
    });
    try {
      const ssh = await waitFor(() => childrenOf(run.pid ?? -1).find((p) => p.argv.includes('-vvv')));
      const base = niceness(process.pid);
      const lowered = Math.min(19, base + 10);
      // ssh-doctor lowers its priority right after starting ssh: on a busy machine that can be a moment later.
      const doctor = await waitFor(() => {
        const n = niceness(run.pid ?? -1);
        return n === lowered ? n : undefined;
      }).catch(() => niceness(run.pid ?? -1));
      expect({ ssh: niceness(ssh.pid), doctor }).toEqual({ ssh: base, doctor: lowered });
    } finally {
      await run;
      await silent.close();
    }
  });

  it('reports a missing ~/.ssh as evidence, not a crash', async () => {
    const env = await startSshEnv({ noSshd: true });
    try {
      await env.runAs(['rmdir', env.user.sshDir]);
      const r = await env.cli([...env.targetArgs(1), '--json', '--no-mail']);
      expect(r.exitCode).toBe(1);
      const report = parseReport(r.stdout);
      expect(report.probes.find((p) => p.probe === 'ls-ssh')?.stderr).toMatch(/No such file or directory/);
      expect(report.sshDir.exists).toBe(false);
    } finally {
      await env.stop();
    }
  });
});

describe('argument validation', () => {
  let env: SshEnv;
  beforeAll(async () => {
    env = await startSshEnv({ noSshd: true });
  });
  afterAll(() => env?.stop());

  it.each([
    [['--login', '-oProxyCommand=x'], /login '-oProxyCommand=x' starts with '-'/],
    [['--login=-oProxyCommand=x'], /login '-oProxyCommand=x' starts with '-'/],
    [['--login', 'a b'], /whitespace or control/],
    [['--login', 'alice\u0007'], /control characters/],
    [['--login', ''], /empty/],
    [
      ['--login', 'alice', '--host', '-oProxyCommand=touch /tmp/x'],
      /host '-oProxyCommand=touch \/tmp\/x' starts with '-'/,
    ],
    [['--login', 'alice', '--host', 'a;b'], /not a valid host/],
    [['--login', 'alice', '--port', '0'], /port '0'/],
    [['--login', 'alice', '--port', '70000'], /port '70000'/],
    [['--login', 'alice', '--port', 'ssh'], /port 'ssh'/],
    [['--bogus'], /Unknown argument/],
  ])('%j exits 2 with a one-line message', async (args, message) => {
    const r = await env.cli(args as string[]);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.m?js:\d+/);
  });
});
