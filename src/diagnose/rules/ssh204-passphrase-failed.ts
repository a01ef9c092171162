// The private key is encrypted and its passphrase was wrong or could not be asked (no TTY, no askpass).
import { denial, ev, eventsOf, failed, sshLines, tildePath } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';
import { passphraseTtyLines } from '../accepted.js';

const WRONG = /incorrect passphrase supplied|bad passphrase given|wrong passphrase/i;

export const ssh204: Rule = {
  id: 'SSH204',
  category: 'passphrase_problem',
  severity: 'error',
  rank: RANK.keyUse + 1,
  match(ctx) {
    if (!failed(ctx)) return undefined;
    const loads = eventsOf(ctx, 'load-key-error').filter((e) => WRONG.test(e.text)).map(ev);
    const wrong = sshLines(ctx, WRONG).filter((l) => !loads.some((x) => x.line === l.line));
    const tty = passphraseTtyLines(ctx).map(ev);
    const lines = [...loads, ...wrong, ...tty].sort((a, b) => a.line - b.line);
    if (lines.length === 0) return undefined;
    const path = /Load key "(.+)"/.exec(loads[0]?.text ?? '')?.[1];
    const prompt = eventsOf(ctx, 'passphrase-prompt').slice(0, 1).map(ev);
    return {
      evidence: [...prompt, ...lines.slice(0, 4), ...denial(ctx)],
      params: { key: path ? tildePath(path) : '~/.ssh/id_rsa' },
    };
  },
};
