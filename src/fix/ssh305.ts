// Fix for SSH305 (a PuTTY .ppk where OpenSSH needs its own format): convert it with puttygen into a new file
// (the .ppk is kept, nothing is overwritten), then name the new file for this host.
import { dirname, join } from 'node:path';
import type { Fix, FixStep } from './fix.js';
import { absolutePath, displayPath, insideSshDir } from './ssh-paths.js';

export const ssh305Fix = {
  rule: 'SSH305',
  plan({ report, params, home, finding }) {
    const ppk = absolutePath(String(params.path ?? ''), home);
    if (ppk === null || !insideSshDir(ppk, home)) return undefined;
    const file = report.keys.find((k) => k.path === ppk);
    if (!file?.exists || !/^ppk/.test(file.format)) return undefined;
    const taken = new Set(report.keys.filter((k) => k.exists).map((k) => k.path));
    for (const e of report.sshDir.entries) taken.add(join(home, '.ssh', e.name));
    const idRsa = join(dirname(ppk), 'id_rsa');
    const base = ppk.replace(/\.ppk$/i, '');
    const out = [file.keyType === 'RSA' ? idRsa : null, base === ppk ? null : base, `${base}_openssh`].find(
      (p): p is string => p !== null && !taken.has(p) && !taken.has(`${p}.pub`),
    );
    const host = report.target.host;
    if (out === undefined) return undefined;
    const shown = displayPath(out, home);
    const steps: FixStep[] = [
      {
        kind: 'run',
        argv: ['puttygen', ppk, '-O', 'private-openssh', '-o', out],
        // puttygen asks the passphrase of an encrypted .ppk on the terminal; a plain one needs none.
        terminal: file.encrypted !== false,
        creates: [out],
      },
      { kind: 'chmod', path: out, mode: 0o600, from: null },
    ];
    // Named for the host even as id_rsa: an IdentityFile line for the .ppk would otherwise keep ssh from trying it.
    if (host !== null) steps.push({ kind: 'host-options', host, options: [['IdentityFile', shown]] });
    return {
      rule: finding.rule,
      summary: `convert ${displayPath(ppk, home)} to OpenSSH format as ${shown} (the .ppk is kept)`,
      steps,
    };
  },
} satisfies Fix;
