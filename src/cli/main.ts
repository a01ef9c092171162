// The ssh-doctor entry point: fast --version, yargs commands, and one-line errors with exit codes.
import yargs from 'yargs';
import { printable } from '../collect/validate-target.js';
import { AppError, ExitCode, UsageError } from '../errors.js';
import { bindCheckKeyText, checkKeyCommand } from './check-key-command.js';
import { collectCommand } from './collect-command.js';
import { fixCommand } from './fix-command.js';
import { sendCommand } from './send-command.js';
import { setupCommand } from './setup-command.js';
import { triageCommand } from './triage-command.js';
import { printVersion } from './version.js';

function fail(error: unknown, debug: boolean): void {
  if (error instanceof AppError) {
    process.stderr.write(`ssh-doctor: ${error.message}${error.hint ? ` (${error.hint})` : ''}\n`);
    if (debug && error.cause)
      process.stderr.write(`${String((error.cause as Error).stack ?? error.cause)}\n`);
    process.exitCode = error.exitCode;
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `ssh-doctor: internal error: ${message.split('\n')[0]} (rerun with --debug and report it)\n`,
  );
  if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exitCode = ExitCode.internal;
}

/** Options whose value must never start with `-` (yargs would read `--login -oProxyCommand=x` as flags). */
const TARGET_OPTIONS = new Map([
  ['--login', 'login'],
  ['-l', 'login'],
  ['--host', 'host'],
  ['--port', 'port'],
  ['-p', 'port'],
]);

function rejectDashValues(argv: string[]): void {
  argv.forEach((arg, i) => {
    const name = TARGET_OPTIONS.get(arg);
    const next = argv[i + 1];
    if (name && next?.startsWith('-') && !/^-\d+$/.test(next)) {
      throw new UsageError(`${name} '${printable(next)}' starts with '-' (ssh would read it as an option)`);
    }
  });
}

export async function main(argv: string[]): Promise<void> {
  const debug = argv.includes('--debug');
  if (argv.includes('--version') || argv.includes('-V')) {
    await printVersion();
    return;
  }
  const cli = yargs(bindCheckKeyText(argv))
    .scriptName('ssh-doctor')
    .usage('$0 [command] [options]\n\nFind out why an SSH connection fails, and tell support.')
    .command(collectCommand)
    .command(checkKeyCommand)
    .command(sendCommand)
    .command(triageCommand)
    .command(fixCommand)
    .command(setupCommand)
    .option('profile', {
      type: 'string',
      describe: 'site profile id or JSON file (default: ipsl)',
      global: true,
    })
    .option('config', {
      type: 'string',
      describe: 'config file (default: ~/.config/ssh-doctor/config.json)',
      global: true,
    })
    .option('debug', {
      type: 'boolean',
      describe: 'show stack traces of internal errors',
      global: true,
      hidden: true,
    })
    .version(false)
    .option('version', {
      alias: 'V',
      type: 'boolean',
      describe: 'show the version and the OpenSSH client found',
    })
    .help()
    .alias('help', 'h')
    .strict()
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((message, error) => {
      if (error) throw error;
      throw new AppError('usage', message.split('\n')[0] ?? 'invalid arguments', {
        exitCode: ExitCode.usage,
        hint: 'see ssh-doctor --help',
      });
    })
    .epilogue(
      'Exit codes: 0 ok, 1 problem found, 2 usage or input error, 3 mail not sent (kept in outbox), 70 bug.',
    );
  try {
    rejectDashValues(argv);
    await cli.parseAsync();
  } catch (error) {
    fail(error, debug);
  }
}
