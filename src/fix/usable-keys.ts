// Which private keys on this machine OpenSSH can use and the site accepts: the keys a fix or setup builds on.
import type { Profile } from '../profile/profile.js';
import type { KeyFile, Report } from '../report/schema.js';

/** Private key formats OpenSSH reads itself (a `.ppk` or SSH.com key must be converted first). */
const OPENSSH_READS = new Set([
  'openssh-private',
  'pem-rsa',
  'pem-dsa',
  'pem-ec',
  'pkcs8',
  'pkcs8-encrypted',
]);

/** A key file OpenSSH can load, of a type and size the profile's policy accepts. */
export function isUsableKey(k: KeyFile, policy: Profile['keyPolicy']): boolean {
  if (k.role !== 'private' || !k.exists || k.truncated || !OPENSSH_READS.has(k.format)) return false;
  const type = (k.keyType ?? (k.format === 'pem-rsa' ? 'RSA' : '')).toUpperCase();
  if (!policy.types.some((t) => t.toUpperCase() === type)) return false;
  return type !== 'RSA' || k.bits === null || k.bits >= policy.minBits;
}

/** The usable keys of a report (collect's key inspection), default names first. */
export function usableKeys(report: Pick<Report, 'keys'>, policy: Profile['keyPolicy']): KeyFile[] {
  return report.keys
    .filter((k) => isUsableKey(k, policy))
    .sort((a, b) => Number(b.defaultName) - Number(a.defaultName) || a.name.localeCompare(b.name));
}

/** Keys named after another service (`github_rsa`) are for that service, not for the cluster. */
export function namedForOtherService(name: string, host: string): boolean {
  const service = /git(?:hub|lab|ea)?|bitbucket|azure|aws|gcp|google|heroku|deploy|travis|jenkins/i.exec(
    name,
  );
  return service !== null && !host.toLowerCase().includes(service[0].toLowerCase());
}
