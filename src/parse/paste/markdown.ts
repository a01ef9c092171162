// Logs posted on forums and in issues come in Markdown: ``` fences, `inline code`, **bold**, list bullets.

const FENCE = /^\s*(?:`{3,}|~{3,})[\w+.-]*\s*$/;
const BULLET = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+/;

/** A fence line (```` ``` ````, ```` ```console ````, `~~~`): nothing of the log, read as blank. */
export function isFence(text: string): boolean {
  return FENCE.test(text);
}

/** The line without one level of `**bold**`/`__bold__`/`*em*` around all of it, else null. */
export function unwrapEmphasis(text: string): string | null {
  const t = text.trim();
  const m = /^(\*\*|__|\*|_)(.+)\1$/.exec(t);
  return m?.[2] ? m[2] : null;
}

/** Drops every `**` (bold markers inside a sentence); null when there is none. */
export function dropBold(text: string): string | null {
  return text.includes('**') ? text.replace(/\*\*/g, '') : null;
}

/** The line without its list bullet (`- `, `* `, `1. `), else null. */
export function stripBullet(text: string): string | null {
  const m = BULLET.exec(text);
  return m ? text.slice(m[0].length) : null;
}
