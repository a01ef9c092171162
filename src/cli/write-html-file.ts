// `--html FILE` for collect and triage: the page is scanned like every other output, then written in one go.
import { writeFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import { assertNoSecrets } from '../redact/egress.js';

/** Writes a finished page; a path that cannot be written is one line and exit 2, never a stack trace. */
export function writeHtmlFile(path: string, html: string): void {
  assertNoSecrets(html, 'HTML page');
  try {
    writeFileSync(path, html, { mode: 0o600 });
  } catch (e) {
    const why = e instanceof Error && 'code' in e ? String(e.code) : 'error';
    throw new InputError(`--html: cannot write ${path} (${why})`, { hint: 'give a writable file path' });
  }
}
