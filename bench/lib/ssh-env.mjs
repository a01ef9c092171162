// Gives the benches the end-to-end test harness (test/harness/ssh-env.ts): bundled with esbuild at bench time,
// so that the benches and the tests start sshd and the temporary user the same way.
import { mkdirSync } from 'node:fs';
import { chmod, chown, copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { CLI, ROOT } from './common.mjs';

let harness;

/** `startSshEnv` and `createTestUser` from the test harness. */
export async function loadHarness() {
  if (!harness) {
    // Under node_modules/.cache: ignored by git and Biome, and `execa` still resolves from there.
    const outdir = join(ROOT, 'node_modules', '.cache', 'ssh-doctor-bench');
    mkdirSync(outdir, { recursive: true });
    const outfile = join(outdir, 'ssh-env.mjs');
    await build({
      stdin: {
        contents: "export * from './ssh-env.ts'; export { createTestUser } from './test-user.ts';",
        resolveDir: join(ROOT, 'test', 'harness'),
        loader: 'ts',
      },
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      logLevel: 'warning',
    });
    harness = await import(pathToFileURL(outfile).href);
  }
  return harness;
}

/**
 * A real sshd on 127.0.0.1 and a temporary user with an authorized RSA key whose known_hosts already holds the
 * server key, so that the one-liner's `ssh -o BatchMode=yes` logs in like ssh-doctor does (instead of stopping
 * early at "Host key verification failed").
 */
export async function startBenchEnv(opts = {}) {
  const { startSshEnv } = await loadHarness();
  // Every harness user (`sdt...`) may log in, so that freshUser's users use the same sshd (AllowUsers lines add up).
  const env = await startSshEnv({ keys: [{ file: 'id_rsa' }], sshdConfig: ['AllowUsers sdt*'], ...opts });
  if (!opts.noSshd) {
    const scan = await env.runAs(['ssh-keyscan', '-p', String(env.port), '127.0.0.1']);
    const knownHosts = join(env.user.sshDir, 'known_hosts');
    await writeFile(knownHosts, scan.stdout, { mode: 0o600 });
    await chown(knownHosts, env.user.uid, env.user.gid);
  }
  return env;
}

/**
 * Another user for the same sshd, who has never run anything: a new home with a copy of the harness user's key and
 * known_hosts, and the same authorized key. Removed by `user.remove()` (its home goes with the env's root).
 */
export async function freshUser(env) {
  const { createTestUser } = await loadHarness();
  const user = await createTestUser(await mkdtemp(join(env.root, 'fresh-')));
  for (const file of ['id_rsa', 'id_rsa.pub', 'known_hosts']) {
    await copyFile(join(env.user.sshDir, file), join(user.sshDir, file));
    await chown(join(user.sshDir, file), user.uid, user.gid);
  }
  const authorized = join(env.serverDir, 'authorized_keys', user.name);
  await copyFile(join(env.serverDir, 'authorized_keys', env.user.name), authorized);
  await chmod(authorized, 0o644);
  return user;
}

/** The runuser argv that runs `argv` as the harness user (or `user`) with the harness's clean environment. */
export function asUser(env, argv, user = env.user) {
  const vars = {
    HOME: user.home,
    USER: user.name,
    LOGNAME: user.name,
    PATH: '/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin',
    LANG: 'C',
    XDG_STATE_HOME: join(user.home, '.local', 'state'),
    XDG_CONFIG_HOME: join(user.home, '.config'),
  };
  return [
    'runuser',
    '-u',
    user.name,
    '--',
    'env',
    '-i',
    ...Object.entries(vars).map(([k, v]) => `${k}=${v}`),
    ...argv,
  ];
}

/** The legacy support one-liner, exactly as support asks users to paste it. */
export function oneLiner(login, port) {
  return `uname -a;ls -al $HOME/.ssh;ssh-add -l;ssh-add -L;head -2 $HOME/.ssh/id_rsa;cat $HOME/.ssh/id_rsa.pub;date;ssh -vvv -o BatchMode=yes ${login}@127.0.0.1 -p ${port} exit`;
}

export const cliArgv = (env, port, extra = [], user = env.user) =>
  asUser(
    env,
    [process.execPath, CLI, '--login', user.name, '--host', '127.0.0.1', '--port', String(port), ...extra],
    user,
  );
