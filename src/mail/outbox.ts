// A Maildir-like outbox: every message is on disk (atomically) before any send, and moves only forward.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * `tmp/` being written · `outbox/` pending · `sending/` claimed by a running send ·
 * `sent/` accepted by a server · `failed/` refused for good.
 */
export const OUTBOX_DIRS = ['tmp', 'outbox', 'sending', 'sent', 'failed'] as const;
export type OutboxDir = (typeof OUTBOX_DIRS)[number];

/** The path of a folder of the outbox under the state directory. */
export function outboxPath(stateDir: string, dir: OutboxDir, name = ''): string {
  return join(stateDir, dir, name);
}

/** Creates the folders (mode 0700: messages hold the user's diagnostics). */
export async function ensureOutbox(stateDir: string): Promise<void> {
  for (const dir of OUTBOX_DIRS) await mkdir(outboxPath(stateDir, dir), { recursive: true, mode: 0o700 });
}

/** A unique file name that sorts in creation order: `2026-05-04T09-30-00-123Z-4242-1a2b3c4d.eml`. */
export function newMessageName(now: Date = new Date()): string {
  return `${now.toISOString().replace(/[:.]/g, '-')}-${process.pid}-${randomBytes(4).toString('hex')}.eml`;
}

/** fsync a directory so that a rename into it survives a crash (not supported everywhere: best effort). */
export async function syncDir(path: string): Promise<void> {
  try {
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // some file systems refuse fsync on directories; the rename itself is still atomic
  }
}

/** Writes `bytes` to `tmp/<name>` (exclusive, 0600), fsyncs, and renames it to `dest`. */
export async function writeAtomically(
  stateDir: string,
  name: string,
  bytes: Buffer,
  dest: string,
): Promise<void> {
  const tmp = outboxPath(stateDir, 'tmp', name);
  const handle = await open(tmp, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, dest);
}

/** Stores a message as pending and returns its path in `outbox/`. */
export async function saveMessage(stateDir: string, raw: Buffer, now: Date = new Date()): Promise<string> {
  await ensureOutbox(stateDir);
  const name = newMessageName(now);
  const dest = outboxPath(stateDir, 'outbox', name);
  await writeAtomically(stateDir, name, raw, dest);
  await syncDir(outboxPath(stateDir, 'outbox'));
  return dest;
}

/** Names of the messages in one folder, oldest first. */
export async function listMessages(stateDir: string, dir: OutboxDir = 'outbox'): Promise<string[]> {
  try {
    const names = await readdir(outboxPath(stateDir, dir));
    return names.filter((n) => n.endsWith('.eml')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Moves a file between folders; false when it is no longer there (another run took it). */
export async function moveMessage(from: string, to: string): Promise<boolean> {
  try {
    await rename(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
