// Gives the benches the end-to-end test harness (test/harness/ssh-env.ts): bundled with esbuild at bench time,
// so that the benches and the tests start sshd and the temporary user the same way.
import { mkdirSync } from 'node:fs';
import { chown, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { CLI, ROOT } from './common.mjs';

let harness;

/** `startSshEnv` from the test harness. */
export async function loadHarness() {
  if (!harness) {
    // Under node_modules/.cache: ignored by git and Biome, and `execa` still resolves from there.
    const outdir = join(ROOT, 'node_modules', '.cache', 'ssh-doctor-bench');
    mkdirSync(outdir, { recursive: true });
    const outfile = join(outdir, 'ssh-env.mjs');
    await build({
      entryPoints: [join(ROOT, 'test', 'harness', 'ssh-env.ts')],
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
  const env = await startSshEnv({ keys: [{ file: 'id_rsa' }], ...opts });
  if (!opts.noSshd) {
    const scan = await env.runAs(['ssh-keyscan', '-p', String(env.port), '127.0.0.1']);
    const knownHosts = join(env.user.sshDir, 'known_hosts');
    await writeFile(knownHosts, scan.stdout, { mode: 0o600 });
    await chown(knownHosts, env.user.uid, env.user.gid);
  }
  return env;
}

/** The runuser argv that runs `argv` as the harness user with the harness's clean environment. */
export function asUser(env, argv) {
  const vars = {
    HOME: env.user.home,
    USER: env.user.name,
    LOGNAME: env.user.name,
    PATH: '/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin',
    LANG: 'C',
    XDG_STATE_HOME: join(env.user.home, '.local', 'state'),
    XDG_CONFIG_HOME: join(env.user.home, '.config'),
  };
  return [
    'runuser',
    '-u',
    env.user.name,
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

export const cliArgv = (env, port, extra = []) =>
  asUser(env, [
    process.execPath,
    CLI,
    '--login',
    env.user.name,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    ...extra,
  ]);
