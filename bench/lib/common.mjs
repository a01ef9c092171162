// What every bench shares: statistics, the machine description, a capped process runner, and markdown output.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = join(ROOT, 'dist', 'ssh-doctor.mjs');
export const EXE = join(ROOT, 'dist', `ssh-doctor-${process.platform}-${process.arch}`);

/**
 * Whether `npm run build:exe` made an executable from the current build: one older than dist/ssh-doctor.mjs holds
 * older code, and its figures would not describe this build (it is then left out, with a note).
 */
export function exeIsCurrent() {
  if (!existsSync(EXE)) return false;
  const current = statSync(EXE).mtimeMs >= statSync(CLI).mtimeMs;
  if (!current)
    process.stderr.write('bench: dist/ executable older than the build, left out (npm run build:exe)\n');
  return current;
}

/** Runs per measurement; `BENCH_RUNS=20 npm run bench` for tighter figures. */
export const RUNS = Number(process.env.BENCH_RUNS) || 10;

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export const ms = (v) => (v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);

/** Fails early, with the fix, when dist/ssh-doctor.mjs is missing. */
export function requireBuild() {
  if (!existsSync(CLI)) {
    process.stderr.write('bench: dist/ssh-doctor.mjs is missing: run `npm run build` first\n');
    process.exit(2);
  }
}

/** The sshd benches create a Unix user and run sshd: root only (as the end-to-end tests). */
export function requireRoot() {
  if (process.getuid?.() !== 0) {
    process.stderr.write(
      'bench: needs root (it creates a temporary user and runs sshd on 127.0.0.1), e.g. sudo npm run bench\n',
    );
    process.exit(2);
  }
}

/**
 * Runs argv in its own process group and returns its wall time; kills the whole group at `capMs`
 * (so a hung `ssh` under `bash -c` dies too) and then reports `capped: true`.
 */
export function runTimed(argv, { capMs = 60_000, env, cwd, onSpawn } = {}) {
  return new Promise((resolvePromise) => {
    const started = performance.now();
    const child = spawn(argv[0], argv.slice(1), {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      env,
      cwd,
    });
    onSpawn?.(child.pid);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    let capped = false;
    const timer = setTimeout(() => {
      capped = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, capMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr, wallMs: performance.now() - started, capped });
    });
  });
}

function firstLine(text) {
  return text.trim().split('\n')[0] ?? '';
}

/** CPU, cores, RAM, Node, OpenSSH, load: what a reader needs to compare figures. */
export async function describeMachine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const ssh = await runTimed(['ssh', '-V'], { capMs: 5000 });
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' '),
    cpu: model.trim(),
    cores: cpus().length,
    ramGiB: (totalmem() / 1024 ** 3).toFixed(1),
    node: process.version,
    openssh: firstLine(ssh.stderr || ssh.stdout),
    load: loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
  };
}

/** A result: a title, a table, and lines saying whether each target is met. */
export function printResult({ title, table, notes }) {
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
  const line = (row) => row.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  process.stdout.write(`\n${title}\n${line(table[0])}\n${table.slice(1).map(line).join('\n')}\n`);
  for (const n of notes) process.stdout.write(`  ${n}\n`);
}

export function toMarkdown({ title, table, notes }) {
  const row = (r) => `| ${r.join(' | ')} |`;
  return [
    `## ${title}`,
    '',
    row(table[0]),
    row(table[0].map(() => '---')),
    ...table.slice(1).map(row),
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}

export const verdict = (ok) => (ok ? 'met' : 'MISSED');

/** True when `importMetaUrl` is the script node was started with (a bench run alone). */
export function isMain(importMetaUrl) {
  return process.argv[1] !== undefined && importMetaUrl === pathToFileURL(resolve(process.argv[1])).href;
}
