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
  responseCode?: unknown;
  command?: unknown;
  message?: unknown;
}

const FRIENDLY: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
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
  const code = typeof e.code === 'string' ? e.code : '';
  const reply = typeof e.responseCode === 'number' ? e.responseCode : undefined;
  const command = typeof e.command === 'string' ? e.command : '';
  const friendly = FRIENDLY[code];
  const detail = [reply ? `${reply}` : '', friendly ?? oneLine(e.message)].filter(Boolean).join(' ');
  const messageRefused = code === 'EENVELOPE' || code === 'EMESSAGE' || MESSAGE_COMMANDS.test(command);
  if (reply !== undefined && reply >= 500 && reply < 600 && messageRefused) {
    return { status: 'permanent', detail: `refused: ${oneLine(e.message)}` };
  }
  return { status: 'temporary', detail: detail || 'unknown error' };
}
