// `ssh-add -l`/`-L` tell whether an agent runs and which keys it holds; "no agent" is normal, not an error.
import type { z } from 'zod';
import type { agentIdentitySchema } from '../report/schema.js';
import { splitInputLines } from './input-lines.js';

type AgentIdentity = z.infer<typeof agentIdentitySchema>;

/** What one `ssh-add -l` or `-L` run says; `running`/`identities`/`publicKeys`/`error` fit the report's agent. */
export interface AgentListing {
  state: 'keys' | 'empty' | 'no-agent' | 'agent-error' | 'not-found' | 'unknown';
  running: boolean | null;
  identities: AgentIdentity[];
  publicKeys: string[];
  error: string | null;
}

// `BITS FP COMMENT (TYPE)`; FP is `SHA256:...`, `MD5:aa:..` or pre-6.8 bare MD5 hex.
const IDENTITY =
  /^(\d{1,6}) ((?:SHA256|MD5|SHA1):\S+|[0-9a-f]{2}(?::[0-9a-f]{2}){15})(?: (.*?))? \(([^()\s]+)\)$/;
const PUBLIC_KEY = /^(?:ssh-|ecdsa-|sk-)\S+ AAAA[A-Za-z0-9+/]+=*(?: .*)?$/;
const EMPTY = /^The agent has no identities\.$/;
const NO_AGENT = /^Could not open a connection to your authentication agent\.$/;
const AGENT_ERROR =
  /^(?:Error connecting to agent|error fetching identities|Connection to agent failed)\b.*$/;
const NOT_FOUND =
  /(?:ssh-add: (?:command )?not found|command not found: ssh-add|'ssh-add' is not recognized)/;

/** Parses `ssh-add -l` (mode `l`) or `ssh-add -L` (mode `L`) output and exit code. */
export function parseSshAdd(
  stdout: string,
  stderr: string,
  exitCode: number | null,
  mode: 'l' | 'L',
): AgentListing {
  const out: AgentListing = { state: 'unknown', running: null, identities: [], publicKeys: [], error: null };
  for (const { text } of [...splitInputLines(stdout), ...splitInputLines(stderr)]) {
    const line = text.trim();
    const id = mode === 'l' ? IDENTITY.exec(line) : null;
    if (id) {
      out.identities.push({
        bits: Number(id[1]),
        fingerprint: id[2] ?? '',
        comment: id[3] ?? '',
        type: id[4] ?? '',
      });
    } else if (mode === 'L' && PUBLIC_KEY.test(line)) {
      out.publicKeys.push(line);
    } else if (EMPTY.test(line)) {
      out.state = 'empty';
    } else if (NO_AGENT.test(line)) {
      Object.assign(out, { state: 'no-agent', error: line });
    } else if (AGENT_ERROR.test(line)) {
      Object.assign(out, { state: 'agent-error', error: line });
    } else if (NOT_FOUND.test(line)) {
      Object.assign(out, { state: 'not-found', error: line });
    }
  }
  if (out.identities.length > 0 || out.publicKeys.length > 0) out.state = 'keys';
  else if (out.state === 'unknown' && exitCode === 2) out.state = 'no-agent';
  else if (out.state === 'unknown' && exitCode === 127) out.state = 'not-found';
  out.running = {
    keys: true,
    empty: true,
    'no-agent': false,
    'agent-error': false,
    'not-found': null,
    unknown: null,
  }[out.state];
  return out;
}
