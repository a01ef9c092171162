// Ticket text goes into HTML pages: every value is escaped at the one place it is written.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML element or a double-quoted attribute, and drops C0/C1 controls and ESC sequences. */
export function escapeHtml(text: string): string {
  return text
    .replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
