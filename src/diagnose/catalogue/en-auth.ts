// English texts of the SSH2xx rules (authentication, agent, keys offered).
import type { Catalogue } from './catalogue.js';

const IDENTITIES_ONLY =
  "printf '\\nHost {host}\\n  IdentitiesOnly yes\\n  IdentityFile ~/.ssh/id_rsa\\n' >> ~/.ssh/config";

export const EN_AUTH: Catalogue = {
  SSH201: {
    title: 'The server refused your key {key}',
    explanation:
      'ssh offered {count} key(s) and the server refused each: the public key registered for {login} is not this one ({fingerprint}), was pasted damaged, or the account is not open yet.',
    fix: 'Account side: check the public key you sent with the account form, then send support this exact key (one line, starting with ssh-rsa).',
    commands: ['ssh-doctor check-key {pub}', 'ssh-keygen -lf {pub}'],
  },
  SSH202: {
    title: 'No key was offered to the server',
    explanation:
      'ssh found no usable private key (every default identity file is missing), so it had nothing to offer and the server refused the login.',
    fix: 'On your computer: run ssh-doctor setup. It uses the key you already have, whatever its name (a MobaXterm export, meso_rsa...), or creates one as the site asks if you have none, and prints the public key to register.',
    commands: ['ssh-doctor setup'],
  },
  SSH203: {
    title: 'The key file {path} does not exist',
    explanation:
      'An IdentityFile line or -i option names {path}, which is missing, so that key was never offered.',
    fix: 'On your computer: correct the path in ~/.ssh/config (or on the command line) to your real private key.',
    commands: ['ls -al ~/.ssh', 'grep -n -i identityfile ~/.ssh/config'],
  },
  SSH204: {
    title: 'The passphrase of {key} was wrong or could not be asked',
    explanation:
      'Your private key is protected by a passphrase; it was mistyped, or ssh had no terminal to ask it (BatchMode, script, IDE).',
    fix: 'On your computer: load the key into the agent once (type the passphrase), then retry; if the passphrase is lost, create a new key and register it.',
    commands: ['eval "$(ssh-agent -s)"', 'ssh-add {key}'],
  },
  SSH205: {
    title: 'The server accepts {key}, but this machine could not use it',
    explanation:
      'Server accepts key: the key is registered correctly. The private key could not sign: its passphrase was not available (no terminal, BatchMode, wrong passphrase) or the agent holding it failed.',
    fix: 'On your computer: load the key into a running agent (type the passphrase), then retry.',
    commands: ['eval "$(ssh-agent -s)"', 'ssh-add {key}', 'ssh-add -l'],
  },
  SSH206: {
    title: 'Your key {key} is encrypted and not loaded in the agent',
    explanation:
      'ssh-doctor runs ssh without a terminal (BatchMode), so it cannot ask the passphrase; the key can only be used through the agent.',
    fix: 'On your computer: add the key to the agent, then run ssh-doctor again (or run it with --interactive).',
    commands: ['eval "$(ssh-agent -s)"', 'ssh-add {key}'],
  },
  SSH207: {
    title: 'The SSH agent refused or failed to sign',
    explanation:
      'The key is held by an agent (ssh-agent, gnome-keyring, gpg-agent, Pageant) that refused the signature: locked, key added with confirmation, a stale or old agent.',
    fix: 'On your computer: reload the key into the agent (or bypass the agent for this host).',
    commands: [
      'ssh-add -D',
      'ssh-add ~/.ssh/id_rsa',
      'ssh -o IdentityAgent=none -i ~/.ssh/id_rsa {login}@{host}',
    ],
  },
  SSH208: {
    title: 'No SSH agent is reachable',
    explanation:
      'This is normal when your key is a file in ~/.ssh: ssh reads it directly. It matters only when the key lived in an agent (the log then shows no key offered).',
    fix: 'Nothing to do unless your key is only in an agent: then start one and add the key.',
    commands: ['eval "$(ssh-agent -s)"', 'ssh-add'],
  },
  SSH209: {
    title: 'Too many authentication failures: {count} keys offered before the right one',
    explanation:
      'The server disconnects after MaxAuthTries (6 by default) refused keys; {agentCount} of the {count} keys came from the agent.',
    fix: 'On your computer: offer only your site key for this host.',
    commands: [IDENTITIES_ONLY],
  },
  SSH210: {
    title: 'Your agent holds {count} keys',
    explanation:
      'ssh offers every agent key before your key file; past 6 refused keys servers disconnect with "Too many authentication failures".',
    fix: 'On your computer: offer only your site key for this host.',
    commands: [IDENTITIES_ONLY],
  },
  SSH211: {
    title: 'The login "{user}" is the placeholder from the help page',
    explanation:
      'The command was copied without replacing the placeholder by your own login, so the server looked for an account that does not exist.',
    fix: 'On your computer: run the command again with your own login.',
    commands: ['ssh -vvv YOUR_LOGIN@{host}'],
  },
  SSH212: {
    title: 'The server refused the login of {login}',
    explanation:
      'Permission denied, and the output has no verbose lines to tell why: the key was not accepted (not registered, wrong key, or account not open).',
    fix: 'Run the command again with ssh -vvv to see which key is offered, and check the key you registered.',
    commands: ['ssh -vvv {login}@{host}', 'ssh-doctor check-key ~/.ssh/id_rsa.pub'],
  },
  SSH213: {
    title: 'The server does not accept keys for {login} (only: {methods})',
    explanation:
      'The server never offered public key authentication for this account: the account is not open for key login yet, or the login is wrong.',
    fix: 'Account side: check your login and ask support whether the account is open.',
    commands: [],
  },
  SSH214: {
    title: 'Only the public half of {key} is on this machine',
    explanation:
      'The server accepts the key, but the private key file is missing here (generated on another computer); ssh cannot sign without it.',
    fix: 'On your computer: copy the private key from the computer where you generated it to {key}, then chmod 600 it.',
    commands: ['chmod 600 {key}'],
  },
  SSH215: {
    title: 'Your key was accepted; the second step ({methods}) failed',
    explanation:
      'The server asks for two methods in a row (AuthenticationMethods): your key worked ("partial success"), then it wanted {methods} and that step failed ({how}). Your key is not the problem.',
    fix: 'On your computer: connect from a real terminal (not a script, BatchMode or an IDE) so ssh can ask for your password or one-time code, and have your second factor ready; if it is refused, ask support to check that factor.',
    commands: ['ssh -o BatchMode=no {login}@{host}'],
    phrases: {
      'no-terminal': 'ssh could not ask for it: no terminal',
      refused: 'the answer was refused',
    },
  },
  SSH216: {
    title: 'The server refused the login of {login} ({said})',
    explanation:
      'The server accepted none of the keys or passwords it was given: the key offered (by ssh, PuTTY, MobaXterm, WinSCP, or a library such as Go, paramiko or JSch) is not the registered one, the password was wrong, or the account is not open.',
    fix: 'On your computer: check which key your program uses (PuTTY: Connection > SSH > Auth; Pageant) and that its public key is the one you registered; then retry with OpenSSH, ssh -vvv, to see more.',
    commands: ['ssh -vvv {login}@{host}', 'ssh-doctor check-key ~/.ssh/id_rsa.pub'],
    phrases: { password: 'password refused', client: 'said by your SSH program' },
  },
};
