// Runs every probe concurrently within one overall deadline, redacts their output, and returns the evidence.
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { redactText } from '../redact/redact-text.js';
import type { ProbeId, RawEvidence } from '../report/evidence.js';
import { type NetworkResult, probeNetwork } from './network-probe.js';
import { probePrivateKeyHeader } from './private-key-probe.js';
import { type CommandProbe, commandProbes, type ProbeContext } from './probe-specs.js';
import { type CommandResult, runCommand } from './run-probe.js';

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
  onProgress?: (event: ProbeEvent) => void;
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
  };
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
    };
    const budgetMs = opts.timeoutSec * 1000;
    const quickMs = Math.min(budgetMs, 5000);
    const run = async (spec: CommandProbe): Promise<RawEvidence> => {
      opts.onProgress?.({ probe: spec.probe, title: spec.title, state: 'start' });
      const timeoutMs = spec.probe === 'ssh-vvv' ? budgetMs : quickMs;
      const evidence = toEvidence(spec, await runCommand({ argv: spec.argv, timeoutMs }), redactions);
      opts.onProgress?.({ ...spec, state: 'done', status: evidence.status, durationMs: evidence.durationMs });
      return evidence;
    };
    const keyHeader = async (): Promise<RawEvidence> => {
      const spec = { probe: 'private-key-header' as const, title: 'head -2 $HOME/.ssh/id_rsa', argv: [] };
      opts.onProgress?.({ ...spec, state: 'start' });
      const result = await probePrivateKeyHeader(join(environment.passwdHome, '.ssh', 'id_rsa'));
      const evidence = toEvidence(spec, result, redactions);
      opts.onProgress?.({ ...spec, state: 'done', status: evidence.status, durationMs: evidence.durationMs });
      return evidence;
    };
    const [commands, header, network] = await Promise.all([
      Promise.all(commandProbes(ctx).map(run)),
      keyHeader(),
      probeNetwork(opts.host, opts.port, Math.min(budgetMs, connectTimeoutSec * 1000)),
    ]);
    const ordered = [...commands];
    ordered.splice(
      ordered.findIndex((e) => e.probe === 'cat-pub'),
      0,
      header,
    );
    return { evidence: ordered, environment, network, redactions };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
