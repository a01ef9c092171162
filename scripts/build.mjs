// Bundles the CLI into one file that runs with a bare `node` and no node_modules; the SEA exe carries a copy of it.
//
// Why the npm bundle is split: node parses the whole file before running a line, and the code behind the
// commands (nodemailer, mailparser and its iconv tables, zod, sshpk: ~2 MB) took ~50 ms of that, on every
// `--help`. So dist/ssh-doctor.mjs is a small runtime (scripts/bundle-runtime.mjs) followed by *parts*, each a
// Brotli-compressed CommonJS bundle in a comment, and an index of where they lie. The runtime compiles the *eager part*
// (main.ts, yargs, the command definitions) with V8's code cache and runs it; each `await import()` of our sources
// becomes a *lazy part* (scripts/lazy-part-loader.mjs), compiled the first time a command needs it. A lazy part's
// imports of modules the eager part holds (errors.ts, so that `instanceof AppError` still works) are served from
// the eager part's instances, and a CommonJS library several lazy parts use (iconv-lite, sshpk...) is a part of its
// own (`npm:...`) loaded on first `require`.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { build } from 'esbuild';
import { EAGER_PART, INDEX_MARKER, INDEX_TAIL_BYTES, PART_MARKER } from './bundle-format.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const ENTRY = 'src/cli/main.ts';
const LOADER_ID = 'scripts/lazy-part-loader.mjs';
const LOADER = join(root, LOADER_ID);
const REGISTRY = "globalThis[Symbol.for('ssh-doctor.eager-modules')]";

/**
 * zod re-exports ~40 message locales (400 KB) that ssh-doctor never uses: its own messages live in
 * src/diagnose/catalogue. Keep English only (`z.locales.en`); zod's default locale is imported separately.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${sep}node_modules${sep}zod${sep}`)
        ? { path: join(dirname(args.importer), '..', 'locales', 'index.js'), namespace: 'zod-locales' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: "export { default as en } from './en.js';",
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

/**
 * string-width builds an `Intl.Segmenter` when it loads (~10 ms on a Node without ICU start-up data), which its
 * ASCII fast path, all of ssh-doctor's help text, never uses. Build it on first use instead.
 */
const lazySegmenter = {
  name: 'lazy-intl-segmenter',
  setup(b) {
    b.onLoad(
      { namespace: 'file', filter: /[\\/]node_modules[\\/](?:.*[\\/])?string-width[\\/]index\.js$/ },
      (args) => {
        const source = readFileSync(args.path, 'utf8');
        const eager = 'const segmenter = new Intl.Segmenter();';
        if (!source.includes(eager))
          throw new Error(`${args.path}: no '${eager}' to make lazy (string-width changed?)`);
        const lazy =
          'let intlSegmenter; const segmenter = { segment: (s) => (intlSegmenter ??= new Intl.Segmenter()).segment(s) };';
        return { contents: source.replace(eager, lazy), loader: 'js' };
      },
    );
  },
};

/**
 * yargs loads cliui and string-width (Unicode property regexps, an `Intl.Segmenter`: ~20 ms) when it starts, but
 * only help and error texts lay out columns. Its imports of them become functions that load them on first call
 * (a `require` of an ES module, which esbuild turns into a lazily initialized module).
 */
