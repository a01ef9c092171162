// ssh ignored a private key because other users can read it (UNPROTECTED PRIVATE KEY FILE) or could not read it.
import { denial, ev, eventsOf, failed, tildePath } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

const PERM = /^Permissions (0?\d{3,4}) for '(.+)' are too open/;
const LOAD = /^Load key "(.+)": (?:bad permissions|Permission denied)$/;

export const ssh301: Rule = {
  id: 'SSH301',
  category: 'key_permissions',
  severity: 'error',
  rank: RANK.keyUse - 2,
  match(ctx) {
    const loads = eventsOf(ctx, 'load-key-error').filter((e) => LOAD.test(e.text));
    const lines = [...eventsOf(ctx, 'unprotected-key', 'key-permissions-too-open'), ...loads];
    // The block's closing sentences decide only when nothing else of it was pasted.
    if (lines.length === 0) lines.push(...eventsOf(ctx, 'unprotected-key-note'));
    if (lines.length === 0) return undefined;
    lines.sort((a, b) => a.line - b.line);
    const perm = lines.map((e) => PERM.exec(e.text)).find((m) => m !== null);
    const path =
      perm?.[2] ?? loads.map((e) => LOAD.exec(e.text)?.[1]).find((p) => p !== undefined) ?? '~/.ssh/id_rsa';
    return {
      evidence: [...lines.slice(0, 4).map(ev), ...denial(ctx)],
      params: { path: tildePath(path), mode: perm?.[1] ?? '?' },
      severity: failed(ctx) ? 'error' : 'warning',
    };
  },
};
