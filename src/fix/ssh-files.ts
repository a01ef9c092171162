// The only file operations fixes and setup make: inside ~/.ssh (checked on the real path), never through a
// symlink, backups before any change of content, new files created exclusively, replaced files renamed in whole.
import { constants } from 'node:fs';
import {
  chmod,
  copyFile,
  lstat,
  mkdir,
  readFile,
  realpath,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../errors.js';

/** A change that would leave ~/.ssh or act on something else than a plain file: a bug or a trap, refused. */
export class UnsafePathError extends AppError {
  constructor(message: string) {
    super('unsafe-path', message, { exitCode: 1 });
  }
}

/** Creates ~/.ssh (0700) when missing; returns its path. */
export async function ensureSshDir(home: string): Promise<string> {
  const dir = join(home, '.ssh');
  await mkdir(dir, { mode: 0o700, recursive: true });
  return dir;
}

/** Throws unless `path` is a plain file (or missing) whose directory really is ~/.ssh. */
export async function assertInSshDir(path: string, home: string): Promise<void> {
  const sshDir = await realpath(join(home, '.ssh')).catch(() => null);
  const parent = await realpath(dirname(path)).catch(() => null);
  if (sshDir === null || parent !== sshDir)
    throw new UnsafePathError(`refusing to touch ${path}: it is not directly in ~/.ssh`);
  const st = await lstat(path).catch(() => null);
  if (st !== null && (st.isSymbolicLink() || !st.isFile()))
    throw new UnsafePathError(`refusing to touch ${path}: not a plain file (a link or a directory)`);
}

/** The file's text, or null when it does not exist. */
export async function readTextOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Copies `path` to `path.bak-STAMP` (never over an existing file); returns the backup's path. */
export async function backupFile(path: string, stamp: string): Promise<string> {
  const target = `${path}.bak-${stamp}`;
  await copyFile(path, target, constants.COPYFILE_EXCL);
  await chmod(target, 0o600);
  return target;
}

/** Replaces (or creates) a text file in whole: a temp file beside it, then a rename; keeps an existing mode. */
export async function writeWhole(path: string, text: string, newMode = 0o600): Promise<void> {
  const mode = await stat(path).then(
    (s) => s.mode & 0o777,
    () => newMode,
  );
  const tmp = join(dirname(path), `.${basename(path)}.ssh-doctor-${process.pid}`);
  try {
    await writeFile(tmp, text, { mode, flag: 'wx' });
    await chmod(tmp, mode);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

export async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}
