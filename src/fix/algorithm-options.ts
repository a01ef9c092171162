// The shared body of the SSH103–SSH110 fixes: re-enable the one old algorithm an old server needs, for that host
// only (a `Host` block, never global, never `-` or `^` on another host's lists).
import type { FixInput, FixPlan } from './fix.js';

/** An algorithm name as OpenSSH lists them; anything else (`?`, a sentence) is not written to a config. */
const ALGORITHM = /^[a-z0-9][a-z0-9@.+_-]*$/;

export type AlgorithmList = 'HostKeyAlgorithms' | 'KexAlgorithms' | 'Ciphers' | 'MACs' | 'ssh-rsa-signature';

export function algorithmPlan(input: FixInput, list: AlgorithmList): FixPlan | undefined {
  const { report, params, finding } = input;
  const host = report.target.host;
  if (host === null) return undefined;
  const pkOption = String(params.pkOption ?? 'PubkeyAcceptedAlgorithms');
  const alg = String(params.alg ?? '');
  let options: [string, string][];
  if (list === 'ssh-rsa-signature')
    options = [
      ['HostKeyAlgorithms', '+ssh-rsa'],
      [pkOption, '+ssh-rsa'],
    ];
  else if (!ALGORITHM.test(alg)) return undefined;
  else if (list === 'HostKeyAlgorithms' && alg === 'ssh-rsa')
    options = [
      ['HostKeyAlgorithms', '+ssh-rsa'],
      [pkOption, '+ssh-rsa'],
    ];
  else options = [[list, `+${alg}`]];
  return {
    rule: finding.rule,
    summary: `allow ${options.map(([k, v]) => `${k} ${v}`).join(', ')} for ${host} only (this old server needs it)`,
    steps: [{ kind: 'host-options', host, options }],
  };
}
