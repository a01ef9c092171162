// The pasted `date` line says when the user ran the one-liner; support sorts tickets by it when the mail has no Date.

/** Zones `date` prints that JavaScript does not read (it knows UTC, GMT and the US ones). */
const ZONES: Record<string, string> = {
  CET: '+0100',
  CEST: '+0200',
  BST: '+0100',
  WET: '+0000',
  WEST: '+0100',
};

/** The `date` output as ISO when its zone is known; the line as printed otherwise (no guessing a zone). */
export function dateFromLine(line: string | null): string | null {
  if (!line) return null;
  const direct = Date.parse(line);
  if (!Number.isNaN(direct) && /\b(?:UTC|GMT|[ECMP][SD]T|[+-]\d{4})\b/.test(line))
    return new Date(direct).toISOString();
  const zone = /\b([A-Z]{3,4})\b(?=\s+\d{4}$)/.exec(line)?.[1];
  const offset = zone ? ZONES[zone] : undefined;
  if (offset && zone) {
    const t = Date.parse(line.replace(zone, offset));
    if (!Number.isNaN(t)) return new Date(t).toISOString();
  }
  return line;
}
