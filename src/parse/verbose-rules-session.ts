// Lines ssh prints only once a session is open (shared/reference/openssh-messages.md §1.11): the tail of a log that
// holds no `Authenticated to` (cut by the person who pasted it) still proves the login worked.
import type { LineRule } from './verbose-state.js';

export const sessionRules: readonly LineRule[] = [
  {
    kind: 'session-started',
    re: /^Sending environment\.$|^Sending env \S+ = |^Sending command: |^Requesting no-more-sessions@openssh\.com$|^pledge: (?:network|fork|proc)$|^client_input_channel_req: channel \d+ rtype exit-status |^(?:shell|pty-req|exec|env) request accepted on channel \d+$|^channel \d+: new (?:session )?\[client-session\]/,
    level: 'debug',
    terminal: 'success',
  },
  { kind: 'session-started', re: /^Exit status -?\d+$/, terminal: 'success' },
];
