// Records fixtures/<scenario>/ from real runs: a harness sshd (or fake server) per scenario, `ssh-doctor collect`
// run as the temporary user, and the report, the pasted-style transcript and the expected cause written out.
// Run through scripts/record-fixtures.mjs (it builds the CLI and bundles this file); needs root.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { execa } from 'execa';
import { findSecrets } from '../src/redact/find-secrets.js';
import { renderSection } from '../src/render/render-text.js';
import type { RawEvidence } from '../src/report/evidence.js';
import { evidenceText } from '../src/report/evidence-text.js';
import { type Report, reportSchema } from '../src/report/schema.js';
import { startSshEnv } from '../test/harness/ssh-env.js';
import type { ExpectedFixture } from '../test/support/fixture.js';
import { SCENARIOS, type Scenario } from './fixture-scenarios.js';
import { createScenarioContext } from './scenario-context.js';

const ROOT = process.cwd();
const CLI = resolve(ROOT, 'dist/ssh-doctor.mjs');
const FIXTURES = resolve(ROOT, 'fixtures');
/** Overall collect budget; ssh's ConnectTimeout is 60% of it (3 s), enough on loopback, short for the silent server. */
const TIMEOUT_SEC = 6;

interface Outcome {
  scenario: Scenario;
  ok: boolean;
  lines: string[];
}

function usage(): never {
  console.log(`usage: npm run record-fixtures -- [--jobs N] [--list] [SCENARIO...]
  SCENARIO  exact scenario name (or a substring of it); none = all ${SCENARIOS.length}`);
  process.exit(2);
}

function parseArgs(argv: string[]): { jobs: number; names: string[]; list: boolean } {
  let jobs = 4;
  let list = false;
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--jobs' || a === '-j') jobs = Number(argv[++i]);
    else if (a === '--list') list = true;
    else if (a === '--help' || a === '-h' || a.startsWith('-')) usage();
    else names.push(a);
  }
  if (!Number.isInteger(jobs) || jobs < 1) usage();
  return { jobs, names, list };
}

function select(names: string[]): Scenario[] {
  if (names.length === 0) return [...SCENARIOS];
  const picked = names.map((n) => {
    const exact = SCENARIOS.filter((s) => s.name === n);
    const found = exact.length > 0 ? exact : SCENARIOS.filter((s) => s.name.includes(n));
    if (found.length === 0) throw new Error(`no scenario matches "${n}" (try --list)`);
    return found;
  });
  return [...new Set(picked.flat())];
}

/** The pasted form: every probe as `$ title` then its output, in the report's (one-liner) order. */
function transcriptOf(probes: readonly RawEvidence[]): string {
  return probes.map((p) => renderSection(p)).join('\n');
}

/** The ssh -vvv lines without debug prefixes: what a person reads first. */
function verdictLines(report: Report): string[] {
  const ssh = report.probes.find((p) => p.probe === 'ssh-vvv');
  if (!ssh) return ['(no ssh-vvv probe)'];
  return evidenceText(ssh)
    .split('\n')
    .filter((l) => l.trim() !== '' && !/^debug\d: /.test(l) && !/^OpenSSH_/.test(l))
    .slice(-8);
}

