// Book-keeping of authentication attempts shared by the key and auth line rules.
import type { AuthAttempt, AuthResult } from '../report/connection.js';
import { parseKeyRef } from './key-ref.js';
import type { VerboseState } from './verbose-state.js';

/** The attempt awaiting an answer, if any. */
export function pendingAttempt(s: VerboseState): AuthAttempt | null {
  return s.pending === null ? null : (s.c.authAttempts[s.pending] ?? null);
}

/** The latest attempt for `key` (a path), else the pending one. */
export function attemptFor(s: VerboseState, key: string): AuthAttempt | null {
  for (let i = s.c.authAttempts.length - 1; i >= 0; i--) {
    const a = s.c.authAttempts[i];
    if (a && a.key === key) return a;
  }
  return pendingAttempt(s);
}

/** Records how an attempt ended (keeps an earlier reason when none is given). */
export function settle(a: AuthAttempt | null, result: AuthResult, reason: string | null): undefined {
  if (a) Object.assign(a, { result, reason: reason ?? a.reason });
  return undefined;
}

/** Starts a new attempt and makes it the pending one. */
export function startAttempt(
  s: VerboseState,
  text: string,
  typeHint: string | null,
  method: AuthAttempt['method'],
  line: number,
): undefined {
  s.c.authAttempts.push({
    ...parseKeyRef(text, typeHint),
    method,
    result: 'unknown',
    serverAccepted: false,
    reason: null,
    line,
  });
  s.pending = s.c.authAttempts.length - 1;
  return undefined;
}
