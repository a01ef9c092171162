// The private key is encrypted and its passphrase was wrong or could not be asked (no TTY, no askpass).

import type { EvidenceLine } from '../../report/schema.js';
import { passphraseTtyLines } from '../accepted.js';
import { attemptLine, denial, ev, eventsOf, failed, sshLines, tildePath } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule, RuleContext } from '../rule.js';

// Other clients and libraries too: PuTTY `Wrong passphrase`, Go, node ssh2, paramiko without the passphrase.
const WRONG =
  /incorrect passphrase supplied|bad passphrase given|wrong passphrase|private key is passphrase protected|key detected, but no passphrase given|PasswordRequiredException|private key file is encrypted/i;

/** Passphrase prompts for a private key that was then neither signed nor refused (the passphrase never worked). */
function unansweredPrompts(ctx: RuleContext): EvidenceLine[] {
  const c = ctx.report.connection;
  if (c.authAttempts.some((a) => a.serverAccepted || a.result === 'refused')) return [];
  const tried = c.authAttempts.filter((a) => a.method === 'private-key');
  const prompts = eventsOf(ctx, 'passphrase-prompt').filter((e) => tried.some((a) => a.line < e.line));
  if (prompts.length === 0) return [];
  return [...tried.slice(0, 1).flatMap((a) => attemptLine(ctx, a)), ...prompts.slice(1, 2).map(ev)];
}

export const ssh204: Rule = {
  id: 'SSH204',
  category: 'passphrase_problem',
  severity: 'error',
  rank: RANK.keyUse + 1,
  match(ctx) {
    if (!failed(ctx)) return undefined;
    const loads = eventsOf(ctx, 'load-key-error')
      .filter((e) => WRONG.test(e.text))
      .map(ev);
    const wrong = sshLines(ctx, WRONG).filter((l) => !loads.some((x) => x.line === l.line));
    const tty = passphraseTtyLines(ctx).map(ev);
    const lines = [...loads, ...wrong, ...tty].sort((a, b) => a.line - b.line);
    if (lines.length === 0) lines.push(...unansweredPrompts(ctx));
    if (lines.length === 0) return undefined;
    const path = /Load key "(.+)"/.exec(loads[0]?.text ?? '')?.[1];
    const prompt = eventsOf(ctx, 'passphrase-prompt').slice(0, 1).map(ev);
    return {
      evidence: [...prompt, ...lines.slice(0, 4), ...denial(ctx)],
      params: { key: path ? tildePath(path) : '~/.ssh/id_rsa' },
    };
  },
};
