// Regenerates docs/commands/<command>.md from the built CLI: its --help and real runs against a real sshd (the
// test harness), so that every sample in the docs was captured, not typed. `npm run build && npm run docs` (root).
import { mkdirSync, writeFileSync } from 'node:fs';
import { chown, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CLI, ROOT, requireBuild, requireRoot, runTimed } from '../bench/lib/common.mjs';
import { asUser, oneLiner, startBenchEnv } from '../bench/lib/ssh-env.mjs';

requireRoot();
requireBuild();

/** What each page says before the captured parts; the rest comes from the CLI itself. */
const INTRO = {
  collect:
    'The default command: runs the support one-liner (and more) concurrently, each command with a timeout, ' +
    'redacts secrets, explains what is wrong and how to fix it, and prepares the mail to support.',
  send: 'Sends the messages that wait in the outbox: reports that could not be mailed when they were collected.',
  'check-key':
    'Checks the public key a user is about to paste into the account form, and repairs what can be repaired ' +
    '(PuTTY/MobaXterm formats, line breaks, a private key pasted by mistake is refused).',
  triage:
    'For support staff: diagnoses received tickets (ssh-doctor mails, the pasted one-liner output, .eml files, ' +
    'mbox files, Maildir folders) with the same rules as collect.',
  fix:
    'Repairs what can be repaired on this computer (key and ~/.ssh permissions, an IdentityFile or IdentitiesOnly ' +
    'line for the host, a host-scoped algorithm for an old server, ssh-add, a PuTTY key conversion), showing each ' +
    'change and asking first, with backups, then tests the connection again. It never edits key material, never ' +
    'turns host key checking off, and touches nothing outside ~/.ssh.',
  setup:
    'The site help page done for you: uses the key you already have (whatever its name), converts a PuTTY key, or ' +
    'creates one with ssh-keygen on your terminal (the passphrase goes to ssh-keygen only); loads it into a running ' +
    'agent; writes the Host block for the site; prints the public key line for the account form.',
};

/** Replaces what changes from run to run (temporary user, paths, port) with stable, readable values. */
function normalise(text, env, extra = []) {
  let out = text
    .replaceAll(env.user.home, '/home/alice')
    .replaceAll(env.root, '/srv/sshd')
    .replaceAll(env.user.name, 'alice')
    .replace(new RegExp(`\\b${env.port}\\b`, 'g'), '2222');
  for (const [from, to] of extra) out = out.replaceAll(from, to);
  return out.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').trimEnd();
}

/** Keeps the first lines of each run of `debugN:` lines: a page shows the shape of ssh -vvv, not 300 lines of it. */
function shortenDebugRuns(text, keep = 8) {
  const out = [];
  let run = 0;
  for (const line of text.split('\n')) {
    run = /^debug\d: /.test(line) ? run + 1 : 0;
    if (run <= keep) out.push(line);
    else if (!out.at(-1)?.startsWith('[…')) out.push('[… more debug lines cut from this page …]');
  }
  return out.join('\n');
}

function block(command, result, env, extra) {
  const output = shortenDebugRuns(
    normalise([result.stdout, result.stderr].filter(Boolean).join('\n'), env, extra),
  );
  return ['```console', `$ ${command}`, output, `$ echo $?`, String(result.code), '```'].join('\n');
}

async function help(command) {
  const r = await runTimed([process.execPath, CLI, ...(command === 'collect' ? [] : [command]), '--help']);
  return [
    '```console',
    `$ ssh-doctor ${command === 'collect' ? '' : `${command} `}--help`,
    r.stdout.trimEnd(),
    '```',
  ].join('\n');
}

