// The collect pipeline: validate → probe → redact → parse → diagnose → render, then hand the report to the mailer.
import { userInfo } from 'node:os';
import pc from 'picocolors';
import { buildCollectedReport } from '../assemble/build-collected-report.js';
import { collectEvidence } from '../collect/collect.js';
import { validateHost, validateLogin, validatePort } from '../collect/validate-target.js';
import { ExitCode, UsageError } from '../errors.js';
import { offerFix } from '../fix/offer-fix.js';
import { assertNoSecrets } from '../redact/egress.js';
import { renderReportHtml } from '../render/html/report-page.js';
import { renderText } from '../render/render-text.js';
import { createProgress } from './progress.js';
import { loadSettings, pick } from './settings.js';
import { writeHtmlFile } from './write-html-file.js';

export interface CollectFlags {
  login?: string;
  host?: string;
  port?: number | string;
  timeout?: number;
  json?: boolean;
  quiet?: boolean;
  interactive?: boolean;
  profile?: string;
  config?: string;
  lang?: string;
  mail?: boolean;
  yes?: boolean;
  dryRun?: boolean;
  from?: string;
  smtp?: string;
  via?: string;
  /** Also write the report as an HTML page to this file. */
  html?: string;
}

export async function runCollect(flags: CollectFlags): Promise<number> {
  const settings = await loadSettings(flags);
  const { profile, config, env } = settings;
  const defaultHost = profile.hosts[0];
  // A flag given empty is an error, not "use the default".
  const login = validateLogin(flags.login ?? pick(env.SSH_DOCTOR_LOGIN, config.login) ?? userInfo().username);
  const host = validateHost(
    flags.host ?? pick(env.SSH_DOCTOR_HOST, config.host, defaultHost?.hostname) ?? '',
  );
  const port = validatePort(
    flags.port ?? pick<number | string>(env.SSH_DOCTOR_PORT, config.port, defaultHost?.port) ?? 22,
  );
  const timeoutSec = pick(flags.timeout, config.timeout) ?? 20;
  const interactive = flags.interactive === true;
  // ssh asks on /dev/tty; without a terminal the prompt would go nowhere and the run would wait for nothing.
  if (interactive && !process.stdin.isTTY)
    throw new UsageError('--interactive needs a terminal: ssh asks for the passphrase there', {
      hint: 'run it in a terminal, or add the key to an agent with ssh-add',
    });

  // The live probe list would redraw over ssh's passphrase prompt.
  const progress = createProgress(process.stderr, !flags.quiet && !flags.json && !interactive);
  const collected = await collectEvidence({
    login,
    host,
    port,
    timeoutSec,
    interactive,
    onProgress: (e) => progress.onEvent(e),
  }).finally(() => progress.stop());
  const report = buildCollectedReport(collected, { login, host, port, profile });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const text = renderText(report, undefined, profile.language);
  assertNoSecrets(json, 'report');
  const useColor = process.stdout.isTTY && !env.NO_COLOR;
  process.stdout.write(flags.json ? json : useColor ? renderText(report, pc, profile.language) : text);
  if (flags.html !== undefined) writeHtmlFile(flags.html, renderReportHtml(report, profile.language));

  const connected = report.connection.outcome === 'success';
  let code: number = connected ? ExitCode.ok : ExitCode.problem;
  // Issue 14: a cause the user can repair here gets `ssh-doctor fix` offered first, and no ticket unless --mail.
  const offer = !connected && offerFix(report, profile, flags.json);
  if (flags.mail === true || (flags.mail === undefined && !connected && !offer)) {
    const { deliverReport } = await import('../mail/deliver.js');
    const mailCode = await deliverReport({ report, text, settings, flags });
    if (mailCode === ExitCode.notSent) code = mailCode;
  }
  return code;
}
