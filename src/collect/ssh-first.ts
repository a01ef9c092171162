// ssh -vvv is collect's slow probe: the entry (src/cli/bin.ts) starts it before the rest of the CLI loads, and
// collect adopts that run when it would start the very same one; otherwise it is stopped and collect starts its own.
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { getPriority, setPriority, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { defaultConfigPath } from '../profile/config.js';
import { IPSL_PROFILE } from '../profile/profile.js';
import { type CommandProbe, commandProbes, type ProbeContext } from './probe-specs.js';
import { type CommandResult, runCommand } from './run-probe.js';
import { validateHost, validateLogin, validatePort } from './validate-target.js';

/** How much nicer than ssh ssh-doctor and its other probes become while ssh -vvv runs (see startSsh). */
const BACKGROUND_NICENESS = 10;

/** Time given to type a passphrase (`--interactive`), on top of the budget. */
const TYPING_MS = 120_000;

/** A plain collect's command line, values not checked yet (src/cli/plain-collect.ts reads it without yargs). */
export interface PlainCollect {
  login: string;
  host?: string;
  port?: string;
  timeout?: string;
}

/** What ssh -vvv is run for: the validated target and the settings that shape its command line. */
export interface SshTarget {
  login: string;
  host: string;
  port: number;
  /** Overall budget in seconds; ssh's ConnectTimeout is derived from it. */
  timeoutSec: number;
  interactive?: boolean;
  /** The home ssh uses for `~` (passwd entry). */
  home: string;
}

/** A started ssh -vvv, with the private temp dir that holds its known_hosts copy (the caller removes it). */
export interface SshRun {
  target: SshTarget;
  ctx: ProbeContext;
  tmp: string;
  spec: CommandProbe;
  result: Promise<CommandResult>;
  stop(): void;
}

/** The run the entry started, until collect adopts it or the CLI ends without it. */
let early: SshRun | null = null;

/**
 * Once ssh -vvv runs, everything else is background work: loading the CLI, the other probes, inspecting keys. Lower
 * our priority (the probes started from here on inherit it) so that it never slows ssh's key exchange on a busy or
 * small machine; ssh itself keeps its own. Best effort: a refusal changes nothing.
 */
function yieldToSsh(): void {
  try {
    setPriority(Math.min(19, getPriority() + BACKGROUND_NICENESS));
  } catch {
    // not permitted here: run at the usual priority
  }
}

/** Starts ssh -vvv in a new temp dir with a copy of the user's known_hosts (ssh may add to it, never to theirs). */
export function startSsh(target: SshTarget): SshRun {
  const tmp = mkdtempSync(join(tmpdir(), 'ssh-doctor-'));
  const knownHostsCopy = join(tmp, 'known_hosts');
  try {
    copyFileSync(join(target.home, '.ssh', 'known_hosts'), knownHostsCopy);
  } catch {
    writeFileSync(knownHostsCopy, '', { mode: 0o600 });
  }
  const { login, host, port, home, interactive } = target;
  const ctx: ProbeContext = {
    login,
    host,
    port,
    home,
    knownHostsCopy,
    connectTimeoutSec: Math.max(1, Math.floor(target.timeoutSec * 0.6)),
    ...(interactive ? { interactive: true } : {}),
  };
  const spec = commandProbes(ctx).find((s) => s.probe === 'ssh-vvv');
  if (spec === undefined) throw new Error('no ssh -vvv probe');
  const stopping = new AbortController();
  const result = runCommand({
    argv: spec.argv,
    timeoutMs: target.timeoutSec * 1000 + (spec.usesTerminal ? TYPING_MS : 0),
    stopAfterLine: spec.stopAfterLine,
    detached: !spec.usesTerminal,
    signal: stopping.signal,
  });
  yieldToSsh();
  return { target, ctx, tmp, spec, result, stop: () => stopping.abort() };
}

/**
 * The entry's head start, for a plain collect whose target cannot come from elsewhere: no config file, profile or
 * environment that could name another host, port or budget. Values are checked as collect checks them; any doubt
 * (a bad value, an unusual setting) leaves ssh to collect, which then says what is wrong.
 */
export function startSshEarly(plain: PlainCollect, env: NodeJS.ProcessEnv = process.env): void {
  try {
    const home = userInfo().homedir;
    const elsewhere =
      env.SSH_DOCTOR_CONFIG ||
      env.SSH_DOCTOR_PROFILE ||
      (plain.host === undefined && env.SSH_DOCTOR_HOST) ||
      (plain.port === undefined && env.SSH_DOCTOR_PORT) ||
      existsSync(defaultConfigPath(env, env.HOME || home));
    const defaultHost = IPSL_PROFILE.hosts[0];
    if (elsewhere || defaultHost === undefined) return;
    early = startSsh({
      login: validateLogin(plain.login),
      host: validateHost(plain.host ?? defaultHost.hostname),
      port: validatePort(plain.port ?? defaultHost.port),
      timeoutSec: Number(plain.timeout ?? 20),
      home,
    });
  } catch {
    early = null;
  }
}

const sameTarget = (a: SshTarget, b: SshTarget) =>
  a.login === b.login &&
  a.host === b.host &&
  a.port === b.port &&
  a.timeoutSec === b.timeoutSec &&
  Boolean(a.interactive) === Boolean(b.interactive) &&
  a.home === b.home;

/** collect's ssh -vvv: the entry's run when it is for the same target, else a new one. */
export function sshFor(target: SshTarget): SshRun {
  const started = early;
  early = null;
  if (started !== null && sameTarget(started.target, target)) return started;
  dropRun(started);
  return startSsh(target);
}

function dropRun(run: SshRun | null): void {
  if (run === null) return;
  run.stop();
  void run.result.finally(() => rmSync(run.tmp, { recursive: true, force: true }));
}

/** Stops the entry's run if collect never took it (a usage or settings error ended the CLI first). */
export function dropEarlySsh(): void {
  dropRun(early);
  early = null;
}
