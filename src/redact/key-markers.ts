// The regular expressions that mark where a private key starts and ends. Kept bounded (no nested unbounded
// quantifiers) so scanning a 10 MB mailbox stays linear.

const SEP = String.raw`(?:[ \t]+|[ \t]*\r?\n[ \t>]*)`;

/**
 * Any private key start: `-----BEGIN <up to 4 words> PRIVATE KEY-----` (OPENSSH, RSA, DSA, EC, ENCRYPTED,
 * plain PKCS#8, ssh.com `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----`), trailing dashes optional and words
 * possibly wrapped onto the next (quoted) line, or a PuTTY `PuTTY-User-Key-File-N:` line.
 */
export const PRIVATE_KEY_START = new RegExp(
  String.raw`-{2,5}[ \t]?BEGIN${SEP}(?:[A-Z0-9]{1,12}${SEP}){0,4}PRIVATE${SEP}KEY(?:[ \t]?-{1,5})?|PuTTY-User-Key-File-\d{1,2}:`,
  'g',
);

/** Any END armour line (label not checked: a cut label is still an end) or the PuTTY MAC line. */
export const KEY_END =
  /-{2,5}[ \t]?END\b(?:[ \t]+[A-Z0-9]{1,12}){0,6}(?:[ \t]?-{1,5})?|Private-(?:MAC|Hash):[ \t]*[0-9A-Fa-f]*/;

/** Same, anchored at the start of a line's content. */
export const KEY_END_LINE = new RegExp(`^(?:${KEY_END.source})`);

/** A new armour or PuTTY block starting: never part of the block before it. */
export const ANY_BEGIN_LINE = /^(?:-{2,5}[ \t]?BEGIN\b|PuTTY-User-Key-File-)/;

/**
 * A header inside key armour: PEM's `Proc-Type:`/`DEK-Info:`, RFC 4716 / ssh.com `Comment:`/`Subject:`/`x-...:`,
 * PuTTY's `Encryption:`, `Public-Lines:`, `Key-Derivation:`, `Argon2-...:`. Only these names: after a cut-off
 * `head -2` of a PEM key the next pasted lines are `cat: ...:` or `debug1: ...`, which must survive.
 */
export const ARMOUR_HEADER_LINE =
  /^(?:Proc-Type|DEK-Info|Comment|Subject|Version|Encryption|Public-Lines|Private-Lines|Key-Derivation|Argon2-[A-Za-z]+|x-[A-Za-z0-9-]+):/i;

/** Characters a joined (one-line) key body may contain after its BEGIN marker. */
export const JOINED_BODY_REST = /^[A-Za-z0-9+/=\s\\:,-]*$/;
