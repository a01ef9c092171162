// Message catalogues keep titles and fix texts out of the rules, so a French catalogue needs no rule change.

/** Texts of one rule; `{name}` placeholders are filled from the match's params. */
export interface RuleMessages {
  title: string;
  explanation: string;
  fix: string;
  commands?: string[];
  /**
   * Words a rule passes as codes (e.g. `phase: 'before-banner'`), in this catalogue's language: a param whose
   * value is a key here is replaced by the phrase, so rules never put English words into a French text.
   */
  phrases?: Record<string, string>;
}

export type Catalogue = Record<string, RuleMessages>;

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}

/** The texts of `ruleId` with placeholders filled; a rule missing from the catalogue is a bug caught by tests. */
export function renderMessage(
  catalogue: Catalogue,
  ruleId: string,
  params: Record<string, string | number>,
): Required<RuleMessages> {
  const m = catalogue[ruleId];
  if (!m) throw new Error(`no catalogue entry for rule ${ruleId}`);
  const phrases = m.phrases ?? {};
  params = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? (phrases[v] ?? v) : v]),
  );
  return {
    title: fill(m.title, params),
    explanation: fill(m.explanation, params),
    fix: fill(m.fix, params),
    commands: (m.commands ?? []).map((c) => fill(c, params)),
    phrases,
  };
}
