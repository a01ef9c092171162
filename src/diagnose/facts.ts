// Facts many rules need (versions, target, attempts, failure), read from the draft the same way everywhere.
import type { AuthAttempt, ConnectionEvent } from '../report/connection.js';
import type { EvidenceLine } from '../report/schema.js';
import type { RuleContext } from './rule.js';

/**
 * What many rules look up in one report, computed once per rule context (lazily) instead of rescanning the events
 * or the log lines in every rule. Keyed by the context: a context sees one report draft, never changed.
 */
interface ContextIndex {
  /** Positions in `connection.events` per event kind, ascending. */
  kinds: Map<string, number[]> | null;
  /** The first event recorded at each log line. */
  atLine: Map<number, ConnectionEvent> | null;
  /** `sshLines` results per pattern. */
  matches: Map<RegExp, EvidenceLine[]>;
  /** Derived facts (`memo`). */
  memo: Map<object, unknown>;
}

const INDEXES = new WeakMap<RuleContext, ContextIndex>();

function indexOf(ctx: RuleContext): ContextIndex {
  let index = INDEXES.get(ctx);
  if (!index) {
    index = { kinds: null, atLine: null, matches: new Map(), memo: new Map() };
    INDEXES.set(ctx, index);
  }
  return index;
}

/**
 * A fact derived from the context, computed on first use and shared by every rule of this diagnosis (`key`: the
 * function computing it). Callers must not mutate what it returns.
 */
export function memo<T>(ctx: RuleContext, key: object, compute: () => T): T {
  const cache = indexOf(ctx).memo;
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  cache.set(key, value);
  return value;
}

function kindIndex(ctx: RuleContext): Map<string, number[]> {
  const index = indexOf(ctx);
  if (index.kinds) return index.kinds;
  const kinds = new Map<string, number[]>();
  const events = ctx.report.connection.events;
  for (let i = 0; i < events.length; i++) {
    const kind = (events[i] as ConnectionEvent).kind;
    const at = kinds.get(kind);
    if (at) at.push(i);
    else kinds.set(kind, [i]);
  }
  index.kinds = kinds;
  return kinds;
}

/** `8.8` → 808; null when unknown. */
export function versionNumber(v: { major: number | null; minor: number | null } | null | undefined) {
  if (v?.major == null) return null;
  return v.major * 100 + (v.minor ?? 0);
}

/** The local client's OpenSSH version (first banner of the log, else `ssh -V`), e.g. 902. */
export function clientVersion(ctx: RuleContext): number | null {
  const c = ctx.report.connection.clientVersion ?? ctx.report.system.sshVersion;
  if (!c || !/^OpenSSH/i.test(c.product)) return null;
  return versionNumber(c);
}

/** The server's OpenSSH version from the log or the collected banner; null for other products or unknown. */
export function serverOpenSsh(ctx: RuleContext): number | null {
  const s = ctx.report.connection.serverVersion;
  if (s) return /^OpenSSH/i.test(s.product) ? versionNumber(s) : null;
  const m = /^SSH-[\d.]+-OpenSSH_(\d+)\.(\d+)/.exec(ctx.report.network.banner ?? '');
  return m ? Number(m[1]) * 100 + Number(m[2]) : null;
}

/** The ssh run failed (or its end is unknown) rather than succeeded or not ran. */
export function failed(ctx: RuleContext): boolean {
  const o = ctx.report.connection.outcome;
  return o === 'failure' || o === 'unknown';
}

/** An event of the ssh log as an evidence line. */
export function ev(e: { line: number; text: string }): EvidenceLine {
  return { source: 'ssh-vvv', line: e.line, text: e.text };
}

/** Events of the given kinds, in log order (a new array: the caller may change it). */
export function eventsOf(ctx: RuleContext, ...kinds: string[]): ConnectionEvent[] {
  const index = kindIndex(ctx);
  const events = ctx.report.connection.events;
  let positions: number[] | undefined;
  let merged = false;
  for (let k = 0; k < kinds.length; k++) {
    const kind = kinds[k] as string;
    if (kinds.indexOf(kind) !== k) continue;
    const at = index.get(kind);
    if (!at) continue;
    if (positions === undefined) positions = at;
    else {
      positions = positions.concat(at);
      merged = true;
    }
  }
  if (positions === undefined) return [];
  if (merged) positions.sort((a, b) => a - b);
  return positions.map((i) => events[i] as ConnectionEvent);
}

/** The event recorded at a given line of the log. */
export function eventAt(ctx: RuleContext, line: number): ConnectionEvent | undefined {
  const index = indexOf(ctx);
  let atLine = index.atLine;
  if (!atLine) {
    atLine = new Map();
    for (const e of ctx.report.connection.events) if (!atLine.has(e.line)) atLine.set(e.line, e);
    index.atLine = atLine;
  }
  return atLine.get(line);
}

