// Builds the exact .eml that is stored in the outbox and sent: support address, subject, body, JSON attachment.
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Profile } from '../profile/profile.js';
import { subjectFor } from '../profile/profile.js';
import type { Report } from '../report/schema.js';
import { TOOL_VERSION } from '../version.js';
import { cleanHeaderText, parseAddress } from './address.js';

/** The attachment name support staff (and `ssh-doctor triage`) look for. */
export const REPORT_ATTACHMENT = 'ssh-doctor-report.json';

export interface ComposeInput {
  report: Report;
  /** The mail body: diagnosis first, then the transcript (`renderText(report)`). */
  text: string;
  profile: Profile;
  /** The user's address (From and Reply-To); without one the message has no From until `send --from`. */
  from?: string | undefined;
}

/** A composed message: the raw bytes and what the review shows about them. */
export interface ComposedMessage {
  raw: Buffer;
  to: string;
  from: string | undefined;
  subject: string;
  body: string;
  attachments: { name: string; size: number }[];
}

/** The login the subject names: the report's target login, cleaned for a header line. */
export function subjectLogin(report: Report): string {
  const login = cleanHeaderText(report.target.login ?? '');
  return login.length > 0 ? login.slice(0, 64) : 'unknown';
}

/** Composes the message with CRLF line ends; nothing from the report but the login goes into a header. */
export async function composeMessage(input: ComposeInput): Promise<ComposedMessage> {
  const to = parseAddress(input.profile.supportAddress);
  if (!to) throw new Error(`profile ${input.profile.id}: invalid support address`);
  const from = input.from === undefined ? undefined : parseAddress(input.from);
  if (input.from !== undefined && !from) throw new Error('invalid from address');
  const subject = cleanHeaderText(subjectFor(input.profile, subjectLogin(input.report)));
  const json = Buffer.from(`${JSON.stringify(input.report, null, 2)}\n`, 'utf8');
  const composer = new MailComposer({
    to,
    ...(from ? { from, replyTo: from } : {}),
    subject,
    text: input.text,
    attachments: [{ filename: REPORT_ATTACHMENT, content: json, contentType: 'application/json' }],
    headers: { 'X-SSH-Doctor-Version': cleanHeaderText(TOOL_VERSION) },
    newline: 'win',
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const raw = await composer.compile().build();
  return {
    raw,
    to,
    from,
    subject,
    body: input.text,
    attachments: [{ name: REPORT_ATTACHMENT, size: json.length }],
  };
}
