// What happened to one send attempt, and the rule that decides between "retry later" and "give up".

/** The result of handing one message to a transport. */
export type SendOutcome =
  | { status: 'sent'; detail: string }
  /** Keep the message in the outbox: the server or network may recover, or the setup needs fixing. */
  | { status: 'temporary'; detail: string }
  /** The server refused this message for good (5xx on MAIL FROM, RCPT TO or DATA): move it to `failed/`. */
  | { status: 'permanent'; detail: string };

/** The fields nodemailer puts on its errors. */
interface MailerErrorShape {
  code?: unknown;
  /** The system error code under nodemailer's, e.g. ECONNREFUSED under ESOCKET. */
  originalCode?: unknown;
  /** The server's reply line, e.g. `451 Local error in processing`. */
  response?: unknown;
  responseCode?: unknown;
  command?: unknown;
  message?: unknown;
}

const FRIENDLY: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection dropped by the server',
  EPIPE: 'connection dropped by the server',
  ETIMEDOUT: 'timed out',
  ECONNECTION: 'connection closed',
  ESOCKET: 'network error',
  EDNS: 'host name not found',
  ETLS: 'TLS failed or not offered by the server',
  EAUTH: 'authentication failed (check user and password in the SMTP URL)',
  ENOAUTH: 'the server wants a user and password in the SMTP URL',
};

/** Commands whose 5xx reply refuses this message (as opposed to the connection, TLS or login). */
const MESSAGE_COMMANDS = /^(MAIL FROM|RCPT TO|DATA)\b/;

function oneLine(value: unknown): string {
  return String(value ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}

/** Classifies a nodemailer error: a 5xx refusal of the message is permanent, everything else is temporary. */
export function classifyMailError(error: unknown): SendOutcome {
  const e: MailerErrorShape = typeof error === 'object' && error !== null ? error : { message: error };
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const code = str(e.code);
  const reply = typeof e.responseCode === 'number' ? e.responseCode : undefined;
  const response = oneLine(e.response);
  const what = FRIENDLY[str(e.originalCode)] ?? FRIENDLY[code];
  const detail = what
    ? response
      ? `${what}; server said: ${response}`
      : what
    : response || oneLine(e.message);
  const messageRefused = code === 'EENVELOPE' || code === 'EMESSAGE' || MESSAGE_COMMANDS.test(str(e.command));
  if (reply !== undefined && reply >= 500 && reply < 600 && messageRefused) {
    return { status: 'permanent', detail: `refused: ${response || oneLine(e.message)}` };
  }
  return { status: 'temporary', detail: detail || 'unknown error' };
}
