// `ssh-doctor check-key`: flags and help; the work is loaded lazily to keep start-up fast.
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import type { CheckKeyFlags } from './run-check-key.js';

export const checkKeyCommand: CommandModule<object, CheckKeyFlags> = {
  command: 'check-key [file]',
  describe: 'check (and repair) the public key to paste into the account form',
  builder: (y: Argv) =>
    y
      .positional('file', {
        type: 'string',
        describe: 'public key file, or - to read stdin (default: ~/.ssh/id_rsa.pub)',
      })
      .option('text', {
        type: 'string',
        describe: 'the key as pasted (use --text="..." if it starts with -)',
      })
      .option('batch', {
        type: 'string',
        describe: 'sysadmin: check every key of FILE (one per line) or of every file of DIR',
      })
      .option('json', { type: 'boolean', describe: 'print the result as JSON' })
      .option('quiet', {
        alias: 'q',
        type: 'boolean',
        describe: 'print only the repaired key line (nothing when rejected), e.g. to pipe to the clipboard',
      })
      .example('$0 check-key', 'check ~/.ssh/id_rsa.pub')
      .example('$0 check-key meso_rsa.ppk', 'get the OpenSSH line of a PuTTY/MobaXterm key')
      .example('$0 check-key --text "ssh-rsa AAAA... rsa-key-20240131"', 'check a pasted key')
      .example('pbpaste | $0 check-key -q - | pbcopy', 'repair the key in the clipboard')
      .example(
        '$0 check-key --batch received-keys/ --json',
        'check every key sent by users',
      ) as Argv<CheckKeyFlags>,
  handler: async (argv: ArgumentsCamelCase<CheckKeyFlags>) => {
    const { runCheckKey } = await import('./run-check-key.js');
    process.exitCode = await runCheckKey(argv);
  },
};

/** Key text in an argument: several lines, or a private key marker. */
const KEY_TEXT = /\n|BEGIN [A-Z0-9 ]*PRIVATE KEY|PuTTY-User-Key-File-/;

/**
 * yargs reads a value that starts with `-` (a pasted `-----BEGIN ...`) as flags and would echo it in its error
 * message; binds it to --text instead, so no key text ever reaches a yargs error.
 */
export function bindCheckKeyText(argv: readonly string[]): string[] {
  if (!argv.includes('check-key')) return [...argv];
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--text' && i + 1 < argv.length) out.push(`--text=${argv[++i] ?? ''}`);
    else if (KEY_TEXT.test(arg) && !arg.startsWith('--text=')) out.push(`--text=${arg}`);
    else out.push(arg);
  }
  return out;
}
