// Turns `ssh -v/-vv/-vvv` output (OpenSSH 6.x–10.x, any platform, pasted or captured) into a Connection.
import type { Connection, ConnectionEvent } from '../report/connection.js';
import { afterPrompt, type InputLine, splitDebugPrefix, splitInputLines } from './input-lines.js';
import { literalNeeds } from './regex-literals.js';
import { authRules } from './verbose-rules-auth.js';
import { bannerRules } from './verbose-rules-banner.js';
import { clientRules } from './verbose-rules-clients.js';
import { connectRules } from './verbose-rules-connect.js';
import { hostKeyRules } from './verbose-rules-hostkey.js';
import { kexRules } from './verbose-rules-kex.js';
import { keyRules } from './verbose-rules-keys.js';
import { proxyRules } from './verbose-rules-proxy.js';
import { sessionRules } from './verbose-rules-session.js';
import { wrapperRules } from './verbose-rules-wrappers.js';
import { createState, type LineRule, type VerboseState } from './verbose-state.js';

// Order matters: specific rules first; host key rules end with the catch-all for warning-block decoration.
export const RULES: readonly LineRule[] = [
  ...connectRules,
  ...bannerRules,
  ...kexRules,
  ...keyRules,
  ...sessionRules,
  ...authRules,
  ...proxyRules,
  ...clientRules,
  ...wrapperRules,
  ...hostKeyRules,
];
/** Longest line body the rules look at; longer lines are matched on their start only (bounded regex work). */
const MAX_LINE = 8192;
const UNKNOWN_SAMPLE = 20;
const FINGERPRINT_LINE = /^((?:SHA256|MD5):[^\s.]+(?:\.[^\s.]+)*?)\.?$/;

/**
 * The rules a line body can match, in RULES order: a line tries only the rules whose literal text it holds. Rules
 * whose every alternative starts with a literal are listed under those first characters only; the others everywhere.
 * Literals needed anywhere in the line are first looked for all at once (most lines hold none).
 */
interface IndexedRule {
  rule: LineRule;
  /** null: always try the regex. */
  prefixes: readonly string[] | null;
  inner: readonly string[];
}
const INDEXED: readonly IndexedRule[] = RULES.map((rule) => {
  const needs = literalNeeds(rule.re);
  return {
    rule,
    prefixes: needs === null ? null : needs.filter((n) => n.prefix).map((n) => n.text),
    inner: needs ? needs.filter((n) => !n.prefix).map((n) => n.text) : [],
  };
});
/** Rules to try for a line: by its first character, and whether it holds any literal needed inside a line. */
interface Candidates {
  withInner: readonly IndexedRule[];
  withoutInner: readonly IndexedRule[];
}
const ANYWHERE = INDEXED.filter((r) => r.prefixes === null || r.inner.length > 0);
function candidatesFor(char: string | null): Candidates {
  const withInner = INDEXED.filter(
    (r) => ANYWHERE.includes(r) || r.prefixes?.some((p) => p.charAt(0) === char),
  );
  // Without any inner literal, a rule can match only by a prefix (or when it has no pre-check at all).
  const withoutInner = withInner.filter((r) => r.prefixes === null || r.prefixes.length > 0);
  return { withInner, withoutInner };
}
const OTHER_CHARS = candidatesFor(null);
const BY_FIRST_CHAR = new Map<string, Candidates>();
for (const r of INDEXED)
  for (const p of r.prefixes ?? []) BY_FIRST_CHAR.set(p.charAt(0), candidatesFor(p.charAt(0)));
const escapeRegex = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
const ANY_INNER = new RegExp([...new Set(INDEXED.flatMap((r) => r.inner))].map(escapeRegex).join('|'));

/** The first rule (in RULES order) that matches the body at this debug level, with its match (exported for tests). */
export function firstMatch(body: string, level: number): { rule: LineRule; m: RegExpExecArray } | null {
  const inner = ANY_INNER.test(body);
  const candidates = BY_FIRST_CHAR.get(body.charAt(0)) ?? OTHER_CHARS;
  for (const { rule, prefixes, inner: needles } of inner ? candidates.withInner : candidates.withoutInner) {
    if ((rule.level === 'debug' && level === 0) || (rule.level === 'plain' && level > 0)) continue;
    if (prefixes !== null) {
      let ok = false;
      for (const p of prefixes) if (body.startsWith(p)) ok = true;
      if (!ok && inner) for (const n of needles) if (body.includes(n)) ok = true;
      if (!ok) continue;
    }
    const m = rule.re.exec(body);
    if (!m) continue;
    const quoted = rule.unwrap === undefined ? undefined : m[rule.unwrap]?.trim();
    return (quoted ? firstMatch(quoted, 0) : null) ?? { rule, m };
  }
  return null;
}

