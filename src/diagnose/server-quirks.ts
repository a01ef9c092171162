// Servers that cannot verify rsa-sha2 user signatures (OpenSSH < 7.2 and SSH servers that are not OpenSSH), from
// the version they announce: against them an OpenSSH >= 8.8 client silently drops RSA keys.
import type { RuleContext } from './rule.js';

/** `[pattern, last version without rsa-sha2]` per product; versions compared as major*1000 + minor. */
const LEGACY: readonly [RegExp, number][] = [
  [/^OpenSSH_(\d+)\.(\d+)/, 7001],
  // rsa-sha2 and server-sig-algs came with dropbear 2020.79.
  [/^dropbear_(\d+)\.(\d+)/, 2020078],
  [/^libssh[_-](\d+)\.(\d+)/, 7],
  [/^ssh2js(\d+)\.(\d+)/, 999],
];
/** Network gear whose SSH servers never learnt rsa-sha2 (old IOS, MikroTik RouterOS 6, Allegro RomSShell). */
const ALWAYS = /^(?:Cisco-1\.|ROSSSH|RomSShell)/;

/** The server's name and version when it is known to lack rsa-sha2 (e.g. `OpenSSH 5.3`, `dropbear 2019.78`). */
export function rsaSha1OnlyServer(ctx: RuleContext): string | null {
  const raw =
    ctx.report.connection.serverVersion?.raw ??
    /^SSH-[\d.]+-(\S+)/.exec(ctx.report.network.banner ?? '')?.[1] ??
    null;
  if (raw === null) return null;
  if (ALWAYS.test(raw)) return raw;
  for (const [re, last] of LEGACY) {
    const m = re.exec(raw);
    if (!m) continue;
    const version = Number(m[1]) * 1000 + Number(m[2]);
    return version <= last ? `${raw.replace(/[_-]?\d.*$/, '')} ${m[1]}.${m[2]}` : null;
  }
  return null;
}
