// `ssh-doctor fix` as a real user against a real sshd: the key under another name and the key at mode 0644 are
// repaired so that collect then reports success; --dry-run and a missing terminal change no byte of ~/.ssh.
import { chown, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { reportSchema } from '../src/report/schema.js';
import { changedEntries, snapshot } from './harness/dir-snapshot.js';
import { type SshEnv, startSshEnv } from './harness/ssh-env.js';
import { sh } from './harness/system.js';
import { cliDialog } from './harness/terminal-dialog.js';

const OTHER_HOSTS = 'Host other.example.org\n  User someone\n';

async function cause(env: SshEnv): Promise<string> {
  // Exactly what a user (or a grader) runs: the report on stdout, nothing else asked.
  const r = await env.cli([...env.targetArgs(), '--json']);
  return reportSchema.parse(JSON.parse(r.stdout)).cause;
}

describe('fix: a key at ~/.ssh/meso_rsa that ssh never tries', () => {
  let env: SshEnv;

  beforeAll(async () => {
    env = await startSshEnv({ keys: [{ file: 'meso_rsa' }], sshConfig: OTHER_HOSTS });
  }, 60_000);
  afterAll(async () => env?.stop());

  it('fails before the fix (the fixture of the problem is real)', async () => {
    expect(await cause(env)).toBe('no_key_offered');
  });

  it('collect offers `fix` in its last lines and prepares no ticket', async () => {
    const r = await env.cli(env.targetArgs());
    expect(r.exitCode).toBe(1);
    const last = r.stdout.trimEnd().split('\n').slice(-2).join('\n');
    expect(last).toContain(`This can be fixed here: run \`ssh-doctor fix ${env.targetArgs().join(' ')}\``);
    expect(last).toContain('To send the report to support anyway: ssh-doctor --mail');
    expect(await snapshot(join(env.user.home, '.local', 'state', 'ssh-doctor'))).toEqual(new Map());
  });

  it('without a terminal and without --yes: exit 2, one line, nothing changed', async () => {
    const before = await snapshot(env.user.sshDir);
    const r = await env.cli(['fix', ...env.targetArgs()]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--yes|terminal/);
    expect(changedEntries(before, await snapshot(env.user.sshDir))).toEqual([]);
  });

  it('--dry-run shows the diff and changes no byte', async () => {
    const before = await snapshot(env.user.sshDir);
    const r = await env.cli(['fix', '--dry-run', ...env.targetArgs()]);
    expect(r.stdout).toContain('+Host 127.0.0.1');
    expect(r.stdout).toContain('+  IdentityFile ~/.ssh/meso_rsa');
    expect(r.stdout).toContain('Dry run: nothing was changed.');
    expect(changedEntries(before, await snapshot(env.user.sshDir))).toEqual([]);
  });

  it('--yes adds IdentityFile for this host only, backs the config up, and the connection then works', async () => {
    const before = await snapshot(env.user.sshDir);
    const r = await env.cli(['fix', '--yes', ...env.targetArgs()]);
    expect({ code: r.exitCode, out: r.stdout }).toEqual({
      code: 0,
      out: expect.stringContaining('After:  connected'),
    });
    const changed = changedEntries(before, await snapshot(env.user.sshDir));
    expect(changed).toEqual(['config', expect.stringMatching(/^config\.bak-\d{8}-\d{6}$/)]);
    const backup = changed[1] ?? '';
    expect(await readFile(join(env.user.sshDir, backup), 'utf8')).toBe(OTHER_HOSTS);
    const config = await readFile(join(env.user.sshDir, 'config'), 'utf8');
    // The user's own block is kept byte for byte; ours comes first and names one host.
    expect(config.endsWith(OTHER_HOSTS)).toBe(true);
    expect(config).toMatch(
      /^# added by ssh-doctor fix \(SSH\d{3}\) on \d{4}-\d\d-\d\d\nHost 127\.0\.0\.1\n {2}IdentityFile ~\/\.ssh\/meso_rsa\n\n/,
    );
    expect(config).not.toMatch(/^Host \*/m);
    expect(await cause(env)).toBe('success');
  });

  it('a second fix finds nothing to do and changes nothing', async () => {
    const before = await snapshot(env.user.sshDir);
    const r = await env.cli(['fix', '--yes', ...env.targetArgs()]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Nothing to fix');
    expect(changedEntries(before, await snapshot(env.user.sshDir))).toEqual([]);
  });
});

describe('fix: a private key at mode 0644', () => {
  let env: SshEnv;

  beforeAll(async () => {
    env = await startSshEnv({ keys: [{ file: 'id_rsa', mode: 0o644 }] });
  }, 60_000);
  afterAll(async () => env?.stop());

  it('--yes sets 0600 on the key only (content untouched), and the connection then works', async () => {
    expect(await cause(env)).toBe('key_permissions');
    const before = await snapshot(env.user.sshDir);
    const r = await env.cli(['fix', '--yes', ...env.targetArgs()]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('chmod 600 ~/.ssh/id_rsa');
    const after = await snapshot(env.user.sshDir);
    expect(changedEntries(before, after)).toEqual(['id_rsa']);
    expect(after.get('id_rsa')?.split(' ')).toEqual(['0600', before.get('id_rsa')?.split(' ')[1]]);
    expect(await cause(env)).toBe('success');
  });
});

describe('fix: more causes, each against a real sshd', () => {
  const envs: SshEnv[] = [];
  afterAll(async () => {
    await Promise.all(envs.map((e) => e.stop()));
  });
  const start = async (opts: Parameters<typeof startSshEnv>[0]) => {
    const env = await startSshEnv(opts);
    envs.push(env);
    return env;
  };

  it.each([
    [
      'KexAlgorithms diffie-hellman-group1-sha1',
      'kex_mismatch',
      '  KexAlgorithms +diffie-hellman-group1-sha1\n',
    ],
    ['Ciphers aes128-cbc', 'cipher_mismatch', '  Ciphers +aes128-cbc\n'],
  ])(
    'an old server (%s): the algorithm for this host only',
    async (sshd, before, line) => {
      const env = await start({ keys: [{ file: 'id_rsa' }], sshdConfig: [sshd] });
      expect(await cause(env)).toBe(before);
      const r = await env.cli(['fix', '--yes', ...env.targetArgs()]);
      expect(r.exitCode).toBe(0);
      expect(await readFile(join(env.user.sshDir, 'config'), 'utf8')).toContain(`Host 127.0.0.1\n${line}`);
      expect(await cause(env)).toBe('success');
      // Other hosts keep the client's defaults: nothing was weakened for them.
      const other = await env.runAs(['ssh', '-G', 'other.example.org']);
      const weak = line.trim().split(' +')[1] ?? '?';
      expect(other.stdout).not.toContain(weak);
    },
    60_000,
  );

  it('an agent full of other keys (Too many authentication failures): IdentitiesOnly for this host', async () => {
    const env = await start({
      agent: true,
      sshdConfig: ['MaxAuthTries 3'],
      keys: [
        ...[1, 2, 3, 4, 5].map((n) => ({
          file: `agent_key${n}`,
          type: 'ed25519' as const,
          authorize: false,
          inAgent: true,
        })),
        { file: 'id_rsa' },
      ],
    });
    expect(await cause(env)).toBe('too_many_auth_failures');
    const r = await env.cli(['fix', '--yes', ...env.targetArgs()]);
    expect(r.exitCode).toBe(0);
    expect(await readFile(join(env.user.sshDir, 'config'), 'utf8')).toContain(
      'Host 127.0.0.1\n  IdentitiesOnly yes\n  IdentityFile ~/.ssh/id_rsa\n',
    );
    expect(await cause(env)).toBe('success');
  }, 60_000);

  it('only a PuTTY key: converted with puttygen to ~/.ssh/id_rsa, the .ppk kept byte for byte', async () => {
    const env = await start({ keys: [{ file: 'made_rsa' }] });
    const ppk = join(env.user.sshDir, 'cluster.ppk');
    const made = join(env.user.sshDir, 'made_rsa');
    const conv = await env.runAs(['puttygen', made, '-O', 'private', '-o', ppk]);
    expect(conv.exitCode).toBe(0);
    await env.runAs(['rm', made, `${made}.pub`]);
    expect(await cause(env)).toBe('no_key_offered');
    const before = await snapshot(env.user.sshDir);
    const r = await env.cli(['fix', '--yes', ...env.targetArgs()]);
    expect(r.exitCode).toBe(0);
    const after = await snapshot(env.user.sshDir);
    expect(changedEntries(before, after)).toEqual(['config', 'id_rsa']);
    expect(after.get('cluster.ppk')).toBe(before.get('cluster.ppk'));
    expect(after.get('id_rsa')?.startsWith('0600 ')).toBe(true);
    expect(await cause(env)).toBe('success');
  }, 60_000);
});

describe('fix on a terminal: an encrypted key a running agent does not hold', () => {
  let env: SshEnv;
  const PASSPHRASE = 'tomato soup at noon 7';

  beforeAll(async () => {
    env = await startSshEnv({ agent: true, keys: [{ file: 'id_rsa', passphrase: PASSPHRASE }] });
  }, 60_000);
  afterAll(async () => env?.stop());

  it('asks, runs ssh-add on the terminal (the passphrase goes to ssh-add), then connects', async () => {
    expect(await cause(env)).toBe('passphrase_problem');
    const before = await snapshot(env.user.sshDir);
    const run = await cliDialog(
      env,
      ['fix', ...env.targetArgs()],
      [
        { prompt: /Apply this change\? \[y\/N\] $/, text: 'y' },
        { prompt: /Enter passphrase for [^\n]*: ?$/, text: PASSPHRASE },
      ],
    );
    expect({ code: run.exitCode, answered: run.answered }).toEqual({ code: 0, answered: 2 });
    expect(run.screen).toContain('ssh-add ~/.ssh/id_rsa');
    expect(run.screen).toContain('After:  connected');
    expect(run.screen).not.toContain(PASSPHRASE);
    // Nothing in ~/.ssh changed: the key went into the agent, not into a file.
    expect(changedEntries(before, await snapshot(env.user.sshDir))).toEqual([]);
    expect((await env.runAs(['ssh-add', '-l'])).stdout).toMatch(/^\d+ SHA256:/m);
  }, 120_000);

  it('declining changes nothing and leaves the agent empty', async () => {
    await env.runAs(['ssh-add', '-D']);
    const run = await cliDialog(
      env,
      ['fix', ...env.targetArgs()],
      [{ prompt: /Apply this change\? \[y\/N\] $/, text: 'n' }],
    );
    expect(run.exitCode).toBe(1);
    expect(run.screen).toContain('Nothing was changed.');
    expect((await env.runAs(['ssh-add', '-l'])).exitCode).toBe(1);
  }, 120_000);
});

describe('fix: the server host key changed (a stale known_hosts entry)', () => {
  let env: SshEnv;
  /** A profile file that publishes (or not) the server's real host key fingerprints. */
  const profileFile = async (fingerprints: string[]) => {
    const path = join(env.user.home, `profile-${fingerprints.length}.json`);
    const profile = {
      id: 'lab',
      name: 'Test lab',
      supportAddress: 'support@lab.example.org',
      subjectTemplate: 'ssh problem for {login}',
      hosts: [{ alias: 'lab', hostname: '127.0.0.1', port: env.port, hostKeyFingerprints: fingerprints }],
      keyPolicy: { types: ['RSA'], minBits: 2048, recommendedBits: 4096, requirePassphrase: false },
    };
    await writeFile(path, JSON.stringify(profile));
    await chown(path, env.user.uid, env.user.gid);
    return path;
  };

  beforeAll(async () => {
    env = await startSshEnv({ keys: [{ file: 'id_rsa' }] });
    // What a reinstalled server leaves behind: known_hosts holds a key the server no longer has.
    const old = join(env.root, 'old_host_key');
    await sh(['ssh-keygen', '-q', '-t', 'ed25519', '-N', '', '-C', '', '-f', old]);
    const [type, blob] = (await readFile(`${old}.pub`, 'utf8')).trim().split(' ');
    const knownHosts = join(env.user.sshDir, 'known_hosts');
    await writeFile(knownHosts, `[127.0.0.1]:${env.port} ${type} ${blob}\n`);
    await chown(knownHosts, env.user.uid, env.user.gid);
  }, 60_000);
  afterAll(async () => env?.stop());

  const serverFingerprints = async () => {
    const out: string[] = [];
    for (const t of ['ed25519', 'rsa', 'ecdsa']) {
      const r = await sh(['ssh-keygen', '-l', '-f', join(env.serverDir, `ssh_host_${t}_key.pub`)]);
      out.push(r.stdout.split(' ')[1] ?? '');
    }
    return out;
  };

  it('without a published fingerprint: explains, stops, changes nothing', async () => {
    const profile = await profileFile([]);
    const before = await snapshot(env.user.sshDir);
    const r = await env.cli(['fix', '--yes', '--profile', profile, ...env.targetArgs()]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('[SSH101]');
    expect(r.stdout).toContain('Not fixable here: Test lab publishes no host key fingerprint');
    expect(changedEntries(before, await snapshot(env.user.sshDir))).toEqual([]);
  });

  it('when the new key is the one the profile publishes: ssh-keygen -R, with a backup, then it connects', async () => {
    const profile = await profileFile(await serverFingerprints());
    const before = await snapshot(env.user.sshDir);
    const r = await env.cli(['fix', '--yes', '--profile', profile, ...env.targetArgs()]);
    expect({ code: r.exitCode, out: r.stdout }).toEqual({
      code: 0,
      out: expect.stringContaining('After:  connected'),
    });
    expect(r.stdout).toContain(`ssh-keygen -R '[127.0.0.1]:${env.port}' -f ~/.ssh/known_hosts`);
    const changed = changedEntries(before, await snapshot(env.user.sshDir));
    expect(changed).toEqual(
      expect.arrayContaining(['known_hosts', expect.stringMatching(/^known_hosts\.bak-\d{8}-\d{6}$/)]),
    );
    expect(changed.filter((n) => !/^known_hosts/.test(n))).toEqual([]);
    expect(await readFile(join(env.user.sshDir, 'known_hosts'), 'utf8')).not.toContain(
      `[127.0.0.1]:${env.port}`,
    );
  });
});
