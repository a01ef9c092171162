// How people and tools post ssh output, as transformations of a clean transcript (learnt from public issues and Q&A
// threads: Ansible's `UNREACHABLE! =>` JSON, CI runners' timestamps and `##[error]`, VS Code Remote-SSH's
// `[hh:mm:ss.mmm] >`, mail quoting, Markdown fences, HTML copies). Nothing here is copied from a post: each shape is
// rebuilt from its format. Every shape says where each input line went, so evidence can be checked line by line.

/** A pasted text and, for each input line (index), the 1-based output lines that hold it. */
export interface Shaped {
  lines: string[];
  /** where[i]: output line numbers of input line i (empty when the shape dropped it). */
  where: number[][];
}

export interface Shape {
  name: string;
  apply(lines: readonly string[]): Shaped;
}

/** A shape that rewrites each line in place (same count, same numbers). */
function perLine(name: string, f: (line: string, i: number) => string): Shape {
  return {
    name,
    apply: (lines) => ({ lines: lines.map(f), where: lines.map((_l, i) => [i + 1]) }),
  };
}

/** A shape that adds lines around the text. */
function around(name: string, before: string[], after: string[]): Shape {
  return {
    name,
    apply: (lines) => ({
      lines: [...before, ...lines, ...after],
      where: lines.map((_l, i) => [before.length + i + 1]),
    }),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const time = (i: number) => `12:${pad(Math.floor(i / 60) % 60)}:${pad(i % 60)}`;
const jsonString = (text: string) => JSON.stringify(text).slice(1, -1);

/** The whole text as one JSON string on one physical line, the way automation reports ssh's stderr. */
function inOneLine(name: string, before: string[], open: string, close: string, after: string[]): Shape {
  return {
    name,
    apply: (lines) => ({
      lines: [...before, `${open}${jsonString(`${lines.join('\r\n')}\r\n`)}${close}`, ...after],
      where: lines.map(() => [before.length + 1]),
    }),
  };
}

export const SHAPES: readonly Shape[] = [
  perLine('crlf', (l) => `${l}\r`),
  perLine('mail-quote', (l) => (l === '' ? '>' : `> ${l}`)),
  perLine('mail-quote-deep', (l) => `> > ${l}`),
  perLine('pipe-quote', (l) => `| ${l}`),
  perLine('indent', (l) => `    ${l}`),
  perLine('tab-indent', (l) => `\t${l}`),
  perLine('ci-iso', (l, i) => `2024-01-02T03:${pad(i % 60)}:05.1234567Z ${l}`),
  perLine('syslog', (l, i) => `Jan  2 ${time(i)} laptop deploy[4242]: ${l}`),
  perLine('bracket-time-stderr', (l, i) => `[${time(i)}.123] stderr> ${l}`),
  perLine('vscode', (l, i) => `[${time(i)}.456] > ${l}`),
  perLine('trace-level', (l) => `[TRACE   ] ${l}`),
  perLine('error-level', (l) => `[ERROR] ${l}`),
  perLine('tool-name', (l) => `deploy.sh: ${l}`),
  perLine('inline-code', (l) => (l.trim() === '' ? l : `\`${l}\``)),
  perLine('json-array', (l) => `    ${JSON.stringify(l)},`),
  perLine('nbsp', (l) => l.replace(/ /g, '\u00a0')),
  perLine(
    'html-entities',
    (l) =>
      `${l.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/ /g, '&nbsp;')}<br>`,
  ),
  around('markdown-fence', ['Here is the output:', '', '```console'], ['```', '', 'Any idea?']),
  around('details-fence', ['<details>', '<summary>ssh -vvv</summary>', '', '```'], ['```', '</details>']),
  inOneLine(
    'ansible-unreachable',
    ['web01 | UNREACHABLE! => {', '    "changed": false,'],
    '    "msg": "Failed to connect to the host via ssh: ',
    '",',
    ['    "unreachable": true', '}'],
  ),
  inOneLine(
    'ansible-fatal',
    [],
    'fatal: [web01]: UNREACHABLE! => {"changed": false, "msg": "',
    '", "unreachable": true}',
    [],
  ),
  inOneLine('json-stderr', ['{'], '  "stderr": "', '",', ['  "rc": 255', '}']),
];

/** Applies `outer` after `inner`, composing where the lines went. */
export function compose(inner: Shape, outer: Shape): Shape {
  return {
    name: `${inner.name}+${outer.name}`,
    apply(lines) {
      const a = inner.apply(lines);
      const b = outer.apply(a.lines);
      return {
        lines: b.lines,
        where: a.where.map((at) => [...new Set(at.flatMap((n) => b.where[n - 1] ?? []))]),
      };
    },
  };
}

/** Shapes that hold every line on its own physical line (so a second shape can still act per line). */
export const LINE_SHAPES = SHAPES.filter((s) => !s.name.startsWith('ansible') && s.name !== 'json-stderr');

/** Only some lines of a transcript, joined by `[...]` where lines were left out (a fragment as people post it). */
export function keepOnly(lines: readonly string[], keep: (i: number) => boolean): Shaped {
  const out: string[] = [];
  const where: number[][] = [];
  let skipped = false;
  lines.forEach((l, i) => {
    if (!keep(i)) {
      skipped = true;
      where.push([]);
      return;
    }
    if (skipped && out.length > 0) out.push('[...]');
    skipped = false;
    out.push(l);
    where.push([out.length]);
  });
  return { lines: out, where };
}
