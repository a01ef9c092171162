// Renders a report as the text support staff read: diagnosis first, then the transcript in the one-liner's order.
import type { RawEvidence } from './evidence.js';
import type { Finding, Report } from './schema.js';

/** Optional colouring; the default is plain text (mail bodies, pipes). */
export interface Paint {
  bold(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
}

const PLAIN: Paint = { bold: (s) => s, red: (s) => s, yellow: (s) => s, green: (s) => s, dim: (s) => s };

function outcomeLine(report: Report, paint: Paint): string {
  switch (report.connection.outcome) {
    case 'success':
      return paint.green('Connection: OK (logged in)');
    case 'failure':
      return paint.red(`Connection: FAILED — cause: ${report.cause}`);
    case 'not-run':
      return paint.yellow(`Connection: not tested — cause: ${report.cause}`);
    default:
      return paint.yellow(`Connection: unknown — cause: ${report.cause}`);
  }
}

function renderFinding(f: Finding, paint: Paint): string[] {
  const mark =
    f.severity === 'error' ? paint.red('✖') : f.severity === 'warning' ? paint.yellow('!') : paint.dim('i');
  // A category names a root cause: shown for errors only (a policy warning on a working login is not a cause).
  const tag = f.severity === 'error' ? `${f.rule}, ${f.category}` : f.rule;
  const lines = [`${mark} ${paint.bold(f.title)} [${tag}]`, `    ${f.explanation}`];
  if (f.evidence.length > 0) {
    lines.push('    Evidence:');
    for (const e of f.evidence) lines.push(paint.dim(`      ${e.source}:${e.line}  ${e.text}`));
  }
  lines.push(`    Fix: ${f.fix.text}`);
  for (const c of f.fix.commands) lines.push(`      ${c}`);
  return lines;
}

/** One section of the transcript, headed like the command the one-liner would have run. */
export function renderSection(e: RawEvidence): string {
  const head = `$ ${e.title}`;
  const body = [e.stdout, e.stderr].filter((s) => s.length > 0).join(e.stdout.endsWith('\n') ? '' : '\n');
  const note =
    e.status === 'timeout'
      ? `[timed out after ${e.durationMs} ms]\n`
      : e.error && e.status === 'missing'
        ? `[${e.error}]\n`
        : e.stoppedEarly
          ? '[ended by ssh-doctor once authenticated: no shell was opened on the server]\n'
          : '';
  return `${head}\n${body}${body.length > 0 && !body.endsWith('\n') ? '\n' : ''}${note}`;
}

/** The diagnosis part alone (also the top of the mail body). */
export function renderDiagnosis(report: Report, paint: Paint = PLAIN): string {
  const t = report.target;
  const lines = [
    paint.bold(
      `ssh-doctor ${report.tool.version} report for ${t.login ?? '?'}@${t.host ?? '?'}:${t.port ?? 22}`,
    ),
    `profile ${report.profile}, created ${report.createdAt}`,
    '',
    outcomeLine(report, paint),
    '',
  ];
  const check = report.publicKeyCheck;
  if (check) {
    const what = check.key
      ? `${check.key.family} ${check.key.bits ?? '?'} ${check.key.fingerprint}`
      : check.input;
    const verdict =
      check.verdict === 'ok'
        ? paint.green('ready to paste into the account form')
        : check.verdict === 'fixed'
          ? paint.yellow('needs fixing before it is pasted (ssh-doctor check-key prints the right line)')
          : paint.red('not accepted by the account form');
    lines.push(`Public key ${check.path} (${what}): ${verdict}`);
    for (const p of check.problems) lines.push(`    ${p.severity}: ${p.code}: ${p.message}`);
    lines.push('');
  }
  const shown = report.findings.filter((f) => f.category !== 'success' || report.findings.length === 1);
  if (shown.length === 0) lines.push('No problem found.', '');
  for (const f of shown) lines.push(...renderFinding(f, paint), '');
  return `${lines.join('\n')}`;
}

/** The whole text report. */
export function renderText(report: Report, paint: Paint = PLAIN): string {
  const transcript = report.probes.map(renderSection).join('\n');
  return `${renderDiagnosis(report, paint)}\n${paint.bold('--- Transcript (the support one-liner, run by ssh-doctor) ---')}\n\n${transcript}`;
}