/** True when the line is something `ssh -v` prints (a debug line, the banner, or a known message). */
export function isSshLine(text: string): boolean {
  const { level, body } = splitDebugPrefix(text.length > MAX_LINE ? text.slice(0, MAX_LINE) : text);
  return level > 0 || firstMatch(body, 0) !== null;
}

/** The kind of the rule a line matches (debug prefix or not), or null when no rule knows the line. */
export function knownLineKind(text: string): string | null {
  const { level, body } = splitDebugPrefix(text.length > MAX_LINE ? text.slice(0, MAX_LINE) : text);
  return firstMatch(body, level)?.rule.kind ?? null;
}

export interface ParseSshVerboseOptions {
  /** Number of the first line of `text` in the original input, so that events quote the right line (default 1). */
  firstLine?: number;
}

function isProxied(c: Connection): boolean {
  return c.proxy.nested || c.proxy.command !== null || c.proxy.jump !== null;
}

function setTerminal(s: VerboseState, terminal: NonNullable<LineRule['terminal']>): void {
  // After success only a proxied run can still fail: the success line may have been the jump host's.
  if (s.terminal === 'success' && terminal !== 'success' && !isProxied(s.c)) return;
  if (s.terminal !== null && terminal === 'not-run') return;
  s.terminal = terminal;
}

function record(s: VerboseState, rule: LineRule, m: RegExpExecArray, ln: InputLine, level: number): void {
  const event: ConnectionEvent = { line: ln.line, text: ln.text, kind: rule.kind };
  const kind = rule.apply?.(s, m, ln);
  if (kind !== undefined) event.kind = kind;
  if (!rule.quiet) s.c.events.push(event);
  if (rule.error && level === 0) s.lastError = event;
  if (rule.terminal) setTerminal(s, rule.terminal);
}

/** A fingerprint alone on the line after `The fingerprint for the X key sent by the remote host is`. */
function takeExpectedFingerprint(s: VerboseState, ln: InputLine): boolean {
  const type = s.expectHostKeyFingerprint;
  s.expectHostKeyFingerprint = null;
  const m = type === null ? null : FINGERPRINT_LINE.exec(ln.text.trim());
  if (type === null || !m?.[1]) return false;
  s.c.hostKey ??= { type, fingerprint: m[1] };
  s.c.events.push({ line: ln.line, text: ln.text, kind: 'host-key-fingerprint' });
  return true;
}

function handleLine(s: VerboseState, ln: InputLine): void {
  if (ln.text.trim() === '') return;
  if (takeExpectedFingerprint(s, ln)) return;
  const { level, body } = splitDebugPrefix(ln.text.length > MAX_LINE ? ln.text.slice(0, MAX_LINE) : ln.text);
  const found = firstMatch(body, level);
  if (found) {
    record(s, found.rule, found.m, ln, level);
    return;
  }
  // A `debugN: ` line never starts with a prompt: skip the prompt patterns for the many unknown debug lines.
  const command = level > 0 ? null : afterPrompt(ln.text);
  if (command !== null) {
    if (/(?:^|[\s;&|])ssh\s/.test(command))
      s.c.events.push({ line: ln.line, text: ln.text, kind: 'command' });
    return;
  }
  if (level > 0) return;
  s.c.unknownLines.count += 1;
  if (s.c.unknownLines.sample.length < UNKNOWN_SAMPLE)
    s.c.unknownLines.sample.push({ line: ln.line, text: ln.text });
  s.lastUnknown = ln;
}

/** Parses the stderr of `ssh -v`, `-vv` or `-vvv`. Never throws; unknown lines are counted and sampled. */
export function parseSshVerbose(text: string, options: ParseSshVerboseOptions = {}): Connection {
  const s = createState();
  const lines = splitInputLines(text, Math.max(1, Math.trunc(options.firstLine ?? 1)));
  for (const ln of lines) handleLine(s, ln);
  const c = s.c;
  c.lineCount = lines.length;
  const blank = lines.every((l) => l.text.trim() === '');
  c.outcome = blank ? 'not-run' : (s.terminal ?? 'unknown');
  // 9.x in BatchMode says nothing about an unknown host key but `Host key verification failed.` (verified live).
  if (
    c.hostKeyStatus === null &&
    c.hostKey !== null &&
    c.events.some((e) => e.kind === 'host-key-verification-failed')
  )
    c.hostKeyStatus = 'unknown';
  const last = s.lastError ?? (c.outcome === 'success' ? null : s.lastUnknown);
  c.finalError = last ? { line: last.line, text: last.text } : null;
  return c;
}