async function record(scenario: Scenario, openssh: string): Promise<Outcome> {
  const env = await startSshEnv(scenario.env ?? {});
  const { ctx, dispose } = createScenarioContext(env);
  try {
    await scenario.prepare?.(ctx);
    const args = ['collect', '--login', env.user.name, '--host', scenario.host ?? '127.0.0.1'];
    args.push('--port', String(env.port), '--json', '--quiet', '--no-mail', '--timeout', String(TIMEOUT_SEC));
    const run = await env.runAs([process.execPath, CLI, ...args], {
      env: scenario.cliEnv?.(ctx) ?? {},
      timeoutMs: (TIMEOUT_SEC + 20) * 1000,
    });
    let report: Report;
    try {
      report = reportSchema.parse(JSON.parse(run.stdout));
    } catch (error) {
      // A crash in the minified bundle prints whole source lines: keep the message readable.
      const stderr = run.stderr
        .split('\n')
        .map((l) => (l.length > 300 ? `${l.slice(0, 300)}…` : l))
        .slice(-15)
        .join('\n');
      throw new Error(
        `collect (exit ${run.exitCode}) gave no valid report: ${String(error).slice(0, 400)}\n${stderr}`,
      );
    }
    const json = `${JSON.stringify(report, null, 2)}\n`;
    const transcript = transcriptOf(report.probes);
    const expected: ExpectedFixture = {
      scenario: scenario.name,
      description: scenario.description,
      cause: scenario.cause,
      evidence: scenario.evidence,
      ...(scenario.notes ? { notes: scenario.notes } : {}),
      recorded: { openssh, server: report.network.banner, date: new Date().toISOString() },
      origin: 'recorded',
    };
    const files = {
      'report.json': json,
      'transcript.txt': transcript,
      'expected.json': `${JSON.stringify(expected, null, 2)}\n`,
    };
    for (const [file, text] of Object.entries(files)) {
      const leaks = findSecrets(text);
      if (leaks.length > 0 || /PRIVATE KEY-----|b3BlbnNzaC1rZXktdjEA/.test(text)) {
        throw new Error(
          `${file} would hold a secret (${leaks.map((l) => `${l.kind}@${l.line}`).join(', ')}): not written`,
        );
      }
    }
    const dir = join(FIXTURES, scenario.name);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), text);

    // The label must rest on text that is really there; the findings' evidence is checked by the golden tests.
    const missing = scenario.evidence.filter((e) => !transcript.includes(e));
    const lines = [
      `  exit ${run.exitCode}, outcome ${report.connection.outcome}, tool cause ${report.cause}, label ${scenario.cause}`,
      ...verdictLines(report).map((l) => `  | ${l}`),
      ...missing.map((e) => `  ✖ evidence not in transcript: ${JSON.stringify(e)}`),
    ];
    return { scenario, ok: missing.length === 0, lines };
  } finally {
    await dispose();
    await env.stop();
  }
}

/** After a full run: recorded fixtures whose scenario is gone (renamed, dropped) would mislead the golden tests. */
async function pruneStale(): Promise<string[]> {
  const known = new Set(SCENARIOS.map((s) => s.name));
  const removed: string[] = [];
  for (const name of await readdir(FIXTURES)) {
    if (known.has(name)) continue;
    const expected = await readFile(join(FIXTURES, name, 'expected.json'), 'utf8').catch(() => null);
    if (expected === null || (JSON.parse(expected) as { origin?: unknown }).origin !== 'recorded') continue;
    await rm(join(FIXTURES, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const workers = Array.from({ length: Math.min(limit, queue.length) }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  });
  await Promise.all(workers);
}

async function main(): Promise<number> {
  const { jobs, names, list } = parseArgs(process.argv.slice(2));
  if (list) {
    for (const s of SCENARIOS) console.log(`${s.name.padEnd(32)} ${s.cause}`);
    return 0;
  }
  if (process.getuid?.() !== 0) {
    console.error('record-fixtures must run as root (it creates a Unix user and runs sshd); try sudo.');
    return 2;
  }
  const scenarios = select(names);
  const openssh = (await execa('ssh', ['-V'], { stdin: 'ignore' })).stderr.trim();
  console.log(`recording ${scenarios.length} scenario(s) with ${openssh}, ${jobs} at a time`);
  const started = Date.now();
  const failures: string[] = [];
  await pool(scenarios, jobs, async (scenario) => {
    const t0 = Date.now();
    try {
      const out = await record(scenario, openssh);
      if (!out.ok) failures.push(scenario.name);
      console.log(`${out.ok ? '✔' : '✖'} ${scenario.name} (${Date.now() - t0} ms)\n${out.lines.join('\n')}`);
    } catch (error) {
      failures.push(scenario.name);
      console.log(`✖ ${scenario.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  if (names.length === 0) {
    for (const name of await pruneStale()) console.log(`removed stale recorded fixture ${name}`);
  }
  console.log(
    `\n${scenarios.length - failures.length}/${scenarios.length} recorded in ${Date.now() - started} ms`,
  );
  if (failures.length > 0) console.log(`failed: ${failures.join(' ')}`);
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = await main();
