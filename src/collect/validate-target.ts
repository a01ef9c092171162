// Login/host/port checks: a value ssh could read as an option or a shell could expand is refused (exit 2).
import { UsageError } from '../errors.js';

const CONTROL_OR_SPACE = /[\s\u0000-\u001f\u007f-\u009f]/u;

function checkCommon(what: string, value: string): void {
  if (value.length === 0) throw new UsageError(`${what} is empty`);
  if (value.startsWith('-')) {
    throw new UsageError(`${what} '${printable(value)}' starts with '-' (ssh would read it as an option)`);
  }
  if (CONTROL_OR_SPACE.test(value)) {
    throw new UsageError(`${what} '${printable(value)}' contains whitespace or control characters`);
  }
  if (value.length > 255) throw new UsageError(`${what} is longer than 255 characters`);
}

/** Shows a rejected value without letting its control characters reach the terminal. */
export function printable(value: string): string {
  return value.replace(
    /[\u0000-\u001f\u007f-\u009f]/gu,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/** A login as the cluster knows it: POSIX-ish user names, no `@`, no shell metacharacters. */
export function validateLogin(login: string): string {
  checkCommon('login', login);
  if (!/^[A-Za-z0-9._][A-Za-z0-9._-]*\$?$/.test(login)) {
    throw new UsageError(`login '${printable(login)}' holds characters a login cannot have`, {
      hint: 'use letters, digits, ".", "_" and "-" only',
    });
  }
  return login;
}

/** A DNS name, an IPv4 address or an IPv6 literal (optionally in brackets). */
export function validateHost(host: string): string {
  checkCommon('host', host);
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  const ok =
    /^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_.])?$/.test(bare) || /^[0-9A-Fa-f:.]+(%[\w.-]+)?$/.test(bare);
  if (!ok || bare.includes('..')) {
    throw new UsageError(`host '${printable(host)}' is not a valid host name or address`);
  }
  return bare;
}

/** A TCP port, from a flag (number or numeric string). */
export function validatePort(port: unknown): number {
  const text = String(port).trim();
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > 65535) {
    throw new UsageError(`port '${printable(String(port))}' is not a number between 1 and 65535`);
  }
  return n;
}
