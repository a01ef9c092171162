// `ssh-doctor fix`: diagnose, then for each finding fixable here show the exact change, ask, back up, apply, and
// test the connection again (before → after). Never edits key material, never leaves ~/.ssh.
import { userInfo } from 'node:os';
import { buildCollectedReport } from '../assemble/build-collected-report.js';
import { collectEvidence } from '../collect/collect.js';
import { ExitCode, UsageError } from '../errors.js';
import { applyStep, type PreparedStep, prepareStep, type StepSession } from '../fix/apply-steps.js';
import { backupStamp } from '../fix/backup-stamp.js';
import type { FixPlan } from '../fix/fix.js';
import { targetArgs } from '../fix/offer-fix.js';
import { planFixes } from '../fix/plan-fixes.js';
import { confirm, type MailIo, processIo } from '../mail/io.js';
import type { Profile } from '../profile/profile.js';
import type { Report } from '../report/schema.js';
import { resolveTarget, type Target, type TargetFlags } from '../setup/resolve-target.js';
import { createProgress } from './progress.js';
import { loadSettings } from './settings.js';

export interface FixFlags extends TargetFlags {
  profile?: string;
  config?: string;
  lang?: string;
  timeout?: number;
  yes?: boolean;
  dryRun?: boolean;
  quiet?: boolean;
}

/** Runs the same probes and diagnosis as collect (no mail). */
async function diagnoseNow(
  target: Target,
  profile: Profile,
  timeoutSec: number,
  quiet: boolean,
): Promise<Report> {
  const progress = createProgress(process.stderr, !quiet);
  const collected = await collectEvidence({
    login: target.login,
    host: target.host,
    port: target.port,
    timeoutSec,
    onProgress: (e) => progress.onEvent(e),
  }).finally(() => progress.stop());
  return buildCollectedReport(collected, { ...target, profile });
}

/** `auth_failed (SSH201: The server refused your key)`, or `connected`. */
function causeLine(report: Report): string {
  if (report.connection.outcome === 'success') return 'connected';
  const top = report.findings.find((f) => f.severity === 'error');
  return top ? `${report.cause} (${top.rule}: ${top.title})` : report.cause;
}

async function runPlan(
  plan: FixPlan,
  session: StepSession,
  io: MailIo,
  flags: FixFlags,
): Promise<'applied' | 'skipped' | 'failed'> {
  io.out(`\n[${plan.rule}] ${plan.summary}\n`);
  if (plan.blocked) {
    io.out(`  Not fixable here: ${plan.blocked}\n`);
    return 'skipped';
  }
  const prepared: PreparedStep[] = [];
  for (const step of plan.steps) prepared.push(await prepareStep(step, session));
  for (const p of prepared) io.out(`${p.shown.replace(/^/gm, '    ')}\n${p.skip ? `    (${p.skip})\n` : ''}`);
  const blocking = prepared.find((p) => p.blocking);
  if (blocking) {
    io.out(`  Not applied: ${blocking.skip}\n`);
    return 'skipped';
  }
  const todo = prepared.filter((p) => !p.skip);
  if (todo.length === 0) return 'skipped';
  if (flags.dryRun) return 'skipped';
  if (!flags.yes && !(await confirm(io, '  Apply this change?'))) {
    io.out('  Skipped.\n');
    return 'skipped';
  }
  try {
    for (const p of todo) io.out(`  ✔ ${await applyStep(p, session)}\n`);
    return 'applied';
  } catch (err) {
    io.out(`  ✖ ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
    return 'failed';
  }
}

export async function runFix(flags: FixFlags, io: MailIo = processIo()): Promise<number> {
  const settings = await loadSettings(flags);
  const target = resolveTarget(flags, settings);
  if (!flags.yes && !flags.dryRun && !io.interactive)
    throw new UsageError('fix asks before each change and there is no terminal to ask on: nothing changed', {
      hint: 'run it in a terminal, add --yes to apply without asking, or --dry-run to see the changes',
    });
  const timeoutSec = flags.timeout ?? 20;
  const quiet = flags.quiet === true;
  const before = await diagnoseNow(target, settings.profile, timeoutSec, quiet);
  io.out(`Before: ${causeLine(before)}\n`);
  const me = userInfo();
  const plans = planFixes(before, settings.profile, {
    home: settings.home,
    uid: me.uid,
    platform: process.platform,
  });
  if (plans.length === 0) {
    if (before.connection.outcome === 'success') {
      io.out('Nothing to fix: the connection works.\n');
      return ExitCode.ok;
    }
    io.out(
      'Nothing here that ssh-doctor can fix on this machine. Run `ssh-doctor` for the diagnosis and to tell support.\n',
    );
    return ExitCode.problem;
  }
  const now = new Date();
  const backups = new Map<string, string>();
  let applied = 0;
  for (const plan of plans) {
    const session: StepSession = {
      home: settings.home,
      stamp: backupStamp(now),
      terminal: io.interactive,
      backups,
      comment: `added by ssh-doctor fix (${plan.rule}) on ${now.toISOString().slice(0, 10)}`,
    };
    if ((await runPlan(plan, session, io, flags)) === 'applied') applied++;
  }
  if (flags.dryRun) {
    io.out('\nDry run: nothing was changed.\n');
    return before.connection.outcome === 'success' ? ExitCode.ok : ExitCode.problem;
  }
  if (applied === 0) {
    io.out('\nNothing was changed.\n');
    return before.connection.outcome === 'success' ? ExitCode.ok : ExitCode.problem;
  }
  io.out('\nTesting the connection again...\n');
  const after = await diagnoseNow(target, settings.profile, timeoutSec, quiet);
  io.out(`Before: ${causeLine(before)}\nAfter:  ${causeLine(after)}\n`);
  if (after.connection.outcome === 'success') return ExitCode.ok;
  io.out(
    `Still failing: send the diagnosis to support with: ssh-doctor --mail ${targetArgs(after, settings.profile).join(' ')}\n`,
  );
  return ExitCode.problem;
}
