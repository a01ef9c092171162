// ssh refuses to start on an unknown option in a config file (often PubkeyAcceptedAlgorithms on OpenSSH < 8.5).
import { clientVersion, ev, eventsOf } from '../facts.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

const BAD = /^(.+): line (\d+): Bad configuration option: (\S+)/;

export const ssh312: Rule = {
  id: 'SSH312',
  category: 'other',
  severity: 'error',
  rank: RANK.config,
  match(ctx) {
    const lines = eventsOf(ctx, 'bad-config-option');
    if (lines.length === 0) return undefined;
    const m = lines.map((e) => BAD.exec(e.text)).find((x) => x !== null);
    const option = m?.[3] ?? '?';
    const v = clientVersion(ctx);
    const replacement = /^pubkeyacceptedalgorithms$/i.test(option) ? 'PubkeyAcceptedKeyTypes' : null;
    return {
      evidence: lines.slice(0, 2).map(ev),
      params: {
        file: m?.[1] ?? '~/.ssh/config',
        line: m?.[2] ?? '?',
        option,
        version: v === null ? 'your OpenSSH' : `OpenSSH ${Math.floor(v / 100)}.${v % 100}`,
        instead: replacement ?? option,
      },
    };
  },
};
