// `ssh-doctor triage PATH...`: flags and help for support staff; the work is loaded lazily.

import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { langOption } from './lang-option.js';
import type { TriageFlags } from './run-triage.js';

/**
 * yargs drops a lone `-` from positionals (it re-parses them as `--paths -`), so put each `-` of the raw argv
 * back at its place among the parsed paths.
 */
export function restoreStdinPaths(raw: readonly string[], parsed: readonly string[]): string[] {
  const start = raw.indexOf('triage');
  const out: string[] = [];
  let j = 0;
  for (const token of raw.slice(start + 1)) {
    if (token === '--') break;
    if (token === '-') out.push('-');
    else if (token === parsed[j]) out.push(parsed[j++] ?? token);
  }
  return [...out, ...parsed.slice(j)];
}

export const triageCommand: CommandModule<object, TriageFlags> = {
  command: 'triage [paths..]',
  describe: 'diagnose received tickets: ssh-doctor mails, pasted one-liner output, whole mailboxes',
  builder: (y: Argv) =>
    y
      .positional('paths', {
        type: 'string',
        array: true,
        describe: '.eml, mbox, Maildir, text file, ssh-doctor-report.json, directory, or - (stdin)',
      })
      .option('format', {
        alias: 'f',
        choices: ['text', 'json', 'ndjson', 'csv'],
        describe: 'output format (ndjson streams one ticket per line)',
      })
      .option('json', { type: 'boolean', describe: 'same as --format json' })
      .option('reply', {
        alias: 'r',
        type: 'boolean',
        describe: 'draft a reply to each ticket from its findings',
      })
      .option('quiet', { alias: 'q', type: 'boolean', describe: 'no progress display' })
      .option('lang', langOption)
      .option('jobs', {
        alias: 'j',
        type: 'number',
        describe: 'threads diagnosing tickets (default: 2 on a multi-core machine; 1: no worker thread)',
      })
      .example('$0 triage ticket.eml', 'diagnose one mail')
      .example('$0 triage --reply ~/Maildir/.support', 'every mail of a Maildir folder, with draft replies')
      .example(
        '$0 triage -f ndjson support.mbox | jq -r .cause | sort | uniq -c',
        'causes of a whole mailbox',
      )
      .example('xclip -o | $0 triage -', 'text pasted from a mail') as Argv<TriageFlags>,
  handler: async (argv: ArgumentsCamelCase<TriageFlags>) => {
    const { runTriage } = await import('./run-triage.js');
    const paths = restoreStdinPaths(process.argv.slice(2), (argv.paths ?? []).map(String));
    process.exitCode = await runTriage({ ...argv, paths });
  },
};
