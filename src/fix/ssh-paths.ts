// Paths as the rules print them (`~/.ssh/id_rsa`) and as the fixes act on them (absolute, inside ~/.ssh).
import { isAbsolute, join, normalize, relative } from 'node:path';

/** `~/.ssh/x` → `<home>/.ssh/x`; an absolute path stays; anything else is null (not ours to touch). */
export function absolutePath(path: string, home: string): string | null {
  if (path === '~') return home;
  if (path.startsWith('~/')) return normalize(join(home, path.slice(2)));
  return isAbsolute(path) ? normalize(path) : null;
}

/** `<home>/.ssh/x` → `~/.ssh/x` for display and for config lines. */
export function displayPath(path: string, home: string): string {
  const rel = relative(home, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? `~/${rel}` : path;
}

/** Is `path` inside `<home>/.ssh` (lexically; the applier also checks the real path)? */
export function insideSshDir(path: string, home: string): boolean {
  const rel = relative(join(home, '.ssh'), normalize(path));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