/**
 * Lines of the ssh log matching `re` (for messages the parser has no event kind for); a new array. Results are kept
 * per pattern: a pattern must not be global or sticky (its `lastIndex` would change the answer).
 */
export function sshLines(ctx: RuleContext, re: RegExp): EvidenceLine[] {
  const matches = indexOf(ctx).matches;
  let hit = matches.get(re);
  if (!hit) {
    hit = ctx.lines('ssh-vvv').filter((l) => re.test(l.text));
    if (!re.global && !re.sticky) matches.set(re, hit);
    else return hit;
  }
  return hit.slice();
}

/** The `Permission denied (...)` line, when the run ended with one. */
export function denial(ctx: RuleContext): EvidenceLine[] {
  const d = ctx.report.connection.permissionDenied;
  const e = d ? eventAt(ctx, d.line) : undefined;
  return e ? [ev(e)] : [];
}

/** Attempts the server answered (`Offering ...`), in order. */
export function offered(ctx: RuleContext): AuthAttempt[] {
  return ctx.report.connection.authAttempts.filter((a) => a.method === 'offer');
}

/** The attempt's own log line. */
export function attemptLine(ctx: RuleContext, a: AuthAttempt): EvidenceLine[] {
  const e = eventAt(ctx, a.line);
  return e ? [ev(e)] : [];
}

/** Host name to use in fixes: the target, else what the log shows, else the profile's first host. */
export function targetHost(ctx: RuleContext): string {
  const c = ctx.report.connection;
  return (
    ctx.report.target.host ??
    c.authTarget?.host ??
    c.permissionDenied?.host ??
    c.connectAttempts[0]?.host ??
    ctx.profile.hosts[0]?.hostname ??
    'HOST'
  );
}

export function targetLogin(ctx: RuleContext): string {
  const c = ctx.report.connection;
  return ctx.report.target.login ?? c.authTarget?.user ?? c.permissionDenied?.user ?? 'LOGIN';
}

/** `host` or `[host]:port` as known_hosts and ssh-keygen -R spell it. */
export function knownHostsName(host: string, port: number | null): string {
  return port !== null && port !== 22 ? `[${host}]:${port}` : host;
}

/** The key type as printed in the log (`RSA`, `ED25519`...), upper-cased, or null. */
export function keyTypeOf(a: { type: string | null }): string | null {
  return a.type ? a.type.toUpperCase().replace(/^SSH-/, '') : null;
}

/** Base name of a path (`/home/u/.ssh/id_rsa` → `id_rsa`). */
export function baseName(path: string): string {
  return path.replace(/\\/g, '/').split('/').pop() ?? path;
}

/** A path as the user would type it: `/home/u/.ssh/id_rsa` → `~/.ssh/id_rsa`. */
export function tildePath(path: string): string {
  return path.replace(
    /^(?:\/home\/[^/]+|\/Users\/[^/]+|\/root|\/c\/Users\/[^/]+|C:\\Users\\[^\\]+)[/\\]\.ssh[/\\]/,
    '~/.ssh/',
  );
}

/**
 * `read_passphrase: can't open /dev/tty` lines. Redaction masks a value after `passphrase:` (`read_passphrase: ***'t
 * open /dev/tty`), which the parser then no longer knows: accept that form too.
 */
const MASKED_NO_TTY = /read_passphrase: \*+'t open \/dev\/tty/;

export function noTtyLines(ctx: RuleContext): ConnectionEvent[] {
  const known = eventsOf(ctx, 'read-passphrase-no-tty');
  const masked = sshLines(ctx, MASKED_NO_TTY)
    .filter((l) => !known.some((e) => e.line === l.line))
    .map((l) => ({ line: l.line, text: l.text, kind: 'read-passphrase-no-tty' }));
  return [...known, ...masked].sort((a, b) => a.line - b.line);
}

/**
 * The target is one of the site's hosts (or unknown, as in a pasted one-liner without a host), so the site's key
 * policy applies to it. A GitHub or lab server has its own rules: the site policy cannot explain its refusal.
 */
export function siteTarget(ctx: RuleContext): boolean {
  const c = ctx.report.connection;
  const host =
    ctx.report.target.host ??
    c.authTarget?.host ??
    c.permissionDenied?.host ??
    c.connectAttempts[0]?.host ??
    null;
  if (host === null) return true;
  const h = host.toLowerCase();
  return ctx.profile.hosts.some((p) => p.hostname.toLowerCase() === h || p.alias.toLowerCase() === h);
}
