// What to tell a user whose message is waiting in the outbox: where it is and the commands that send it.

/** `mailto:` with the recipient and subject filled in (RFC 6068 percent-encoding). */
export function mailtoLink(to: string, subject: string): string {
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}`;
}

/** The lines printed after a message was saved instead of sent. */
export function savedHints(opts: { path: string; to: string; subject: string; hasFrom: boolean }): string[] {
  const from = opts.hasFrom ? '' : ' --from you@your-lab.example.org';
  return [
    `Saved in the outbox: ${opts.path}`,
    `Send it:         ssh-doctor send --smtp smtp://USER@smtp.your-lab.example.org:587${from}`,
    `  or, with a local mail server: ssh-doctor send --via sendmail${from}`,
    `Or mail it yourself to ${opts.to} (attach or paste the file above): ${mailtoLink(opts.to, opts.subject)}`,
  ];
}
