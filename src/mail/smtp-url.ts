// SMTP URLs come from users: parse them strictly, name the key that was wrong, never echo a password.
import { type AppError, UsageError } from '../errors.js';

/** Where and how to reach the SMTP server. */
export interface SmtpTarget {
  host: string;
  port: number;
  /** `smtps://`: TLS from the first byte (usually port 465). */
  secure: boolean;
  /** `smtp://...?requireTLS=true`: refuse to go on without STARTTLS. */
  requireTLS: boolean;
  user: string | undefined;
  pass: string | undefined;
  /** The URL with the password replaced by `***`, safe to print. */
  display: string;
}

const KNOWN_PARAMS = new Set(['requireTLS']);

/** Replaces the password of a URL-like string by `***`; works on unparseable input and on a raw `@` in it. */
export function maskSmtpUrl(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)(.*)@/is.exec(url);
  const userinfo = match?.[2];
  if (!match || userinfo === undefined) return url;
  const colon = userinfo.indexOf(':');
  if (colon < 0) return url;
  return `${match[1]}${userinfo.slice(0, colon)}:***@${url.slice(match[0].length)}`;
}

/** Parses `smtp://[user[:pass]@]host[:port][?requireTLS=true]` or `smtps://...`; `source` names the flag/key. */
export function parseSmtpUrl(
  value: string,
  source: string,
  Failure: new (message: string, opts: { hint?: string }) => AppError = UsageError,
): SmtpTarget {
  const shown = maskSmtpUrl(value);
  const bad = (what: string) =>
    new Failure(`${source}: ${what} in SMTP URL '${shown}'`, {
      hint: 'expected smtp://[user:password@]host[:port] or smtps://...; add ?requireTLS=true to insist on STARTTLS',
    });
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw bad('not a URL');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw bad(`unsupported scheme '${url.protocol}'`);
  if (!url.hostname) throw bad('no host');
  if (url.pathname !== '' && url.pathname !== '/') throw bad('unexpected path');
  for (const key of url.searchParams.keys())
    if (!KNOWN_PARAMS.has(key)) throw bad(`unknown parameter '${key}'`);
  const requireTLS = url.searchParams.get('requireTLS');
  if (requireTLS !== null && requireTLS !== 'true' && requireTLS !== 'false')
    throw bad('requireTLS must be true or false');
  const secure = url.protocol === 'smtps:';
  let user: string | undefined;
  let pass: string | undefined;
  try {
    user = url.username ? decodeURIComponent(url.username) : undefined;
    pass = url.password ? decodeURIComponent(url.password) : undefined;
  } catch {
    throw bad('badly %-encoded user or password');
  }
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    requireTLS: requireTLS === 'true',
    user,
    pass,
    display: shown,
  };
}
