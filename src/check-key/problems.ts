// The permanent problem codes of check-key and their one-line explanations: the contract between the text
// output, --json, the docs and bug reports. Texts live here (not in the checkers) so a French catalogue can follow.

/** `fix`: check-key corrected it; `error`: the key cannot be used; `warning`/`info`: usable, but read this. */
export type Severity = 'error' | 'fix' | 'warning' | 'info';

const CATALOGUE = {
  'byte-order-mark': [
    'fix',
    'The text starts with an invisible byte-order mark (BOM), added by some Windows editors.',
  ],
  'invisible-characters': [
    'fix',
    'The text holds invisible zero-width characters (copied from a web page or a chat).',
  ],
  'non-breaking-spaces': [
    'fix',
    'The text holds non-breaking spaces instead of plain spaces (word processor, web page).',
  ],
  'carriage-returns': ['fix', 'The text holds carriage returns (\\r, Windows line endings).'],
  tabs: ['fix', 'Tabs separate the parts of the key; the form expects single spaces.'],
  'surrounding-whitespace': ['fix', 'Spaces or blank lines surround the key.'],
  'surrounding-quotes': [
    'fix',
    'The key is wrapped in quotes or a code block; they are not part of the key.',
  ],
  'line-breaks': ['fix', 'The key is broken over several lines; it must be one single line.'],
  'spaces-in-base64': ['fix', "Spaces were inserted inside the key's base64 text."],
  'missing-space': ['fix', 'There is no space between the key type and the key data.'],
  'base64-padding': ['fix', "The '=' padding at the end of the key data was missing or wrong."],
  'trailing-data': ['fix', 'Extra characters were stuck to the end of the key data; they were dropped.'],
  'extra-text': [
    'fix',
    'Text that is not part of the key was copied with it (a label, a prompt, a command).',
  ],
  'rfc4716-format': [
    'fix',
    'This is an RFC 4716 key ("---- BEGIN SSH2 PUBLIC KEY ----", PuTTYgen/MobaXterm "Save public key"); the form needs the one-line OpenSSH format.',
  ],
  'pem-public-format': [
    'fix',
    'This is a PEM public key (BEGIN PUBLIC KEY); the form needs the one-line OpenSSH format.',
  ],
  'ppk-file': [
    'fix',
    'This is a PuTTY private key file (.ppk); its public key was read from the Public-Lines. Paste only the line below and keep the .ppk secret.',
  ],
  'private-key-file': [
    'fix',
    'This file is a PRIVATE key, not the public key; the public key was read from it. Paste only the line below and never send this file.',
  ],
  'public-part-unreadable': [
    'error',
    'This private key is encrypted in a format that does not show its public key without the passphrase.',
  ],
  'options-prefix': [
    'fix',
    'authorized_keys options precede the key; the form takes the key only (the administrators set options).',
  ],
  'missing-type': ['fix', 'The key type word (e.g. ssh-rsa) is missing; it was read from the key data.'],
  'type-mismatch': [
    'fix',
    'The type word does not match the key data; the type was taken from the key data.',
  ],
  'repeated-key': ['fix', 'The same key was pasted more than once.'],
  empty: ['error', 'Nothing to check: the input is empty.'],
  'not-a-key': ['error', 'This is not an SSH public key.'],
  'private-key': [
    'error',
    'THIS IS A PRIVATE KEY. Never paste it into a form, a mail or a chat. If it was sent anywhere, it is compromised: make a new key pair and send only the new public key.',
  ],
  'fingerprint-not-key': [
    'error',
    'This is a key fingerprint, not the key itself; the form needs the whole public key.',
  ],
  'known-hosts-line': ['error', "This is a server's host key (a known_hosts line), not your own public key."],
  truncated: ['error', 'The key is cut: its data ends before the key does.'],
  'corrupt-key': ['error', 'The key data is damaged (characters changed or missing) and cannot be read.'],
  'multiple-keys': ['error', 'Several different keys were found; paste one key only.'],
  certificate: ['error', 'This is an SSH certificate, not a plain public key.'],
  'policy-type': ['error', 'The site does not accept this key type.'],
  'policy-bits-min': ['error', 'This key is too short: the site refuses it.'],
  'policy-bits-recommended': ['warning', 'This key is shorter than the site recommends.'],
  'duplicate-key': ['warning', 'The same key appears in another entry.'],
  'no-comment': ['info', 'The key has no comment (harmless; a comment helps recognise the key).'],
} as const satisfies Record<string, readonly [Severity, string]>;

/** Every stable problem code. */
export type ProblemCode = keyof typeof CATALOGUE;
export const PROBLEM_CODES = Object.keys(CATALOGUE) as [ProblemCode, ...ProblemCode[]];

/** One problem found in the input; `message` never quotes private key material. */
export interface Problem {
  code: ProblemCode;
  severity: Severity;
  message: string;
  /** What to do, when the fix is not simply "paste the normalized line". */
  hint?: string;
}

/** Builds a problem from the catalogue, with an optional specific detail appended. */
export function problem(code: ProblemCode, detail?: string, hint?: string): Problem {
  const [severity, text] = CATALOGUE[code];
  const message = detail ? `${text} (${detail})` : text;
  return hint === undefined ? { code, severity, message } : { code, severity, message, hint };
}
