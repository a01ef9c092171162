// The shape of a diagnosis rule: data plus one pure `match` over the report draft (no I/O, clock or env).
import type { Profile } from '../profile/profile.js';
import type { Category, Severity } from '../report/categories.js';
import type { EvidenceLine, Finding, Report } from '../report/schema.js';

/** The report before diagnosis. */
export type ReportDraft = Omit<Report, 'findings' | 'cause'>;

/** What a rule sees. */
export interface RuleContext {
  report: ReportDraft;
  profile: Profile;
  /** Lines of one probe's text (see `evidenceText`), numbered as in the original input. */
  lines(probe: string): EvidenceLine[];
}

/** A match: the evidence and the values the catalogue texts interpolate. */
export interface RuleMatch {
  evidence: EvidenceLine[];
  /** Values for `{name}` placeholders in the catalogue texts (key path, bits, host...). */
  params?: Record<string, string | number>;
  /** Overrides the rule's severity for this match (e.g. a policy warning that explains the failure). */
  severity?: Severity;
  /** Overrides the rule's category for this match (rare: a rule whose cause depends on context). */
  category?: Category;
  /** Overrides the rule's rank for this match (a policy finding that explains the failure moves up). */
  rank?: number;
  /**
   * The login went through but the server then refused to serve the session for this reason (e.g. GitHub's
   * `You're using an RSA key with SHA-1`): the finding names the cause although ssh authenticated.
   */
  overridesSuccess?: boolean;
}

export interface Rule {
  /** Permanent id, e.g. `SSH101`; documented in docs/rules/<id>.md. */
  id: string;
  category: Category;
  severity: Severity;
  /**
   * Position in the cause ranking: lower wins. Connection-level (network, negotiation, host key) < auth <
   * key-file policy, as the playbook says.
   */
  rank: number;
  /** Reported only when no other finding names the cause (cause `other`): it says what was read. */
  onlyWhenUndecided?: boolean;
  match(ctx: RuleContext): RuleMatch | undefined;
}

export type { Finding };
