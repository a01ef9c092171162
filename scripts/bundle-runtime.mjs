// The head of dist/ssh-doctor.mjs (see build.mjs): finds the parts of the bundle, which follow it as compressed
// comments, compiles them with V8's code cache and runs the eager part (main.ts, yargs, the command definitions).
//
// Why a code cache: the CLI runs for a fraction of a second, and compiling its JavaScript was a third of
// `collect`'s own time before ssh even started. V8 serializes the compiled code (with the functions the run
// compiled) to $XDG_CACHE_HOME/ssh-doctor after the first run; later runs deserialize it instead of compiling.
// The cache holds compiled code of this bundle only, never data, and a part's file name carries its content
// hash, the V8 version and the CPU architecture. V8 checks it again and rejects it if anything differs, and the
// part is then compiled from source as if there were no cache. SSH_DOCTOR_CACHE_DIR='' turns the cache off.
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { getRawAsset, isSea } from 'node:sea';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { brotliDecompressSync } from 'node:zlib';
import {
  EAGER_PART,
  INDEX_MARKER,
  INDEX_TAIL_BYTES,
  PART_MARKER,
  PARTS_KEY,
  SEA_BUNDLE_ASSET,
  SEA_CACHE_ASSET_PREFIX,
  WORKER_URL_KEY,
} from './bundle-format.mjs';

/** Cache files kept for other versions of a part (see writeCaches). */
const KEPT_OTHER_VERSIONS = 2;

function cacheDirectory(env) {
  if (env.SSH_DOCTOR_CACHE_DIR !== undefined) return env.SSH_DOCTOR_CACHE_DIR || null;
  const base = env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache');
  return join(base, 'ssh-doctor');
}

/**
 * Where the bundle's bytes are: this very file (npm, `node ssh-doctor.mjs`), or, in the standalone executable, a
 * copy of that file stored as the executable's `bundle` asset, read in place.
 */
function openBundle() {
  if (isSea()) {
    const bytes = Buffer.from(getRawAsset(SEA_BUNDLE_ASSET));
    return {
      file: process.execPath,
      size: bytes.length,
      readAt: (position, length) => bytes.subarray(position, position + length),
      close() {},
    };
  }
  const file = fileURLToPath(import.meta.url);
  const fd = openSync(file, 'r');
  return {
    file,
    size: fstatSync(fd).size,
    /** `length` bytes at `position`. */
    readAt(position, length) {
      const buffer = Buffer.allocUnsafe(length);
      let done = 0;
      while (done < length) {
        const n = readSync(fd, buffer, done, length - done, position + done);
        if (n === 0) break;
        done += n;
      }
      return buffer.subarray(0, done);
    },
    close: () => closeSync(fd),
  };
}

function damaged(file, what) {
  return new Error(`${file} is damaged: ${what} (reinstall ssh-doctor)`);
}

/** `{ id: [offset, length, hash] }`: where each part's compressed text lies in the bundle. */
function readIndex(bundle) {
  const { size } = bundle;
  const tail = bundle
    .readAt(Math.max(0, size - INDEX_TAIL_BYTES), Math.min(size, INDEX_TAIL_BYTES))
    .toString('latin1');
  const at = tail.lastIndexOf(INDEX_MARKER);
  const end = tail.indexOf('*/', at);
  if (at < 0 || end < 0) throw damaged(bundle.file, 'its index is missing');
  return JSON.parse(tail.slice(at + INDEX_MARKER.length, end));
}

function createPartStore(bundle) {
  const { file } = bundle;
  const index = readIndex(bundle);
  const cacheDir = cacheDirectory(process.env);
  const requireFromBundle = createRequire(file);
  const exportsById = new Map();
  /** Scripts compiled without a usable cache: serialized when the process exits. */
  const toCache = [];

  /** Cache files of part `id` start with this, whatever the build. */
  const cachePrefix = (id) => `${id.replace(/[^\w.-]+/g, '_')}-`;
  const cacheName = (id, hash) => `${cachePrefix(id)}${hash}-${process.versions.v8}-${process.arch}.bin`;

  /** The standalone executable ships the code cache its own V8 made at build time (build-exe.mjs). */
  function embeddedCache(name) {
    if (!isSea()) return undefined;
    try {
      return Buffer.from(getRawAsset(`${SEA_CACHE_ASSET_PREFIX}${name}`));
    } catch {
      return undefined;
    }
  }

  function readCache(path) {
    try {
      return readFileSync(path);
    } catch {
      return undefined;
    }
  }

  function compile(id) {
    const entry = index[id];
    if (!entry) throw damaged(file, `part ${id} is missing`);
    const [offset, length, hash] = entry;
    const packed = Buffer.from(bundle.readAt(offset, length).toString('latin1'), 'base64');
    const code = brotliDecompressSync(packed).toString('utf8');
    const name = cacheName(id, hash);
    const path = cacheDir && join(cacheDir, name);
    const cachedData = (path ? readCache(path) : undefined) ?? embeddedCache(name);
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${code}\n})`, {
      filename: `${file}#${id}`,
      ...(cachedData ? { cachedData } : {}),
    });
    if (path && (!cachedData || script.cachedDataRejected)) toCache.push({ id, path, script });
    return script.runInThisContext();
  }

  /** Writes the code cache of the parts compiled from source; a failure only costs the next run its speed. */
  function writeCaches() {
    if (toCache.length === 0 || !cacheDir) return;
    try {
      mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
      const present = readdirSync(cacheDir);
      for (const { id, path, script } of toCache.splice(0)) {
        // Other versions of this part (an older ssh-doctor, the executable next to the .mjs): keep the two most
        // recent, so that two installs used in turn do not evict each other, and upgrades do not pile up.
        const prefix = cachePrefix(id);
        const others = present
          .filter((name) => name.startsWith(prefix) && name.endsWith('.bin') && join(cacheDir, name) !== path)
          .map((name) => ({ name, mtimeMs: statSync(join(cacheDir, name)).mtimeMs }))
          .sort((x, y) => y.mtimeMs - x.mtimeMs);
        for (const old of others.slice(KEPT_OTHER_VERSIONS))
          rmSync(join(cacheDir, old.name), { force: true });
        const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
        writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        renameSync(tmp, path);
      }
    } catch {
      // read-only home, full disk: run without a cache
    }
  }
  process.once('exit', writeCaches);

  return {
    /** The `module.exports` of part `id`, evaluated on first use. */
    load(id) {
      if (!exportsById.has(id)) {
        const module = { exports: {} };
        compile(id)(module.exports, requireFromBundle, module, file, dirname(file));
        exportsById.set(id, module.exports);
        if (exportsById.size === Object.keys(index).length) bundle.close();
      }
      return exportsById.get(id);
    },
  };
}

try {
  const bundle = openBundle();
  if (isSea()) {
    // A worker thread (triage) cannot start from the executable: start it from this runtime's own text instead.
    const head = bundle.readAt(0, Math.min(bundle.size, 65536)).toString('utf8');
    const end = head.indexOf(PART_MARKER);
    if (end > 0)
      globalThis[Symbol.for(WORKER_URL_KEY)] =
        `data:text/javascript;base64,${Buffer.from(head.slice(0, end)).toString('base64')}`;
  }
  const store = createPartStore(bundle);
  globalThis[Symbol.for(PARTS_KEY)] = store;
  store.load(EAGER_PART);
} catch (error) {
  // A damaged or truncated file: one line, the exit code of an internal error.
  process.stderr.write(`ssh-doctor: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 70;
}
