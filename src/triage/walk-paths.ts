// Expands the PATH arguments into files, one at a time: directories recursively, Maildirs by their cur/ and new/.
import { type Dirent, promises as fs } from 'node:fs';
import { join } from 'node:path';

/** One file to read; `listed` is false for files found inside a directory (hidden ones are skipped there). */
export interface FoundFile {
  path: string;
  listed: boolean;
}

async function entries(dir: string): Promise<Dirent[]> {
  const list = await fs.readdir(dir, { withFileTypes: true });
  return list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

async function isMaildir(dir: string): Promise<boolean> {
  const names = new Set((await fs.readdir(dir)).filter((n) => n === 'cur' || n === 'new'));
  return names.size > 0;
}

async function* walkDir(dir: string): AsyncGenerator<FoundFile> {
  if (await isMaildir(dir)) {
    // Maildir: messages live in new/ and cur/ (tmp/ holds half-delivered ones); `.Folder` subdirs are Maildir++.
    for (const sub of ['new', 'cur']) {
      const path = join(dir, sub);
      const list = await entries(path).catch(() => []);
      for (const e of list)
        if (e.isFile() && !e.name.startsWith('.')) yield { path: join(path, e.name), listed: false };
    }
    for (const e of await entries(dir)) {
      if (e.isDirectory() && e.name.startsWith('.') && e.name.length > 1) yield* walkDir(join(dir, e.name));
    }
    return;
  }
  for (const e of await entries(dir)) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walkDir(path);
    else if (e.isFile()) yield { path, listed: false };
  }
}

/** Yields every file under the given paths, in argument order then name order. `-` is passed through. */
export async function* walkPaths(paths: readonly string[]): AsyncGenerator<FoundFile> {
  for (const path of paths) {
    if (path === '-') {
      yield { path, listed: true };
      continue;
    }
    const stat = await fs.stat(path);
    if (stat.isDirectory()) yield* walkDir(path);
    else yield { path, listed: true };
  }
}
