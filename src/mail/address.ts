// Addresses and header text come from flags, env, config and the login: validate them so none can inject a header.
import { z } from 'zod';

const emailSchema = z.email();

/** Control characters (C0, DEL, C1) and the Unicode line/paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** True when the value holds a character that could end or fold a header line. */
export function hasControlCharacters(value: string): boolean {
  CONTROL.lastIndex = 0;
  return CONTROL.test(value);
}

/** A value safe for one header line: every run of control characters becomes one space. */
export function cleanHeaderText(value: string): string {
  return value.replace(CONTROL, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * A bare e-mail address (`user@domain`), or undefined when the value is not one.
 * Angle brackets, display names, commas and control characters are refused, not repaired.
 */
export function parseAddress(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 254 || hasControlCharacters(trimmed)) return undefined;
  return emailSchema.safeParse(trimmed).success ? trimmed : undefined;
}
