// A private key saved under another name (e.g. `meso_rsa`) that no IdentityFile names: ssh never tries it.
import { usableAttempts } from '../attempts.js';
import { denial, failed, targetHost, targetLogin } from '../facts.js';
import { privateKeys, sshUsesKey } from '../local-keys.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

/** Keys named after another service are someone else's business, unless that service is the target. */
const OTHER_SERVICE = /git(?:hub|lab|ea)?|bitbucket|azure|aws|gcp|google|heroku|deploy|travis|jenkins/i;

export const ssh311: Rule = {
  id: 'SSH311',
  category: 'no_key_offered',
  severity: 'warning',
  rank: RANK.policy,
  match(ctx) {
    const key = privateKeys(ctx).find(
      (k) => !k.defaultName && !/\.ppk$/i.test(k.name) && !sshUsesKey(ctx, k),
    );
    if (!key) return undefined;
    const c = ctx.report.connection;
    const params = { path: key.path, name: key.name, host: targetHost(ctx), login: targetLogin(ctx) };
    if (!failed(ctx) || c.permissionDenied === null || c.authAttempts.some((a) => a.serverAccepted))
      return { evidence: key.evidence, params };
    const evidence = [...key.evidence, ...denial(ctx)];
    if (usableAttempts(ctx).length === 0)
      return { evidence, params, severity: 'error', rank: RANK.keyNotOffered };
    const service = OTHER_SERVICE.exec(key.name)?.[0].toLowerCase();
    if (service && !targetHost(ctx).toLowerCase().includes(service))
      return { evidence: key.evidence, params };
    return { evidence, params, severity: 'error', rank: RANK.keyRefused - 1 };
  },
};
