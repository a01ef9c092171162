// Splits a cleaned paste into whitespace-separated tokens that remember their line and offsets, so the key
// reader can tell a line break from a space and quote nothing but the parts it recognised.

/** One run of non-blank characters. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** 0-based line number. */
  line: number;
  /** The type word was glued to the base64 (`ssh-rsaAAAAB3...`) and split off here. */
  glued?: boolean;
}

/** A key type word as it appears in .pub files and authorized_keys. */
export const TYPE_WORD = /^(?:ssh|ecdsa|sk|rsa|x509v3)-[A-Za-z0-9@._-]+$/;
const GLUED = /^((?:ssh|ecdsa|sk)-[a-z0-9@.-]+?)(AAAA[A-Za-z0-9+/=]*)$/;
/** Base64 alphabet, padding only at the end. */
export const BASE64_TOKEN = /^[A-Za-z0-9+/]+={0,3}$/;

/** Tokens of `text` in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  let pos = 0;
  for (const m of text.matchAll(/\S+/g)) {
    for (let nl = text.indexOf('\n', pos); nl >= 0 && nl < m.index; nl = text.indexOf('\n', nl + 1)) line++;
    pos = m.index;
    const glued = GLUED.exec(m[0]);
    if (glued?.[1] && glued[2]) {
      const cut = m.index + glued[1].length;
      tokens.push({ text: glued[1], start: m.index, end: cut, line, glued: true });
      tokens.push({ text: glued[2], start: cut, end: m.index + m[0].length, line, glued: true });
    } else {
      tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, line });
    }
  }
  return tokens;
}

/** Does the gap between two tokens hold a line break? */
export function brokenBetween(a: Token, b: Token): boolean {
  return b.line !== a.line;
}

/**
 * A paste hard-wrapped at a fixed width (a terminal or text box copy: every line but the last has the same
 * length) is joined back without separators, so a wrap inside the type word or the comment is undone too.
 * Returns null when the text does not look hard-wrapped.
 */
export function unwrapFixedWidth(text: string): string | null {
  const lines = text.split('\n');
  if (lines.length < 3) return null;
  const width = lines[0]?.length ?? 0;
  const body = lines.slice(0, -1);
  if (width < 40 || body.some((l) => l.length !== width) || (lines.at(-1)?.length ?? 0) > width) return null;
  if (lines.slice(1).some((l) => /^(?:ssh|ecdsa|sk)-|^-{4,5} ?(?:BEGIN|END)/.test(l))) return null;
  return lines.join('');
}
