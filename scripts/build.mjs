// Bundles the CLI with esbuild, as is, so it runs with a bare `node` and no node_modules.
// - dist/ssh-doctor.mjs (+ dist/chunks/): ESM with code splitting, for npm. Each `await import()` in our sources (a
//   command's work, the mailer) is a chunk node loads when that command runs, so `--help` parses little.
// - dist/sea/ssh-doctor.cjs: one CommonJS file, the main script of the standalone executable (build-exe.mjs).
import { chmodSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

const common = {
  absWorkingDir: root,
  entryPoints: { 'ssh-doctor': 'src/cli/bin.ts' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  define: { __SSH_DOCTOR_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
};

/** dist/ssh-doctor.mjs and its chunks. CommonJS dependencies `require` node's built-in modules: give them one. */
export async function buildCli(outdir = 'dist') {
  rmSync(join(root, outdir, 'chunks'), { recursive: true, force: true });
  await build({
    ...common,
    outdir,
    format: 'esm',
    splitting: true,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    banner: {
      js: "#!/usr/bin/env node\nimport{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);",
    },
  });
  chmodSync(join(root, outdir, 'ssh-doctor.mjs'), 0o755);
}

/** One CommonJS file; `import.meta.url` (yargs, main.ts) becomes the file's URL, as in the .mjs. */
export async function buildSingleCjs(outfile) {
  await build({
    ...common,
    entryPoints: [common.entryPoints['ssh-doctor']],
    outfile,
    format: 'cjs',
    define: { ...common.define, 'import.meta.url': '__importMetaUrl' },
    banner: { js: "var __importMetaUrl=require('node:url').pathToFileURL(__filename).href;" },
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await buildCli();
