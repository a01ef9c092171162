// PuTTY's plink against a real sshd on loopback: its own messages (not OpenSSH's), pasted alone, get their cause.
import { execa } from 'execa';
import { type SshEnv, startSshEnv } from './harness/ssh-env.js';
import { freePort } from './harness/system.js';
import { reportFromTranscript } from './support/diagnose-support.js';

const RUN = { reject: false, stdin: 'ignore', timeout: 20_000 } as const;

describe('plink messages', () => {
  let env: SshEnv;
  let hostKey: string;
  const ppk = (name: string) => `${env.user.sshDir}/${name}.ppk`;

  /** plink -batch as the test user; its whole output as a user would paste it. */
  async function plink(args: string[], port = env.port): Promise<string> {
    const r = await env.runAs(
      ['plink', '-batch', '-P', String(port), '-l', env.user.name, ...args, '127.0.0.1', 'true'],
      {
        timeoutMs: 20_000,
      },
    );
    return `${r.stdout}\n${r.stderr}`.trim();
  }

  beforeAll(async () => {
    env = await startSshEnv({ keys: [{ file: 'id_rsa' }, { file: 'other_rsa', authorize: false }] });
    for (const name of ['id_rsa', 'other_rsa']) {
      const r = await execa('puttygen', [env.keyPath(name), '-O', 'private', '-o', ppk(name)], RUN);
      if (r.exitCode !== 0) throw new Error(`puttygen: ${r.stderr}`);
      await execa('chown', [`${env.user.uid}:${env.user.gid}`, ppk(name)], RUN);
    }
    const fp = await execa('ssh-keygen', ['-l', '-f', `${env.serverDir}/ssh_host_ed25519_key.pub`], RUN);
    hostKey = fp.stdout.split(' ')[1] ?? '';
  }, 120_000);

  afterAll(async () => {
    await env?.stop();
  });

  const cases: [string, () => Promise<string>, string][] = [
    ['closed port', async () => plink(['-i', ppk('id_rsa')], await freePort()), 'refused'],
    ['unknown host key in batch mode', () => plink(['-i', ppk('id_rsa')]), 'host_key_unknown_batch'],
    [
      'host key not the configured one',
      () => plink(['-hostkey', 'SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', '-i', ppk('id_rsa')]),
      'host_key_changed',
    ],
    ['key not registered', () => plink(['-hostkey', hostKey, '-i', ppk('other_rsa')]), 'auth_failed'],
    [
      'OpenSSH key given to plink',
      () => plink(['-hostkey', hostKey, '-i', env.keyPath('id_rsa')]),
      'key_format',
    ],
    ['registered key', () => plink(['-hostkey', hostKey, '-i', ppk('id_rsa'), '-v']), 'success'],
  ];

  it.each(cases)(
    '%s',
    async (_name, run, cause) => {
      const text = await run();
      expect({ text, cause: reportFromTranscript(`${text}\n`).cause }).toEqual({ text, cause });
    },
    30_000,
  );
});
