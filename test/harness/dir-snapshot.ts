// Before/after pictures of a directory (name → mode + sha256 of the content), to prove which files a command changed.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type Snapshot = Map<string, string>;

/** Every entry under `dir` (recursively), as `mode sha256` (directories: `mode dir`). Missing dir: empty. */
export async function snapshot(dir: string, prefix = ''): Promise<Snapshot> {
  const out: Snapshot = new Map();
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.sort()) {
    const path = join(dir, name);
    const st = await stat(path);
    const mode = (st.mode & 0o7777).toString(8).padStart(4, '0');
    if (st.isDirectory()) {
      out.set(prefix + name, `${mode} dir`);
      for (const [k, v] of await snapshot(path, `${prefix}${name}/`)) out.set(k, v);
    } else {
      out.set(
        prefix + name,
        `${mode} ${createHash('sha256')
          .update(await readFile(path))
          .digest('hex')}`,
      );
    }
  }
  return out;
}

/** Names whose entry was added, removed or changed (content or mode). */
export function changedEntries(before: Snapshot, after: Snapshot): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => before.get(n) !== after.get(n)).sort();
}
