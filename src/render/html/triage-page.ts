// `triage --html`: one page for a whole mailbox, written ticket by ticket (flat memory), summary charts at the end
// of the file and shown first (CSS order), a sortable and filterable table, each ticket's findings in their log lines.
import { CATEGORIES } from '../../report/categories.js';
import type { Finding } from '../../report/schema.js';
import { horizontalBars, stackedColumns } from './bar-chart.js';
import { escapeHtml } from './escape-html.js';
import type { Excerpt } from './excerpts.js';
import { findingHtml } from './finding-html.js';
import { pageEnd, pageStart } from './page-shell.js';

/** What the page shows of one ticket. */
export interface HtmlTicket {
  /** Where it came from (file, mailbox position, Message-ID). */
  id: string;
  login: string | null;
  sender: string | null;
  /** ISO date, or null. */
  date: string | null;
  cause: string;
  group: string | null;
  subject: string | null;
  findings: readonly Finding[];
  excerpts: readonly Excerpt[];
  /** Set when the ticket could not be read. */
  error?: string;
}

const COLUMNS = [
  ['login', 'Login'],
  ['sender', 'Sender'],
  ['date', 'Date'],
  ['cause', 'Cause'],
  ['group', 'Group'],
  ['id', 'Ticket'],
] as const;

/** Days when the tickets span two months or less, else months. */
function periodsOf(dates: readonly string[]): (d: string) => string {
  const days = new Set(dates.map((d) => d.slice(0, 10)));
  return days.size <= 62 ? (d) => d.slice(0, 10) : (d) => d.slice(0, 7);
}

function ticketHtml(t: HtmlTicket): string {
  const data = COLUMNS.map(([key]) => ` data-${key}="${escapeHtml(t[key] ?? '')}"`).join('');
  const cells = COLUMNS.map(
    ([key]) => `<td${key === 'cause' ? ' class="cause"' : ''}>${escapeHtml(t[key] ?? '')}</td>`,
  );
  const body = t.error
    ? `<div class="error">${escapeHtml(t.error)}</div>`
    : t.findings.length === 0
      ? '<div>No finding.</div>'
      : t.findings.map((f) => findingHtml(f, t.excerpts)).join('');
  const subject = t.subject ? `<div><em>${escapeHtml(t.subject)}</em></div>` : '';
  return (
    `<tbody class="ticket"${data}><tr class="row">${cells.join('')}</tr>` +
    `<tr class="detail"><td colspan="${COLUMNS.length}">${subject}${body}</td></tr></tbody>\n`
  );
}

export interface TriagePage {
  begin(): string;
  entry(t: HtmlTicket): string;
  end(): string;
}

/** A page writer: `begin`, then `entry` per ticket, then `end` (which draws the charts from what it counted). */
export function createTriagePage(title = 'ssh-doctor triage'): TriagePage {
  const byCause = new Map<string, number>();
  const dated: { date: string; cause: string }[] = [];
  let total = 0;
  return {
    begin: () => {
      const options = CATEGORIES.map((c) => `<option value="${c}">${c}</option>`).join('');
      const heads = COLUMNS.map(
        ([key, label]) => `<th><button type="button" data-key="${key}">${label}</button></th>`,
      );
      return (
        `${pageStart(title, 'en')}<section class="box" id="list"><h2>Tickets</h2><div class="controls">` +
        `<label>Cause <select id="cause-filter"><option value="">all</option>${options}</select></label>` +
        `<label>Search <input id="search" type="search" placeholder="login, sender, text"></label>` +
        `<span><span id="shown">0</span> shown</span></div>` +
        `<table id="tickets"><thead><tr>${heads.join('')}</tr></thead>\n`
      );
    },
    entry: (t) => {
      total += 1;
      byCause.set(t.cause, (byCause.get(t.cause) ?? 0) + 1);
      if (t.date && /^\d{4}-\d{2}-\d{2}/.test(t.date)) dated.push({ date: t.date, cause: t.cause });
      return ticketHtml(t);
    },
    end: () => {
      const bars = horizontalBars(
        [...byCause].map(([label, value]) => ({ label, value })),
        'Tickets by cause',
      );
      let overTime = '';
      if (dated.length > 0) {
        const period = periodsOf(dated.map((d) => d.date));
        const columns = new Map<string, Map<string, number>>();
        for (const d of dated) {
          const key = period(d.date);
          const counts = columns.get(key) ?? new Map<string, number>();
          counts.set(d.cause, (counts.get(d.cause) ?? 0) + 1);
          columns.set(key, counts);
        }
        const series = [...byCause.keys()].sort();
        const cols = [...columns]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([label, counts]) => ({ label, counts }));
        const legend = series.map(
          (s, i) =>
            `<span><svg width="10" height="10"><rect width="10" height="10" class="s${i % 8}"></rect></svg> ${escapeHtml(s)}</span>`,
        );
        overTime = `<div><h2>Causes over time</h2>${stackedColumns(cols, series, 'Causes over time')}<div class="legend">${legend.join(' ')}</div></div>`;
      }
      return (
        `</table></section><section class="box" id="summary"><h2>${total} ticket${total === 1 ? '' : 's'}</h2>` +
        `<div class="charts"><div><h2>By cause</h2>${bars}</div>${overTime}</div></section>${pageEnd()}`
      );
    },
  };
}