const pages = {};
const ok = await startBenchEnv();
const refused = await startBenchEnv({ keys: [{ file: 'id_rsa', authorize: false }] });
const renamed = await startBenchEnv({ keys: [{ file: 'meso_rsa', bits: 4096 }] });
try {
  const cli = (env, args) => runTimed(asUser(env, [process.execPath, CLI, ...args]), { capMs: 60_000 });
  const target = (env) => ['--login', env.user.name, '--host', '127.0.0.1', '--port', String(env.port)];
  const shown = 'ssh-doctor --login alice --host 127.0.0.1 --port 2222';

  const success = await cli(ok, [...target(ok), '--quiet']);
  const failure = await cli(refused, [...target(refused), '--quiet', '--no-mail']);
  const mailed = await cli(refused, [...target(refused), '--quiet']);
  pages.collect = [
    '### A working connection',
    block(`${shown} --quiet`, success, ok),
    '### A key the server does not accept',
    block(`${shown} --quiet --no-mail`, failure, refused),
    '### The same, with nothing configured to send mail: the report waits in the outbox',
    block(`${shown} --quiet`, mailed, refused),
  ];

  const send = await cli(refused, ['send', '--yes']);
  pages.send = [
    '### The outbox holds the report above, no SMTP server is configured',
    block('ssh-doctor send --yes', send, refused),
  ];

  const goodKey = await cli(ok, ['check-key', join(ok.user.sshDir, 'id_rsa.pub')]);
  const privateKey = await cli(ok, ['check-key', join(ok.user.sshDir, 'id_rsa')]);
  pages['check-key'] = [
    '### The public key ssh-keygen wrote',
    block('ssh-doctor check-key ~/.ssh/id_rsa.pub', goodKey, ok, [[join('/home/alice', '.ssh'), '~/.ssh']]),
    '### The private key, by mistake',
    block('ssh-doctor check-key ~/.ssh/id_rsa', privateKey, ok, [[join('/home/alice', '.ssh'), '~/.ssh']]),
  ];

  // A ticket as support receives it today: the one-liner's output pasted by the user.
  const legacy = await runTimed(
    asUser(refused, ['bash', '-c', `${oneLiner(refused.user.name, refused.port)} 2>&1`]),
  );
  const ticket = join(refused.user.home, 'ticket.txt');
  await writeFile(ticket, legacy.stdout);
  await chown(ticket, refused.user.uid, refused.user.gid);
  const triage = await cli(refused, ['triage', ticket]);
  pages.triage = [
    '### The one-liner output pasted in a mail, saved as ticket.txt',
    block('ssh-doctor triage ticket.txt', triage, refused),
  ];

  // A key saved as ~/.ssh/meso_rsa, which ssh never tries: collect offers fix, fix repairs it, setup keeps it.
  const offered = await cli(renamed, [...target(renamed), '--quiet']);
  const dryRun = await cli(renamed, ['fix', ...target(renamed), '--quiet', '--dry-run']);
  const fixed = await cli(renamed, ['fix', ...target(renamed), '--quiet', '--yes']);
  const setup = await cli(renamed, ['setup', ...target(renamed), '--yes']);
  const fixShown = 'ssh-doctor fix --login alice --host 127.0.0.1 --port 2222';
  pages.fix = [
    '### collect finds a key saved under another name, and offers fix instead of a ticket',
    block(`${shown} --quiet`, offered, renamed),
    '### What fix would change',
    block(`${fixShown} --quiet --dry-run`, dryRun, renamed),
    '### Applied (without questions), then tested again',
    block(`${fixShown} --quiet --yes`, fixed, renamed),
  ];
  pages.setup = [
    '### The key at ~/.ssh/meso_rsa is kept and named for the site (the Host block fix wrote is extended)',
    block('ssh-doctor setup --login alice --host 127.0.0.1 --port 2222 --yes', setup, renamed),
  ];
} finally {
  await renamed.stop();
  await ok.stop();
  await refused.stop();
}

mkdirSync(join(ROOT, 'docs', 'commands'), { recursive: true });
for (const [command, samples] of Object.entries(pages)) {
  const page = [
    `# ssh-doctor ${command}`,
    '',
    INTRO[command],
    '',
    '<!-- Generated by scripts/capture-docs.mjs from the built CLI and real runs against a local sshd: edit',
    '     INTRO in that script, not this file, then run `npm run build && npm run docs` (as root). -->',
    '',
    '## Usage',
    '',
    await help(command),
    '',
    '## Examples (captured)',
    '',
    `Captured on ${new Date().toISOString().slice(0, 10)}; the temporary user, its home and the port are shown as alice, /home/alice and 2222.`,
    '',
    ...samples.flatMap((s) => [s, '']),
  ];
  writeFileSync(join(ROOT, 'docs', 'commands', `${command}.md`), page.join('\n'));
  process.stdout.write(`written: docs/commands/${command}.md\n`);
}
