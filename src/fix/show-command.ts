// An argv as the user would type it (glob and shell characters quoted), for display only: ssh-doctor never runs a
// shell string.

export function showCommand(argv: readonly string[], home?: string): string {
  return argv
    .map((a) => (home && a.startsWith(`${home}/`) ? `~/${a.slice(home.length + 1)}` : a))
    .map((a) => (/^[\w@%+=:,./~-]+$/.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`))
    .join(' ');
}