const lazyHelpLayout = {
  name: 'lazy-help-layout',
  setup(b) {
    b.onResolve({ filter: /^(?:cliui|string-width)$/ }, async (args) => {
      if (
        args.pluginData?.lazyHelpLayout ||
        !/[\\/]yargs[\\/]lib[\\/]platform-shims[\\/]/.test(args.importer)
      )
        return undefined;
      const real = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { lazyHelpLayout: true },
      });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'lazy-help-layout' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-help-layout' }, (args) => ({
      contents: `export default (...args) => require(${JSON.stringify(args.path)}).default(...args);`,
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

/** Options shared by every bundle. */
function baseOptions(format) {
  return {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format,
    target: 'node20',
    // Node 20 has the RegExp `v` flag; esbuild would turn such literals into `new RegExp()` calls compiled at load.
    supported: { 'regexp-set-notation': true },
    // One string-width for yargs' cliui and wrap-ansi too (they pin 7.x; same API): the current one measures
    // ASCII text without segmenting it, which is all of ssh-doctor's help (~20 ms of `--help`).
    alias: { 'string-width': './node_modules/string-width/index.js' },
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    metafile: true,
    write: false,
    define: {
      __SSH_DOCTOR_VERSION__: JSON.stringify(pkg.version),
      // A CJS bundle has no import.meta; some ESM dependencies (yargs) call createRequire(import.meta.url).
      ...(format === 'cjs' ? { 'import.meta.url': '__importMetaUrl' } : {}),
    },
    ...(format === 'cjs'
      ? { banner: { js: "var __importMetaUrl=require('node:url').pathToFileURL(__filename).href;" } }
      : {}),
    logLevel: 'warning',
  };
}

/** Resolves an import the way esbuild would, to a path relative to the repository. */
async function resolveRelative(b, args) {
  const r = await b.resolve(args.path, {
    kind: args.kind,
    importer: args.importer,
    resolveDir: args.resolveDir,
    pluginData: { split: 'resolving' },
  });
  return r.errors.length > 0 || r.external ? null : relative(root, r.path).split(sep).join('/');
}

/**
 * Every `import()` made by our sources becomes a lookup in a lazy part. The loader module lives in the eager part;
 * lazy parts reach it (and its cache of evaluated parts) through the registry.
 */
function deferDynamicImports(deferred, { inLazyPart = false } = {}) {
  const loader = inLazyPart
    ? `${REGISTRY}[${JSON.stringify(LOADER_ID)}]`
    : `require(${JSON.stringify(LOADER)})`;
  return {
    name: 'defer-dynamic-imports',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (
          args.kind !== 'dynamic-import' ||
          args.pluginData?.split ||
          args.importer.includes('node_modules')
        ) {
          return undefined;
        }
        const id = await resolveRelative(b, args);
        if (id === null) return undefined;
        deferred.add(id);
        return { path: id, namespace: 'lazy-part' };
      });
      b.onLoad({ filter: /.*/, namespace: 'lazy-part' }, (args) => ({
        contents: `module.exports = ${loader}.loadLazyModule(${JSON.stringify(args.path)});`,
        resolveDir: root,
        loader: 'js',
      }));
    },
  };
}

/** Lazy part: imports of modules the eager part holds are served from the eager part's registry. */
function shareEagerModules(eager) {
  return {
    name: 'share-eager-modules',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData?.split || !args.importer.startsWith(join(root, 'src'))) return undefined;
        const id = await resolveRelative(b, args);
        return id !== null && eager.has(id) ? { path: id, namespace: 'eager-module' } : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: 'eager-module' }, (args) => ({
        contents: `module.exports = ${REGISTRY}[${JSON.stringify(args.path)}];`,
        loader: 'js',
      }));
    },
  };
}

/** A library smaller than this stays copied: loading a part of its own costs more than it saves. */
const MIN_SHARED_BYTES = 16 * 1024;

/** The npm package a repository-relative path belongs to (`node_modules/@scope/name/...`), or null. */
function packageOf(path) {
  return /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(path)?.[1] ?? null;
}

/**
 * The CommonJS package entries that more than one lazy part imports (sshpk and its crypto, iconv-lite...): each
 * becomes a part of its own instead of a copy in every part. CommonJS only, where a module's exports object is
 * what every importer gets whichever way it imports it; a package imported through several entries is left alone.
 */
function sharedLibraryEntries(metafiles) {
  const partsByEntry = new Map();
  const packageBytes = new Map();
  for (const [part, metafile] of Object.entries(metafiles)) {
    if (part === 'eager') continue;
    const bytes = new Map();
    for (const output of Object.values(metafile.outputs))
      for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
        const pkg = packageOf(file);
        if (pkg !== null) bytes.set(pkg, (bytes.get(pkg) ?? 0) + bytesInOutput);
      }
    for (const [pkg, n] of bytes) packageBytes.set(pkg, Math.max(packageBytes.get(pkg) ?? 0, n));
    for (const [file, input] of Object.entries(metafile.inputs)) {
      for (const { path } of input.imports) {
        const pkg = packageOf(path);
        if (pkg === null || pkg === packageOf(file) || metafile.inputs[path]?.format !== 'cjs') continue;
        const users = partsByEntry.get(path) ?? new Set();
        users.add(part);
        partsByEntry.set(path, users);
      }
    }
  }
  const entriesByPackage = new Map();
  for (const entry of partsByEntry.keys()) {
    const pkg = packageOf(entry);
    entriesByPackage.set(pkg, (entriesByPackage.get(pkg) ?? 0) + 1);
  }
  return new Set(
    [...partsByEntry]
      .filter(
        ([entry, users]) =>
          users.size > 1 &&
          entriesByPackage.get(packageOf(entry)) === 1 &&
          (packageBytes.get(packageOf(entry)) ?? 0) >= MIN_SHARED_BYTES,
      )
      .map(([entry]) => entry),
  );
}

