// Runs `ssh-doctor send`: one line (or one JSON entry) per pending message, exit 3 if any is still unsent.
import { ExitCode, UsageError } from '../errors.js';
import type { DispatchResult } from '../mail/dispatch.js';
import { type MailIo, processIo } from '../mail/io.js';
import { resolveFrom } from '../mail/resolve-from.js';
import { countWithoutFrom, pendingMessages, sendPending } from '../mail/send-pending.js';
import type { SmtpTimeouts } from '../mail/send-smtp.js';
import { describeTransport, resolveTransport } from '../mail/transport.js';
import { loadSettings } from './settings.js';

export interface SendFlags {
  smtp?: string;
  via?: string;
  from?: string;
  yes?: boolean;
  json?: boolean;
  profile?: string;
  config?: string;
}

function line(r: DispatchResult): string {
  const where = r.path || r.name;
  return r.result === 'sent' ? `${where}  sent (${r.detail})` : `${where}  ${r.result}: ${r.detail}`;
}

export async function runSend(
  flags: SendFlags,
  io: MailIo = processIo(),
  timeouts?: SmtpTimeouts,
): Promise<number> {
  const settings = await loadSettings(flags);
  const { env, config, configPath, stateDir } = settings;
  const names = await pendingMessages(stateDir);
  if (names.length === 0) {
    if (flags.json) io.out(`${JSON.stringify({ outbox: stateDir, results: [] })}\n`);
    else io.out(`Nothing to send (outbox ${stateDir}/outbox is empty).\n`);
    return ExitCode.ok;
  }
  const transport = resolveTransport(flags, env, config, configPath, timeouts);
  if (transport.kind === 'none') {
    throw new UsageError(`${names.length} message(s) pending but no way to send them`, {
      hint: 'give --smtp smtp://host:587 (or SSH_DOCTOR_SMTP_URL, or "smtp" in the config file) or --via sendmail',
    });
  }
  if (!flags.yes && !io.interactive) {
    throw new UsageError(`${names.length} message(s) pending: nothing sent without confirmation`, {
      hint: 'run on a terminal to review them, or add --yes',
    });
  }
  const needsFrom = (await countWithoutFrom(stateDir, names)) > 0;
  const from = await resolveFrom({
    flag: flags.from,
    env,
    config,
    configPath,
    io,
    prompt: needsFrom && !flags.yes,
  });
  if (!flags.json) io.note(`Sending ${names.length} message(s) via ${describeTransport(transport)}\n`);
  const results = await sendPending(names, { stateDir, transport, from, io, yes: flags.yes === true });
  if (flags.json) io.out(`${JSON.stringify({ outbox: stateDir, results }, null, 2)}\n`);
  else for (const r of results) io.out(`${line(r)}\n`);
  return results.some((r) => r.result === 'kept' || r.result === 'failed') ? ExitCode.notSent : ExitCode.ok;
}
