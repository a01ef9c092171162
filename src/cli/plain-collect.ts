// Recognizes a plain `ssh-doctor [collect] --login X [--host H] [--port P]` without yargs, so that the entry can start
// `ssh -vvv` before the rest of the CLI loads. Anything else (another command, an unknown or repeated flag) is null:
// the usual path then runs, and yargs says what is wrong.
import type { PlainCollect } from '../collect/ssh-first.js';

const VALUE_FLAGS = new Map<string, keyof PlainCollect>([
  ['--login', 'login'],
  ['-l', 'login'],
  ['--host', 'host'],
  ['--port', 'port'],
  ['-p', 'port'],
  ['--timeout', 'timeout'],
  ['-t', 'timeout'],
]);

/** Flags that change what is shown or mailed afterwards, not how ssh runs. */
const OUTPUT_FLAGS = new Set(['--json', '--quiet', '-q', '--no-mail', '--mail']);

export function plainCollect(argv: readonly string[]): PlainCollect | null {
  const args = argv[0] === 'collect' ? argv.slice(1) : argv;
  const found: Partial<PlainCollect> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (OUTPUT_FLAGS.has(arg)) continue;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = VALUE_FLAGS.get(eq < 0 ? arg : arg.slice(0, eq));
    const value = eq < 0 ? args[++i] : arg.slice(eq + 1);
    if (name === undefined || value === undefined || found[name] !== undefined) return null;
    found[name] = value;
  }
  const { login, timeout } = found;
  if (login === undefined || (timeout !== undefined && !/^\d+$/.test(timeout))) return null;
  return { ...found, login };
}
