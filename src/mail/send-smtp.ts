// Hands one raw message to an SMTP server with short timeouts, no pool, and an explicit check of the recipients.
import { hostname } from 'node:os';
import nodemailer from 'nodemailer';
import type { Envelope } from './envelope.js';
import { classifyMailError, type SendOutcome } from './outcome.js';
import type { SmtpTarget } from './smtp-url.js';

/** Timeouts in milliseconds; nodemailer's defaults (2 min, 30 s, 10 min) are far too long for a CLI. */
export interface SmtpTimeouts {
  connectionMs: number;
  greetingMs: number;
  socketMs: number;
}

export const DEFAULT_SMTP_TIMEOUTS: SmtpTimeouts = {
  connectionMs: 10_000,
  greetingMs: 10_000,
  socketMs: 20_000,
};

function sameAddress(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Sends `raw` unchanged (the outbox bytes are the bytes sent) with the given envelope. */
export async function sendViaSmtp(
  target: SmtpTarget,
  raw: Buffer,
  envelope: Envelope,
  timeouts: SmtpTimeouts = DEFAULT_SMTP_TIMEOUTS,
): Promise<SendOutcome> {
  if (!envelope.from) return { status: 'temporary', detail: 'the message has no From address (use --from)' };
  const transport = nodemailer.createTransport({
    host: target.host,
    port: target.port,
    secure: target.secure,
    requireTLS: target.requireTLS,
    ...(target.user ? { auth: { user: target.user, pass: target.pass ?? '' } } : {}),
    connectionTimeout: timeouts.connectionMs,
    greetingTimeout: timeouts.greetingMs,
    socketTimeout: timeouts.socketMs,
    dnsTimeout: timeouts.connectionMs,
    name: hostname() || 'localhost',
    tls: { servername: target.host },
  });
  try {
    const info = await transport.sendMail({ raw, envelope: { from: envelope.from, to: envelope.to } });
    const accepted = info.accepted.map(String);
    const rejected = info.rejected.map(String);
    const refused = [...rejected, ...envelope.to.filter((to) => !accepted.some((a) => sameAddress(a, to)))];
    // Nothing accepted: refused for good. Some accepted: it did leave, so it must not be sent again.
    if (accepted.length === 0)
      return { status: 'permanent', detail: `refused recipient ${refused[0] ?? '?'}` };
    if (refused.length > 0)
      return { status: 'sent', detail: `accepted for ${accepted.join(', ')}; refused ${refused.join(', ')}` };
    return { status: 'sent', detail: String(info.response ?? 'accepted').slice(0, 200) };
  } catch (error) {
    return classifyMailError(error);
  } finally {
    transport.close();
  }
}
