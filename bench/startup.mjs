// Start-up: `ssh-doctor --version` (which also runs `ssh -V`) and `--help` (yargs renders the help) against
// `node -e 0`, N interleaved runs each, medians. Target: <= 2.5x node's own start-up. Needs no root.
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
  runTimed,
  verdict,
} from './lib/common.mjs';

export const TARGET_RATIO = 2.5;

export async function benchStartup(runs = Math.max(RUNS, 20)) {
  const cases = [
    ['node -e 0 (baseline)', [process.execPath, '-e', '0']],
    ['ssh -V (part of --version)', ['ssh', '-V']],
    ['ssh-doctor --version', [process.execPath, CLI, '--version']],
    ['ssh-doctor --help', [process.execPath, CLI, '--help']],
    ['ssh-doctor collect --help', [process.execPath, CLI, 'collect', '--help']],
  ];
  if (exeIsCurrent()) {
    cases.push(['standalone exe --version', [EXE, '--version']], ['standalone exe --help', [EXE, '--help']]);
  }
  const times = cases.map(() => []);
  for (const [, argv] of cases) await runTimed(argv); // warm the page cache
  for (let i = 0; i < runs; i++) {
    for (const [j, [, argv]] of cases.entries()) times[j].push((await runTimed(argv)).wallMs);
  }
  const base = median(times[0]);
  const table = [['command', 'median', 'x node -e 0']];
  const notes = [];
  for (const [j, [name]] of cases.entries()) {
    const m = median(times[j]);
    table.push([name, ms(m), (m / base).toFixed(2)]);
    if (name.startsWith('ssh-doctor')) {
      notes.push(
        `${name}: ${(m / base).toFixed(2)}x (target <= ${TARGET_RATIO}x: ${verdict(m / base <= TARGET_RATIO)})`,
      );
    }
  }
  notes.push(
    '--version = node start-up + dist/ssh-doctor.mjs and the chunks it imports + spawning `ssh -V`; --help = + yargs rendering',
    'nothing is cached between runs (no cache of our own): every run is a first run, the page cache aside',
  );
  return { title: `start-up (${runs} interleaved runs each, medians)`, table, notes };
}

if (isMain(import.meta.url)) {
  requireBuild();
  printResult(await benchStartup());
}
