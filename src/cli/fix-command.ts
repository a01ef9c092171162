// `ssh-doctor fix`: flags and help; the work is loaded lazily to keep start-up fast.
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import type { FixFlags } from './run-fix.js';

export const fixCommand: CommandModule<object, FixFlags> = {
  command: 'fix',
  describe: 'repair what can be repaired on this computer (permissions, ~/.ssh/config), then test again',
  builder: (y: Argv) =>
    y
      .option('login', { alias: 'l', type: 'string', describe: 'your login on the cluster' })
      .option('host', { type: 'string', describe: 'cluster host (default: from the profile)' })
      .option('port', { alias: 'p', type: 'string', describe: 'SSH port (default 22)' })
      .option('timeout', {
        alias: 't',
        type: 'number',
        describe: 'time budget of each connection test, in seconds',
        default: 20,
      })
      .option('yes', { alias: 'y', type: 'boolean', describe: 'apply every change without asking' })
      .option('dry-run', { type: 'boolean', describe: 'show the changes, make none' })
      .option('quiet', { alias: 'q', type: 'boolean', describe: 'no progress display' })
      .example('$0 fix --login alice', 'show each change, ask, apply, test again')
      .example('$0 fix --login alice --dry-run', 'only show what would change')
      .example('$0 fix --login alice --yes', 'apply without asking (scripts)') as Argv<FixFlags>,
  handler: async (argv: ArgumentsCamelCase<FixFlags>) => {
    const { runFix } = await import('./run-fix.js');
    process.exitCode = await runFix(argv);
  },
};
