// Builds reports from text for rule and golden tests: a pasted ticket (legacy path) or collected probe outputs.
import { readFileSync } from 'node:fs';
import { assembleReport } from '../../src/assemble/assemble-report.js';
import { splitLegacyTranscript } from '../../src/parse/legacy-split.js';
import { IPSL_PROFILE, type Profile } from '../../src/profile/profile.js';
import type { ProbeId, RawEvidence } from '../../src/report/evidence.js';
import type { KeyFile, Report } from '../../src/report/schema.js';
import { legacyEvidence as sectionsToEvidence } from '../../src/triage/legacy-evidence.js';

const CREATED = '2026-01-01T00:00:00.000Z';

function evidence(probe: ProbeId, text: string, firstLine = 1, exitCode: number | null = null): RawEvidence {
  return {
    probe,
    title: probe,
    argv: [],
    status: 'ok',
    exitCode,
    durationMs: 0,
    timedOut: false,
    stdout: text,
    stderr: '',
    firstLine,
  };
}

/** The probes of a pasted one-liner transcript, cut by the legacy splitter, with their original line numbers. */
export function legacyEvidence(text: string): {
  evidence: RawEvidence[];
  login: string | null;
  host: string | null;
} {
  const t = splitLegacyTranscript(text);
  return { evidence: sectionsToEvidence(t), login: t.login, host: t.host };
}

/** A triage report from pasted text (keys[] and network empty, as for a legacy ticket). */
export function reportFromTranscript(text: string, profile: Profile = IPSL_PROFILE): Report {
  const { evidence: ev, login, host } = legacyEvidence(text);
  return assembleReport({
    evidence: ev,
    target: { login, host, port: null },
    profile,
    source: { kind: 'triage', name: null },
    createdAt: CREATED,
  });
}

/** What a collect run would have gathered, given per probe as text. */
export interface CollectedText {
  probes: Partial<Record<ProbeId, string>>;
  keys?: KeyFile[];
  target?: Report['target'];
  banner?: string | null;
}

/** A collect-like report: each probe's text as stdout, the ssh log as stderr (with BatchMode as collect runs it). */
export function reportFromProbes(input: CollectedText, profile: Profile = IPSL_PROFILE): Report {
  const ev = Object.entries(input.probes).map(([probe, text]) => {
    const e = evidence(probe as ProbeId, text ?? '');
    if (probe !== 'ssh-vvv') return e;
    return { ...e, argv: ['ssh', '-vvv', '-o', 'BatchMode=yes'], stdout: '', stderr: text ?? '' };
  });
  return assembleReport({
    evidence: ev,
    target: input.target ?? { login: 'jdoe', host: 'ciclad.ipsl.jussieu.fr', port: 22 },
    profile,
    source: { kind: 'collect', name: null },
    createdAt: CREATED,
    keys: input.keys,
    network: { dns: null, tcp: null, banner: input.banner ?? null },
  });
}

/** A recorded local run from test/data/ssh-verbose/local-9.2. */
export function localRun(name: string): string {
  return readFileSync(new URL(`../data/ssh-verbose/local-9.2/${name}`, import.meta.url), 'utf8');
}

/** A key file as the inspection reports it; override what the case needs. */
export function keyFile(over: Partial<KeyFile> & { name: string }): KeyFile {
  const role = over.name.endsWith('.pub') ? 'public' : 'private';
  return {
    path: `/home/jdoe/.ssh/${over.name}`,
    role,
    exists: true,
    mode: role === 'public' ? '0644' : '0600',
    owner: 'jdoe',
    uid: 1000,
    format: role === 'public' ? 'openssh-public' : 'openssh-private',
    kind: role === 'public' ? 'OpenSSH public key' : 'OpenSSH private key',
    keyType: 'RSA',
    bits: 4096,
    encrypted: role === 'public' ? null : true,
    cipher: null,
    kdf: null,
    fingerprint: 'SHA256:p3q4ZCrHkqBHKDCEZj/a2KoHNXHlW2bzZLX2UtYYeQI',
    comment: 'jdoe@laptop',
    matchesPub: role === 'public' ? null : true,
    inConfig: false,
    defaultName: /^id_(?:rsa|ecdsa|ecdsa_sk|ed25519|ed25519_sk|xmss|dsa)(?:\.pub)?$/.test(over.name),
    inAgent: null,
    ...over,
  };
}

/** One table case: a text fed through a path, the rule that must (or must not) fire, the cause expected. */
export interface RuleCase {
  name: string;
  text: string;
  /** `legacy`: pasted ticket (default); `collect`: the text is the ssh -vvv probe of a collect run. */
  path?: 'legacy' | 'collect';
  probes?: CollectedText['probes'];
  keys?: KeyFile[];
  rule: string;
  /** Expected cause of the whole report (only for cases that must fire). */
  cause?: string;
  /** Substrings that must each appear in one of the rule's evidence lines. */
  evidence?: string[];
}

/** Builds the report a case describes. */
export function reportFor(c: RuleCase): Report {
  if (c.path === 'collect')
    return reportFromProbes({ probes: { ...c.probes, 'ssh-vvv': c.text }, keys: c.keys });
  return reportFromTranscript(c.text);
}

/** Joins lines into a pasted text. */
export function lines(...l: string[]): string {
  return `${l.join('\n')}\n`;
}

/** A pasted support one-liner ticket, section by section, as users send them (defaults: no agent, no id_rsa). */
export function oneLiner(p: {
  ls?: string[];
  agent?: string[];
  agentL?: string[];
  header?: string[];
  pub?: string[];
  log: string;
}): string {
  const noAgent = 'Could not open a connection to your authentication agent.';
  return lines(
    '[jdoe@laptop ~]$ uname -a;ls -al $HOME/.ssh;ssh-add -l;ssh-add -L;head -2 $HOME/.ssh/id_rsa;cat $HOME/.ssh/id_rsa.pub;date;ssh -vvv jdoe@ciclad.ipsl.jussieu.fr',
    'Linux laptop 6.1.0-18-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01) x86_64 GNU/Linux',
    'total 16',
    'drwx------  2 jdoe jdoe 4096 Nov 26 00:41 .',
    'drwxr-xr-x 30 jdoe jdoe 4096 Nov 25 09:12 ..',
    ...(p.ls ?? ['-rw-r--r--  1 jdoe jdoe  444 Nov 26 00:41 known_hosts']),
    ...(p.agent ?? [noAgent]),
    ...(p.agentL ?? [noAgent]),
    ...(p.header ?? ["head: cannot open '/home/jdoe/.ssh/id_rsa' for reading: No such file or directory"]),
    ...(p.pub ?? ['cat: /home/jdoe/.ssh/id_rsa.pub: No such file or directory']),
    'Thu Nov 26 00:41:35 UTC 2026',
    p.log.trimEnd(),
  );
}
