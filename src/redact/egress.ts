// The last line of defence: scan the final bytes once more right before they leave (stdout, file, mail).
import { AppError, ExitCode } from '../errors.js';
import { findSecrets } from './find-secrets.js';

/** Throws (exit 70) instead of letting a private key or secret out; says what and where, never the content. */
export function assertNoSecrets(text: string, what: string): void {
  const found = findSecrets(text);
  if (found.length === 0) return;
  const where = found
    .slice(0, 3)
    .map((f) => `${f.kind} at line ${f.line}`)
    .join(', ');
  throw new AppError('egress', `refusing to output the ${what}: it still holds ${where}`, {
    exitCode: ExitCode.internal,
    hint: 'nothing was sent; please report this bug',
  });
}
