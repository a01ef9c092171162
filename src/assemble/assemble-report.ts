// Pure assembly of a report from redacted evidence: parse every probe, then diagnose. Used by collect and triage.
import { diagnose } from '../diagnose/engine.js';
import { parseLsAl } from '../parse/ls-al.js';
import { parseSshAdd } from '../parse/ssh-add.js';
import { parseSshConfig } from '../parse/ssh-config.js';
import { parseSshVerbose } from '../parse/ssh-verbose.js';
import { parseSshVersion } from '../parse/ssh-version.js';
import { parseUname } from '../parse/uname.js';
import type { Profile } from '../profile/profile.js';
import type { ProbeId, RawEvidence } from '../report/evidence.js';
import { evidenceText } from '../report/evidence-text.js';
import type { KeyFile, Report } from '../report/schema.js';
import { SCHEMA_VERSION } from '../report/schema-version.js';
import { TOOL_VERSION } from '../version.js';

export interface ReportInput {
  evidence: RawEvidence[];
  target: Report['target'];
  profile: Profile;
  source: Report['source'];
  createdAt: string;
  /** Facts only collect knows (passwd home vs $HOME, locale, agent socket). */
  environment?: {
    passwdHome: string;
    envHome: string | null;
    locale: string | null;
    authSock: string | null;
  };
  network?: Report['network'];
  keys?: KeyFile[];
  redactions?: Report['redactions'];
  sshDirPath?: string | null;
  publicKeyCheck?: Report['publicKeyCheck'];
}

const EMPTY_NETWORK: Report['network'] = { dns: null, tcp: null, banner: null };

/** Builds and diagnoses a report. Never throws on odd evidence: parsers keep what they do not know. */
export function assembleReport(input: ReportInput): Report {
  const probe = (id: ProbeId) => input.evidence.find((e) => e.probe === id);
  const text = (id: ProbeId) => {
    const e = probe(id);
    return e ? evidenceText(e) : '';
  };
  const first = (id: ProbeId) => probe(id)?.firstLine ?? 1;

  const uname = parseUname(text('uname'));
  const version = parseSshVersion(text('ssh-version')) ?? parseSshVersion(text('ssh-vvv'));
  const ls = parseLsAl(text('ls-ssh'));
  const addL = probe('ssh-add-l');
  const addBigL = probe('ssh-add-L');
  const agentL = addL ? parseSshAdd(addL.stdout, addL.stderr, addL.exitCode, 'l') : null;
  const agentBigL = addBigL ? parseSshAdd(addBigL.stdout, addBigL.stderr, addBigL.exitCode, 'L') : null;
  const vvv = probe('ssh-vvv');
  const connection = vvv
    ? parseSshVerbose(text('ssh-vvv'), { firstLine: first('ssh-vvv') })
    : { ...parseSshVerbose(''), outcome: 'not-run' as const };
  const configProbe = probe('ssh-config');
  const env = input.environment;

  const draft = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'ssh-doctor' as const, version: TOOL_VERSION },
    createdAt: input.createdAt,
    profile: input.profile.id,
    source: input.source,
    target: input.target,
    system: {
      uname: uname.raw || null,
      os: uname.os,
      kernel: uname.kernel,
      arch: uname.arch,
      hostname: uname.hostname,
      sshVersion: version,
      home: env?.envHome ?? null,
      passwdHome: env?.passwdHome ?? null,
      locale: env?.locale ?? null,
      date: text('date').trim() || null,
    },
    sshDir: { path: input.sshDirPath ?? null, exists: ls.exists, mode: ls.mode, entries: ls.entries },
    keys: input.keys ?? [],
    agent: {
      running: agentL?.running ?? agentBigL?.running ?? null,
      socket: env?.authSock ?? null,
      identities: agentL?.identities ?? [],
      publicKeys: agentBigL?.publicKeys ?? [],
      error: agentL?.error ?? agentBigL?.error ?? null,
    },
    config: configProbe && configProbe.status === 'ok' ? parseSshConfig(configProbe.stdout) : null,
    network: input.network ?? EMPTY_NETWORK,
    connection,
    ...(input.publicKeyCheck === undefined ? {} : { publicKeyCheck: input.publicKeyCheck }),
    probes: input.evidence,
    redactions: input.redactions ?? [],
  } satisfies Omit<Report, 'findings' | 'cause'>;
  const { findings, cause } = diagnose(draft, input.profile);
  return { ...draft, findings, cause };
}

/**
 * Re-runs parse + diagnose over a stored report's evidence (a received report, a recorded fixture), so that
 * today's rules judge yesterday's evidence. Collect-only facts (key files, network) are carried over.
 */
export function rediagnose(report: Report, profile: Profile): Report {
  return assembleReport({
    evidence: report.probes,
    target: report.target,
    profile,
    source: report.source,
    createdAt: report.createdAt,
    environment:
      report.system.passwdHome === null
        ? undefined
        : {
            passwdHome: report.system.passwdHome,
            envHome: report.system.home,
            locale: report.system.locale,
            authSock: report.agent.socket,
          },
    network: report.network,
    keys: report.keys,
    redactions: report.redactions,
    sshDirPath: report.sshDir.path,
    publicKeyCheck: report.publicKeyCheck,
  });
}
