// What a config edit shows before it is made: a unified diff (jsdiff), with the path as the user types it.
import { createTwoFilesPatch } from 'diff';

export function unifiedDiff(shownPath: string, before: string | null, after: string): string {
  const patch = createTwoFilesPatch(
    before === null ? '/dev/null' : shownPath,
    shownPath,
    before ?? '',
    after,
    undefined,
    undefined,
    { context: 2 },
  );
  // jsdiff starts with an `Index:` line and a rule of `=`: keep the classic `---`/`+++` form only.
  return patch.replace(/^(?:Index: .*\n)?=+\n/, '');
}
