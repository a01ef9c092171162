// The login was refused without ssh's `Permission denied (...)` line: said by another SSH client or library
// (PuTTY, dropbear, Go, paramiko, JSch, ssh2), or a password refused (`Permission denied, please try again.`).
import type { Category } from '../../report/categories.js';
import { ev, eventsOf, failed, targetHost, targetLogin } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

const GITHUB_DENIED = /^ERROR: Permission to \S+ denied to \S+\.$/;

export const ssh216: Rule = {
  id: 'SSH216',
  category: 'auth_failed',
  severity: 'error',
  rank: RANK.denied + 1,
  match(ctx) {
    // GitHub refusing a key of another account comes after ssh's own success: it still explains the failure.
    const github = eventsOf(ctx, 'foreign-auth-failed').filter((e) => GITHUB_DENIED.test(e.text));
    if (github[0] && !failed(ctx))
      return {
        evidence: github.slice(0, 1).map(ev),
        params: { login: targetLogin(ctx), host: targetHost(ctx), said: 'client' },
        overridesSuccess: true,
      };
    if (!failed(ctx) || ctx.report.connection.permissionDenied !== null) return undefined;
    const lines = eventsOf(ctx, 'foreign-auth-failed', 'foreign-key-refused', 'password-rejected');
    const first = lines[0];
    if (!first) return undefined;
    const said = lines.every((e) => e.kind === 'password-rejected') ? 'password' : 'client';
    // Go tried no method but `none` (`attempted methods [none]`): the program was given no key at all.
    const noKey = lines.every((e) => /attempted methods \[none\]/.test(e.text));
    const category: Category = noKey ? 'no_key_offered' : 'auth_failed';
    return {
      evidence: lines.slice(0, 3).map(ev),
      params: { login: targetLogin(ctx), host: targetHost(ctx), said },
      category,
    };
  },
};
