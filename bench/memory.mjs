// Peak RSS of `ssh-doctor collect` (the node process only, not ssh): VmHWM from /proc/<pid>/status, polled while it
// runs. Target: < 100 MB.
import { readdirSync, readFileSync } from 'node:fs';
import {
  isMain,
  median,
  printResult,
  RUNS,
  requireBuild,
  requireRoot,
  runTimed,
  verdict,
} from './lib/common.mjs';
import { cliArgv, startBenchEnv } from './lib/ssh-env.mjs';

export const TARGET_MB = 100;

/** The node process under runuser/env: the descendant of `pid` whose command is node. */
function descendants(pid) {
  const out = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const kids = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean);
      for (const k of kids) out.push(Number(k), ...descendants(Number(k)));
    }
  } catch {
    // gone
  }
  return out;
}

function hwmKiB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    if (!/^Name:\s*(node|MainThread)/m.test(status)) return 0;
    return Number(/^VmHWM:\s*(\d+)/m.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Runs argv and returns the highest VmHWM seen for its node process, in MB. */
async function peakRss(argv) {
  let peak = 0;
  let root = 0;
  const timer = setInterval(() => {
    for (const p of descendants(root)) peak = Math.max(peak, hwmKiB(p));
  }, 5);
  const r = await runTimed(argv, {
    onSpawn: (pid) => {
      root = pid;
    },
  });
  clearInterval(timer);
  return { mb: peak / 1024, code: r.code };
}

export async function benchMemory(runs = Math.min(RUNS, 5)) {
  const env = await startBenchEnv();
  try {
    const cases = [
      ['collect (success)', cliArgv(env, env.port, ['--no-mail', '--quiet'])],
      ['collect --json', cliArgv(env, env.port, ['--no-mail', '--json'])],
    ];
    const table = [['command', 'peak RSS (median)', 'max']];
    const notes = [];
    for (const [name, argv] of cases) {
      const peaks = [];
      for (let i = 0; i < runs; i++) peaks.push((await peakRss(argv)).mb);
      const max = Math.max(...peaks);
      table.push([name, `${median(peaks).toFixed(1)} MB`, `${max.toFixed(1)} MB`]);
      notes.push(`${name}: ${max.toFixed(1)} MB (target < ${TARGET_MB} MB: ${verdict(max < TARGET_MB)})`);
    }
    notes.push('VmHWM of the node process (polled every 5 ms), not counting the ssh children');
    return { title: `peak memory (${runs} runs each)`, table, notes };
  } finally {
    await env.stop();
  }
}

if (isMain(import.meta.url)) {
  requireRoot();
  requireBuild();
  printResult(await benchMemory());
}
