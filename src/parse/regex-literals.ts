// Cheap pre-checks for line regexes: the literal text a match must contain, read from the regex source, so a line
// tries only the few rules that can match it (a `startsWith`/`includes` costs far less than a failing regex).

/** One top-level alternative's requirement: the text must start with `text` (prefix) or contain it. */
export interface LiteralNeed {
  prefix: boolean;
  text: string;
}

/** Splits a source at its top-level `|` (outside groups and classes). */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i += 1;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** End of the group opened at `i` (index of its `)`). */
function groupEnd(source: string, i: number): number {
  let depth = 0;
  let inClass = false;
  for (let j = i; j < source.length; j++) {
    const c = source[j];
    if (c === '\\') j += 1;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth += 1;
    else if (c === ')' && --depth === 0) return j;
  }
  return source.length;
}

/** End of the class opened at `i` (index of its `]`). */
function classEnd(source: string, i: number): number {
  for (let j = i + 1; j < source.length; j++) {
    if (source[j] === '\\') j += 1;
    else if (source[j] === ']' && j > i + 1) return j;
  }
  return source.length;
}

/**
 * The runs of literal characters every match of one alternative contains, in order; `anchoredPrefix` is the run
 * that starts right after a leading `^` (empty when the alternative does not start with a literal).
 */
function literalRuns(alt: string): { anchoredPrefix: string | null; runs: string[] } {
  const anchored = alt.startsWith('^');
  const runs: string[] = [];
  let run = '';
  let first = true;
  let anchoredPrefix: string | null = anchored ? null : null;
  const cut = () => {
    if (first && anchored) anchoredPrefix = run;
    first = false;
    if (run !== '') runs.push(run);
    run = '';
  };
  let i = anchored ? 1 : 0;
  while (i < alt.length) {
    const c = alt[i] ?? '';
    let literal: string | null = null;
    let next = i + 1;
    if (c === '\\') {
      const e = alt[i + 1] ?? '';
      // \d \s \w \b \n \u... are classes or escapes of another kind: not a literal character here.
      if (/[A-Za-z0-9]/.test(e) || e === '') literal = null;
      else literal = e;
      next = i + 2;
    } else if (c === '[') next = classEnd(alt, i) + 1;
    else if (c === '(') next = groupEnd(alt, i) + 1;
    else if (!'.^$*+?{}|)'.includes(c)) literal = c;
    // A quantifier after this token: optional (`?`, `*`, `{`) drops it; `+` keeps one copy and ends the run.
    const q = alt[next];
    const optional = q === '?' || q === '*' || q === '{';
    const repeated = q === '+';
    if (literal !== null && !optional) {
      run += literal;
      if (repeated) cut();
    } else {
      cut();
    }
    if (q === '{') next = alt.indexOf('}', next) + 1 || alt.length;
    else if (optional || repeated) next += 1;
    if (alt[next] === '?' && (optional || repeated || q === '{')) next += 1;
    i = next;
  }
  cut();
  return { anchoredPrefix, runs };
}

const PLAIN = /^[^\\^$.*+?()[\]{}|]*$/;

/**
 * `^(a|b)rest` is `^arest|^brest` when the group holds only plain words (`^(?:ssh|kex)_exchange...`, the labels of
 * the kex lists): each gets its own prefix instead of none.
 */
function expandLeadingGroup(alt: string): string[] {
  if (!alt.startsWith('^(')) return [alt];
  const end = groupEnd(alt, 1);
  const quantified = '?*+{'.includes(alt[end + 1] ?? '') && end + 1 < alt.length;
  const inner = alt.slice(alt.startsWith('^(?:') ? 4 : 2, end);
  const words = inner.split('|');
  if (quantified || inner.startsWith('?') || !words.every((w) => w !== '' && PLAIN.test(w))) return [alt];
  return words.map((w) => `^${w}${alt.slice(end + 1)}`);
}

/**
 * What a string must hold for `re` to match it: one need per top-level alternative (any satisfied is enough), or
 * null when no pre-check is possible (flags that change matching, or an alternative without literal text).
 */
export function literalNeeds(re: RegExp): LiteralNeed[] | null {
  if (/[imsuvy]/.test(re.flags)) return null;
  const needs: LiteralNeed[] = [];
  for (const alt of alternatives(re.source).flatMap(expandLeadingGroup)) {
    const { anchoredPrefix, runs } = literalRuns(alt);
    if (anchoredPrefix) {
      needs.push({ prefix: true, text: anchoredPrefix });
      continue;
    }
    const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
    if (longest === '') return null;
    needs.push({ prefix: false, text: longest });
  }
  return needs;
}

/** True when `text` satisfies one of the needs (null needs: always). */
export function meetsNeeds(needs: readonly LiteralNeed[] | null, text: string): boolean {
  if (needs === null) return true;
  for (const n of needs) if (n.prefix ? text.startsWith(n.text) : text.includes(n.text)) return true;
  return false;
}
