// No usable agent. Normal when keys are files; the cause only when the keys lived in an agent that is gone.
import { usableAttempts } from '../attempts.js';
import { denial, ev, eventsOf, failed } from '../facts.js';
import { privateKeys } from '../local-keys.js';
import { RANK } from '../ranks.js';
import type { Rule } from '../rule.js';

const NO_AGENT =
  /^(?:Could not open a connection to your authentication agent\.|Error connecting to agent: .*|error fetching identities: .*)$/;

export const ssh208: Rule = {
  id: 'SSH208',
  category: 'agent_problem',
  severity: 'info',
  rank: RANK.info,
  match(ctx) {
    const add = [...ctx.lines('ssh-add-l'), ...ctx.lines('ssh-add-L')].filter((l) =>
      NO_AGENT.test(l.text.trim()),
    );
    const socket = eventsOf(ctx, 'agent-socket-error').map(ev);
    if (add.length === 0 && socket.length === 0) return undefined;
    const c = ctx.report.connection;
    const dependent =
      failed(ctx) &&
      socket.length > 0 &&
      c.permissionDenied !== null &&
      usableAttempts(ctx).length === 0 &&
      !c.authAttempts.some((a) => a.serverAccepted) &&
      privateKeys(ctx).length === 0;
    const evidence = [...add.slice(0, 1), ...socket.slice(0, 1)];
    if (!dependent) return { evidence };
    return { evidence: [...evidence, ...denial(ctx)], severity: 'error', rank: RANK.keyUse + 6 };
  },
};
