// The server let the RSA key in with a SHA-1 (`ssh-rsa`) signature, then refused service (GitHub since 2022).
import { clientVersion, ev, eventsOf, sshLines } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

// PuTTY < 0.75 signs RSA with SHA-1 only: a server that refuses it says so after accepting the key.
const REFUSED =
  /You're using an RSA key with SHA-1, which is no longer allowed|Server refused public-key signature despite accepting key/i;

export const ssh111: Rule = {
  id: 'SSH111',
  category: 'pubkey_algo_rejected',
  severity: 'error',
  rank: RANK.signature - 1,
  match(ctx) {
    const said = sshLines(ctx, REFUSED).filter((l) => !/^debug\d: /.test(l.text));
    const first = said[0];
    if (!first) return undefined;
    const banner = eventsOf(ctx, 'client-version').slice(0, 1).map(ev);
    const v = clientVersion(ctx);
    return {
      evidence: [...banner, first],
      params: { version: v === null ? 'your OpenSSH' : `OpenSSH ${Math.floor(v / 100)}.${v % 100}` },
      overridesSuccess: true,
    };
  },
};
