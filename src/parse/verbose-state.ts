// The mutable draft that the ssh -v line rules fill in, kept apart so each rule file stays small and testable.
import type { Connection, ConnectionEvent, KexProposal } from '../report/connection.js';
import type { InputLine } from './input-lines.js';

/** What the line loop carries from one line to the next. */
export interface VerboseState {
  c: Connection;
  /** Index in `c.authAttempts` of the attempt whose answer is awaited. */
  pending: number | null;
  proposal: 'client' | 'server' | null;
  /** ≤6.9 unlabelled `kex_parse_kexinit` lines: position in the current list of ten. */
  legacyKexIndex: number;
  legacyKexWho: 'client' | 'server';
  /** The previous line announced a fingerprint on the next line (changed host key block). */
  expectHostKeyFingerprint: string | null;
  terminal: 'success' | 'failure' | 'not-run' | null;
  lastError: ConnectionEvent | null;
  /** Last non-debug line no rule knew: the final error when no known error line exists. */
  lastUnknown: InputLine | null;
}

/** A line rule: a regular expression on the line body (debug prefix removed) and what it means. */
export interface LineRule {
  kind: string;
  re: RegExp;
  /** Which lines it applies to: `debug` prefixed ones, `plain` ones, or both (default). */
  level?: 'debug' | 'plain';
  /** Ends the run one way or the other (the last terminal line decides, see ssh-verbose.ts). */
  terminal?: 'success' | 'failure' | 'not-run';
  /** An error message worth quoting as the final error when it is not a debug line. */
  error?: boolean;
  /** Known line that is not worth an event (decoration of warning blocks). */
  quiet?: boolean;
  /**
   * A wrapper's line quoting ssh's message (VS Code, Ansible): this capture group is read as a line of its own, and
   * the rule it matches decides; the wrapper rule itself applies only when nothing inside is known.
   */
  unwrap?: number;
  /** Updates the draft; may return a more precise event kind than `kind`. */
  apply?: (s: VerboseState, m: RegExpExecArray, line: InputLine) => string | undefined;
}

/** Splits `a,b,c` lists as ssh prints them, dropping empty items. */
export function splitList(text: string): string[] {
  return text
    .trim()
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

export function emptyProposal(): KexProposal {
  return { kex: [], hostkey: [], ciphers: [], macs: [], compression: [] };
}

export function toInt(text: string | undefined): number | null {
  if (text === undefined || !/^-?\d{1,9}$/.test(text)) return null;
  return Number(text);
}

export function createConnection(): Connection {
  return {
    outcome: 'unknown',
    clientVersion: null,
    serverVersion: null,
    configFiles: [],
    appliedOptions: [],
    connectAttempts: [],
    proxy: { command: null, jump: null, nested: false, nestedClientVersions: [] },
    kex: {
      algorithm: null,
      hostKeyAlgorithm: null,
      cipherCtoS: null,
      cipherStoC: null,
      macCtoS: null,
      macStoC: null,
      strict: false,
    },
    proposals: { client: null, server: null },
    negotiationFailure: null,
    hostKey: null,
    hostKeyStatus: null,
    knownHosts: null,
    identityFiles: [],
    agent: { keys: null, socketError: null, empty: false, bound: false },
    willAttempt: [],
    serverSigAlgs: null,
    authTarget: null,
    authMethodsCanContinue: [],
    authAttempts: [],
    authenticatedWith: null,
    permissionDenied: null,
    disconnect: null,
    finalError: null,
    events: [],
    unknownLines: { count: 0, sample: [] },
    lineCount: 0,
  };
}

export function createState(): VerboseState {
  return {
    c: createConnection(),
    pending: null,
    proposal: null,
    legacyKexIndex: 0,
    legacyKexWho: 'client',
    expectHostKeyFingerprint: null,
    terminal: null,
    lastError: null,
    lastUnknown: null,
  };
}
