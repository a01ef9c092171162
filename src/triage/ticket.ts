// The data triage passes between its stages: what a source yields (a ticket to read) and what it reports.
import type { Category } from '../report/categories.js';
import type { Finding } from '../report/schema.js';

/** Where a ticket came from: the file (or `-` for stdin), its position in a mailbox, its Message-ID. */
export interface TicketSource {
  path: string;
  /** 1-based message number in an mbox; null for a single-ticket file. */
  index: number | null;
  messageId: string | null;
}

/** What a source found in one message or file, before any diagnosis. */
export interface TicketInput {
  source: TicketSource;
  subject: string | null;
  /** ISO date from the mail's Date header, null when there is none. */
  date: string | null;
  body: { kind: 'report'; json: string } | { kind: 'text'; text: string };
}

/** One diagnosed ticket: the row every output format renders. */
export interface TriagedTicket {
  status: 'ok';
  source: TicketSource;
  /** `report`: an ssh-doctor JSON report; `legacy`: the pasted one-liner text. */
  kind: 'report' | 'legacy';
  subject: string | null;
  login: string | null;
  host: string | null;
  /** ISO date when one could be read (mail Date, report createdAt, `date` line); else the raw `date` line. */
  date: string | null;
  /** Client banner, e.g. `OpenSSH_9.2p1 Debian-2+deb12u10, OpenSSL 3.0.19 27 Jan 2026`. */
  clientVersion: string | null;
  cause: Category;
  outcome: string;
  findings: Finding[];
  /** Private key blocks and secrets removed from the ticket (counts only). */
  redacted: number;
  reply?: string;
}

/** A message or file that could not be read; the run goes on and exits 1. */
export interface TriageFailure {
  status: 'error';
  source: TicketSource;
  error: string;
}

export type TriageEntry = TriagedTicket | TriageFailure;

/**
 * A diagnosed ticket already rendered by a worker thread in the run's output format (see `prerenderer`): only the
 * text and what the summary counts cross threads, not the entry object.
 */
export interface RenderedTicket {
  status: 'rendered';
  cause: Category;
  text: string;
}

/** A one-line label of a source, e.g. `inbox.mbox#12 <abc@host>`. */
export function sourceLabel(s: TicketSource): string {
  const at = s.index === null ? s.path : `${s.path}#${s.index}`;
  return s.messageId ? `${at} <${s.messageId.replace(/^<|>$/g, '')}>` : at;
}
