// Tells what was written before the key type on its line: authorized_keys options (fine in a file, not in the
// form), a known_hosts host list (then it is a server's key, not the user's), or stray copied text.
import { type Problem, problem } from './problems.js';

/** Options sshd understands in authorized_keys (sshd(8) AUTHORIZED_KEYS FILE FORMAT). */
const OPTION_NAMES = new Set([
  'agent-forwarding',
  'cert-authority',
  'command',
  'environment',
  'expiry-time',
  'from',
  'no-agent-forwarding',
  'no-port-forwarding',
  'no-pty',
  'no-user-rc',
  'no-x11-forwarding',
  'no-touch-required',
  'permitlisten',
  'permitopen',
  'port-forwarding',
  'principals',
  'pty',
  'restrict',
  'tunnel',
  'user-rc',
  'verify-required',
  'x11-forwarding',
]);
const OPTION = /^([A-Za-z0-9-]+)(?:="(?:[^"\\]|\\.)*")?/;
const HOST_PATTERN =
  /^(?:\|1\|[A-Za-z0-9+/=]+\|[A-Za-z0-9+/=]+|(?:!?(?:\[[^\]\s]+\]:\d+|[A-Za-z0-9_.*?:%-]+))(?:,!?(?:\[[^\]\s]+\]:\d+|[A-Za-z0-9_.*?:%-]+))*)$/;

/** authorized_keys option names, or null when `prefix` is not a valid option list. */
export function parseOptions(prefix: string): string[] | null {
  const names: string[] = [];
  let rest = prefix;
  while (rest !== '') {
    const m = OPTION.exec(rest);
    const name = m?.[1]?.toLowerCase();
    if (!m || !name || !OPTION_NAMES.has(name)) return null;
    names.push(name);
    rest = rest.slice(m[0].length);
    if (rest.startsWith(',')) rest = rest.slice(1);
    else if (rest !== '') return null;
  }
  return names;
}

/** Is `prefix` a known_hosts host field (with optional @marker)? Plain words need a dot, colon or comma. */
export function isKnownHostsPrefix(prefix: string): boolean {
  const field = prefix.replace(/^@(?:cert-authority|revoked)\s+/, '');
  if (/\s/.test(field) || !HOST_PATTERN.test(field)) return false;
  return field !== prefix || /[.:,|[]/.test(field) || field === 'localhost';
}

/** The problem a prefix causes; null when there is no prefix. */
export function classifyPrefix(prefix: string): Problem | null {
  const p = prefix.trim();
  if (p === '') return null;
  const options = parseOptions(p);
  if (options) return problem('options-prefix', `removed: ${options.join(', ')}`);
  if (isKnownHostsPrefix(p))
    return problem('known-hosts-line', undefined, 'send the content of your own ~/.ssh/id_rsa.pub');
  if (/public key for pasting/i.test(p))
    return problem('extra-text', 'the PuTTYgen/MobaXterm box label was copied');
  return problem('extra-text', 'removed from before the key');
}
