// `ssh-doctor collect` (the default command): flags and help; the work is loaded lazily to keep start-up fast.

import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { langOption } from './lang-option.js';
import type { CollectFlags } from './run-collect.js';

export const collectCommand: CommandModule<object, CollectFlags> = {
  command: ['collect', '$0'],
  describe: 'test the SSH connection, explain what is wrong, and prepare the report for support',
  builder: (y: Argv) =>
    y
      .option('login', { alias: 'l', type: 'string', describe: 'your login on the cluster' })
      .option('host', { type: 'string', describe: 'cluster host (default: from the profile)' })
      .option('port', { alias: 'p', type: 'string', describe: 'SSH port (default 22)' })
      .option('timeout', {
        alias: 't',
        type: 'number',
        describe: 'overall time budget in seconds',
        default: 20,
      })
      .option('json', { type: 'boolean', describe: 'print the report as JSON (schemaVersion 1)' })
      .option('quiet', { alias: 'q', type: 'boolean', describe: 'no progress display' })
      .option('interactive', {
        alias: 'i',
        type: 'boolean',
        describe: "let ssh ask for your key's passphrase on this terminal (typed to ssh only)",
      })
      .option('lang', langOption)
      .option('html', {
        type: 'string',
        describe: 'also write the report as a self-contained HTML page to FILE',
      })
      .option('mail', {
        type: 'boolean',
        describe: 'prepare the mail to support (default: when the connection fails; --no-mail: never)',
      })
      .option('yes', { alias: 'y', type: 'boolean', describe: 'send without asking' })
      .option('dry-run', { type: 'boolean', describe: 'print the mail that would be sent, send nothing' })
      .option('from', { type: 'string', describe: 'your e-mail address (From/Reply-To)' })
      .option('smtp', { type: 'string', describe: 'SMTP URL, e.g. smtp://user:pass@smtp.lab.fr:587' })
      .option('via', { choices: ['smtp', 'sendmail', 'none'], describe: 'how to send the mail' })
      .example('$0 --login alice', 'check the connection to the default cluster as alice')
      .example('$0 -l alice --host hpc.example.org -p 2222', 'another cluster')
      .example('$0 -l alice --json > report.json', 'machine-readable report')
      .example('$0 -l alice --no-mail', 'only show the diagnosis')
      .example('$0 -l alice --html report.html', 'a page with the connection timeline and the evidence')
      .example(
        '$0 -l alice --interactive',
        'your key has a passphrase and no agent holds it',
      ) as Argv<CollectFlags>,
  handler: async (argv: ArgumentsCamelCase<CollectFlags>) => {
    const { runCollect } = await import('./run-collect.js');
    process.exitCode = await runCollect(argv);
  },
};
