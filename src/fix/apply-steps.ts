// Shows, then applies, the steps of a fix plan: chmod, a Host block in ~/.ssh/config (diff + backup), or a command
// (argv, timeout; on the user's terminal when it may ask a passphrase). Nothing here decides what to fix.
import { chmod, lstat } from 'node:fs/promises';
import { execa } from 'execa';
import { applyConfigEdit, type ConfigEdit, planConfigEdit } from './config-edit.js';
import { findTool } from './find-tool.js';
import type { FixStep } from './fix.js';
import { showCommand } from './show-command.js';
import { assertInSshDir, backupFile, exists } from './ssh-files.js';
import { displayPath } from './ssh-paths.js';

/** What one run of fix/setup shares: who, where, and which files it already backed up. */
export interface StepSession {
  home: string;
  /** `YYYYmmdd-HHMMSS` of this run, for backup names. */
  stamp: string;
  /** A terminal is ours: commands that may ask (ssh-add, puttygen) can run. */
  terminal: boolean;
  /** Files backed up in this run → backup path (one backup per file and run). */
  backups: Map<string, string>;
  /** Added as a comment on top of a Host block, e.g. `added by ssh-doctor fix (SSH311) on 2026-12-04`. */
  comment: string;
}

/** A step ready to apply: what the user is shown, or why it will not be applied. */
export interface PreparedStep {
  step: FixStep;
  /** The change as shown: a diff, a command, a chmod. */
  shown: string;
  /** Set when the step cannot or need not run (already done, tool missing, no terminal). */
  skip?: string;
  /** Skipping it leaves the fix undone (a missing tool), as opposed to a change already made. */
  blocking?: boolean;
  edit?: ConfigEdit;
}

const TERMINAL_TIMEOUT_MS = 5 * 60_000;
const COMMAND_TIMEOUT_MS = 30_000;

const TOOL_HINTS: Record<string, string> = {
  puttygen:
    'puttygen is not installed: install it (Debian/Ubuntu: sudo apt install putty-tools; macOS: brew install putty), or in PuTTYgen/MobaXterm use Conversions > Export OpenSSH key',
};

export async function prepareStep(step: FixStep, s: StepSession): Promise<PreparedStep> {
  if (step.kind === 'chmod') {
    const shown = `chmod ${step.mode.toString(8)} ${displayPath(step.path, s.home)}${step.from ? `   (now ${step.from})` : ''}`;
    return { step, shown };
  }
  if (step.kind === 'host-options') {
    const edit = await planConfigEdit(s.home, {
      patterns: [step.host],
      options: step.options,
      comment: s.comment,
    });
    if (edit.after === null)
      return {
        step,
        shown: `~/.ssh/config already has these lines for ${step.host}`,
        skip: 'already there',
        edit,
      };
    return { step, shown: edit.diff.trimEnd(), edit };
  }
  const shown = showCommand(step.argv, s.home);
  const [tool] = step.argv;
  if (tool === undefined) return { step, shown, skip: 'empty command', blocking: true };
  if ((await findTool(tool)) === null)
    return { step, shown, skip: TOOL_HINTS[tool] ?? `${tool} is not installed`, blocking: true };
  for (const path of step.creates ?? [])
    if (await exists(path))
      return {
        step,
        shown,
        skip: `${displayPath(path, s.home)} exists: ssh-doctor overwrites nothing`,
        blocking: true,
      };
  if (step.terminal && !s.terminal)
    return { step, shown, skip: 'it may ask a passphrase: run ssh-doctor fix in a terminal', blocking: true };
  return { step, shown };
}

async function backupOnce(path: string, s: StepSession): Promise<string | null> {
  if (s.backups.has(path) || !(await exists(path))) return s.backups.get(path) ?? null;
  const backup = await backupFile(path, s.stamp);
  s.backups.set(path, backup);
  return backup;
}

/** Applies a prepared step; returns what was done, in one line, or throws with what failed. */
export async function applyStep(p: PreparedStep, s: StepSession): Promise<string> {
  const step = p.step;
  if (step.kind === 'chmod') {
    await assertInSshDir(step.path, s.home);
    if (!(await lstat(step.path).catch(() => null)))
      throw new Error(`${displayPath(step.path, s.home)} is gone`);
    await chmod(step.path, step.mode);
    return `mode of ${displayPath(step.path, s.home)} set to ${step.mode.toString(8).padStart(4, '0')}${step.from ? ` (was ${step.from})` : ''}`;
  }
  if (step.kind === 'host-options') {
    if (!p.edit) throw new Error('config edit not prepared');
    // One backup per file and run: the first one holds the file as it was before ssh-doctor.
    const backup = await applyConfigEdit(s.home, p.edit, s.stamp, !s.backups.has(p.edit.path));
    if (backup) s.backups.set(p.edit.path, backup);
    return `~/.ssh/config updated${backup ? ` (backup: ${displayPath(backup, s.home)})` : ''}`;
  }
  for (const path of [...(step.creates ?? []), ...(step.edits ?? [])]) await assertInSshDir(path, s.home);
  const backups = [];
  for (const path of step.edits ?? []) {
    const b = await backupOnce(path, s);
    if (b) backups.push(displayPath(b, s.home));
  }
  const [file, ...args] = step.argv;
  const result = await execa(file ?? '', args, {
    stdio: step.terminal ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    timeout: step.terminal ? TERMINAL_TIMEOUT_MS : COMMAND_TIMEOUT_MS,
    forceKillAfterDelay: 1000,
    reject: false,
  });
  if (result.exitCode !== 0)
    throw new Error(
      `${p.shown} failed${result.timedOut ? ' (timed out)' : ` (exit ${result.exitCode ?? '?'})`}`,
    );
  return `ran ${p.shown}${backups.length > 0 ? ` (backup: ${backups.join(', ')})` : ''}`;
}
