// Says which command of the support one-liner produced a pasted line, so the splitter can find reordered sections.
import { afterPrompt } from './input-lines.js';
import { parseLsLine } from './ls-al.js';
import { isSshLine } from './ssh-verbose.js';
import { UNAME_LINE } from './uname.js';

export type LineClass =
  | 'blank'
  | 'command'
  | 'prompt'
  | 'uname'
  | 'ls-total'
  | 'ls-entry'
  | 'ls-error'
  | 'agent-id'
  | 'agent-msg'
  | 'pubkey'
  | 'base64'
  | 'rfc4716'
  | 'private-header'
  | 'private-error'
  | 'cat-error'
  | 'date'
  | 'ssh'
  | 'other';

const AGENT_ID = /^\d{1,6} (?:(?:SHA256|MD5):\S+|[0-9a-f]{2}(?::[0-9a-f]{2}){15}) .*\([^()\s]+\)$/;
const AGENT_MSG =
  /^(?:The agent has no identities\.|Could not open a connection to your authentication agent\.|Error connecting to agent: .*|error fetching identities: .*)$/;
const PUBKEY =
  /^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-\S+|sk-\S+@openssh\.com|ssh-\S+-cert-v01@openssh\.com) AAAA[A-Za-z0-9+/]+=*(?:\s.*)?$/;
const PRIVATE_HEADER =
  /^(?:-{5}BEGIN [A-Z0-9 ]*PRIVATE KEY-{5}|PuTTY-User-Key-File-\d+: .*|-{4} BEGIN SSH2 ENCRYPTED PRIVATE KEY -{4}|\[[^\]]*(?:private key|removed|redacted)[^\]]*\])$/i;
const HEAD_ERROR = /^head: (?:cannot open|impossible d'ouvrir) /;
const CAT_ERROR =
  /^cat: .*(?:No such file or directory|Aucun fichier ou dossier|Permission denied|Permission non accordée)/;
const RFC4716 = /^-{4} (?:BEGIN|END) SSH2 PUBLIC KEY -{4}$|^Comment: /;
const DAYS = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const MONTHS = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const DATE_EN = new RegExp(
  `^${DAYS},? +(?:${MONTHS} +\\d{1,2}|\\d{1,2} +${MONTHS}) +\\d{1,2}:\\d{2}:\\d{2}(?: +[AP]M)?(?: +\\S+){0,2} +\\d{4}$`,
);
const DATE_FR =
  /^(?:lun|mar|mer|jeu|ven|sam|dim)\p{L}*\.? +\d{1,2} +\p{L}{3,9}\.? +\d{4},? +(?:à +)?\d{1,2}:\d{2}:\d{2}(?: +\S+)?$/iu;
const BASE64 = /^[A-Za-z0-9+/]{16,}={0,2}$/;
/** `debug1: ...`: no check before the ssh one can match such a line (no prompt, uname, ls... starts so). */
const SSH_DEBUG = /^debug[1-3]: /;

/** Classifies one (unquoted, CR-stripped) input line. */
export function classifyLine(text: string): LineClass {
  const t = text.trim();
  if (t === '') return 'blank';
  if (t.charCodeAt(0) === 100 && SSH_DEBUG.test(t)) return 'ssh';
  const typed = afterPrompt(t);
  if (typed !== null) return typed.trim() === '' || !/[a-z]/i.test(typed) ? 'prompt' : 'command';
  if (UNAME_LINE.test(t)) return 'uname';
  if (/^total \d+$/.test(t)) return 'ls-total';
  if (/^ls: /.test(t)) return 'ls-error';
  if (parseLsLine(t)) return 'ls-entry';
  if (AGENT_ID.test(t)) return 'agent-id';
  if (AGENT_MSG.test(t)) return 'agent-msg';
  if (PUBKEY.test(t)) return 'pubkey';
  if (PRIVATE_HEADER.test(t)) return 'private-header';
  if (HEAD_ERROR.test(t)) return 'private-error';
  if (CAT_ERROR.test(t)) return 'cat-error';
  if (RFC4716.test(t)) return 'rfc4716';
  if (DATE_EN.test(t) || DATE_FR.test(t)) return 'date';
  if (isSshLine(t)) return 'ssh';
  if (BASE64.test(t)) return 'base64';
  return 'other';
}
