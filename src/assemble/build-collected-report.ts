// Report building for collect: the collected evidence, the id_rsa.pub check, then assembly (pure).
import { join } from 'node:path';
import { checkPublicKeyText } from '../check-key/check-public-key.js';
import type { Collected } from '../collect/collect.js';
import type { Profile } from '../profile/profile.js';
import type { Report } from '../report/schema.js';
import { assembleReport } from './assemble-report.js';

export function buildCollectedReport(
  collected: Collected,
  target: { login: string; host: string; port: number; profile: Profile },
): Report {
  const { evidence, environment, keys, network } = collected;
  const sshDir = join(environment.passwdHome, '.ssh');
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
