// The layout of dist/ssh-doctor.mjs, shared by the build (build.mjs) and the runtime at its head
// (bundle-runtime.mjs): parts as Brotli-compressed, base64 comments, then an index of where they lie.

/** Built by concatenation so that no source file's text contains the markers. */
export const PART_MARKER = ['/*ssh-doctor', 'part:'].join('-');
export const INDEX_MARKER = ['/*ssh-doctor', 'index:'].join('-');
/** The index is the last line of the bundle, read from this many bytes at its end. */
export const INDEX_TAIL_BYTES = 16_384;
/** The part that runs first: main.ts, yargs and the command definitions. */
export const EAGER_PART = '(eager)';
/** Where the runtime publishes its part store for the loader (lazy-part-loader.mjs). */
export const PARTS_KEY = 'ssh-doctor.parts';
/** The standalone executable's asset holding a copy of dist/ssh-doctor.mjs (build-exe.mjs, sea-config.json). */
export const SEA_BUNDLE_ASSET = 'bundle';
/** The standalone executable's assets holding code cache files made at build time, by file name. */
export const SEA_CACHE_ASSET_PREFIX = 'code-cache/';
/** Where the standalone executable's runtime publishes the URL its worker threads start from. */
export const WORKER_URL_KEY = 'ssh-doctor.worker-url';
