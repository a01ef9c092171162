// Runs the built CLI as the test user inside a real pseudo-terminal (util-linux `script`) and answers a sequence of
// prompts in order, each once it shows: what a person does through `setup` (questions, ssh-keygen, ssh-add).
import { spawn } from 'node:child_process';
import { CLI, type SshEnv } from './ssh-env.js';

export interface Answer {
  prompt: RegExp;
  text: string;
}

export interface DialogRun {
  exitCode: number | null;
  /** Everything the terminal showed, line ends as `\n`. */
  screen: string;
  /** How many answers were typed (a prompt that never showed leaves the rest untyped). */
  answered: number;
}

/** One argument for `script -c` (a shell command line): single-quoted. Test code only; the product never uses a shell. */
const quote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`;

export function cliDialog(
  env: SshEnv,
  args: string[],
  answers: Answer[],
  timeoutMs = 120_000,
): Promise<DialogRun> {
  const line = [process.execPath, CLI, ...args].map(quote).join(' ');
  const vars = Object.entries({ ...env.userEnv(), TERM: 'dumb' }).map(([k, v]) => `${k}=${v}`);
  const child = spawn(
    'runuser',
    ['-u', env.user.name, '--', 'env', '-i', ...vars, 'script', '-qefc', line, '/dev/null'],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
      cwd: env.user.home,
    },
  );
  let screen = '';
  /** Where the screen stood when the last answer was typed: the next prompt is looked for after it. */
  let from = 0;
  let answered = 0;
  let typing = false;
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const onOutput = (chunk: Buffer) => {
    screen += chunk.toString('utf8');
    const next = answers[answered];
    if (!next || typing || !next.prompt.test(screen.slice(from))) return;
    typing = true;
    // Programs flush the terminal's input when they show a prompt: type only once it is there.
    setTimeout(() => {
      from = screen.length;
      answered++;
      typing = false;
      child.stdin.write(`${next.text}\r`);
    }, 150);
  };
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ exitCode: code, screen: screen.replaceAll('\r\n', '\n'), answered });
    });
  });
}
