// The impure half of report building for collect: inspect key files on disk, then assemble (pure).
import { join } from 'node:path';
import { checkPublicKeyText } from '../check-key/check-public-key.js';
import type { Collected } from '../collect/collect.js';
import { inspectKeyFiles } from '../keys/inspect-key-files.js';
import { parseSshAdd } from '../parse/ssh-add.js';
import { parseSshConfig } from '../parse/ssh-config.js';
import type { Profile } from '../profile/profile.js';
import { assembleReport } from './assemble-report.js';
import type { Report } from './schema.js';

/** `~/x` and `%d/x` → absolute, as ssh expands IdentityFile. */
export function expandHome(path: string, home: string): string {
  if (path === '~') return home;
  if (path.startsWith('~/')) return join(home, path.slice(2));
  return path.replace(/^%d(?=\/)/, home);
}

export async function buildCollectedReport(
  collected: Collected,
  target: { login: string; host: string; port: number; profile: Profile },
): Promise<Report> {
  const { evidence, environment } = collected;
  const home = environment.passwdHome;
  const config = evidence.find((e) => e.probe === 'ssh-config');
  const identityFiles =
    config?.status === 'ok'
      ? parseSshConfig(config.stdout).identityFiles.map((p) => expandHome(p, home))
      : [];
  const add = evidence.find((e) => e.probe === 'ssh-add-l');
  const agent = add ? parseSshAdd(add.stdout, add.stderr, add.exitCode, 'l') : null;
  const sshDir = join(home, '.ssh');
  const keys = await inspectKeyFiles({
    sshDir,
    identityFiles,
    agentFingerprints: agent?.running ? agent.identities.map((i) => i.fingerprint) : null,
  });
  const { network } = collected;
  const pub = evidence.find((e) => e.probe === 'cat-pub');
  const pubPath = join(sshDir, 'id_rsa.pub');
  const publicKeyCheck =
    pub?.status === 'ok'
      ? { path: pubPath, ...checkPublicKeyText(pub.stdout, target.profile.keyPolicy, { origin: 'own-file' }) }
      : null;
  return assembleReport({
    evidence,
    target: { login: target.login, host: target.host, port: target.port },
    profile: target.profile,
    source: { kind: 'collect', name: null },
    createdAt: new Date().toISOString(),
    environment,
    network: { dns: network.dns, tcp: network.tcp, banner: network.banner },
    keys,
    redactions: collected.redactions,
    sshDirPath: sshDir,
    publicKeyCheck,
  });
}
