// Reads at most a bounded prefix of a file: key files are small, and a huge or special file in ~/.ssh must
// neither exhaust memory nor block the collector.
import { open } from 'node:fs/promises';

/** Largest prefix of any file that key inspection reads. */
export const MAX_KEY_FILE_BYTES = 1024 * 1024;

/** The first `max` bytes of `path` (fewer if the file is shorter). Throws the fs error (ENOENT, EACCES...). */
export async function readFileHead(path: string, max = MAX_KEY_FILE_BYTES): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(max);
    let total = 0;
    while (total < max) {
      const { bytesRead } = await handle.read(buf, total, max - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return buf.subarray(0, total);
  } finally {
    await handle.close();
  }
}

/** `code` of a Node fs error (`ENOENT`, `EACCES`...), checked structurally: jest runs tests in another realm. */
export function fsErrorCode(err: unknown): string | null {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string'
    ? err.code
    : null;
}

/** One-line message of any thrown value. */
export function errorMessage(err: unknown): string {
  return typeof err === 'object' && err !== null && 'message' in err ? String(err.message) : String(err);
}
