// `ssh-doctor send`: flags and help for retrying the outbox; the work is loaded lazily to keep start-up fast.
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import type { SendFlags } from './run-send.js';

export const sendCommand: CommandModule<object, SendFlags> = {
  command: 'send',
  describe: 'send the messages waiting in the outbox (reports that could not be mailed)',
  builder: (y: Argv) =>
    y
      .option('smtp', {
        type: 'string',
        describe: 'SMTP URL, e.g. smtp://user:pass@smtp.lab.fr:587 (env SSH_DOCTOR_SMTP_URL)',
      })
      .option('via', {
        choices: ['smtp', 'sendmail'],
        describe: 'how to send (default: smtp when a URL is set)',
      })
      .option('from', { type: 'string', describe: 'your e-mail address, for messages saved without one' })
      .option('yes', {
        alias: 'y',
        type: 'boolean',
        describe: 'send without showing and confirming each message',
      })
      .option('json', { type: 'boolean', describe: 'print the results as JSON' })
      .example(
        '$0 send --smtp smtp://alice@smtp.lab.example.org:587',
        'show each pending message, send it if you agree',
      )
      .example(
        "$0 send --yes --smtp 'smtps://alice:secret@smtp.lab.example.org'",
        'send them all without asking',
      )
      .example('$0 send --yes --via sendmail --from alice@lab.example.org', 'through the local mail system')
      .epilogue(
        'Messages wait in $XDG_STATE_HOME/ssh-doctor/outbox (~/.local/state/ssh-doctor/outbox); sent ones move to sent/, ' +
          'refused ones to failed/. Exit 0 when all were sent or none was pending, 3 when one could not be sent.',
      ) as Argv<SendFlags>,
  handler: async (argv: ArgumentsCamelCase<SendFlags>) => {
    const { runSend } = await import('./run-send.js');
    process.exitCode = await runSend(argv);
  },
};
