// The harness itself: a real sshd accepts the test user's authorized key and refuses an unknown one.
import { startSshEnv } from './harness/ssh-env.js';

describe('test harness', () => {
  it('logs in with an authorized key and refuses an unauthorized one', async () => {
    const env = await startSshEnv({
      keys: [{ file: 'id_rsa' }, { file: 'other_ed25519', type: 'ed25519', authorize: false }],
      agent: true,
    });
    try {
      const base = [
        'ssh',
        '-o',
        'BatchMode=yes',
        '-o',
        'StrictHostKeyChecking=accept-new',
        '-p',
        String(env.port),
      ];
      const ok = await env.runAs([...base, '--', `${env.user.name}@127.0.0.1`, 'true']);
      expect({ code: ok.exitCode, stderr: ok.stderr }).toMatchObject({ code: 0 });
      const refused = await env.runAs([
        ...base,
        '-o',
        'IdentitiesOnly=yes',
        '-i',
        env.keyPath('other_ed25519'),
        '--',
        `${env.user.name}@127.0.0.1`,
        'true',
      ]);
      expect(refused.exitCode).toBe(255);
      expect(refused.stderr).toMatch(/Permission denied \(publickey\)/);
      const agent = await env.runAs(['ssh-add', '-l']);
      expect(agent.stdout).toMatch(/The agent has no identities/);
    } finally {
      await env.stop();
    }
  });
});
