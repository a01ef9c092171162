// Runtime half of the split build (see build.mjs): evaluates the lazy part, kept compressed in the comment that
// ends dist/ssh-doctor.mjs, the first time a command needs it. Start-up (--help, --version) never parses it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInThisContext } from 'node:vm';
import { gunzipSync } from 'node:zlib';

/** Built by concatenation so that this file's own text never contains the marker. */
export const LAZY_PART_MARKER = ['/*ssh-doctor', 'lazy-part:'].join('-');

const loaded = new Map();

function evaluateLazyPart(id) {
  const file = fileURLToPath(import.meta.url);
  // Searched as bytes, not as a string: no transient copy of the whole file (each worker thread loads parts too).
  const bytes = readFileSync(file);
  const head = Buffer.from(`${LAZY_PART_MARKER}${id}:`, 'latin1');
  const start = bytes.lastIndexOf(head);
  const end = start < 0 ? -1 : bytes.indexOf('*/', start, 'latin1');
  if (start < 0 || end < 0)
    throw new Error(`${file} is damaged: lazy part ${id} is missing (reinstall ssh-doctor)`);
  const code = gunzipSync(Buffer.from(bytes.toString('latin1', start + head.length, end), 'base64')).toString(
    'utf8',
  );
  const wrapper = runInThisContext(
    `(function (exports, require, module, __filename, __dirname) {${code}\n})`,
    {
      filename: `${file}#${id}`,
    },
  );
  const module = { exports: {} };
  wrapper(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

/** The module `id` (its path in the repository, e.g. `src/cli/run-collect.ts`), from its lazy part. */
export function loadLazyModule(id) {
  if (!loaded.has(id)) loaded.set(id, evaluateLazyPart(id));
  return loaded.get(id);
}
