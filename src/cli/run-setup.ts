// `ssh-doctor setup`: the site help page's procedure done right on the user's terminal. Looks at ~/.ssh first,
// uses or converts what is there, creates a key only when there is none (ssh-keygen asks the passphrase itself),
// loads it into a running agent, writes the site's Host block (diff, backup, idempotent), prints the public line.
import { join } from 'node:path';
import { execa } from 'execa';
import { checkPublicKeyText } from '../check-key/check-public-key.js';
import { ExitCode, UsageError } from '../errors.js';
import { backupStamp } from '../fix/backup-stamp.js';
import { applyConfigEdit, planConfigEdit } from '../fix/config-edit.js';
import { findTool } from '../fix/find-tool.js';
import { showCommand } from '../fix/show-command.js';
import { ensureSshDir, exists } from '../fix/ssh-files.js';
import { displayPath } from '../fix/ssh-paths.js';
import { inspectKeyFiles } from '../keys/inspect-key-files.js';
import { confirm, type MailIo, processIo } from '../mail/io.js';
import type { KeyFile } from '../report/schema.js';
import { agentState } from '../setup/agent-state.js';
import { copyToClipboard } from '../setup/clipboard.js';
import { chooseKey } from '../setup/key-choice.js';
import { keyLabel } from '../setup/key-label.js';
import { publicKeyText } from '../setup/public-line.js';
import { resolveTarget, type TargetFlags } from '../setup/resolve-target.js';
import { siteBlock } from '../setup/site-block.js';
import { loadSettings } from './settings.js';

export interface SetupFlags extends TargetFlags {
  profile?: string;
  config?: string;
  yes?: boolean;
  dryRun?: boolean;
}

/** Time to type a passphrase (twice) into ssh-keygen, ssh-add or puttygen. */
const TYPING_MS = 5 * 60_000;

async function inspect(sshDir: string, agentFingerprints: string[] | null): Promise<KeyFile[]> {
  return inspectKeyFiles({ sshDir, identityFiles: [], agentFingerprints });
}

/** Runs a command on the user's terminal (its prompts go to the user, never through ssh-doctor). */
async function onTerminal(argv: string[]): Promise<boolean> {
  const [file, ...args] = argv;
  const r = await execa(file ?? '', args, {
    stdio: 'inherit',
    timeout: TYPING_MS,
    forceKillAfterDelay: 1000,
    reject: false,
  });
  return r.exitCode === 0;
}

