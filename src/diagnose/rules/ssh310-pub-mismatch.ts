// `id_rsa.pub` holds another key than `id_rsa`: the user registers a public key whose private half is elsewhere.
import { failed, sshLines } from '../facts.js';
import { privateKeys } from '../local-keys.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

const LOG = /contents do not match public|does not match (?:the )?public key/i;

export const ssh310: Rule = {
  id: 'SSH310',
  category: 'auth_failed',
  severity: 'warning',
  rank: RANK.policy - 3,
  match(ctx) {
    const log = sshLines(ctx, LOG);
    const key = privateKeys(ctx).find((k) => k.file?.matchesPub === false);
    if (log.length === 0 && !key) return undefined;
    const path =
      key?.path ?? /(?:private key|Load key) "?([^"\s]+)"?/.exec(log[0]?.text ?? '')?.[1] ?? '~/.ssh/id_rsa';
    const evidence = [...(key?.evidence ?? []), ...log.slice(0, 1)];
    const params = { path: path.replace(/^.*\/\.ssh\//, '~/.ssh/') };
    const c = ctx.report.connection;
    if (log.length > 0 && failed(ctx)) return { evidence, params, severity: 'error', rank: RANK.keyUse - 1 };
    if (failed(ctx) && c.permissionDenied !== null && c.authAttempts.some((a) => a.method === 'offer'))
      return { evidence, params, severity: 'error', rank: RANK.policyExplains };
    return { evidence, params };
  },
};
