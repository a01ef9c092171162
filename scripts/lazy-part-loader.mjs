// Runtime half of the split build (see build.mjs), bundled into the eager part: every `import()` of our sources
// becomes `loadLazyModule(id)`, served by the part store that the head of dist/ssh-doctor.mjs
// (bundle-runtime.mjs) publishes. Start-up (--help, --version) never reads the lazy parts.
import { PARTS_KEY } from './bundle-format.mjs';

/** The module `id` (its path in the repository, e.g. `src/cli/run-collect.ts`), from its lazy part. */
export function loadLazyModule(id) {
  return globalThis[Symbol.for(PARTS_KEY)].load(id);
}