export async function runSetup(flags: SetupFlags, io: MailIo = processIo()): Promise<number> {
  const settings = await loadSettings(flags);
  const { profile, home } = settings;
  const target = resolveTarget(flags, settings);
  const sshDir = join(home, '.ssh');
  const dry = flags.dryRun === true;
  const ask = async (question: string) => flags.yes === true || (await confirm(io, question));
  const say = (text: string) => io.out(`${text}\n`);
  const shown = (path: string) => displayPath(path, home);
  const declined = () => {
    say('Nothing changed.');
    return ExitCode.ok;
  };

  const agent = await agentState();
  let keys = await inspect(sshDir, agent.running ? agent.fingerprints : null);
  const choice = chooseKey(keys, profile.keyPolicy, sshDir, target.host);
  if (choice.kind === 'blocked') {
    say(`Key: ${choice.reason}`);
    return ExitCode.problem;
  }
  const needsTerminal = choice.kind !== 'use' || !flags.yes;
  if (!dry && needsTerminal && !io.interactive)
    throw new UsageError(
      choice.kind === 'create'
        ? 'setup creates your key on a terminal (you type the passphrase to ssh-keygen): no terminal here'
        : 'setup asks before each change and there is no terminal to ask on: nothing changed',
      { hint: 'run ssh-doctor setup in a terminal, or see the changes with --dry-run' },
    );

  // 1. The key.
  let keyPath: string;
  if (choice.kind === 'use') {
    keyPath = choice.key.path;
    say(`Your key: ${keyLabel(choice.key, home)}, kept as it is.`);
    for (const other of choice.others) say(`  also here: ${keyLabel(other, home)}`);
  } else if (choice.kind === 'convert') {
    keyPath = choice.out;
    const argv = ['puttygen', choice.ppk.path, '-O', 'private-openssh', '-o', choice.out];
    say(`Your key is a PuTTY key: ${keyLabel(choice.ppk, home)}. OpenSSH needs it in its own format:`);
    say(`  ${showCommand(argv, home)}   (the .ppk is kept)`);
    if (dry) say('  (dry run: not converted)');
    else {
      if ((await findTool('puttygen')) === null) {
        say(
          'puttygen is not installed: install it (Debian/Ubuntu: sudo apt install putty-tools; macOS: brew install putty), or in PuTTYgen/MobaXterm use Conversions > Export OpenSSH key, save it as ~/.ssh/id_rsa, and run ssh-doctor setup again.',
        );
        return ExitCode.problem;
      }
      if (!(await ask('Convert it now?'))) return declined();
      if (!(await onTerminal(argv)) || !(await exists(choice.out))) {
        say('puttygen did not convert the key: nothing else changed.');
        return ExitCode.problem;
      }
    }
  } else {
    keyPath = choice.path;
    const argv = [
      'ssh-keygen',
      '-t',
      choice.type,
      ...(choice.bits ? ['-b', String(choice.bits)] : []),
      '-f',
      choice.path,
    ];
    say(
      `You have no SSH key yet. A new ${choice.type.toUpperCase()}${choice.bits ? ` ${choice.bits}-bit` : ''} key, as ${profile.name} asks:`,
    );
    say(`  ${showCommand(argv, home)}`);
    if (dry) say('  (dry run: not created)');
    else {
      if (
        !(await ask(
          `Create ${shown(choice.path)} now? ssh-keygen will ask you for a passphrase (choose a good one)`,
        ))
      )
        return declined();
      await ensureSshDir(home);
      if (!(await onTerminal(argv)) || !(await exists(choice.path))) {
        say('ssh-keygen did not create the key: nothing else changed.');
        return ExitCode.problem;
      }
    }
  }
  if (!dry) keys = await inspect(sshDir, agent.running ? agent.fingerprints : null);
  const key = keys.find((k) => k.path === keyPath);
  if (key?.encrypted === false && profile.keyPolicy.requirePassphrase)
    say(
      `  Note: this key has no passphrase; ${profile.name} asks for one: ssh-keygen -p -f ${shown(keyPath)}`,
    );

  // 2. The agent: only one that already runs; ssh-doctor starts none.
  const keychain = process.platform === 'darwin' ? ['--apple-use-keychain'] : [];
  const addArgv = ['ssh-add', ...keychain, keyPath];
  if (!agent.running)
    say(
      `Agent: none is running here. To type your passphrase once per session: eval "$(ssh-agent -s)" then ${showCommand(addArgv, home)}`,
    );
  else if (key?.inAgent === true) say('Agent: your key is already loaded.');
  else if (dry) say(`Agent: would load the key: ${showCommand(addArgv, home)}`);
  else if (!io.interactive) say(`Agent: load your key from a terminal: ${showCommand(addArgv, home)}`);
  else if (await ask('Load the key into your running SSH agent (you type the passphrase to ssh-add)?')) {
    if (!(await onTerminal(addArgv))) say('  ssh-add did not load the key; you can run it again later.');
  }

  // 3. The site's Host block.
  const day = new Date().toISOString().slice(0, 10);
  const block = siteBlock(
    profile,
    { ...target, login: target.loginGiven ? target.login : null },
    shown(keyPath),
    day,
  );
  const edit = await planConfigEdit(home, block);
  const alias = block.patterns[0] ?? target.host;
  if (edit.after === null) say(`Config: ~/.ssh/config already has the Host block for ${alias}.`);
  else {
    say(`Config: this Host block lets you type \`ssh ${alias}\` and offers only this key to the site:`);
    say(edit.diff.trimEnd().replace(/^/gm, '    '));
    if (dry) say('  (dry run: not written)');
    else if (await ask('Add it to ~/.ssh/config (a backup of the old file is kept)?')) {
      await ensureSshDir(home);
      const backup = await applyConfigEdit(home, edit, backupStamp(new Date()));
      say(`  ~/.ssh/config updated${backup ? ` (backup: ${shown(backup)})` : ''}.`);
    }
  }
  if (!target.loginGiven) say('  (give --login YOUR_LOGIN to add your cluster login to it)');

  // 4. The public key for the account form, checked as check-key would.
  const text = key ? await publicKeyText(key, io.interactive) : null;
  const check = text === null ? null : checkPublicKeyText(text, profile.keyPolicy, { origin: 'own-file' });
  if (check?.publicKey) {
    say('\nYour public key: paste this one line into the account form (it is not secret):');
    say(check.publicKey);
    for (const p of check.problems.filter((x) => x.severity === 'error' || x.severity === 'warning'))
      say(`  ! ${p.message}`);
    const tool = dry ? null : await copyToClipboard(check.publicKey);
    if (tool) say(`  (copied to the clipboard with ${tool})`);
  } else if (!dry)
    say(`\nYour public key: run ssh-doctor check-key ${shown(`${keyPath}.pub`)} to get the line to paste.`);

  // 5. What next.
  const testArgs = [
    'ssh-doctor',
    ...(target.loginGiven ? ['--login', target.login] : []),
    ...(target.host !== profile.hosts[0]?.hostname ? ['--host', target.host] : []),
    ...(target.port !== 22 ? ['--port', String(target.port)] : []),
  ];
  say('\nNext:');
  say(
    profile.accountFormUrl
      ? `  1. Paste the line into the account form: ${profile.accountFormUrl}`
      : `  1. Send the line with your account request to ${profile.name}${profile.helpUrl ? ` (${profile.helpUrl})` : ` (${profile.supportAddress})`}.`,
  );
  say(`  2. Once your account is open, test it: ${testArgs.join(' ')}`);
  if (dry) say('\nDry run: nothing was changed.');
  return ExitCode.ok;
}
