// Sends one stored message under its lock and moves it on: sent/ on acceptance, failed/ on refusal, else back.
import { readFile } from 'node:fs/promises';
import { AppError } from '../errors.js';
import { type Claim, claimMessage, releaseClaim, rewriteClaim } from './claim.js';
import { scanOutgoing } from './egress-scan.js';
import { addSender, readEnvelope } from './envelope.js';
import { type MailTransport, transmit } from './transport.js';

/** What happened to one message: `busy` means another run holds it. */
export interface DispatchResult {
  name: string;
  /** Where the message is now. */
  path: string;
  result: 'sent' | 'kept' | 'failed' | 'busy';
  detail: string;
}

async function attempt(
  claim: Claim,
  transport: MailTransport,
  from: string | undefined,
): Promise<DispatchResult> {
  let raw: Buffer = await readFile(claim.path);
  let envelope = readEnvelope(raw);
  if (!envelope.from && from) {
    raw = addSender(raw, from);
    await rewriteClaim(claim, raw);
    envelope = readEnvelope(raw);
  }
  try {
    await scanOutgoing(raw, 'message');
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const path = await releaseClaim(claim, 'failed');
    return { name: claim.name, path, result: 'failed', detail: `not sent: ${error.message}` };
  }
  if (envelope.to.length === 0) {
    const path = await releaseClaim(claim, 'failed');
    return { name: claim.name, path, result: 'failed', detail: 'no recipient in the message' };
  }
  if (!envelope.from) {
    const path = await releaseClaim(claim, 'outbox');
    return { name: claim.name, path, result: 'kept', detail: 'the message has no From address (use --from)' };
  }
  const outcome = await transmit(transport, raw, envelope);
  const to = outcome.status === 'sent' ? 'sent' : outcome.status === 'permanent' ? 'failed' : 'outbox';
  const path = await releaseClaim(claim, to);
  return { name: claim.name, path, result: to === 'outbox' ? 'kept' : to, detail: outcome.detail };
}

/**
 * Claims `outbox/<name>`, sends it, and files it. A message without From gets `from` (when given) first.
 * Any unexpected error puts the message back in the outbox before it propagates.
 */
export async function dispatchMessage(
  stateDir: string,
  name: string,
  transport: MailTransport,
  from?: string,
): Promise<DispatchResult> {
  const claim = await claimMessage(stateDir, name);
  if (!claim) return { name, path: '', result: 'busy', detail: 'taken by another ssh-doctor send' };
  try {
    return await attempt(claim, transport, from);
  } catch (error) {
    await releaseClaim(claim, 'outbox').catch(() => undefined);
    throw error;
  }
}
