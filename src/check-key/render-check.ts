// Text output of check-key for people: the verdict first, then the key, the problems and the line to paste.
// A leaf renderer fed plain data; colours are optional (pipes and NO_COLOR get plain text).
import type { Paint } from '../render/render-text.js';
import type { BatchResult, CheckResult } from './check-result.js';
import type { Problem } from './problems.js';

const PLAIN: Paint = { bold: (s) => s, red: (s) => s, yellow: (s) => s, green: (s) => s, dim: (s) => s };

const PRIVATE_BANNER = [
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  '!!  THIS IS A PRIVATE KEY: NEVER PASTE IT, MAIL IT OR SHARE IT  !!',
  '!!  If it was sent anywhere, make a NEW key pair and send only   !!',
  '!!  the new PUBLIC key (.pub). Nothing of it is printed here.    !!',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
];

function headline(r: CheckResult, paint: Paint): string {
  const warned = r.problems.some((p) => p.severity === 'warning');
  if (r.verdict === 'rejected')
    return paint.red(paint.bold('REJECTED: this cannot go into the account form.'));
  if (r.verdict === 'fixed')
    return paint.yellow(paint.bold('FIXED: problems were repaired; paste the line below, not the original.'));
  return warned
    ? paint.yellow(paint.bold('OK, with warnings: the key is in the right form; read the warnings.'))
    : paint.green(paint.bold('OK: the key is in the right form.'));
}

function problemLines(p: Problem, paint: Paint): string[] {
  const tag = {
    error: paint.red('error  '),
    fix: paint.yellow('fixed  '),
    warning: paint.yellow('warning'),
    info: paint.dim('info   '),
  }[p.severity];
  const lines = [`  ${tag} ${paint.bold(p.code)}: ${p.message}`];
  if (p.hint) lines.push(`          -> ${p.hint}`);
  return lines;
}

/** One key's report; `source` is the file name or `--text`/`stdin`. */
export function renderCheckText(r: CheckResult, source: string, paint: Paint = PLAIN): string {
  const out: string[] = [];
  if (r.problems.some((p) => p.code === 'private-key'))
    out.push(...PRIVATE_BANNER.map((l) => paint.red(paint.bold(l))), '');
  out.push(headline(r, paint), '', `  source       ${source}`, `  input        ${r.input}`);
  if (r.key) {
    out.push(`  key          ${r.key.family} ${r.key.bits ?? '?'} bits (${r.key.sshType})`);
    out.push(`  fingerprint  ${r.key.fingerprint}`);
    out.push(`  comment      ${r.key.comment ?? '(none)'}`);
  }
  if (r.problems.length > 0) out.push('', 'Problems:', ...r.problems.flatMap((p) => problemLines(p, paint)));
  if (r.publicKey)
    out.push('', paint.bold('Key to paste into the account form (one single line):'), r.publicKey);
  return `${out.join('\n')}\n`;
}

/** One line per entry, then the summary. */
export function renderBatchText(b: BatchResult, paint: Paint = PLAIN): string {
  const out: string[] = [];
  for (const e of b.entries) {
    const r = e.result;
    const verdict = {
      ok: paint.green('ok      '),
      fixed: paint.yellow('fixed   '),
      rejected: paint.red('rejected'),
    }[r.verdict];
    const key = r.key ? `${r.key.family} ${r.key.bits ?? '?'} ${r.key.fingerprint}` : '-';
    const codes = r.problems.filter((p) => p.severity !== 'info').map((p) => p.code);
    out.push(
      `${e.source.file}:${e.source.line}  ${verdict}  ${e.label ?? '(no comment)'}  ${key}  ${codes.join(', ')}`,
    );
    const error = r.problems.find((p) => p.severity === 'error');
    if (error) out.push(paint.dim(`    ${error.message}`));
    if (e.duplicateOf.length > 0) out.push(paint.dim(`    same key as ${e.duplicateOf.join(', ')}`));
  }
  const s = b.summary;
  out.push(
    '',
    paint.bold(
      `${s.total} keys: ${s.ok} ok, ${s.fixed} fixed, ${s.rejected} rejected; ${s.duplicates} with a duplicate`,
    ),
  );
  return `${out.join('\n')}\n`;
}
