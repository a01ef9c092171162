// One ticket through the pure pipeline: redact first, then re-diagnose a received report or unwrap and split pasted text.

import { assembleReport, rediagnose } from '../assemble/assemble-report.js';
import { splitLegacyTranscript } from '../parse/legacy-split.js';
import type { Profile } from '../profile/profile.js';
import { redactText } from '../redact/redact-text.js';
import { type Report, reportSchema } from '../report/schema.js';
import { legacyEvidence } from './legacy-evidence.js';
import { loginFromSubject } from './subject-login.js';
import type { TicketInput, TriagedTicket, TriageFailure } from './ticket.js';
import { dateFromLine } from './ticket-date.js';
import { unwrapLines } from './unwrap-lines.js';

export interface TriageOptions {
  profile: Profile;
  /** The report date when the ticket has none (keeps the pipeline free of the clock). */
  now: string;
}

interface Diagnosed {
  report: Report;
  removed: number;
  date: string | null;
}

function firstIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const first = error.issues[0];
  return first ? `${first.path.map(String).join('.') || '(top level)'}: ${first.message}` : 'invalid';
}

/** A received report's probe texts are redacted again: it may have been edited, or built by another tool. */
function redactProbes(report: Report): { report: Report; removed: number } {
  let removed = 0;
  const clean = (text: string) => {
    if (text === '') return text;
    const r = redactText(text);
    for (const x of r.redactions) removed += x.count;
    return r.text;
  };
  const probes = report.probes.map((p) => ({ ...p, stdout: clean(p.stdout), stderr: clean(p.stderr) }));
  return { report: { ...report, probes }, removed };
}

function fromReport(json: string, input: TicketInput, opts: TriageOptions): Diagnosed | string {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return `ssh-doctor-report.json is not JSON: ${(error as Error).message}`;
  }
  const parsed = reportSchema.safeParse(data);
  if (!parsed.success) return `ssh-doctor-report.json does not validate: ${firstIssue(parsed.error)}`;
  const { report, removed } = redactProbes(parsed.data);
  const fresh = rediagnose({ ...report, source: { kind: 'triage', name: input.source.path } }, opts.profile);
  return { report: fresh, removed, date: input.date ?? report.createdAt };
}

function fromText(text: string, input: TicketInput, opts: TriageOptions): Diagnosed {
  const redacted = redactText(text);
  const transcript = splitLegacyTranscript(unwrapLines(redacted.text));
  const report = assembleReport({
    evidence: legacyEvidence(transcript),
    target: { login: transcript.login, host: transcript.host, port: null },
    profile: opts.profile,
    source: { kind: 'triage', name: input.source.path },
    createdAt: input.date ?? opts.now,
    redactions: redacted.redactions.map((r) => ({ probe: 'ticket', ...r })),
  });
  const removed = redacted.redactions.reduce((n, r) => n + r.count, 0);
  return { report, removed, date: input.date ?? dateFromLine(report.system.date) };
}

/** Diagnoses one ticket; content that cannot be read is a failure, never a throw. */
export function triageTicket(input: TicketInput, opts: TriageOptions): TriagedTicket | TriageFailure {
  const { body } = input;
  const got = body.kind === 'report' ? fromReport(body.json, input, opts) : fromText(body.text, input, opts);
  if (typeof got === 'string') return { status: 'error', source: input.source, error: got };
  const { report } = got;
  return {
    status: 'ok',
    source: input.source,
    kind: body.kind === 'report' ? 'report' : 'legacy',
    subject: input.subject,
    login: loginFromSubject(input.subject) ?? report.target.login,
    host: report.target.host,
    date: got.date,
    clientVersion: report.connection.clientVersion?.raw ?? report.system.sshVersion?.raw ?? null,
    cause: report.cause,
    outcome: report.connection.outcome,
    findings: report.findings,
    redacted: got.removed,
  };
}
