// `ssh-doctor setup`: flags and help; the work is loaded lazily to keep start-up fast.
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import type { SetupFlags } from './run-setup.js';

export const setupCommand: CommandModule<object, SetupFlags> = {
  command: 'setup',
  describe:
    'make or find your key, add it to your agent and ~/.ssh/config, and print the line for the account form',
  builder: (y: Argv) =>
    y
      .option('login', { alias: 'l', type: 'string', describe: 'your login on the cluster' })
      .option('host', { type: 'string', describe: 'cluster host (default: from the profile)' })
      .option('port', { alias: 'p', type: 'string', describe: 'SSH port (default 22)' })
      .option('yes', { alias: 'y', type: 'boolean', describe: 'do not ask before each change' })
      .option('dry-run', { type: 'boolean', describe: 'show what would be done, change nothing' })
      .example('$0 setup --login alice', 'set up the key for the default cluster')
      .example('$0 setup --login alice --dry-run', 'only show what would be done') as Argv<SetupFlags>,
  handler: async (argv: ArgumentsCamelCase<SetupFlags>) => {
    const { runSetup } = await import('./run-setup.js');
    process.exitCode = await runSetup(argv);
  },
};
