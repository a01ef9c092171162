// English texts of the SSH3xx rules (local files, config and site policy).
import type { Catalogue } from './catalogue.js';

export const EN_LOCAL: Catalogue = {
  SSH301: {
    title: 'ssh ignored {path}: its permissions are too open',
    explanation:
      'OpenSSH refuses a private key that other users can read (mode {mode}), or one it cannot read itself.',
    fix: 'On your computer: make the key readable by you only, as the site page says.',
    commands: ['chmod 600 {path}', 'chmod 700 ~/.ssh'],
  },
  SSH302: {
    title: 'The private key {path} is readable by others (mode {mode})',
    explanation: 'ssh will refuse to use this key ("UNPROTECTED PRIVATE KEY FILE").',
    fix: 'On your computer: restrict it to you.',
    commands: ['chmod 600 {path}', 'chmod 700 ~/.ssh'],
  },
  SSH303: {
    title: '{path} is writable by others',
    explanation:
      'ssh stops before connecting when its config file is writable by group or others, or owned by another user.',
    fix: 'On your computer: make the file yours and writable by you only.',
    commands: ['chmod 600 {path}', 'chown "$(id -u)" {path}'],
  },
  SSH304: {
    title: 'ssh cannot read the key file {path} ({reason})',
    explanation:
      'The file is not a private key OpenSSH understands: a PuTTY/MobaXterm .ppk, a public key saved as the private one, a truncated copy, or Windows line endings.',
    fix: 'On your computer: convert or replace the file (PuTTY key: export it in OpenSSH format; CRLF: dos2unix).',
    commands: ['head -1 {path}', 'dos2unix {path}'],
  },
  SSH305: {
    title: '{path} is a PuTTY/MobaXterm key (.ppk): OpenSSH cannot use it',
    explanation:
      'OpenSSH reads only OpenSSH/PEM private keys; a .ppk must be exported first (MobaXterm/PuTTYgen: Conversions > Export OpenSSH key).',
    fix: 'On your computer: convert the key, then make it readable by you only.',
    commands: ['puttygen {path} -O private-openssh -o {out}', 'chmod 600 {out}'],
  },
  SSH306: {
    title: 'Your key is {type}; the site accepts only {allowed} keys',
    explanation:
      'The site refuses other key types, however the key is pasted; a {type} key is never accepted there.',
    fix: 'On your computer: create an RSA key of {bits} bits with a passphrase, under the default name, and register its .pub with the account form.',
    commands: ['ssh-keygen -t rsa -b {bits} -f ~/.ssh/id_rsa', 'ssh-doctor check-key ~/.ssh/id_rsa.pub'],
  },
  SSH307: {
    title: 'Your RSA key has {bits} bits; the site rejects keys under {minBits}',
    explanation: 'Keys shorter than {minBits} bits are refused by the site and by recent OpenSSH servers.',
    fix: 'On your computer: create a {recommendedBits}-bit RSA key with a passphrase and register its .pub.',
    commands: ['ssh-keygen -t rsa -b {recommendedBits} -f ~/.ssh/id_rsa'],
  },
  SSH308: {
    title: 'Your RSA key has {bits} bits; the site recommends {recommendedBits}',
    explanation: 'The key works, but the site asks for {recommendedBits}-bit RSA keys.',
    fix: 'Nothing to do now: keep this key. When you next make a key, make it {recommendedBits} bits (ssh-doctor setup does).',
    commands: [],
  },
  SSH309: {
    title: 'The private key {path} has no passphrase',
    explanation:
      'Anyone who copies this file can log in as you; the site asks for a passphrase on every key.',
    fix: 'On your computer: add a passphrase to the existing key (the public key stays the same, nothing to re-register).',
    commands: ['ssh-keygen -p -f {path}'],
  },
  SSH310: {
    title: 'The .pub beside {path} is not its public key',
    explanation:
      'The public key file holds another key than the private key, so the key you registered (from the .pub) cannot be used with this private key.',
    fix: 'On your computer: regenerate the .pub from the private key, then register it again with the account form.',
    commands: ['ssh-keygen -y -f {path} > {path}.pub', 'ssh-doctor check-key {path}.pub'],
  },
  SSH311: {
    title: 'Your key {path} is never offered: it does not have a default name',
    explanation:
      'ssh only tries ~/.ssh/id_rsa (and the other default names) unless ~/.ssh/config names the key with IdentityFile; {name} is therefore ignored.',
    fix: 'On your computer: rename it to ~/.ssh/id_rsa (and its .pub to id_rsa.pub) if you have no id_rsa yet, or name it for this host in ~/.ssh/config.',
    commands: [
      "printf '\\nHost {host}\\n  IdentityFile {path}\\n' >> ~/.ssh/config",
      'ssh -i {path} {login}@{host}',
    ],
  },
  SSH312: {
    title: '{file} line {line}: {version} does not know "{option}"',
    explanation:
      'ssh stops at the first unknown option. The PubkeyAcceptedAlgorithms line of the site help page needs OpenSSH 8.5; older versions call it PubkeyAcceptedKeyTypes.',
    fix: 'On your computer: replace "{option}" by "{instead}" at that line (or remove the line, or upgrade OpenSSH).',
    commands: ['sed -n "{line}p" {file}'],
  },
  SSH313: {
    title: 'Your SSH program cannot read the key file {path}',
    explanation:
      'The client you use (PuTTY, plink, WinSCP, or a library: Go, paramiko, JSch, node ssh2) does not understand this private key format: PuTTY needs a .ppk (it cannot use an OpenSSH key as is), older libraries need the PEM format.',
    fix: 'On your computer: convert the key for that program (PuTTYgen: Conversions > Import key, then Save private key as .ppk; or `puttygen` below), or give the library a PEM copy.',
    commands: [
      'puttygen ~/.ssh/id_rsa -O private -o ~/.ssh/id_rsa.ppk',
      'cp ~/.ssh/id_rsa ~/.ssh/id_rsa.pem && ssh-keygen -p -m PEM -f ~/.ssh/id_rsa.pem',
    ],
  },
};
