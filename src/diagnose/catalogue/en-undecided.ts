// English text of SSH099: what was read when nothing named the cause.
import type { Catalogue } from './catalogue.js';

export const EN_UNDECIDED: Catalogue = {
  SSH099: {
    title: 'No cause found: what was read',
    explanation:
      'Read: {sections} ({sshLines} ssh lines known, {unknownLines} other lines); {why}. The quoted lines are the last ones understood.',
    fix: 'Support: read the quoted lines; if they do not explain the failure, ask for the complete output of `ssh -vvv login@host`, from the command line to the last line.',
    phrases: {
      'no-ssh-log': 'there is no ssh output in it, so nothing says why the login failed',
      'no-ssh-line': 'none of its lines is a message ssh prints',
      'no-error-line': 'the ssh log stops before any error message (cut, or ssh was still running)',
      'unknown-error': 'its last error line is not a message this tool knows',
    },
  },
};
