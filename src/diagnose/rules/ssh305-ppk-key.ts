// A PuTTY/MobaXterm `.ppk` key: OpenSSH cannot read it; it must be exported in OpenSSH format.
import type { EvidenceLine } from '../../report/schema.js';
import { usableAttempts } from '../attempts.js';
import { denial, ev, failed } from '../facts.js';
import { privateKeys } from '../local-keys.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

const PPK_HEADER = /^PuTTY-User-Key-File-\d+:|^\[private key removed: PuTTY/;

export const ssh305: Rule = {
  id: 'SSH305',
  category: 'key_format',
  severity: 'warning',
  rank: RANK.policy,
  match(ctx) {
    const header = ctx.lines('private-key-header').filter((l) => PPK_HEADER.test(l.text.trim()));
    const keys = privateKeys(ctx);
    const ppk = keys.filter((k) => /\.ppk$/i.test(k.name) || /^ppk/.test(k.file?.format ?? ''));
    const inLog = ctx.report.connection.events.filter(
      (e) =>
        /\.ppk\b/i.test(e.text) &&
        /identity file|Load key|Trying private key|Offering|no such identity/.test(e.text),
    );
    if (header.length === 0 && ppk.length === 0 && inLog.length === 0) return undefined;
    const first = ppk[0];
    const path = header.length > 0 ? '~/.ssh/id_rsa' : (first?.path ?? '~/.ssh/key.ppk');
    const onlyPpk = keys.length > 0 && keys.length === ppk.length;
    const c = ctx.report.connection;
    const open = failed(ctx) && !c.authAttempts.some((a) => a.serverAccepted);
    const evidence: EvidenceLine[] = [
      ...header.slice(0, 1),
      ...(first?.evidence ?? []),
      ...inLog.slice(0, 2).map(ev),
    ];
    const out = path.endsWith('.ppk') || header.length > 0 ? '~/.ssh/id_rsa' : `${path}_openssh`;
    const params = { path, out };
    // ssh tried to read the PuTTY file: a format problem. A .ppk ssh never looked at: no key was offered.
    if (open && (header.length > 0 || inLog.length > 0))
      return { evidence: [...evidence, ...denial(ctx)], params, severity: 'error', rank: RANK.keyUse - 1 };
    if (open && onlyPpk && c.permissionDenied !== null && usableAttempts(ctx).length === 0)
      return {
        evidence: [...evidence, ...denial(ctx)],
        params,
        severity: 'error',
        category: 'no_key_offered',
        rank: RANK.keyNotOffered,
      };
    return { evidence, params };
  },
};
