// collect vs the legacy one-liner (run by `bash -c` against the same real sshd): median wall times of N interleaved
// runs and their ratio. First runs: each run by a user who never ran anything before (what every real user hits);
// warm: the same user again and again. Target: a first run <= 1.3x the one-liner's, though it collects more.
import { chmod, copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CLI,
  EXE,
  exeIsCurrent,
  isMain,
  median,
  ms,
  printResult,
  RUNS,
  requireBuild,
  requireRoot,
  runTimed,
  verdict,
} from './lib/common.mjs';
import { asUser, cliArgv, freshUser, oneLiner, startBenchEnv } from './lib/ssh-env.mjs';

export const TARGET_RATIO = 1.3;

/** A copy of the exe in a fresh /tmp dir (mode 755), so that the harness user can run it whatever dist/'s mode. */
async function exeReadableByUser() {
  const dir = await mkdtemp(join(tmpdir(), 'ssh-doctor-bench-exe-'));
  const copy = join(dir, 'ssh-doctor');
  await copyFile(EXE, copy);
  await chmod(dir, 0o755);
  await chmod(copy, 0o755);
  return { copy, remove: () => rm(dir, { recursive: true, force: true }) };
}

// 20 runs at least: a local login varies by +-20 ms from run to run (sshd forks and re-executes itself each time).
export async function benchCollect(runs = Math.max(RUNS, 20)) {
  const env = await startBenchEnv();
  let exe = null;
  const users = [];
  try {
    const doctor = cliArgv(env, env.port, ['--no-mail', '--quiet']);
    const legacy = asUser(env, ['bash', '-c', oneLiner(env.user.name, env.port)]);
    // One warm-up each (page cache, sshd's first fork), then interleave so that load drifts hit both alike.
    const warm = await runTimed(doctor);
    if (warm.code !== 0)
      throw new Error(`ssh-doctor did not connect (exit ${warm.code}): ${warm.stderr.trim()}`);
    const check = await runTimed(legacy);
    if (!/Authenticated to/.test(check.stderr))
      throw new Error(`the one-liner did not log in: ${check.stderr.slice(-300)}`);
    // The standalone executable too, when `npm run build:exe` made one (the harness user can run it from /tmp).
    exe = exeIsCurrent() ? await exeReadableByUser() : null;
    const exeArgv = exe && asUser(env, [exe.copy, ...doctor.slice(doctor.indexOf(CLI) + 1)]);
    const times = { doctor: [], legacy: [], exe: [], firstDoctor: [], firstLegacy: [] };
    if (exeArgv) await runTimed(exeArgv);
    const fresh = async () => {
      const user = await freshUser(env);
      users.push(user);
      return user;
    };
    for (let i = 0; i < runs; i++) {
      // First runs, each by a new user, in alternating order.
      const [a, b] = [await fresh(), await fresh()];
      const firstDoctor = async () => {
        const r = await runTimed(cliArgv(env, env.port, ['--no-mail', '--quiet'], a));
        if (r.code !== 0) throw new Error(`a new user's collect failed (exit ${r.code}): ${r.stderr.trim()}`);
        times.firstDoctor.push(r.wallMs);
      };
      const firstLegacy = async () => {
        const r = await runTimed(asUser(env, ['bash', '-c', oneLiner(b.name, env.port)], b));
        if (!/Authenticated to/.test(r.stderr)) throw new Error(`a new user's one-liner did not log in`);
        times.firstLegacy.push(r.wallMs);
      };
      if (i % 2) await firstDoctor().then(firstLegacy);
      else await firstLegacy().then(firstDoctor);
      times.legacy.push((await runTimed(legacy)).wallMs);
      times.doctor.push((await runTimed(doctor)).wallMs);
      if (exeArgv) times.exe.push((await runTimed(exeArgv)).wallMs);
    }
    const d = median(times.doctor);
    const l = median(times.legacy);
    const ratio = d / l;
    const firstRatio = median(times.firstDoctor) / median(times.firstLegacy);
    const row = (name, t) => [name, ms(median(t)), ms(Math.min(...t)), ms(Math.max(...t))];
    return {
      title: `collect vs the one-liner (successful login to a local sshd, ${runs} runs each, medians)`,
      table: [
        ['command', 'median', 'min', 'max'],
        row('one-liner (bash -c, 8 commands in sequence), first run of a new user', times.firstLegacy),
        row('ssh-doctor collect --no-mail --quiet, first run of a new user', times.firstDoctor),
        row('one-liner, warm (same user again)', times.legacy),
        row('ssh-doctor collect, warm (same user again)', times.doctor),
        ...(exeArgv ? [row('ssh-doctor collect, standalone exe, warm', times.exe)] : []),
      ],
      notes: [
        `ratio ssh-doctor / one-liner, first runs: ${firstRatio.toFixed(2)}x (target <= ${TARGET_RATIO}x: ${verdict(firstRatio <= TARGET_RATIO)}); warm ${ratio.toFixed(2)}x`,
        'collect ends ssh once it reads that the server accepted the key (the one-liner runs `exit` in a session)',
        'ssh-doctor starts ssh -vvv from its entry, before yargs and the rest of the CLI load (src/cli/bin.ts)',
        'both run through `runuser ... env -i` (~10 ms, in both figures); a new user: a fresh home with a copy of the key',
        'ssh-doctor also runs ssh -G, ssh -V, DNS, a TCP banner probe, key inspection, parsing, diagnosis and rendering',
      ],
      figures: { doctorMs: d, legacyMs: l, ratio, firstRatio },
    };
  } finally {
    await exe?.remove();
    for (const user of users) await user.remove();
    await env.stop();
  }
}

if (isMain(import.meta.url)) {
  requireRoot();
  requireBuild();
  printResult(await benchCollect());
}
