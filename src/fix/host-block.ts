// Adds a `Host` block to the text of ~/.ssh/config without touching any other byte, unless an equal one is there.

/** Options for some hosts, as ssh_config spells them. */
export interface HostBlock {
  /** `Host` patterns, e.g. `['ciclad', 'ciclad.ipsl.jussieu.fr']`. */
  patterns: string[];
  options: [string, string][];
  /** Said on a comment line above the block (who wrote it and why). */
  comment: string;
}

interface ParsedBlock {
  patterns: string[];
  options: [string, string][];
}

const SECTION = /^\s*(host|match)(?:\s*=\s*|\s+)(.*?)\s*$/i;
const OPTION = /^\s*([A-Za-z][A-Za-z0-9]*)(?:\s*=\s*|\s+)(.*?)\s*$/;

const unquote = (v: string) => v.replace(/^"(.*)"$/, '$1');
const norm = ([k, v]: [string, string]): string => `${k.toLowerCase()} ${unquote(v).toLowerCase()}`;

/** The `Host` sections of a config text (a `Match` section has no patterns and never equals ours). */
function parseBlocks(text: string): ParsedBlock[] {
  const blocks: ParsedBlock[] = [];
  let current: ParsedBlock | null = null;
  for (const line of text.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    const section = SECTION.exec(line);
    if (section) {
      const host = section[1]?.toLowerCase() === 'host';
      current = { patterns: host ? (section[2] ?? '').split(/\s+/).filter(Boolean) : [], options: [] };
      blocks.push(current);
      continue;
    }
    const option = OPTION.exec(line);
    if (current && option) current.options.push([option[1] ?? '', option[2] ?? '']);
  }
  return blocks;
}

/** Is there already a `Host` section with exactly these patterns holding every option of `block`? */
export function hasEquivalentBlock(text: string | null, block: HostBlock): boolean {
  if (text === null) return false;
  const want = new Set(block.patterns.map((p) => p.toLowerCase()));
  return parseBlocks(text).some((b) => {
    const got = new Set(b.patterns.map((p) => p.toLowerCase()));
    if (got.size !== want.size || [...want].some((p) => !got.has(p))) return false;
    const have = new Set(b.options.map(norm));
    return block.options.every((o) => have.has(norm(o)));
  });
}

/** The block as lines of text (no trailing newline). */
export function renderBlock(block: HostBlock): string[] {
  return [
    `# ${block.comment}`,
    `Host ${block.patterns.join(' ')}`,
    ...block.options.map(([k, v]) => `  ${k} ${/\s/.test(v) ? `"${v}"` : v}`),
  ];
}

/**
 * The config text with the block added. ssh takes the first value it finds for most options, so the block goes
 * before the first `Host`/`Match` section (and the comment lines right above it), after the global lines that
 * apply to every host anyway; with no section, at the end. Every other byte stays as it was.
 */
export function insertBlock(text: string | null, block: HostBlock): string {
  const lines = text === null || text === '' ? [] : text.replace(/\n$/, '').split('\n');
  let at = lines.findIndex((l) => SECTION.test(l));
  if (at < 0) at = lines.length;
  else while (at > 0 && /^\s*#/.test(lines[at - 1] ?? '')) at--;
  const before = lines.slice(0, at);
  const after = lines.slice(at);
  const gapBefore = before.length > 0 && (before.at(-1) ?? '').trim() !== '' ? [''] : [];
  const gapAfter = after.length > 0 ? [''] : [];
  return `${[...before, ...gapBefore, ...renderBlock(block), ...gapAfter, ...after].join('\n')}\n`;
}
