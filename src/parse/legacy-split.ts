// Support staff receive the one-liner's output pasted in mails (partial, quoted, reordered): cut it back into probes.
import { PROBE_IDS, type ProbeId } from '../report/evidence.js';
import { splitInputLines } from './input-lines.js';
import { classifyLine, type LineClass } from './legacy-classify.js';

/** One recovered section: its text (quote prefixes and CRs removed) and the original number of its first line. */
export interface LegacySection {
  text: string;
  startLine: number;
}

export interface LegacyTranscript {
  sections: Partial<Record<ProbeId, LegacySection>>;
  /** Remote login, from `Authenticating to H:P as 'LOGIN'`, `LOGIN@host: Permission denied`, or the typed command. */
  login: string | null;
  host: string | null;
  /** The typed `ssh ... login@host` command line, when pasted. */
  command: { line: number; text: string } | null;
  /** Lines that belong to no section (greetings, signatures, prompts). */
  unclaimedLines: number;
}

interface Row {
  line: number;
  text: string;
  cls: LineClass;
}
type Range = [number, number];

const PLACEHOLDER = /^(?:replace_by_your_login|your_?login|login|<.*>|user(?:name)?)$/i;
const SSH_COMMAND = /(?:^|[\s;&|])ssh\s[^;&|\n]*?([^\s@;&|'"=]+)@([A-Za-z0-9][\w.-]*)/;
const MAX_COMMAND = 500;

/** Extends a run from `start` while rows are of the given classes. */
function runFrom(rows: Row[], start: number, classes: readonly LineClass[]): Range {
  let end = start;
  while (end + 1 < rows.length && classes.includes(rows[end + 1]?.cls ?? 'other')) end += 1;
  return [start, end];
}

function runs(rows: Row[], first: LineClass, more: readonly LineClass[]): Range[] {
  const out: Range[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (rows[i]?.cls !== first) continue;
    const r = runFrom(rows, i, [first, ...more]);
    out.push(r);
    i = r[1];
  }
  return out;
}

/** At most this many unknown lines right after the last known ssh line are taken as its final error output. */
const MAX_TRAILING = 3;
const MAX_TRAILING_LENGTH = 300;
/** `prog: message` as ssh, git, the OS or a library print errors (`fatal: ...`, `/path/config: line 3: ...`). */
const PROGRAM_PREFIX =
  /^(?:[a-z_/~.][^\s:]{0,119}(?::\d+)?|[A-Za-z]:\\\S{0,118}|channel \d+|Warning|WARNING|Error|ERROR|Fatal|FATAL(?: ERROR)?): \S/;
const ERROR_WORDS =
  /\b(?:error|fail(?:ed|ure)?|fatal|denied|refused|invalid|unable|cannot|can't|could not|couldn't|not (?:found|known|supported|permitted|allowed|accessible)|no such|timed? ?out|unreachable|closed|reset|bad|unknown|unsupported|incorrect|illegal|corrupt|mismatch|disconnect(?:ed)?|abort(?:ed)?|broken pipe|killed|fault|terminat(?:ed|ing))\b/i;
/** Mail prose: first person, greetings, thanks, a signature, a quote header, a question or a lead-in. */
const PROSE =
  /\b(?:I|I'm|I've|I'd)\b|\b(?:[Mm]e|[Mm]y|[Ww]e|[Oo]ur) |\b(?:[Tt]hanks?|[Tt]hank you|[Mm]erci|[Rr]egards|[Cc]ordialement|[Cc]heers|[Bb]onjour|[Hh]ello|[Dd]ear|[Ss]incerely|[Pp]lease)\b|^--\s*$|wrote:$|[,:?]$/;

/** An unknown line that reads like the error output ssh (or the OS under it) ends with, not like mail prose. */
function looksLikeErrorOutput(text: string): boolean {
  const t = text.trim();
  if (t.length > MAX_TRAILING_LENGTH) return false;
  // `ERROR: You're using an RSA key with SHA-1... Please use...`: a program's message, though it reads like prose.
  if (/^(?:ERROR|FATAL|fatal|remote|Error): /.test(t)) return true;
  if (PROSE.test(t)) return false;
  return PROGRAM_PREFIX.test(t) || /^[a-z]/.test(t) || ERROR_WORDS.test(t);
}

/**
 * The ssh log: from the banner (or first debug line) to its last ssh line before another section starts, plus the
 * few unknown lines right after it that read like error output (a final fatal message the parser does not know).
 */
function sshRange(rows: Row[]): Range | null {
  const start = rows.findIndex((r) => r.cls === 'ssh');
  if (start < 0) return null;
  let end = start;
  for (let i = start + 1; i < rows.length; i++) {
    const cls = rows[i]?.cls;
    if (cls === 'ssh') end = i;
    else if (cls !== 'blank' && cls !== 'other' && cls !== 'base64' && cls !== 'command' && cls !== 'prompt')
      break;
  }
  for (let n = 0; n < MAX_TRAILING; n++) {
    const next = rows[end + 1];
    if (next?.cls !== 'other' || !looksLikeErrorOutput(next.text)) break;
    end += 1;
  }
  return [start, end];
}

function pickLogin(
  rows: Row[],
  sshCommand: RegExpExecArray | null,
): { login: string | null; host: string | null } {
  let login: string | null = null;
  let host: string | null = null;
  for (const { text } of rows) {
    const auth = /Authenticating to (.+):\d+ as '([^']*)'/.exec(text);
    if (auth) return { login: auth[2] ?? null, host: auth[1] ?? null };
    const denied = /^(.+)@([^@\s]+): Permission denied \(/.exec(text);
    if (denied && login === null) [login, host] = [denied[1] ?? null, denied[2] ?? null];
  }
  const typedLogin = sshCommand?.[1];
  const typedHost = sshCommand?.[2] ?? null;
  if (login === null && typedLogin && !PLACEHOLDER.test(typedLogin)) login = typedLogin;
  return { login, host: typedHost ?? host };
}

/** Finds the one-liner's sections anywhere in a pasted text; line numbers refer to `text`. */
export function splitLegacyTranscript(text: string): LegacyTranscript {
  const rows: Row[] = splitInputLines(text).map((l) => ({
    line: l.line,
    text: l.text,
    cls: classifyLine(l.text),
  }));
  const found: Partial<Record<ProbeId, Range>> = {};
  const firstOf = (cls: LineClass) => rows.findIndex((r) => r.cls === cls);

  const uname = firstOf('uname');
  if (uname >= 0) found.uname = [uname, uname];
  const ls = rows.findIndex((r) => r.cls === 'ls-total' || r.cls === 'ls-entry' || r.cls === 'ls-error');
  if (ls >= 0) found['ls-ssh'] = runFrom(rows, ls, ['ls-total', 'ls-entry', 'ls-error']);
  const ssh = sshRange(rows);
  if (ssh) found['ssh-vvv'] = ssh;
  const date = firstOf('date');
  if (date >= 0) found.date = [date, date];

  const header = rows.findIndex((r) => r.cls === 'private-header' || r.cls === 'private-error');
  if (header >= 0) {
    const next = rows[header + 1]?.cls;
    const two = rows[header]?.cls === 'private-header' && (next === 'other' || next === 'base64');
    found['private-key-header'] = [header, two ? header + 1 : header];
  }

  // Agent: the first agent run is `ssh-add -l`; a second agent message (no agent / empty) is `ssh-add -L`.
  const agentIds = runs(rows, 'agent-id', []);
  const agentMsgs: Range[] = rows.flatMap((r, i): Range[] => (r.cls === 'agent-msg' ? [[i, i]] : []));
  const firstAgent = [...agentIds, ...agentMsgs].sort((a, b) => a[0] - b[0])[0];
  if (firstAgent) found['ssh-add-l'] = firstAgent;
  const secondMsg = agentMsgs.find((r) => r !== firstAgent && r[0] > (firstAgent?.[1] ?? -1));
  if (secondMsg) found['ssh-add-L'] = secondMsg;

  // Public keys: before the private key header is `ssh-add -L`, after it is `cat id_rsa.pub`.
  const pubs = runs(rows, 'pubkey', ['base64', 'pubkey']);
  const catError = firstOf('cat-error');
  const rfc = runs(rows, 'rfc4716', ['base64', 'rfc4716', 'other']);
  const cut = found['private-key-header']?.[0] ?? null;
  const before = pubs.filter((r) => cut !== null && r[0] < cut);
  const after = pubs.filter((r) => cut === null || r[0] > cut);
  if (before.length > 0 && !found['ssh-add-L']) found['ssh-add-L'] = before[before.length - 1];
  if (cut === null && after.length > 1 && !found['ssh-add-L']) found['ssh-add-L'] = after.shift();
  if (cut === null && after.length === 1 && (catError >= 0 || agentIds.length > 0) && !found['ssh-add-L'])
    found['ssh-add-L'] = after.shift();
  const catRun = after[0] ?? rfc[0] ?? (catError >= 0 ? [catError, catError] : undefined);
  if (catRun) found['cat-pub'] = catRun;

  const sections: Partial<Record<ProbeId, LegacySection>> = {};
  let claimed = 0;
  for (const probe of PROBE_IDS) {
    const range = found[probe];
    if (!range) continue;
    const [start, end] = range;
    const slice = rows.slice(start, end + 1);
    sections[probe] = { text: slice.map((r) => r.text).join('\n'), startLine: rows[start]?.line ?? 1 };
    claimed += slice.length;
  }
  const commandRow = rows.find((r) => r.text.length <= MAX_COMMAND && SSH_COMMAND.test(r.text));
  const sshCommand = commandRow ? SSH_COMMAND.exec(commandRow.text) : null;
  return {
    sections,
    ...pickLogin(rows, sshCommand),
    command: commandRow ? { line: commandRow.line, text: commandRow.text } : null,
    unclaimedLines: Math.max(0, rows.filter((r) => r.cls !== 'blank').length - claimed),
  };
}
