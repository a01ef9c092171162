// `collect --html`: the same view as the triage page for one report, with a timeline of the connection.
import type { Report } from '../../report/schema.js';
import { connectionTimeline } from './connection-timeline.js';
import { escapeHtml } from './escape-html.js';
import { excerptsFor } from './excerpts.js';
import { findingHtml } from './finding-html.js';
import { pageEnd, pageStart } from './page-shell.js';

/** One report as a self-contained page: verdict, timeline, findings with their log lines, then the whole transcript. */
export function renderReportHtml(report: Report, lang: 'en' | 'fr' = 'en'): string {
  const { login, host, port } = report.target;
  const title = `ssh-doctor: ${login}@${host}${port === 22 ? '' : `:${port}`}`;
  const excerpts = excerptsFor(
    report,
    report.findings.flatMap((f) => f.evidence),
  );
  const steps = connectionTimeline(report.connection)
    .map((s) => `<li class="${s.state}">${escapeHtml(s.text)}</li>`)
    .join('');
  const findings = report.findings.map((f) => findingHtml(f, excerpts)).join('');
  const transcript = report.probes
    .map(
      (p) =>
        `<h2>$ ${escapeHtml(p.title)}</h2><pre class="log">${escapeHtml(`${p.stdout}${p.stderr}`)}</pre>`,
    )
    .join('');
  return (
    pageStart(title, lang) +
    `<section class="box" id="verdict"><h2>Cause: <span class="cause">${escapeHtml(report.cause)}</span></h2>` +
    `<div>Outcome: ${escapeHtml(report.connection.outcome)} · report ${escapeHtml(report.createdAt)}</div></section>` +
    `<section class="box" id="timeline"><h2>Connection</h2><ol class="timeline">${steps}</ol></section>` +
    `<section class="box" id="findings"><h2>Findings</h2>${findings || '<div>No finding.</div>'}</section>` +
    `<section class="box"><details><summary>Full transcript</summary>${transcript}</details></section>` +
    pageEnd()
  );
}
