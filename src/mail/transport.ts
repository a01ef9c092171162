// Which way a message leaves (SMTP, local sendmail, or not at all), chosen by flags > env > config file.
import { ConfigError, UsageError } from '../errors.js';
import type { ConfigFile } from '../profile/config.js';
import type { Envelope } from './envelope.js';
import type { SendOutcome } from './outcome.js';
import { DEFAULT_SENDMAIL_PATH, sendViaSendmail } from './send-sendmail.js';
import { DEFAULT_SMTP_TIMEOUTS, type SmtpTimeouts, sendViaSmtp } from './send-smtp.js';
import { parseSmtpUrl, type SmtpTarget } from './smtp-url.js';

export type MailTransport =
  | { kind: 'smtp'; target: SmtpTarget; timeouts: SmtpTimeouts }
  | { kind: 'sendmail'; path: string; timeoutMs: number }
  | { kind: 'none' };

/** The transport flags `collect` and `send` share. */
export interface TransportFlags {
  smtp?: string | undefined;
  via?: string | undefined;
}

const VIAS = ['smtp', 'sendmail', 'none'] as const;
type Via = (typeof VIAS)[number];

function checkVia(value: string, source: string): Via {
  const via = VIAS.find((v) => v === value);
  if (!via)
    throw new UsageError(`${source}: unknown transport '${value}'`, { hint: 'use smtp, sendmail or none' });
  return via;
}

/** One value and the place it came from, so errors can name the flag, variable or config key. */
interface Sourced {
  value: string;
  source: string;
}

function first(...candidates: [string | undefined, string][]): Sourced | undefined {
  for (const [value, source] of candidates) if (value !== undefined && value !== '') return { value, source };
  return undefined;
}

/**
 * Resolves the transport. `--smtp` alone implies `--via smtp`; nothing configured means `none` (outbox only).
 * `timeouts` lets tests shorten the SMTP timeouts.
 */
export function resolveTransport(
  flags: TransportFlags,
  env: NodeJS.ProcessEnv,
  config: ConfigFile,
  configPath: string,
  timeouts: SmtpTimeouts = DEFAULT_SMTP_TIMEOUTS,
): MailTransport {
  const smtp = first(
    [flags.smtp, '--smtp'],
    [env.SSH_DOCTOR_SMTP_URL, 'SSH_DOCTOR_SMTP_URL'],
    [config.smtp, `${configPath}: smtp`],
  );
  const viaFlag = first(
    [flags.via, '--via'],
    [flags.smtp ? 'smtp' : undefined, '--smtp'],
    [env.SSH_DOCTOR_VIA, 'SSH_DOCTOR_VIA'],
    [env.SSH_DOCTOR_SMTP_URL ? 'smtp' : undefined, 'SSH_DOCTOR_SMTP_URL'],
    [config.via, `${configPath}: via`],
    [config.smtp ? 'smtp' : undefined, `${configPath}: smtp`],
  );
  const via = viaFlag ? checkVia(viaFlag.value, viaFlag.source) : 'none';
  if (via === 'none') return { kind: 'none' };
  if (via === 'sendmail') {
    return {
      kind: 'sendmail',
      path: config.sendmailPath ?? DEFAULT_SENDMAIL_PATH,
      timeoutMs: timeouts.socketMs + 10_000,
    };
  }
  if (!smtp) {
    throw new UsageError('--via smtp needs an SMTP URL', {
      hint: 'give --smtp smtp://host:587, set SSH_DOCTOR_SMTP_URL, or "smtp" in the config file',
    });
  }
  const Failure = smtp.source.startsWith(configPath) ? ConfigError : UsageError;
  return { kind: 'smtp', target: parseSmtpUrl(smtp.value, smtp.source, Failure), timeouts };
}

/** How the transport is shown to the user (passwords masked). */
export function describeTransport(transport: MailTransport): string {
  if (transport.kind === 'smtp') return transport.target.display;
  if (transport.kind === 'sendmail') return `sendmail (${transport.path})`;
  return 'none';
}

/** Hands the raw message to the transport; `none` never sends. */
export function transmit(transport: MailTransport, raw: Buffer, envelope: Envelope): Promise<SendOutcome> {
  if (transport.kind === 'smtp') return sendViaSmtp(transport.target, raw, envelope, transport.timeouts);
  if (transport.kind === 'sendmail') return sendViaSendmail(transport.path, raw, transport.timeoutMs);
  return Promise.resolve({ status: 'temporary', detail: 'no transport configured' });
}