/** Imports of a shared package entry, from outside its package, are served from its part (`npm:ENTRY`). */
function shareLibraryParts(shared, self = null) {
  const loader = `${REGISTRY}[${JSON.stringify(LOADER_ID)}]`;
  return {
    name: 'share-library-parts',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData?.split || args.kind === 'entry-point' || shared.size === 0) return undefined;
        const id = await resolveRelative(b, args);
        if (id === null || id === self || !shared.has(id)) return undefined;
        if (packageOf(relative(root, args.importer)) === packageOf(id)) return undefined;
        return { path: id, namespace: 'library-part' };
      });
      b.onLoad({ filter: /.*/, namespace: 'library-part' }, (args) => ({
        contents: `module.exports = ${loader}.loadLazyModule(${JSON.stringify(`npm:${args.path}`)});`,
        loader: 'js',
      }));
    },
  };
}

function virtualEntry(name, contents) {
  return { contents, resolveDir: root, sourcefile: name, loader: 'js' };
}

function outputText(result) {
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild wrote nothing');
  return file.text;
}

/**
 * One part as it is stored: a comment holding the compressed code (Brotli: a third smaller than gzip -9, and node
 * scans every byte of the file before it runs a line), and the code's hash for the cache key.
 */
function storedPart(id, code) {
  const gz = brotliCompressSync(code, {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: code.length },
  }).toString('base64');
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  return { id, bytes: Buffer.byteLength(code), head: `${PART_MARKER}${id}:`, gz, hash };
}

/** The runtime at the head of the bundle: ESM, minified, with the shebang. */
async function buildRuntime() {
  const result = await build({
    ...baseOptions('esm'),
    define: {},
    entryPoints: ['scripts/bundle-runtime.mjs'],
    banner: { js: '#!/usr/bin/env node' },
  });
  return outputText(result);
}

/** Runtime, parts, then the index `{ id: [offset, length, hash] }` on the last line (read by the runtime). */
function assemble(runtime, parts) {
  let text = runtime.endsWith('\n') ? runtime : `${runtime}\n`;
  let offset = Buffer.byteLength(text);
  const index = {};
  for (const p of parts) {
    offset += Buffer.byteLength(p.head);
    index[p.id] = [offset, p.gz.length, p.hash];
    text += `${p.head}${p.gz}*/\n`;
    offset += p.gz.length + 3;
  }
  const indexLine = `${INDEX_MARKER}${JSON.stringify(index)}*/\n`;
  if (indexLine.length > INDEX_TAIL_BYTES) throw new Error('bundle index too big for INDEX_TAIL_BYTES');
  return text + indexLine;
}

