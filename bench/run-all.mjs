// `npm run bench`: every bench in turn (after `npm run build`, as root), printed and written to bench/RESULTS.md.
// Each bench also runs alone: `node bench/<name>.mjs`. BENCH_RUNS=N sets the runs per figure.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchAccuracy } from './accuracy.mjs';
import { benchCollect } from './collect.mjs';
import { describeMachine, printResult, ROOT, requireBuild, requireRoot, toMarkdown } from './lib/common.mjs';
import { benchMemory } from './memory.mjs';
import { benchStartup } from './startup.mjs';
import { benchTriage } from './triage.mjs';
import { benchUnreachable } from './unreachable.mjs';

requireRoot();
requireBuild();
const machine = await describeMachine();
const results = [];
for (const bench of [benchStartup, benchCollect, benchUnreachable, benchMemory, benchTriage, benchAccuracy]) {
  const result = await bench();
  printResult(result);
  results.push(result);
}
const after = await describeMachine();
const header = [
  '# Benchmark results',
  '',
  'Written by `npm run bench` (bench/run-all.mjs); every ratio compares against a baseline measured in the same run.',
  '',
  `- date: ${machine.date} UTC`,
  `- CPU: ${machine.cpu}, ${machine.cores} cores; RAM ${machine.ramGiB} GiB`,
  `- Node ${machine.node}; ${machine.openssh}`,
  `- load average (1, 5, 15 min) before: ${machine.load}; after: ${after.load}`,
  '',
];
writeFileSync(
  join(ROOT, 'bench', 'RESULTS.md'),
  `${header.join('\n')}\n${results.map(toMarkdown).join('\n')}`,
);
process.stdout.write('\nwritten: bench/RESULTS.md\n');
