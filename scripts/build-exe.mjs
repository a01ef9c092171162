// Builds the standalone executable (Node single executable application): the bundle runtime as the CommonJS main
// script and a copy of dist/ssh-doctor.mjs (its parts) as an asset, in a SEA blob made by this very node, injected
// into a copy of this node binary. The result runs where no Node is installed, and loads like the .mjs does.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inject } from 'postject';
import { buildCli, buildSeaRuntime } from './build.mjs';
import { SEA_BUNDLE_ASSET } from './bundle-format.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

/** Builds dist/ssh-doctor-<platform>-<arch> (or `outfile`) and returns its path. */
export async function buildExe(outfile = `dist/ssh-doctor-${process.platform}-${process.arch}`) {
  if (process.platform !== 'linux')
    throw new Error('build:exe is set up for Linux only (macOS/Windows need signing steps)');
  const config = JSON.parse(readFileSync(join(root, 'sea-config.json'), 'utf8'));
  mkdirSync(join(root, dirname(config.main)), { recursive: true });
  await buildSeaRuntime(config.main);
  const asset = config.assets?.[SEA_BUNDLE_ASSET];
  if (!asset) throw new Error(`sea-config.json: assets.${SEA_BUNDLE_ASSET} is missing`);
  await buildCli(asset);
  // The blob must be made by the same node version as the binary it is injected into: this one.
  execFileSync(process.execPath, ['--experimental-sea-config', 'sea-config.json'], {
    cwd: root,
    stdio: 'pipe',
  });
  const exe = resolve(root, outfile);
  rmSync(exe, { force: true });
  copyFileSync(process.execPath, exe);
  chmodSync(exe, 0o755);
  await inject(exe, 'NODE_SEA_BLOB', readFileSync(join(root, config.output)), { sentinelFuse: FUSE });
  return exe;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const exe = await buildExe(process.argv[2]);
  process.stdout.write(
    `${exe}: ${(statSync(exe).size / 1024 / 1024).toFixed(0)} MB (node ${process.version}, SEA)\n`,
  );
}
