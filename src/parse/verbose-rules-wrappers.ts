// Line rules for the tools that run ssh and print around its messages (git, rsync, scp/sftp, Ansible, VS Code
// Remote-SSH, CI runners): their lines are known (so a pasted log keeps them with ssh's), never the cause by
// themselves; a wrapper line that carries ssh's own message is read as that message (`unwrap`).
import type { LineRule } from './verbose-state.js';

export const wrapperRules: readonly LineRule[] = [
  // Wrappers that quote ssh's message after their own words: the message inside decides.
  {
    kind: 'wrapper-failed',
    re: /^Could not establish connection to "[^"]*"(?:: |\. )(.+)$/,
    level: 'plain',
    unwrap: 1,
  },
  // Ansible's `msg` strings are read by the paste reader (src/parse/paste/), which takes ssh's lines out of them.
  // git (also through GitHub Actions, GitLab, Git for Windows).
  {
    kind: 'wrapper-git',
    re: /^fatal: Could not read from remote repository\.$|^Please make sure you have the correct access rights$|^and the repository exists\.$|^fatal: unable to access '[^']*': |^fatal: the remote end hung up unexpectedly$|^fatal: early EOF$|^error: cannot run ssh: No such file or directory$|^fatal: unable to fork$/,
    level: 'plain',
  },
  // GitHub accepted the key, but it belongs to another account (or is a deploy key of another repository).
  {
    kind: 'foreign-auth-failed',
    re: /^ERROR: Permission to \S+ denied to \S+\.$/,
    level: 'plain',
    terminal: 'failure',
    error: true,
  },
  // rsync, scp, sftp.
  {
    kind: 'wrapper-transfer',
    re: /^rsync: connection unexpectedly closed \(\d+ bytes received so far\)|^rsync error: (?:unexplained error|error in rsync protocol data stream|some files\/attrs were not transferred) \(code \d+\)|^rsync: \[(?:sender|receiver)\] |^(?:scp|sftp): Connection closed$|^Connection closed\.?$|^lost connection$|^scp: .+: (?:No such file or directory|Permission denied)$|^Couldn't read packet: Connection reset by peer$|^subsystem request failed on channel \d+$/,
    level: 'plain',
  },
  // Ansible will not type a password for a host whose key is not known yet: the key must be accepted first.
  {
    kind: 'no-host-key-known',
    re: /Using a SSH password instead of a key is not possible because Host Key checking is enabled/,
    terminal: 'failure',
    error: true,
    apply: (s) => {
      s.c.hostKeyStatus ??= 'unknown';
      return undefined;
    },
  },
  // VS Code Remote-SSH on Windows: ssh.exe died before the extension could talk to it.
  {
    kind: 'wrapper-vscode',
    re: /^The process tried to write to a nonexistent pipe\.?$|^Could not establish connection to "[^"]*"\.?$|^Failed to parse remote port from server output$|^Resolver error: /,
    level: 'plain',
  },
  // CI runners around ssh (GitHub Actions, GitLab): the step failed because ssh did.
  {
    kind: 'wrapper-ci',
    re: /^(?:Error: )?Process completed with exit code 255\.?$|^ERROR: Job failed: exit (?:code|status) 255$/,
    level: 'plain',
  },
];
