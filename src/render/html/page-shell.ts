// One self-contained HTML document: inline style and script, a policy that forbids every network request.
import { escapeHtml } from './escape-html.js';

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1b1f24;background:#fafbfc}
.page{display:flex;flex-direction:column;gap:18px;padding:18px 24px;max-width:1200px}
h1{font-size:20px;margin:0;order:-2}h2{font-size:16px;margin:0 0 8px}
section.box{background:#fff;border:1px solid #d8dee4;border-radius:6px;padding:12px 16px}
#summary{order:-1}.charts{display:flex;flex-wrap:wrap;gap:24px}
.chart text{font-size:12px;fill:#1b1f24}.chart .tick{fill:#57606a;font-size:10px}.bar{fill:#0969da}
.s0{fill:#cf222e}.s1{fill:#0969da}.s2{fill:#1a7f37}.s3{fill:#9a6700}.s4{fill:#8250df}.s5{fill:#bc4c00}.s6{fill:#57606a}.s7{fill:#bf3989}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eaeef2;vertical-align:top}
th button{font:inherit;font-weight:600;background:none;border:0;cursor:pointer;padding:0}
tbody.ticket[hidden]{display:none}tr.detail td{background:#f6f8fa;padding:8px 16px}
.cause{font-family:ui-monospace,monospace}.error{color:#cf222e}.warning{color:#9a6700}.info{color:#57606a}
pre.log{font:12px/1.4 ui-monospace,monospace;background:#fff;border:1px solid #eaeef2;padding:6px;overflow-x:auto;margin:4px 0}
pre.log>span{display:block;min-height:1.4em}pre.log .hit{background:#fff8c5;font-weight:600}pre.log .n{color:#8c959f;user-select:none}
.fix code{display:block;font:12px ui-monospace,monospace;background:#eef1f4;padding:2px 6px;margin:2px 0}
.controls{display:flex;gap:12px;align-items:center;margin-bottom:8px}
ol.timeline{list-style:none;padding:0;margin:0}ol.timeline li{padding:3px 0 3px 18px;position:relative}
ol.timeline li::before{content:"";position:absolute;left:4px;top:10px;width:8px;height:8px;border-radius:50%;background:#8c959f}
ol.timeline li.ok::before{background:#1a7f37}ol.timeline li.bad::before{background:#cf222e}
`;

/** Sorting by a column's data attribute, filtering by cause and free text; plain DOM, no library. */
const SCRIPT = `
(() => {
  const table = document.getElementById('tickets');
  if (!table) return;
  const bodies = () => [...table.querySelectorAll('tbody.ticket')];
  const cause = document.getElementById('cause-filter');
  const search = document.getElementById('search');
  const shown = document.getElementById('shown');
  const apply = () => {
    const c = cause.value, q = search.value.trim().toLowerCase();
    let n = 0;
    for (const b of bodies()) {
      const hide = (c !== '' && b.dataset.cause !== c) || (q !== '' && !b.textContent.toLowerCase().includes(q));
      b.hidden = hide;
      if (!hide) n++;
    }
    shown.textContent = String(n);
  };
  cause.addEventListener('change', apply);
  search.addEventListener('input', apply);
  let last = null, dir = 1;
  for (const btn of table.querySelectorAll('th button[data-key]')) {
    btn.addEventListener('click', () => {
      const key = btn.dataset.key;
      dir = last === key ? -dir : 1;
      last = key;
      const sorted = bodies().sort((a, b) => (a.dataset[key] || '').localeCompare(b.dataset[key] || '') * dir);
      for (const b of sorted) table.appendChild(b);
    });
  }
  apply();
})();
`;

const POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/** The document's start: everything up to the open `.page` container. */
export function pageStart(title: string, lang: string): string {
  return (
    `<!doctype html>\n<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${POLICY}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main class="page">` +
    `<h1>${escapeHtml(title)}</h1>\n`
  );
}

/** The document's end, with the page script. */
export function pageEnd(): string {
  return `</main><script>${SCRIPT}</script></body></html>\n`;
}
