// Runs every probe concurrently within one overall deadline, redacts their output, and returns the evidence.
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { getPriority, setPriority, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { inspectKeyFiles } from '../keys/inspect-key-files.js';
import { parseSshAdd } from '../parse/ssh-add.js';
import { parseSshConfig } from '../parse/ssh-config.js';
import { redactText } from '../redact/redact-text.js';
import type { ProbeId, RawEvidence } from '../report/evidence.js';
import type { KeyFile } from '../report/schema.js';
import { type NetworkResult, probeNetwork } from './network-probe.js';
import { probePrivateKeyHeader } from './private-key-probe.js';
import { type CommandProbe, commandProbes, type ProbeContext } from './probe-specs.js';
import { type CommandResult, runCommand } from './run-probe.js';

/** How much nicer than ssh ssh-doctor and its other probes become while ssh -vvv runs (see yieldToSsh). */
const BACKGROUND_NICENESS = 10;

/** Time given to type a passphrase (`--interactive`), on top of the budget. */
const TYPING_MS = 120_000;

/** Progress of one probe, for the TTY display. */
export interface ProbeEvent {
  probe: ProbeId;
  title: string;
  state: 'start' | 'done';
  status?: RawEvidence['status'];
  durationMs?: number;
}

export interface CollectOptions {
  login: string;
  host: string;
  port: number;
  /** Overall budget in seconds; ssh's ConnectTimeout is derived from it. */
  timeoutSec: number;
  /** Let ssh ask for a key passphrase on the terminal; the typing time is not counted in the budget. */
  interactive?: boolean;
  onProgress?: (event: ProbeEvent) => void;
}

/**
 * Once ssh -vvv runs, everything else is background work: the other probes, loading the report code, inspecting
 * keys. Lower our priority (the probes started from here on inherit it) so that it never slows ssh's key exchange
 * on a busy or small machine; ssh itself keeps its own. Best effort: a refusal changes nothing.
 */
function yieldToSsh(): void {
  try {
    setPriority(Math.min(19, getPriority() + BACKGROUND_NICENESS));
  } catch {
    // not permitted here: run at the usual priority
  }
}

/** The environment facts that explain which files ssh really reads. */
export interface EnvironmentFacts {
  user: string;
  uid: number;
  passwdHome: string;
  envHome: string | null;
  homeDiffers: boolean;
  authSock: string | null;
  locale: string | null;
}

/** Everything collect gathered; text fields are already redacted. */
export interface Collected {
  evidence: RawEvidence[];
  environment: EnvironmentFacts;
  network: NetworkResult;
  /** Every key file of ~/.ssh and every IdentityFile, inspected (metadata only). */
  keys: KeyFile[];
  redactions: { probe: string; kind: string; count: number }[];
}

function environmentFacts(): EnvironmentFacts {
  const info = userInfo();
  const envHome = process.env.HOME ?? null;
  return {
    user: info.username,
    uid: info.uid,
    passwdHome: info.homedir,
    envHome,
    homeDiffers: envHome !== null && envHome.replace(/\/+$/, '') !== info.homedir.replace(/\/+$/, ''),
    authSock: process.env.SSH_AUTH_SOCK ?? null,
    locale: process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || null,
  };
}

async function copyKnownHosts(home: string, dir: string): Promise<string> {
  const copy = join(dir, 'known_hosts');
  try {
    await copyFile(join(home, '.ssh', 'known_hosts'), copy);
  } catch {
    await writeFile(copy, '', { mode: 0o600 });
  }
  return copy;
}

/** Turns a command result into evidence, redacting both streams first. */
function toEvidence(
  spec: Pick<CommandProbe, 'probe' | 'title' | 'argv'>,
  result: CommandResult,
  redactions: Collected['redactions'],
): RawEvidence {
  const clean = (text: string) => {
    const { text: out, redactions: found } = redactText(text);
    for (const r of found) redactions.push({ probe: spec.probe, kind: r.kind, count: r.count });
    return out;
  };
  return {
    probe: spec.probe,
    title: spec.title,
    argv: [...spec.argv],
    status: result.status,
    exitCode: result.exitCode,
    durationMs: result.durationMs,
    timedOut: result.timedOut,
    stdout: clean(result.stdout),
    stderr: clean(result.stderr),
    ...(result.error === undefined ? {} : { error: clean(result.error) }),
    ...(result.stoppedEarly ? { stoppedEarly: true } : {}),
  };
}

/** `~/x` and `%d/x` → absolute, as ssh expands IdentityFile. */
export function expandHome(path: string, home: string): string {
  if (path === '~') return home;
  if (path.startsWith('~/')) return join(home, path.slice(2));
  return path.replace(/^%d(?=\/)/, home);
}

async function inspectKeys(
  home: string,
  config: Promise<RawEvidence> | undefined,
  agentList: Promise<RawEvidence> | undefined,
): Promise<KeyFile[]> {
  const [cfg, add] = await Promise.all([config, agentList]);
  const identityFiles =
    cfg?.status === 'ok' ? parseSshConfig(cfg.stdout).identityFiles.map((p) => expandHome(p, home)) : [];
  const agent = add ? parseSshAdd(add.stdout, add.stderr, add.exitCode, 'l') : null;
  return inspectKeyFiles({
    sshDir: join(home, '.ssh'),
    identityFiles,
    agentFingerprints: agent?.running ? agent.identities.map((i) => i.fingerprint) : null,
  });
}

/** Runs all probes. Never throws for a failing probe: failure is evidence. */
export async function collectEvidence(opts: CollectOptions): Promise<Collected> {
  const environment = environmentFacts();
  const tmp = await mkdtemp(join(tmpdir(), 'ssh-doctor-'));
  const redactions: Collected['redactions'] = [];
  try {
    const connectTimeoutSec = Math.max(1, Math.floor(opts.timeoutSec * 0.6));
    const ctx: ProbeContext = {
      login: opts.login,
      host: opts.host,
      port: opts.port,
      home: environment.passwdHome,
      knownHostsCopy: await copyKnownHosts(environment.passwdHome, tmp),
      connectTimeoutSec,
      ...(opts.interactive ? { interactive: true } : {}),
    };
    const budgetMs = opts.timeoutSec * 1000;
    const quickMs = Math.min(budgetMs, 5000);
    // ssh -vvv is the slow one: start it first.
    const specs = commandProbes(ctx);
    const startOrder = [...specs].sort(
      (a, b) => Number(b.probe === 'ssh-vvv') - Number(a.probe === 'ssh-vvv'),
    );
    const running = new Map<CommandProbe, Promise<CommandResult>>();
    for (const spec of startOrder) {
      opts.onProgress?.({ probe: spec.probe, title: spec.title, state: 'start' });
      const timeoutMs = spec.probe === 'ssh-vvv' ? budgetMs + (spec.usesTerminal ? TYPING_MS : 0) : quickMs;
      running.set(
        spec,
        runCommand({
          argv: spec.argv,
          timeoutMs,
          stopAfterLine: spec.stopAfterLine,
          detached: !spec.usesTerminal,
        }),
      );
      if (spec.probe === 'ssh-vvv') yieldToSsh();
    }
    const headerSpec = { probe: 'private-key-header' as const, title: 'head -2 $HOME/.ssh/id_rsa', argv: [] };
    opts.onProgress?.({ ...headerSpec, state: 'start' });
    const headerResult = probePrivateKeyHeader(join(environment.passwdHome, '.ssh', 'id_rsa'));
    const networkResult = probeNetwork(opts.host, opts.port, Math.min(budgetMs, connectTimeoutSec * 1000));
    const finish = async (
      spec: Pick<CommandProbe, 'probe' | 'title' | 'argv'>,
      result: Promise<CommandResult>,
    ): Promise<RawEvidence> => {
      const evidence = toEvidence(spec, await result, redactions);
      opts.onProgress?.({ ...spec, state: 'done', status: evidence.status, durationMs: evidence.durationMs });
      return evidence;
    };
    // Every spec was started above.
    const evidence = new Map(specs.map((spec) => [spec.probe, finish(spec, running.get(spec)!)]));
    // Key files are inspected as soon as ssh -G and ssh-add -l have answered, while ssh -vvv still runs.
    const keysResult = inspectKeys(
      environment.passwdHome,
      evidence.get('ssh-config'),
      evidence.get('ssh-add-l'),
    );
    const [commands, header, network, keys] = await Promise.all([
      Promise.all(evidence.values()),
      finish(headerSpec, headerResult),
      networkResult,
      keysResult,
    ]);
    const ordered = [...commands];
    ordered.splice(
      ordered.findIndex((e) => e.probe === 'cat-pub'),
      0,
      header,
    );
    return { evidence: ordered, environment, network, keys, redactions };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
