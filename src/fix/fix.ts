// What a fix is: a pure plan (data) for one rule id, so showing, asking, applying and testing stay in one place.
import type { Profile } from '../profile/profile.js';
import type { Finding, Report } from '../report/schema.js';

/** One change a fix makes on this machine. Paths are absolute and inside ~/.ssh (the applier checks it). */
export type FixStep =
  /** Change a file's permission bits (never its content). */
  | { kind: 'chmod'; path: string; mode: number; from: string | null }
  /** Add options for one host to ~/.ssh/config, in a `Host` block of their own (never global). */
  | { kind: 'host-options'; host: string; options: [string, string][] }
  /**
   * Run a command. `terminal`: it may ask on the user's terminal (a passphrase), so it gets our stdio.
   * `creates`: files it makes (refused when one exists); `edits`: files it changes (backed up first).
   */
  | { kind: 'run'; argv: string[]; terminal: boolean; creates?: string[]; edits?: string[] };

/** A fix for one finding: what it does, the steps, or why it stops (`blocked`: then nothing is applied). */
export interface FixPlan {
  rule: string;
  /** One line: what the fix does, e.g. `make ~/.ssh/id_rsa readable by you only`. */
  summary: string;
  steps: FixStep[];
  /** The fix cannot be done here: say why and what to do instead (no step is applied). */
  blocked?: string;
}

/** What a fix may look at: the diagnosed report, its rule's match values, and who runs it. Pure data. */
export interface FixInput {
  report: Report;
  finding: Finding;
  /** The `{name}` values the rule's match gave the catalogue (key path, host, algorithm...). */
  params: Record<string, string | number>;
  profile: Profile;
  /** The passwd home ssh uses for `~`. */
  home: string;
  /** Our uid (null: unknown, e.g. planning from a received report). */
  uid: number | null;
  platform: NodeJS.Platform;
}

/** A fix module: one per rule id (`src/fix/ssh301.ts`), listed once in `fixes.ts`. */
export interface Fix {
  rule: string;
  /** The plan for this finding, or undefined when this machine's evidence gives nothing safe to do. Pure. */
  plan(input: FixInput): FixPlan | undefined;
}
