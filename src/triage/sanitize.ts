// Ticket text reaches a support terminal and spreadsheets: neutralise escape sequences and formula cells.

/** Control characters other than tab and newline (ANSI escapes, BEL, CR tricks) become `?`. */
export function printableText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');
}

/** One line for a table cell or header: also no tab or newline. */
export function printableLine(text: string): string {
  return printableText(text).replace(/[\t\n]/g, ' ');
}
