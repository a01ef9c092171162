// collect vs the legacy one-liner (run by `bash -c` as the same user against the same real sshd): median wall
// times of N interleaved runs and their ratio. Target: ssh-doctor <= 1.2x the one-liner, though it collects more.
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
import { asUser, cliArgv, oneLiner, startBenchEnv } from './lib/ssh-env.mjs';

export const TARGET_RATIO = 1.2;

/** `argv` (a runuser ... env -i VAR=... command) with one more variable. */
function withEnv(argv, assignment) {
  const at = argv.indexOf('-i') + 1;
  return [...argv.slice(0, at), assignment, ...argv.slice(at)];
}

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
    const times = { doctor: [], legacy: [], exe: [], cold: [] };
    if (exeArgv) await runTimed(exeArgv);
    for (let i = 0; i < runs; i++) {
      times.legacy.push((await runTimed(legacy)).wallMs);
      times.doctor.push((await runTimed(doctor)).wallMs);
      // A first run: an empty V8 code cache directory (the run compiles everything and writes the cache).
      times.cold.push(
        (await runTimed(withEnv(doctor, `SSH_DOCTOR_CACHE_DIR=${env.user.home}/cold-cache-${i}`))).wallMs,
      );
      if (exeArgv) times.exe.push((await runTimed(exeArgv)).wallMs);
    }
    const d = median(times.doctor);
    const l = median(times.legacy);
    const ratio = d / l;
    return {
      title: `collect vs the one-liner (successful login to a local sshd, ${runs} runs each, medians)`,
      table: [
        ['command', 'median', 'min', 'max'],
        [
          'one-liner (bash -c, 8 commands in sequence)',
          ms(l),
          ms(Math.min(...times.legacy)),
          ms(Math.max(...times.legacy)),
        ],
        [
          'ssh-doctor collect --no-mail --quiet',
          ms(d),
          ms(Math.min(...times.doctor)),
          ms(Math.max(...times.doctor)),
        ],
        [
          'same, first run (empty V8 code cache)',
          ms(median(times.cold)),
          ms(Math.min(...times.cold)),
          ms(Math.max(...times.cold)),
        ],
        ...(exeArgv
          ? [
              [
                'same, standalone exe',
                ms(median(times.exe)),
                ms(Math.min(...times.exe)),
                ms(Math.max(...times.exe)),
              ],
            ]
          : []),
      ],
      notes: [
        `ratio ssh-doctor / one-liner: ${ratio.toFixed(2)}x (target <= ${TARGET_RATIO}x: ${verdict(ratio <= TARGET_RATIO)}); first run ${(median(times.cold) / l).toFixed(2)}x`,
        'collect ends ssh once the server has accepted the key (no shell on the server); the one-liner runs `exit` in one',
        'both run as the same temporary user through `runuser ... env -i`, whose cost (~10 ms) is in both figures',
        'ssh-doctor also runs ssh -G, ssh -V, DNS, a TCP banner probe, key inspection, parsing, diagnosis and rendering',
      ],
      figures: { doctorMs: d, legacyMs: l, ratio },
    };
  } finally {
    await exe?.remove();
    await env.stop();
  }
}

if (isMain(import.meta.url)) {
  requireRoot();
  requireBuild();
  printResult(await benchCollect());
}
