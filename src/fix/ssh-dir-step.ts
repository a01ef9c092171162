// ~/.ssh itself: writable by others, ssh and sshd distrust what is inside; 0700 is what the site page asks.
import { join } from 'node:path';
import type { Report } from '../report/schema.js';
import type { FixStep } from './fix.js';

/** `chmod 700 ~/.ssh` when ls shows group/other bits on it, else nothing. */
export function sshDirStep(report: Report, home: string): FixStep[] {
  const mode = report.sshDir.mode;
  if (mode === null || !/^0?[0-7]{3,4}$/.test(mode) || (Number.parseInt(mode, 8) & 0o077) === 0) return [];
  return [{ kind: 'chmod', path: join(home, '.ssh'), mode: 0o700, from: mode }];
}
