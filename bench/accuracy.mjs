// Cause accuracy over our own cases (recorded fixtures, the legacy tickets mangled from them, reference-built cases)
// posted as people post them (test/paste/shapes.ts), beside a naive "last error line" grep measured in the same run.
// The sources are bundled with esbuild (a devDependency) so the bench runs today's code without a build step.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { isMain, printResult, ROOT } from './lib/common.mjs';

/** The baseline: the last line matching one of these decides (first pattern of the table wins on that line). */
const NAIVE = [
  [
    /Could not resolve hostname|Name or service not known|nodename nor servname|Temporary failure in name resolution/,
    'dns',
  ],
  [/Connection refused/, 'refused'],
  [/No route to host|Network is unreachable/, 'no_route'],
  [/timed out/i, 'timeout'],
  [/REMOTE HOST IDENTIFICATION HAS CHANGED|Host key for .* has changed/, 'host_key_changed'],
  [/Host key verification failed|host key is known for/, 'host_key_unknown_batch'],
  [/no matching key exchange/, 'kex_mismatch'],
  [/no matching host key type/, 'host_key_algo_mismatch'],
  [/no matching cipher/, 'cipher_mismatch'],
  [/no matching MAC/, 'mac_mismatch'],
  [/no mutual signature|SHA-1, which is no longer allowed/, 'pubkey_algo_rejected'],
  [/UNPROTECTED PRIVATE KEY|bad permissions|are too open|Bad owner or permissions/, 'key_permissions'],
  [/invalid format|error in libcrypto|PuTTY-User-Key/, 'key_format'],
  [/read_passphrase|incorrect passphrase|Enter passphrase/, 'passphrase_problem'],
  [/Too many authentication failures/, 'too_many_auth_failures'],
  [/agent refused|authentication agent|communication with agent/, 'agent_problem'],
  [/UNKNOWN port 65535|stdio forwarding failed|channel \d+: open failed/, 'proxy_failure'],
  [/Connection closed|Connection reset|_exchange_identification/, 'connection_closed'],
  [/Permission denied/, 'auth_failed'],
  [/Authenticated to|successfully authenticated|Welcome to GitLab|Entering interactive session/, 'success'],
];

export function lastErrorLine(text) {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const hit = NAIVE.find(([re]) => re.test(lines[i]));
    if (hit) return hit[1];
  }
  return 'other';
}

/** The case corpus and shapes, bundled from test/paste (TypeScript) into a temporary module. */
async function loadCorpus() {
  const dir = mkdtempSync(join(tmpdir(), 'ssh-doctor-accuracy-'));
  const out = join(dir, 'corpus.mjs');
  try {
    await build({
      stdin: {
        contents: "export * from './test/paste/corpus.ts'; export * from './test/paste/shapes.ts';",
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: out,
      logLevel: 'error',
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    });
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pct = (n, d) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

export async function benchAccuracy() {
  const { allCases, SHAPES, textLines, triageText } = await loadCorpus();
  const cases = allCases(ROOT);
  const byCause = new Map();
  const byShape = new Map();
  const count = (map, key, ours, naive) => {
    const row = map.get(key) ?? { n: 0, ours: 0, naive: 0 };
    row.n += 1;
    row.ours += ours ? 1 : 0;
    row.naive += naive ? 1 : 0;
    map.set(key, row);
  };
  const started = performance.now();
  for (const c of cases) {
    // A mangled ticket is already shaped (quoted, wrapped, partial): judged as is.
    const shapes = c.origin === 'mangled' ? [] : SHAPES;
    const variants = [
      ['as recorded', c.text],
      ...shapes
        .filter(
          (s) =>
            !/^(?:ansible|json)/.test(s.name) ||
            !/PRIVATE KEY|PuTTY-User-Key-File|[$#>] (?:ls|head|cat)/.test(c.text),
        )
        .map((s) => [s.name, s.apply(textLines(c.text)).lines.join('\n')]),
    ];
    for (const [shape, text] of variants) {
      const ours = triageText(text, c.profile).cause === c.cause;
      const naive = lastErrorLine(text) === c.cause;
      count(byCause, c.cause, ours, naive);
      count(byShape, shape, ours, naive);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const rows = [...byCause.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  const total = rows.reduce(
    (t, [, r]) => ({ n: t.n + r.n, ours: t.ours + r.ours, naive: t.naive + r.naive }),
    {
      n: 0,
      ours: 0,
      naive: 0,
    },
  );
  const table = [
    ['cause', 'texts', 'ssh-doctor', 'last error line'],
    ...rows.map(([cause, r]) => [cause, r.n, pct(r.ours, r.n), pct(r.naive, r.n)]),
    ['total', total.n, pct(total.ours, total.n), pct(total.naive, total.n)],
  ];
  const worst = [...byShape.entries()]
    .map(([shape, r]) => `${shape} ${pct(r.ours, r.n)} (grep ${pct(r.naive, r.n)})`)
    .join('; ');
  return {
    title: 'Cause accuracy over our cases, as posted (bench/accuracy.mjs)',
    table,
    notes: [
      `${cases.length} cases (recorded fixtures, fixtures-triage tickets, reference-built cases of test/diagnose/cases), each as recorded and under every paste shape of test/paste/shapes.ts that fits it; ${seconds.toFixed(1)} s`,
      'baseline: the last line matching one of 20 error regexes names the cause (bench/accuracy.mjs NAIVE), same texts, same run',
      `by shape: ${worst}`,
    ],
  };
}

if (isMain(import.meta.url)) printResult(await benchAccuracy());
