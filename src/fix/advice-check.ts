// The guard over all advice of one report (finding commands and fix steps): nothing that makes things worse,
// nothing that contradicts itself. Pure; the fixture walk in test/advice-consistency.test.ts runs it everywhere.
import type { Profile } from '../profile/profile.js';
import type { Report } from '../report/schema.js';
import type { FixPlan } from './fix.js';
import { keyLeaked } from './plan-fixes.js';
import { displayPath } from './ssh-paths.js';
import { usableKeys } from './usable-keys.js';

export interface AdviceProblem {
  kind:
    | 'new-key-while-usable'
    | 'keeps-leaked-key'
    | 'contradiction'
    | 'missing-file'
    | 'no-setup-pointer'
    | 'disables-host-key-check';
  detail: string;
}

/** One piece of advice: a finding's command or a fix step, as text, with who gave it. */
interface Advice {
  from: string;
  text: string;
}

const CREATES_KEY = /\bssh-keygen\b(?=[^|;&]*\s-t\s)/;
const USES_KEY = /\bIdentityFile\s+(\S+)|\bssh-add\s+(?:-\S+\s+)*(~?\/\S+)|\bputtygen\s+(\S+)/;
const DISABLES_CHECK = /StrictHostKeyChecking[= ]+(?:no|off)\b|UserKnownHostsFile[= ]+\/dev\/null/i;

function adviceOf(report: Report, plans: FixPlan[], home: string): Advice[] {
  const fromFindings = report.findings.flatMap((f) => f.fix.commands.map((text) => ({ from: f.rule, text })));
  const fromPlans = plans.flatMap((p) =>
    p.steps.map((s) => ({
      from: `fix ${p.rule}`,
      text:
        s.kind === 'chmod'
          ? `chmod ${s.mode.toString(8)} ${displayPath(s.path, home)}`
          : s.kind === 'host-options'
            ? `Host ${s.host} ${s.options.map(([k, v]) => `${k} ${v}`).join(' ')}`
            : s.argv.map((a) => displayPath(a, home)).join(' '),
    })),
  );
  return [...fromFindings, ...fromPlans];
}

/** Names the report shows in ~/.ssh (listing and key inspection), as `~/.ssh/NAME`. */
function filesShown(report: Report): Set<string> {
  const names = new Set(report.sshDir.entries.map((e) => `~/.ssh/${e.name}`));
  for (const k of report.keys) if (k.exists) names.add(k.path.replace(/^.*\/\.ssh\//, '~/.ssh/'));
  return names;
}

/** A private key is here, by inspection (collect) or by the listing (a pasted ticket: NAME beside NAME.pub). */
function someKeyExists(report: Report): boolean {
  if (report.keys.some((k) => k.exists && k.role === 'private')) return true;
  const names = new Set(report.sshDir.entries.map((e) => e.name));
  return [...names].some((n) => !n.endsWith('.pub') && (names.has(`${n}.pub`) || /\.ppk$/i.test(n)));
}

/** A key the site could use is here already: OpenSSH reads it, or it only needs converting (a `.ppk`). */
function usableKeyExists(report: Report, profile: Profile): boolean {
  if (usableKeys(report, profile.keyPolicy).length > 0) return true;
  if (report.keys.some((k) => k.exists && /^ppk/.test(k.format))) return true;
  if (report.keys.length > 0) return false;
  const rsaOnly = !profile.keyPolicy.types.some((t) => t.toUpperCase() !== 'RSA');
  const names = new Set(report.sshDir.entries.map((e) => e.name));
  return [...names].some(
    (n) =>
      !n.endsWith('.pub') &&
      (/\.ppk$/i.test(n) ||
        (names.has(`${n}.pub`) && !(rsaOnly && /ed25519|ecdsa|dsa/i.test(n.replace(/rsa/i, ''))))),
  );
}

export function adviceProblems(
  report: Report,
  plans: FixPlan[],
  profile: Profile,
  home = '~',
): AdviceProblem[] {
  const advice = adviceOf(report, plans, home);
  const problems: AdviceProblem[] = [];
  const leaked = keyLeaked(report);
  const creates = advice.filter((a) => CREATES_KEY.test(a.text));
  const uses = advice.filter((a) => USES_KEY.test(a.text));
  if (!leaked && creates.length > 0 && usableKeyExists(report, profile))
    for (const a of creates)
      problems.push({
        kind: 'new-key-while-usable',
        detail: `${a.from}: ${a.text} while a usable key is here`,
      });
  if (leaked && plans.length > 0)
    problems.push({
      kind: 'keeps-leaked-key',
      detail: `a leaked key gets fixes: ${plans.map((p) => p.rule).join(', ')}`,
    });
  if (leaked)
    for (const a of uses.filter((u) => u.from.startsWith('fix ')))
      problems.push({ kind: 'keeps-leaked-key', detail: `${a.from}: ${a.text}` });
  for (const c of creates)
    for (const u of uses)
      problems.push({
        kind: 'contradiction',
        detail: `${c.from} says "${c.text}", ${u.from} says "${u.text}"`,
      });
  const only = advice.filter((a) => /IdentitiesOnly[= ]+(yes|no)/i.test(a.text));
  const values = new Set(only.map((a) => /IdentitiesOnly[= ]+(yes|no)/i.exec(a.text)?.[1]?.toLowerCase()));
  if (values.size > 1)
    problems.push({
      kind: 'contradiction',
      detail: `IdentitiesOnly yes and no: ${only.map((a) => a.from).join(', ')}`,
    });
  const modes = new Map<string, Set<string>>();
  for (const a of advice)
    for (const m of a.text.matchAll(/\bchmod\s+([0-7]{3,4})\s+(\S+)/g)) {
      const path = m[2] ?? '';
      modes.set(path, (modes.get(path) ?? new Set()).add((m[1] ?? '').replace(/^0/, '')));
    }
  for (const [path, set] of modes)
    if (set.size > 1)
      problems.push({ kind: 'contradiction', detail: `chmod ${[...set].join(' and ')} ${path}` });
  for (const a of advice.filter((x) => DISABLES_CHECK.test(x.text)))
    problems.push({ kind: 'disables-host-key-check', detail: `${a.from}: ${a.text}` });
  if (!someKeyExists(report) && report.connection.outcome !== 'success') {
    const shown = filesShown(report);
    for (const a of advice) {
      if (/^ls -al ~\/\.ssh\b/.test(a.text) && report.sshDir.exists !== true)
        problems.push({ kind: 'missing-file', detail: `${a.from}: ${a.text} (no ~/.ssh to list)` });
      const added = /\bssh-add\s+(?:-\S+\s+)*(~\/\.ssh\/\S+)/.exec(a.text)?.[1];
      if (added && !shown.has(added))
        problems.push({ kind: 'missing-file', detail: `${a.from}: ${a.text} (${added} does not exist)` });
    }
    const noKeyFindings = report.findings.filter((f) => f.category === 'no_key_offered');
    if (noKeyFindings.length > 0 && !advice.some((a) => /\bssh-doctor setup\b/.test(a.text)))
      problems.push({
        kind: 'no-setup-pointer',
        detail: 'no key at all, and no advice names ssh-doctor setup',
      });
  }
  return problems;
}
