// Builds the standalone executable (a Node single executable application, SEA): the CLI as one CommonJS file is
// the main script, compiled at build time by Node (`useCodeCache`), and kept as the asset `cli.cjs` too: a worker
// thread (`triage --jobs`) cannot start from the executable, which is no script, so it runs that source instead.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inject } from 'postject';
import { buildSingleCjs } from './build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Builds dist/ssh-doctor-<platform>-<arch> (or `outfile`) with this very node, and returns its path. */
export async function buildExe(outfile = `dist/ssh-doctor-${process.platform}-${process.arch}`) {
  if (process.platform !== 'linux')
    throw new Error('build:exe is set up for Linux only (others need signing)');
  const config = JSON.parse(readFileSync(join(root, 'sea-config.json'), 'utf8'));
  mkdirSync(join(root, dirname(config.output)), { recursive: true });
  await buildSingleCjs(join(root, config.main));
  // The blob must be made by the same node version as the binary it goes into: this one.
  execFileSync(process.execPath, ['--experimental-sea-config', 'sea-config.json'], {
    cwd: root,
    stdio: 'pipe',
  });
  const exe = resolve(root, outfile);
  rmSync(exe, { force: true });
  copyFileSync(process.execPath, exe);
  chmodSync(exe, 0o755);
  await inject(exe, 'NODE_SEA_BLOB', readFileSync(join(root, config.output)), {
    sentinelFuse: 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2',
  });
  return exe;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const exe = await buildExe(process.argv[2]);
  process.stdout.write(
    `${exe}: ${(statSync(exe).size / 1024 ** 2).toFixed(0)} MB (node ${process.version})\n`,
  );
}
