// The key was accepted with partial success and the next step the server requires (password, code) failed.
import { denial, ev, eventsOf, failed, noTtyLines, targetHost, targetLogin } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const ssh215: Rule = {
  id: 'SSH215',
  category: 'auth_failed',
  severity: 'error',
  rank: RANK.keyUse - 10,
  match(ctx) {
    if (!failed(ctx)) return undefined;
    const partial = eventsOf(ctx, 'partial-success').at(-1);
    if (!partial) return undefined;
    const c = ctx.report.connection;
    const after = (e: { line: number }) => e.line > partial.line;
    const next = eventsOf(ctx, 'auth-methods').filter(after).slice(0, 1);
    const asked = [
      ...eventsOf(ctx, 'password-prompt', 'second-factor-prompt', 'password-rejected'),
      ...noTtyLines(ctx),
    ]
      .filter(after)
      .slice(0, 2);
    const accepted = eventsOf(ctx, 'server-accepts-key')
      .filter((e) => e.line < partial.line)
      .slice(-1);
    const methods =
      c.permissionDenied?.methods.join(',') ||
      /can continue: (.*)$/.exec(next[0]?.text ?? '')?.[1] ||
      'keyboard-interactive';
    const noTerminal = asked.some((e) => e.kind === 'read-passphrase-no-tty') || asked.length === 0;
    return {
      evidence: [...accepted, partial, ...next, ...asked].map(ev).concat(denial(ctx)),
      params: {
        methods,
        login: targetLogin(ctx),
        host: targetHost(ctx),
        how: noTerminal ? 'no-terminal' : 'refused',
      },
    };
  },
};
