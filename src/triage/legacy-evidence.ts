// Pasted one-liner output, cut into sections, becomes the same RawEvidence collect produces, with mail line numbers.
import type { LegacyTranscript } from '../parse/legacy-split.js';
import { PROBE_IDS, type ProbeId, type RawEvidence } from '../report/evidence.js';

/** The one-liner's commands, as the help page shows them. */
const TITLES: Partial<Record<ProbeId, string>> = {
  uname: 'uname -a',
  'ls-ssh': 'ls -al $HOME/.ssh',
  'ssh-add-l': 'ssh-add -l',
  'ssh-add-L': 'ssh-add -L',
  'private-key-header': 'head -2 $HOME/.ssh/id_rsa',
  'cat-pub': 'cat $HOME/.ssh/id_rsa.pub',
  date: 'date',
};

/** One RawEvidence per recovered section, in the one-liner's order; `firstLine` points into the ticket text. */
export function legacyEvidence(transcript: LegacyTranscript): RawEvidence[] {
  const target = transcript.login && transcript.host ? ` ${transcript.login}@${transcript.host}` : '';
  const out: RawEvidence[] = [];
  for (const probe of PROBE_IDS) {
    const section = transcript.sections[probe];
    if (!section) continue;
    out.push({
      probe,
      title: TITLES[probe] ?? (probe === 'ssh-vvv' ? `ssh -vvv${target}` : probe),
      argv: [],
      status: 'ok',
      exitCode: null,
      durationMs: 0,
      timedOut: false,
      stdout: section.text,
      stderr: '',
      firstLine: section.startLine,
    });
  }
  return out;
}
