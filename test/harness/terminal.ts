// Runs the built CLI as the test user inside a real pseudo-terminal (util-linux `script`), typing an answer when a
// prompt shows: what a person at a terminal does for `collect --interactive`.
import { spawn } from 'node:child_process';
import { CLI, type SshEnv } from './ssh-env.js';

export interface TerminalRun {
  exitCode: number | null;
  /** Everything the terminal showed, line ends as `\n`. */
  screen: string;
}

/** One argument for `script -c` (a shell command line): single-quoted. Test code only; the product never uses a shell. */
const quote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`;

export function cliInTerminal(
  env: SshEnv,
  args: string[],
  answer?: { prompt: RegExp; text: string },
  timeoutMs = 60_000,
): Promise<TerminalRun> {
  const line = [process.execPath, CLI, ...args].map(quote).join(' ');
  const vars = Object.entries({ ...env.userEnv(), TERM: 'dumb' }).map(([k, v]) => `${k}=${v}`);
  const child = spawn(
    'runuser',
    ['-u', env.user.name, '--', 'env', '-i', ...vars, 'script', '-qefc', line, '/dev/null'],
    { stdio: ['pipe', 'pipe', 'pipe'], cwd: env.user.home },
  );
  let screen = '';
  let answered = false;
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  child.stdout.on('data', (chunk: Buffer) => {
    screen += chunk.toString('utf8');
    if (answer && !answered && answer.prompt.test(screen)) {
      answered = true;
      // ssh flushes the terminal's input when it shows the prompt: type only once it is there.
      setTimeout(() => child.stdin.write(`${answer.text}\r`), 100);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => {
    screen += chunk.toString('utf8');
  });
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ exitCode: code, screen: screen.replaceAll('\r\n', '\n') });
    });
  });
}