/** The split bundle for npm (see the top of this file). */
async function buildSplitEsm() {
  // Pass 1: which of our sources the eager part holds, and which modules it defers.
  const deferred = new Set();
  const probe = await build({
    ...baseOptions('cjs'),
    entryPoints: [ENTRY],
    plugins: [deferDynamicImports(deferred), zodEnglishOnly, lazySegmenter, lazyHelpLayout],
  });
  const eager = new Set(
    Object.keys(probe.metafile.inputs).filter(
      (p) => (p.startsWith('src/') && p !== ENTRY) || p === LOADER_ID,
    ),
  );

  // Pass 2: the eager part, which first registers its modules for the lazy parts, then runs main.ts.
  const registry = [...eager].map((id, i) => `import * as m${i} from './${id}';`);
  registry.push(`${REGISTRY} = { ${[...eager].map((id, i) => `${JSON.stringify(id)}: m${i}`).join(', ')} };`);
  const registryPlugin = {
    name: 'eager-registry',
    setup(b) {
      b.onResolve({ filter: /^ssh-doctor:eager-registry$/ }, () => ({
        path: 'registry',
        namespace: 'eager-registry',
      }));
      b.onLoad({ filter: /.*/, namespace: 'eager-registry' }, () => ({
        contents: registry.join('\n'),
        resolveDir: root,
        loader: 'js',
      }));
    },
  };
  const eagerResult = await build({
    ...baseOptions('cjs'),
    stdin: virtualEntry('eager-entry.js', `import 'ssh-doctor:eager-registry';\nimport './${ENTRY}';\n`),
    plugins: [registryPlugin, deferDynamicImports(new Set()), zodEnglishOnly, lazySegmenter, lazyHelpLayout],
  });

  // Pass 3: one lazy part per deferred module (a command's work, the mailer...), CommonJS like the eager part:
  // `collect` never compiles triage's mail parsers, nor the mailer when it does not mail. The parts share the eager
  // part's modules and, once pass 4 knows them, the CommonJS libraries several parts use; any other module used by
  // two parts is duplicated, so values crossing an `import()` must be plain data or instances of classes from eager
  // modules (errors.ts).
  const lazyPlugins = (nested, shared, self) => [
    shareEagerModules(eager),
    shareLibraryParts(shared, self),
    deferDynamicImports(nested, { inLazyPart: true }),
    zodEnglishOnly,
    lazySegmenter,
    lazyHelpLayout,
  ];
  const buildLazyParts = async (shared) => {
    const built = [];
    const queue = [...deferred].sort();
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const nested = new Set();
      const result = await build({
        ...baseOptions('cjs'),
        stdin: virtualEntry(`lazy-${id}`, `module.exports = require('./${id}');\n`),
        plugins: lazyPlugins(nested, shared, null),
      });
      for (const n of nested) if (!deferred.has(n)) deferred.add(n) && queue.push(n);
      built.push({ id, result });
    }
    for (const entry of [...shared].sort()) {
      const result = await build({
        ...baseOptions('cjs'),
        stdin: virtualEntry(`npm-${entry}`, `module.exports = require('./${entry}');\n`),
        plugins: lazyPlugins(new Set(), shared, entry),
      });
      built.push({ id: `npm:${entry}`, result });
    }
    return built;
  };
  // Pass 4: the same with the libraries shared, when there are any.
  let built = await buildLazyParts(new Set());
  const shared = sharedLibraryEntries(Object.fromEntries(built.map((p) => [p.id, p.result.metafile])));
  if (shared.size > 0) built = await buildLazyParts(shared);
  const parts = [storedPart(EAGER_PART, outputText(eagerResult))];
  const metafiles = { eager: eagerResult.metafile };
  for (const { id, result } of built) {
    parts.push(storedPart(id, outputText(result)));
    metafiles[id] = result.metafile;
  }
  const text = assemble(await buildRuntime(), parts);
  return {
    text,
    eagerBytes: parts[0].bytes,
    parts: parts.slice(1).map(({ id, bytes }) => ({ id, bytes })),
    metafiles,
  };
}

/** The biggest packages (or source folders) of one part, for `node scripts/build.mjs --analyze`. */
function topInputs(metafile, count = 12) {
  const sizes = new Map();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const key = packageOf(path) ?? path.split('/').slice(0, 2).join('/');
      sizes.set(key, (sizes.get(key) ?? 0) + bytesInOutput);
    }
  }
  return [...sizes].sort((a, b) => b[1] - a[1]).slice(0, count);
}

/**
 * The main script of the single executable application: the same runtime as at the head of dist/ssh-doctor.mjs, as
 * CommonJS (what Node's SEA runs); it reads the parts from the executable's asset holding a copy of that file.
 */
export async function buildSeaRuntime(outfile) {
  const result = await build({ ...baseOptions('cjs'), entryPoints: ['scripts/bundle-runtime.mjs'] });
  mkdirSync(dirname(resolve(root, outfile)), { recursive: true });
  writeFileSync(resolve(root, outfile), outputText(result));
  return result.outputFiles[0].contents.length;
}

/** Builds dist/ssh-doctor.mjs (or `outfile`); returns the sizes of its parts in bytes. */
export async function buildCli(outfile = 'dist/ssh-doctor.mjs') {
  const { text, eagerBytes, parts, metafiles } = await buildSplitEsm();
  mkdirSync(dirname(resolve(root, outfile)), { recursive: true });
  writeFileSync(resolve(root, outfile), text, { mode: 0o755 });
  return { fileBytes: Buffer.byteLength(text), eagerBytes, parts, metafiles };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  const analyze = process.argv.includes('--analyze');
  const outfile = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const { fileBytes, eagerBytes, parts, metafiles } = await buildCli(outfile);
  const lazy = parts.map((p) => `${p.id} ${kb(p.bytes)}`).join(', ');
  process.stdout.write(
    `${outfile ?? 'dist/ssh-doctor.mjs'}: ${kb(fileBytes)}; eager part ${kb(eagerBytes)}; lazy parts, compressed in comments: ${lazy}\n`,
  );
  if (analyze) {
    for (const [part, metafile] of Object.entries(metafiles)) {
      process.stdout.write(
        `\n${part} part:\n${topInputs(metafile)
          .map(([k, v]) => `  ${kb(v).padStart(7)}  ${k}`)
          .join('\n')}\n`,
      );
    }
  }
}
