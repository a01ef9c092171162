// Builds the standalone executable (Node single executable application): the bundle runtime as the CommonJS main
// script and a copy of dist/ssh-doctor.mjs (its parts) as an asset, in a SEA blob made by this very node, injected
// into a copy of this node binary. The result runs where no Node is installed, and loads like the .mjs does.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inject } from 'postject';
import { buildCli, buildSeaRuntime } from './build.mjs';
import { SEA_BUNDLE_ASSET, SEA_CACHE_ASSET_PREFIX } from './bundle-format.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

/** Makes the SEA blob for `config` with this node and injects it into a fresh copy of this node binary at `exe`. */
async function makeExe(config, exe) {
  const configFile = join(root, dirname(config.main), 'sea-config.json');
  writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);
  // The blob must be made by the same node version as the binary it is injected into: this one.
  execFileSync(process.execPath, ['--experimental-sea-config', configFile], { cwd: root, stdio: 'pipe' });
  rmSync(exe, { force: true });
  copyFileSync(process.execPath, exe);
  chmodSync(exe, 0o755);
  await inject(exe, 'NODE_SEA_BLOB', readFileSync(join(root, config.output)), { sentinelFuse: FUSE });
}

/**
 * Runs the executable the way a user's first run would (start-up, help, a collect against a closed port, a triage)
 * with a fresh code cache directory, and returns that directory: the code cache its own V8 wrote.
 */
function warmRuns(exe) {
  const cacheDir = join(root, 'dist', 'sea', 'code-cache');
  rmSync(cacheDir, { recursive: true, force: true });
  const env = { ...process.env, SSH_DOCTOR_CACHE_DIR: cacheDir, SSH_DOCTOR_CONFIG: '', NO_COLOR: '1' };
  const runs = [
    ['--version'],
    ['--help'],
    ['collect', '--help'],
    [
      '--login',
      'nobody',
      '--host',
      '127.0.0.1',
      '--port',
      '1',
      '--json',
      '--no-mail',
      '--quiet',
      '--timeout',
      '5',
    ],
    ['triage', '--format', 'text', '--jobs', '1', join(root, 'fixtures', 'closed-port', 'transcript.txt')],
  ];
  for (const args of runs) spawnSync(exe, args, { env, stdio: 'ignore', timeout: 30_000 });
  return cacheDir;
}

/**
 * Builds dist/ssh-doctor-<platform>-<arch> (or `outfile`) and returns its path. Built twice: the second time with
 * the code cache the first one wrote as assets, so that even a user's first run skips compiling.
 */
export async function buildExe(outfile = `dist/ssh-doctor-${process.platform}-${process.arch}`) {
  if (process.platform !== 'linux')
    throw new Error('build:exe is set up for Linux only (macOS/Windows need signing steps)');
  const config = JSON.parse(readFileSync(join(root, 'sea-config.json'), 'utf8'));
  mkdirSync(join(root, dirname(config.main)), { recursive: true });
  await buildSeaRuntime(config.main);
  const asset = config.assets?.[SEA_BUNDLE_ASSET];
  if (!asset) throw new Error(`sea-config.json: assets.${SEA_BUNDLE_ASSET} is missing`);
  await buildCli(asset);
  const exe = resolve(root, outfile);
  await makeExe(config, exe);
  const cacheDir = warmRuns(exe);
  const cached = existsSync(cacheDir) ? readdirSync(cacheDir).filter((n) => n.endsWith('.bin')) : [];
  const assets = { ...config.assets };
  for (const name of cached)
    assets[`${SEA_CACHE_ASSET_PREFIX}${name}`] = relative(root, join(cacheDir, name));
  await makeExe({ ...config, assets }, exe);
  return exe;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const exe = await buildExe(process.argv[2]);
  process.stdout.write(
    `${exe}: ${(statSync(exe).size / 1024 / 1024).toFixed(0)} MB (node ${process.version}, SEA)\n`,
  );
}
