// collect --interactive: a key with a passphrase and no agent, the passphrase typed at a real terminal (a pty made
// by `script`), against a real sshd. The passphrase goes to ssh only: it never shows, nor reaches the report.
import { type SshEnv, startSshEnv } from './harness/ssh-env.js';
import { cliInTerminal } from './harness/terminal.js';

const PASSPHRASE = 'correct horse battery';
const PROMPT = /Enter passphrase for key '[^']*id_rsa': /;

describe('collect --interactive', () => {
  let env: SshEnv;
  beforeAll(async () => {
    env = await startSshEnv({ keys: [{ file: 'id_rsa', passphrase: PASSPHRASE }] });
  });
  afterAll(() => env?.stop());

  it('lets ssh ask for the passphrase on the terminal, then connects', async () => {
    const r = await cliInTerminal(env, [...env.targetArgs(), '--interactive', '--no-mail', '--json'], {
      prompt: PROMPT,
      text: PASSPHRASE,
    });
    expect(r.exitCode).toBe(0);
    expect(r.screen).toMatch(PROMPT);
    expect(r.screen).not.toContain(PASSPHRASE);
    const report = JSON.parse(r.screen.slice(r.screen.indexOf('{'))) as {
      cause: string;
      probes: { probe: string; argv: string[]; stoppedEarly?: boolean }[];
    };
    expect(report.cause).toBe('success');
    const vvv = report.probes.find((p) => p.probe === 'ssh-vvv');
    expect(vvv?.argv).toEqual(expect.arrayContaining(['BatchMode=no', 'PreferredAuthentications=publickey']));
    expect(vvv?.stoppedEarly).toBe(true);
  });

  it('without it, explains that the key needs its passphrase and points to --interactive', async () => {
    const r = await env.cli([...env.targetArgs(), '--no-mail', '--json']);
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { fix: { text: string } }[] };
    expect(report.findings.map((f) => f.fix.text).join('\n')).toMatch(/--interactive/);
  });

  it('refuses to run without a terminal, in one line', async () => {
    const r = await env.cli([...env.targetArgs(), '--interactive', '--no-mail']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(
      'ssh-doctor: --interactive needs a terminal: ssh asks for the passphrase there (run it in a terminal, or add the key to an agent with ssh-add)',
    );
  });
});
