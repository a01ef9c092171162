// One finding as HTML: title, why, the evidence in its surrounding log lines, and the fix to copy.
import type { Finding } from '../../report/schema.js';
import { escapeHtml } from './escape-html.js';
import type { Excerpt } from './excerpts.js';

/** A block of log lines, the evidence highlighted. */
export function excerptHtml(x: Excerpt): string {
  const rows = x.lines.map(
    (l) =>
      `<span class="${l.hit ? 'hit' : 'ctx'}"><span class="n">${escapeHtml(x.source)}:${l.line}</span>  ` +
      `${escapeHtml(l.text)}</span>`,
  );
  return `<pre class="log">${rows.join('')}</pre>`;
}

/** The finding with the excerpts that hold its evidence. */
export function findingHtml(f: Finding, excerpts: readonly Excerpt[]): string {
  const own = excerpts.filter((x) =>
    x.lines.some((l) => l.hit && f.evidence.some((e) => e.source === x.source && e.line === l.line)),
  );
  const commands = f.fix.commands.map((c) => `<code>${escapeHtml(c)}</code>`).join('');
  return (
    `<div class="finding" data-rule="${escapeHtml(f.rule)}">` +
    `<div><strong class="${escapeHtml(f.severity)}">${escapeHtml(f.title)}</strong> ` +
    `<span class="cause">[${escapeHtml(f.rule)}, ${escapeHtml(f.category)}]</span></div>` +
    `<div>${escapeHtml(f.explanation)}</div>${own.map(excerptHtml).join('')}` +
    `<div class="fix"><em>Fix:</em> ${escapeHtml(f.fix.text)}${commands}</div></div>`
  );
}
