// The site's `Host` block: the alias the help page uses, the real host name, the login, and only the chosen key.
import type { HostBlock } from '../fix/host-block.js';
import type { Profile } from '../profile/profile.js';

export interface BlockTarget {
  host: string;
  port: number;
  /** null: not given; the block then has no User line. */
  login: string | null;
}

export function siteBlock(
  profile: Profile,
  target: BlockTarget,
  identityFile: string,
  day: string,
): HostBlock {
  const site = profile.hosts.find(
    (h) =>
      h.hostname.toLowerCase() === target.host.toLowerCase() ||
      h.alias.toLowerCase() === target.host.toLowerCase(),
  );
  const hostname = site?.hostname ?? target.host;
  const patterns = [...new Set([site?.alias ?? target.host, hostname])];
  const options: [string, string][] = [['HostName', hostname]];
  if (target.login !== null) options.push(['User', target.login]);
  if (target.port !== 22) options.push(['Port', String(target.port)]);
  options.push(['IdentityFile', identityFile], ['IdentitiesOnly', 'yes']);
  return { patterns, options, comment: `${profile.name}: added by ssh-doctor setup on ${day}` };
}
