// The shape of a public-style case (public-*.ts, ticket-style.ts) and the template helper their texts use.
import type { Category } from '../../../src/report/categories.js';

export interface PublicCase {
  name: string;
  /** The cause a careful support engineer gives per the playbook. */
  cause: Category;
  /** Whether the last error line names the cause (`easy`) or misleads (`hard`). */
  level: 'easy' | 'hard' | 'legacy';
  text: string;
  /** Substrings that must each be quoted by one of the findings. */
  evidence?: string[];
  /**
   * A known defect outside src/diagnose that this case shows (the test expects it to fail until fixed there):
   * `cause` when the cause is wrong, `evidence` when a quoted line is not the input line.
   */
  gap?: { fails: 'cause' | 'evidence'; owner: 'parse' | 'triage'; why: string };
}

/** Drops the template's first newline so the text starts on its first line. */
export const t = (s: TemplateStringsArray, ...v: string[]) => String.raw(s, ...v).replace(/^\n/, '');
