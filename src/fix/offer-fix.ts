// collect's last word when the cause can be repaired here: offer `ssh-doctor fix` instead of a ticket.
import { userInfo } from 'node:os';
import type { Profile } from '../profile/profile.js';
import type { Report } from '../report/schema.js';
import { topCauseFixable } from './plan-fixes.js';

/** The target flags that repeat this run's target (`--login alice --host h --port 2222`). */
export function targetArgs(report: Report, profile: Profile): string[] {
  const { login, host, port } = report.target;
  return [
    ...(login ? ['--login', login] : []),
    ...(host && host !== profile.hosts[0]?.hostname ? ['--host', host] : []),
    ...(port && port !== 22 ? ['--port', String(port)] : []),
  ];
}

/** The lines to print when the top cause is fixable on this machine, else null. */
export function fixOffer(report: Report, profile: Profile, uid: number | null): string | null {
  if (!topCauseFixable(report, profile, { uid })) return null;
  const args = targetArgs(report, profile).join(' ');
  return [
    '',
    `This can be fixed here: run \`ssh-doctor fix ${args}\` (it shows each change and asks first).`,
    `No mail was prepared. To send the report to support anyway: ssh-doctor --mail ${args}`,
    '',
  ].join('\n');
}

/** Prints the offer (stdout, or stderr beside --json) when there is one; true when it did. */
export function offerFix(report: Report, profile: Profile, json?: boolean): boolean {
  const offer = fixOffer(report, profile, userInfo().uid);
  if (offer) (json ? process.stderr : process.stdout).write(offer);
  return offer !== null;
}
