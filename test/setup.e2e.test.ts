// `ssh-doctor setup` on a real pseudo-terminal as a user with no ~/.ssh: ssh-keygen asks the passphrase, the key
// lands at ~/.ssh/id_rsa (RSA 4096, encrypted), ssh-add loads it into a real agent, the Host block is written, and
// the printed line passes check-key; a second run changes nothing. A user with meso_rsa keeps it.
import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { changedEntries, snapshot } from './harness/dir-snapshot.js';
import { type SshEnv, startSshEnv } from './harness/ssh-env.js';
import { cliDialog } from './harness/terminal-dialog.js';

const PASSPHRASE = 'correct horse battery staple 42';

/** The `ssh-rsa AAAA...` line setup printed. */
function publicLine(screen: string): string {
  const line = screen.split('\n').find((l) => /^ssh-rsa AAAA[0-9A-Za-z+/=]+( .*)?$/.test(l.trim()));
  if (!line) throw new Error(`no public key line on the screen:\n${screen}`);
  return line.trim();
}

describe('setup with no ~/.ssh, on a terminal', () => {
  let env: SshEnv;

  beforeAll(async () => {
    env = await startSshEnv({ agent: true, noSshd: true });
    await rm(env.user.sshDir, { recursive: true, force: true });
  }, 60_000);
  afterAll(async () => env?.stop());

  it('creates an encrypted RSA 4096 key, loads it, writes the Host block, prints a line check-key accepts', async () => {
    const run = await cliDialog(
      env,
      ['setup', ...env.targetArgs(2222)],
      [
        { prompt: /Create ~\/\.ssh\/id_rsa now\?.*\[y\/N\] $/, text: 'y' },
        { prompt: /Enter passphrase[^\n]*: ?$/, text: PASSPHRASE },
        { prompt: /Enter same passphrase again: ?$/, text: PASSPHRASE },
        { prompt: /Load the key into your running SSH agent.*\[y\/N\] $/, text: 'y' },
        { prompt: /Enter passphrase for [^\n]*: ?$/, text: PASSPHRASE },
        { prompt: /Add it to ~\/\.ssh\/config.*\[y\/N\] $/, text: 'y' },
      ],
    );
    if (process.env.SHOW_SCREEN) console.log(run.screen);
    expect({ code: run.exitCode, answered: run.answered }).toEqual({ code: 0, answered: 6 });
    // The passphrase went to ssh-keygen and ssh-add through the terminal, which does not echo it.
    expect(run.screen).not.toContain(PASSPHRASE);
    expect(((await stat(env.user.sshDir)).mode & 0o777).toString(8)).toBe('700');
    const key = join(env.user.sshDir, 'id_rsa');
    expect(((await stat(key)).mode & 0o777).toString(8)).toBe('600');
    const info = await env.runAs(['ssh-keygen', '-l', '-f', key]);
    expect(info.stdout).toMatch(/^4096 SHA256:\S+ .*\(RSA\)$/m);
    // Encrypted: without the passphrase ssh-keygen cannot read it.
    const noPass = await env.runAs(['ssh-keygen', '-y', '-P', '', '-f', key]);
    expect(noPass.exitCode).not.toBe(0);
    const withPass = await env.runAs(['ssh-keygen', '-y', '-P', PASSPHRASE, '-f', key]);
    expect(withPass.exitCode).toBe(0);
    const line = publicLine(run.screen);
    expect(line.split(' ').slice(0, 2)).toEqual(withPass.stdout.trim().split(' ').slice(0, 2));
    const check = await env.cli(['check-key', '--json', `--text=${line}`]);
    expect(JSON.parse(check.stdout).verdict).toBe('ok');
    expect(check.exitCode).toBe(0);
    const agent = await env.runAs(['ssh-add', '-l']);
    expect(agent.stdout).toContain(info.stdout.split(' ')[1]);
    const config = await readFile(join(env.user.sshDir, 'config'), 'utf8');
    expect(config).toContain(
      `Host 127.0.0.1\n  HostName 127.0.0.1\n  User ${env.user.name}\n  Port 2222\n  IdentityFile ~/.ssh/id_rsa\n  IdentitiesOnly yes\n`,
    );
    expect(((await stat(join(env.user.sshDir, 'config'))).mode & 0o777).toString(8)).toBe('600');
  }, 180_000);

  it('a second setup asks nothing and changes nothing', async () => {
    const before = await snapshot(env.user.sshDir);
    const run = await cliDialog(env, ['setup', ...env.targetArgs(2222)], []);
    expect(run.exitCode).toBe(0);
    expect(run.screen).toContain('already has the Host block');
    expect(run.screen).toContain('already loaded');
    expect(run.screen).not.toMatch(/\[y\/N\]/);
    expect(changedEntries(before, await snapshot(env.user.sshDir))).toEqual([]);
  }, 60_000);
});

describe('setup with a key at ~/.ssh/meso_rsa', () => {
  let env: SshEnv;

  beforeAll(async () => {
    env = await startSshEnv({ keys: [{ file: 'meso_rsa', bits: 4096 }], noSshd: true });
  }, 60_000);
  afterAll(async () => env?.stop());

  it('uses it through IdentityFile and creates no new key', async () => {
    const before = await snapshot(env.user.sshDir);
    const r = await env.cli(['setup', '--yes', ...env.targetArgs(2222)]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Your key: ~/.ssh/meso_rsa');
    expect(r.stdout).not.toContain('ssh-keygen -t');
    expect(changedEntries(before, await snapshot(env.user.sshDir))).toEqual(['config']);
    expect(await readFile(join(env.user.sshDir, 'config'), 'utf8')).toContain(
      '  IdentityFile ~/.ssh/meso_rsa\n',
    );
  });
});

describe('setup --dry-run with no ~/.ssh', () => {
  let env: SshEnv;

  beforeAll(async () => {
    env = await startSshEnv({ noSshd: true });
    await rm(env.user.sshDir, { recursive: true, force: true });
  }, 60_000);
  afterAll(async () => env?.stop());

  it('shows the ssh-keygen command and the Host block, creates nothing', async () => {
    const home = await snapshot(env.user.home);
    const r = await env.cli(['setup', '--dry-run', ...env.targetArgs(2222)]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('ssh-keygen -t rsa -b 4096 -f ~/.ssh/id_rsa');
    expect(r.stdout).toContain('+  IdentitiesOnly yes');
    expect(r.stdout).toContain('Dry run: nothing was changed.');
    // ~/.cache/ssh-doctor is the tool's own code cache (the bundle's runtime), not a change setup makes.
    const changed = changedEntries(home, await snapshot(env.user.home));
    expect(changed.filter((n) => !n.startsWith('.cache'))).toEqual([]);
  });

  it('without a terminal, refuses to create the key: exit 2, one line', async () => {
    const r = await env.cli(['setup', ...env.targetArgs(2222)]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('terminal');
  });
});
