// One ssh message inside a sentence or a tool's wrapper: `I get "Permission denied (publickey)." when I try`,
// `fatal: [h]: UNREACHABLE! => {"msg": "... ssh: connect to host h port 22: Connection timed out", ...}`.
// Find where a known message starts, then the longest end that a parser rule accepts.

/** How OpenSSH client messages (shared/reference/openssh-messages.md) start; searched anywhere in a line. */
const STARTS = [
  'debug[1-3]: ',
  'OpenSSH_',
  'ssh: ',
  '[\\w.-]{1,64}@[\\w.-]{1,255}: Permission denied',
  'Permission denied',
  'Host key verification failed',
  'Host key for ',
  'No \\S+ host key is known',
  'WARNING: (?:REMOTE HOST|POSSIBLE DNS|UNPROTECTED|REVOKED)',
  'The authenticity of host',
  'Warning: Permanently added',
  'Could not resolve hostname',
  'connect to host ',
  'Connection (?:closed|reset|timed out|to \\S+ (?:port|closed))',
  'Connection timed out during banner',
  '(?:kex|ssh)_exchange_identification: ',
  'ssh_dispatch_run_fatal: ',
  'banner exchange: ',
  'Bad remote protocol version',
  'Protocol major versions differ',
  '\\*\\* WARNING: ',
  'Offending (?:\\S+ )?key ',
  '[\\w-]{1,40} authentication is disabled to avoid',
  'agent key ',
  'Received disconnect from ',
  'Disconnected from ',
  'Unable to negotiate with ',
  'Load key ',
  'Bad owner or permissions',
  'Bad configuration option',
  'Permissions \\d* ?for ',
  'no such identity: ',
  'Warning: Identity file ',
  'sign_and_send_pubkey: ',
  'send_pubkey_test: ',
  'Too many authentication failures',
  'No more authentication methods',
  'Authenticated to ',
  'Authentication succeeded',
  'Authenticated using ',
  'Entering interactive session',
  'Exit status ',
  'channel \\d+: open failed',
  'stdio forwarding failed',
  'Could not open a connection to your authentication agent',
  'Error connecting to agent',
  'The agent has no identities',
  'agent refused operation',
  'Enter passphrase for ',
  'read_passphrase: ',
  "[\\w.-]{1,64}@[\\w.-]{1,255}'s password:",
  "Hi \\S+! You've successfully authenticated",
  'Welcome to GitLab',
  'Offering (?:\\S+ )?public key: ',
  'Server accepts key: ',
  'Authenticating to ',
  'Authentications that can continue: ',
];
const START = new RegExp(`(?:${STARTS.join('|')})`, 'g');
const AT_START = new RegExp(`^(?:${STARTS.join('|')})`);

/** True when the text starts with a known message (nothing left to peel off before it). */
export function startsWithMessage(text: string): boolean {
  return AT_START.test(text);
}
/** Characters that close a quotation around a message: cut points for its end. */
const CLOSERS = /["'`”’»*)\]}<]/g;
const MAX_STARTS = 4;
const MAX_ENDS = 12;
const MAX_FRAGMENT_LINE = 4096;

/**
 * The known message inside `text`, cut so that `accepts` takes it (the longest such cut), or null. A text that is
 * already a message is not a fragment (the caller tries it first).
 */
export function findFragment(text: string, accepts: (line: string) => boolean): string | null {
  if (text.length > MAX_FRAGMENT_LINE) text = text.slice(0, MAX_FRAGMENT_LINE);
  // Every message has a space: a key, a base64 blob or an algorithm list is no sentence.
  if (!text.includes(' ')) return null;
  START.lastIndex = 0;
  let starts = 0;
  for (let m = START.exec(text); m !== null && starts < MAX_STARTS; m = START.exec(text)) {
    starts += 1;
    if (m.index === 0 && starts === 1 && m[0].length === text.length) continue;
    const rest = text.slice(m.index);
    const got = quotedEnd(rest, text.charAt(m.index - 1), accepts) ?? bestEnd(rest, accepts);
    if (got !== null) return got;
    START.lastIndex = m.index + 1;
  }
  return null;
}

const CLOSER: Record<string, string> = {
  '"': '"',
  "'": "'",
  '`': '`',
  '“': '”',
  '‘': '’',
  '«': '»',
  '(': ')',
};

/** A message quoted in a sentence or a JSON string ends where its quote closes. */
function quotedEnd(rest: string, opener: string, accepts: (line: string) => boolean): string | null {
  const closer = CLOSER[opener];
  if (closer === undefined) return null;
  const end = rest.indexOf(closer);
  if (end <= 0) return null;
  const candidate = rest.slice(0, end).trimEnd();
  return accepts(candidate) ? candidate : null;
}

function bestEnd(rest: string, accepts: (line: string) => boolean): string | null {
  const trimmed = rest.trimEnd();
  if (accepts(trimmed)) return trimmed;
  const cuts: number[] = [];
  for (const m of trimmed.matchAll(CLOSERS)) cuts.push(m.index);
  // Also after a sentence's full stop: `... (publickey). Any idea?`
  for (const m of trimmed.matchAll(/[.!?](?=\s)/g)) cuts.push(m.index + 1);
  cuts.sort((a, b) => b - a);
  let tried = 0;
  for (const cut of cuts) {
    if (tried++ >= MAX_ENDS) break;
    const candidate = trimmed.slice(0, cut).trimEnd();
    if (candidate !== '' && accepts(candidate)) return candidate;
  }
  return null;
}
