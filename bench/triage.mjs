// Triage throughput on a big mailbox: 10,000 tickets built from the fixtures, read by the built CLI as a child
// process (ndjson to /dev/null), against `grep -c` over the same file as the baseline of this machine's I/O.
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { CLI, isMain, printResult, ROOT, requireBuild, verdict } from './lib/common.mjs';

const TICKETS = Number(process.env.BENCH_TICKETS) || 10_000;
const TARGET_MBS = 20;
const TARGET_RSS_MB = 200;

/** One mail per fixture: the mangled legacy tickets as text bodies, the recorded reports as attachments. */
async function templates() {
  const out = [];
  const tickets = join(ROOT, 'fixtures-triage');
  const fixtures = join(ROOT, 'fixtures');
  const compose = (opts) =>
    new MailComposer({
      from: 'user@lab.example',
      to: 'meso-support@ipsl.fr',
      date: new Date('2026-11-20T10:00:00Z'),
      ...opts,
    })
      .compile()
      .build();
  for (const s of existsSync(tickets) ? readdirSync(tickets).sort() : []) {
    for (const f of readdirSync(join(tickets, s)).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(tickets, s, f), 'utf8');
      out.push(await compose({ subject: `ssh first connexion problem for login '${s}'`, text }));
    }
    const report = join(fixtures, s, 'report.json');
    if (existsSync(report)) {
      out.push(
        await compose({
          subject: `ssh first connexion problem for login '${s}'`,
          text: 'see attachment',
          attachments: [
            {
              filename: 'ssh-doctor-report.json',
              content: readFileSync(report),
              contentType: 'application/json',
            },
          ],
        }),
      );
    }
  }
  if (out.length === 0)
    throw new Error('no fixtures: run scripts/make-legacy-tickets.mjs after recording fixtures/');
  return out.map((m) =>
    m
      .toString('latin1')
      .replace(/\r\n/g, '\n')
      .replace(/^(>*From )/gm, '>$1'),
  );
}

/** Writes the mailbox with backpressure (the bench itself stays small too). */
async function writeMailbox(path, mails) {
  const out = createWriteStream(path);
  for (let i = 0; i < TICKETS; i++) {
    const mail = mails[i % mails.length].replace(
      /^Message-ID: <[^>]*>/im,
      `Message-ID: <bench-${i}@lab.example>`,
    );
    if (!out.write(`From user@lab.example Fri Nov 20 10:00:00 2026\n${mail}\n\n`))
      await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
}

/** Runs argv with stdout to /dev/null; wall time and peak RSS (GNU time -v, else VmHWM polled from /proc). */
function measure(argv) {
  const time = existsSync('/usr/bin/time');
  const full = time ? ['/usr/bin/time', '-v', ...argv] : argv;
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(full[0], full.slice(1), { stdio: ['ignore', openSync('/dev/null', 'w'), 'pipe'] });
    let stderr = '';
    let hwm = 0;
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const poll = time
      ? null
      : setInterval(() => {
          const m = /VmHWM:\s+(\d+) kB/.exec(
            existsSync(`/proc/${child.pid}/status`) ? readFileSync(`/proc/${child.pid}/status`, 'utf8') : '',
          );
          if (m) hwm = Math.max(hwm, Number(m[1]));
        }, 20);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const kb = time ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0) : hwm;
      resolve({ code, wallMs: performance.now() - started, rssMb: kb / 1024, stderr });
    });
  });
}

export async function benchTriage() {
  requireBuild();
  const dir = mkdtempSync(join(tmpdir(), 'bench-triage-'));
  try {
    const box = join(dir, 'support.mbox');
    await writeMailbox(box, await templates());
    const mb = statSync(box).size / 1e6;
    const grep = await measure(['grep', '-c', '^From ', box]);
    const run = await measure([process.execPath, CLI, 'triage', '--format', 'ndjson', box]);
    const s = run.wallMs / 1000;
    const mbs = mb / s;
    const baseline = mb / (grep.wallMs / 1000);
    return {
      title: `triage: ${TICKETS} tickets, ${mb.toFixed(1)} MB mbox (exit ${run.code})`,
      table: [
        ['run', 'time', 'tickets/s', 'MB/s', 'peak RSS'],
        [
          'ssh-doctor triage --format ndjson',
          `${s.toFixed(2)} s`,
          Math.round(TICKETS / s),
          mbs.toFixed(1),
          `${run.rssMb.toFixed(0)} MB`,
        ],
        [
          "baseline: grep -c '^From '",
          `${(grep.wallMs / 1000).toFixed(2)} s`,
          '-',
          baseline.toFixed(1),
          `${grep.rssMb.toFixed(0)} MB`,
        ],
      ],
      notes: [
        `ratio triage / grep: ${(mbs / baseline).toFixed(3)} (${(baseline / mbs).toFixed(0)}x slower than grep)`,
        `throughput >= ${TARGET_MBS} MB/s: ${verdict(mbs >= TARGET_MBS)}`,
        `peak RSS < ${TARGET_RSS_MB} MB: ${verdict(run.rssMb < TARGET_RSS_MB)}`,
        ...(run.code === 0 ? [] : [`triage exited ${run.code}: ${run.stderr.split('\n')[0]}`]),
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) printResult(await benchTriage());
