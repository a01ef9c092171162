// collect → mail: compose, scan, review, store in the outbox, then send (or say how to), as an exit code.
import { basename } from 'node:path';
import { ExitCode, UsageError } from '../errors.js';
import type { Report } from '../report/schema.js';
import { composeMessage } from './compose.js';
import { dispatchMessage } from './dispatch.js';
import { scanOutgoing } from './egress-scan.js';
import { savedHints } from './hints.js';
import { confirm, type MailIo, processIo } from './io.js';
import type { MailSettings } from './mail-settings.js';
import { saveMessage } from './outbox.js';
import { resolveFrom } from './resolve-from.js';
import { renderReview } from './review.js';
import type { SmtpTimeouts } from './send-smtp.js';
import { describeTransport, type MailTransport, resolveTransport } from './transport.js';

/** The collect flags the mailer reads (a subset of `CollectFlags`). */
export interface DeliverFlags {
  yes?: boolean | undefined;
  dryRun?: boolean | undefined;
  json?: boolean | undefined;
  from?: string | undefined;
  smtp?: string | undefined;
  via?: string | undefined;
}

export interface DeliverInput {
  report: Report;
  /** The mail body (`renderText(report)`). */
  text: string;
  settings: MailSettings;
  flags: DeliverFlags;
}

/** Effects tests replace: the terminal and the SMTP timeouts. */
export interface DeliverDeps {
  io?: MailIo;
  timeouts?: SmtpTimeouts;
}

/** The `send` command that fits how the user configured the transport (password never shown). */
function sendCommandFor(flags: DeliverFlags, transport: MailTransport): string {
  const parts = ['ssh-doctor send --yes'];
  if (flags.smtp && transport.kind === 'smtp') parts.push(`--smtp '${transport.target.display}'`);
  if (flags.via === 'sendmail') parts.push('--via sendmail');
  return parts.join(' ');
}

/**
 * Mails the report to the profile's support address. Returns 0 when sent, saved as asked, or declined;
 * 3 when it could not be sent (it stays in the outbox or, if refused for good, in `failed/`).
 */
export async function deliverReport(input: DeliverInput, deps: DeliverDeps = {}): Promise<number> {
  const { report, text, settings, flags } = input;
  const io = deps.io ?? processIo();
  const print = (s: string) => (flags.json ? io.note(s) : io.out(s));
  const { env, config, configPath, profile, stateDir } = settings;
  const transport = resolveTransport(flags, env, config, configPath, deps.timeouts);
  const prompt = transport.kind !== 'none' && !flags.dryRun && !flags.yes;
  const from = await resolveFrom({ flag: flags.from, env, config, configPath, io, prompt });
  const message = await composeMessage({ report, text, profile, from });
  await scanOutgoing(message.raw, 'mail to support');
  const hints = (path: string) =>
    savedHints({ path, to: message.to, subject: message.subject, hasFrom: !!from });

  if (flags.dryRun) {
    print(renderReview(message, report.redactions));
    io.note('Dry run: nothing was saved or sent.\n');
    return ExitCode.ok;
  }
  if (transport.kind === 'none') {
    io.note(`${hints(await saveMessage(stateDir, message.raw)).join('\n')}\n`);
    return ExitCode.ok;
  }
  if (!from) {
    const path = await saveMessage(stateDir, message.raw);
    throw new UsageError(
      'no sender address for the mail to support: give --from, SSH_DOCTOR_FROM or "from" in the config file',
      {
        hint: `the message is kept in ${path}; send it with: ssh-doctor send --from you@your-lab.example.org`,
      },
    );
  }
  if (!flags.yes) {
    if (!io.interactive) {
      const path = await saveMessage(stateDir, message.raw);
      io.note(
        `Not sent: no terminal to confirm on. Saved in the outbox: ${path}\nSend it with: ${sendCommandFor(flags, transport)}\n`,
      );
      return ExitCode.ok;
    }
    print(renderReview(message, report.redactions));
    if (!(await confirm(io, `Send this to ${message.to} via ${describeTransport(transport)}?`))) {
      io.note('Not sent, nothing saved.\n');
      return ExitCode.ok;
    }
  }
  const path = await saveMessage(stateDir, message.raw);
  const sent = await dispatchMessage(stateDir, basename(path), transport, from);
  if (sent.result === 'sent') {
    io.note(`Sent to ${message.to} via ${describeTransport(transport)} (${sent.detail}).\n`);
    return ExitCode.ok;
  }
  if (sent.result === 'busy') {
    io.note(`Being sent by another ssh-doctor send run: ${path}\n`);
    return ExitCode.ok;
  }
  if (sent.result === 'failed') {
    io.note(
      `Not sent: ${sent.detail}.\nThe message was moved to ${sent.path}; nothing more will be tried.\n`,
    );
    return ExitCode.notSent;
  }
  io.note(
    `Not sent: ${sent.detail}.\n${hints(sent.path)[0]}\nRetry with: ${sendCommandFor(flags, transport)}\n`,
  );
  return ExitCode.notSent;
}
