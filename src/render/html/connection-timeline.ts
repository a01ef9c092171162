// The steps of one ssh run as a reader follows them: connect, banner, key exchange, host key, each key, result.
import type { Connection } from '../../report/connection.js';

export interface Step {
  /** `ok`, `bad`, or `none` for a step that says what happened without judging it. */
  state: 'ok' | 'bad' | 'none';
  text: string;
}

function connectSteps(c: Connection): Step[] {
  if (c.proxy.command) return [{ state: 'none', text: `Proxy command: ${c.proxy.command}` }];
  const jump = c.proxy.jump ? [{ state: 'none' as const, text: `Through jump host ${c.proxy.jump}` }] : [];
  return [
    ...jump,
    ...c.connectAttempts.map((a) => ({
      state:
        a.result === 'connected'
          ? ('ok' as const)
          : a.result === 'failed'
            ? ('bad' as const)
            : ('none' as const),
      text: `Connect to ${a.address}${a.port === null ? '' : ` port ${a.port}`}: ${a.error ?? a.result}`,
    })),
  ];
}

function keySteps(c: Connection): Step[] {
  // Default key files that do not exist are ssh's routine, not a step worth showing.
  const tried = c.authAttempts.filter(
    (a) => !(a.result === 'load-failed' && /No such file/i.test(a.reason ?? '')),
  );
  return tried.map((a) => {
    const key = [a.key, a.type, a.fingerprint].filter((x) => x !== null).join(' ');
    const answer =
      a.result === 'accepted'
        ? 'accepted'
        : a.serverAccepted
          ? `server would accept it, then ${a.result}${a.reason ? ` (${a.reason})` : ''}`
          : `${a.result}${a.reason ? ` (${a.reason})` : ''}`;
    return { state: a.result === 'accepted' ? 'ok' : 'bad', text: `Key ${key}: ${answer}` };
  });
}

function resultStep(c: Connection): Step {
  if (c.outcome === 'success')
    return {
      state: 'ok',
      text: `Authenticated${c.authenticatedWith ? ` using ${c.authenticatedWith}` : ''}`,
    };
  const why =
    c.disconnect?.reason ??
    (c.permissionDenied ? `Permission denied (${c.permissionDenied.methods.join(',')})` : null) ??
    c.finalError?.text ??
    c.outcome;
  return { state: c.outcome === 'failure' ? 'bad' : 'none', text: `Result: ${why}` };
}

/** The timeline, in the order ssh goes through it; steps ssh never reached are left out. */
export function connectionTimeline(c: Connection): Step[] {
  const steps = connectSteps(c);
  if (c.serverVersion) steps.push({ state: 'ok', text: `Server banner: ${c.serverVersion.raw}` });
  if (c.negotiationFailure)
    steps.push({
      state: 'bad',
      text: `No common ${c.negotiationFailure.list} algorithm; server offers ${c.negotiationFailure.theirOffer.join(',')}`,
    });
  else if (c.kex.algorithm) steps.push({ state: 'ok', text: `Key exchange: ${c.kex.algorithm}` });
  if (c.hostKey) {
    const status = c.hostKeyStatus ?? 'not checked';
    const bad = status === 'changed' || status === 'revoked' || status === 'unknown';
    steps.push({
      state: bad ? 'bad' : 'ok',
      text: `Host key ${c.hostKey.type} ${c.hostKey.fingerprint}: ${status}`,
    });
  }
  steps.push(...keySteps(c));
  if (c.outcome !== 'not-run') steps.push(resultStep(c));
  return steps;
}
