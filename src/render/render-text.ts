// Renders a report as the text support staff read: diagnosis first, then the transcript in the one-liner's order.
import type { RawEvidence } from '../report/evidence.js';
import type { Finding, Report } from '../report/schema.js';
import { type Language, REPORT_LABELS, type ReportLabels } from './render-labels.js';

/** Optional colouring; the default is plain text (mail bodies, pipes). */
export interface Paint {
  bold(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
}

const PLAIN: Paint = { bold: (s) => s, red: (s) => s, yellow: (s) => s, green: (s) => s, dim: (s) => s };

function outcomeLine(report: Report, paint: Paint, l: ReportLabels): string {
  switch (report.connection.outcome) {
    case 'success':
      return paint.green(l.connected);
    case 'failure':
      return paint.red(l.failed(report.cause));
    case 'not-run':
      return paint.yellow(l.notTested(report.cause));
    default:
      return paint.yellow(l.unknown(report.cause));
  }
}

function renderFinding(f: Finding, paint: Paint, l: ReportLabels): string[] {
  const mark =
    f.severity === 'error' ? paint.red('✖') : f.severity === 'warning' ? paint.yellow('!') : paint.dim('i');
  // A category names a root cause: shown for errors only (a policy warning on a working login is not a cause).
  const tag = f.severity === 'error' ? `${f.rule}, ${f.category}` : f.rule;
  const lines = [`${mark} ${paint.bold(f.title)} [${tag}]`, `    ${f.explanation}`];
  if (f.evidence.length > 0) {
    lines.push(`    ${l.evidence}`);
    for (const e of f.evidence) lines.push(paint.dim(`      ${e.source}:${e.line}  ${e.text}`));
  }
  lines.push(`    ${l.fix} ${f.fix.text}`);
  for (const c of f.fix.commands) lines.push(`      ${c}`);
  return lines;
}

/** One section of the transcript, headed like the command the one-liner would have run. */
export function renderSection(e: RawEvidence, lang: Language = 'en'): string {
  const l = REPORT_LABELS[lang];
  const head = `$ ${e.title}`;
  const body = [e.stdout, e.stderr].filter((s) => s.length > 0).join(e.stdout.endsWith('\n') ? '' : '\n');
  const note =
    e.status === 'timeout'
      ? `${l.timedOut(e.durationMs)}\n`
      : e.error && e.status === 'missing'
        ? `[${e.error}]\n`
        : e.stoppedEarly
          ? `${l.stoppedEarly}\n`
          : '';
  return `${head}\n${body}${body.length > 0 && !body.endsWith('\n') ? '\n' : ''}${note}`;
}

/** The diagnosis part alone (also the top of the mail body). */
export function renderDiagnosis(report: Report, paint: Paint = PLAIN, lang: Language = 'en'): string {
  const l = REPORT_LABELS[lang];
  const t = report.target;
  const lines = [
    paint.bold(l.header(report.tool.version, `${t.login ?? '?'}@${t.host ?? '?'}:${t.port ?? 22}`)),
    l.profile(report.profile, report.createdAt),
    '',
    outcomeLine(report, paint, l),
    '',
  ];
  const check = report.publicKeyCheck;
  if (check) {
    const what = check.key
      ? `${check.key.family} ${check.key.bits ?? '?'} ${check.key.fingerprint}`
      : check.input;
    const verdict =
      check.verdict === 'ok'
        ? paint.green(l.keyReady)
        : check.verdict === 'fixed'
          ? paint.yellow(l.keyNeedsFix)
          : paint.red(l.keyRejected);
    lines.push(`${l.publicKey(check.path, what)} ${verdict}`);
    for (const p of check.problems) lines.push(`    ${p.severity}: ${p.code}: ${p.message}`);
    lines.push('');
  }
  const shown = report.findings.filter((f) => f.category !== 'success' || report.findings.length === 1);
  if (shown.length === 0) lines.push(l.noProblem, '');
  for (const f of shown) lines.push(...renderFinding(f, paint, l), '');
  return `${lines.join('\n')}`;
}

/** The whole text report, its headings in `lang` (the diagnosis texts are already in the report's language). */
export function renderText(report: Report, paint: Paint = PLAIN, lang: Language = 'en'): string {
  const transcript = report.probes.map((e) => renderSection(e, lang)).join('\n');
  return `${renderDiagnosis(report, paint, lang)}\n${paint.bold(REPORT_LABELS[lang].transcript)}\n\n${transcript}`;
}
