// One edit of ~/.ssh/config: the text before and after adding a Host block, or nothing when an equal one is there.
import { join } from 'node:path';
import { type HostBlock, hasEquivalentBlock, insertBlock } from './host-block.js';
import { assertInSshDir, backupFile, ensureSshDir, readTextOrNull, writeWhole } from './ssh-files.js';
import { unifiedDiff } from './unified-diff.js';

export interface ConfigEdit {
  path: string;
  before: string | null;
  /** null: an equivalent block is already there, nothing to change. */
  after: string | null;
  diff: string;
}

export async function planConfigEdit(home: string, block: HostBlock): Promise<ConfigEdit> {
  const path = join(home, '.ssh', 'config');
  const before = await readTextOrNull(path);
  if (hasEquivalentBlock(before, block)) return { path, before, after: null, diff: '' };
  const after = insertBlock(before, block);
  return { path, before, after, diff: unifiedDiff('~/.ssh/config', before, after) };
}

/** Writes the edit (backup first when the file existed and `backup`); returns the backup path, if any. */
export async function applyConfigEdit(
  home: string,
  edit: ConfigEdit,
  stamp: string,
  backup = true,
): Promise<string | null> {
  if (edit.after === null) return null;
  await ensureSshDir(home);
  await assertInSshDir(edit.path, home);
  const current = await readTextOrNull(edit.path);
  if (current !== edit.before)
    throw new Error('~/.ssh/config changed while ssh-doctor was working: nothing written');
  const saved = current === null || !backup ? null : await backupFile(edit.path, stamp);
  await writeWhole(edit.path, edit.after, 0o600);
  return saved;
}
