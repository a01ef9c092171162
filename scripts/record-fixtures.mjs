// Launcher for the fixture recorder: Node 20 cannot run TypeScript, so rebuild the CLI (fixtures must show the
// current code), bundle scripts/record-fixtures.ts with esbuild and run it. `--no-build` reuses dist/ as it is.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
const passed = args.filter((a) => a !== '--no-build');

if (!noBuild && !passed.includes('--list')) {
  const cli = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (cli.status !== 0) {
    console.error(
      'record-fixtures: building the CLI failed; fix the build (or pass --no-build to use dist/ as is).',
    );
    process.exit(1);
  }
}

// Inside the repo (build/ is ignored by git) so that the bundle's bare imports resolve from node_modules.
const outfile = join(root, 'build/record-fixtures/record-fixtures.mjs');
await build({
  entryPoints: [join(root, 'scripts/record-fixtures.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});

const run = spawnSync(process.execPath, [outfile, ...passed], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
