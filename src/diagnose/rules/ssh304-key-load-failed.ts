// `Load key "...": invalid format` / `error in libcrypto`: the file is not a private key OpenSSH can read.
import { denial, ev, eventsOf, failed, tildePath } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

export const BAD_FORMAT =
  /^(?:Load key|Error loading key) "(.+)": (invalid format|error in libcrypto|key encrypted using unsupported cipher|Invalid key length|unknown or unsupported key type|invalid key type|string is too large|unexpected internal error|incorrect private key format)/i;

export const ssh304: Rule = {
  id: 'SSH304',
  category: 'key_format',
  severity: 'error',
  rank: RANK.keyUse,
  match(ctx) {
    const lines = eventsOf(ctx, 'load-key-error').filter((e) => BAD_FORMAT.test(e.text));
    const first = lines[0];
    if (!first) return undefined;
    const m = BAD_FORMAT.exec(first.text);
    return {
      evidence: [...lines.slice(0, 3).map(ev), ...denial(ctx)],
      params: { path: tildePath(m?.[1] ?? '~/.ssh/id_rsa'), reason: m?.[2] ?? '?' },
      severity: failed(ctx) ? 'error' : 'warning',
    };
  },
};
