// What `ssh -v/-vv/-vvv` showed, parsed: the contract between src/parse/ssh-verbose and the diagnosis rules.
import { z } from 'zod';

const nullableString = z.string().nullable();
const int = z.number().int();
const lineNo = int.min(1);

/** A product/version string as ssh prints it (`OpenSSH_9.2p1 Debian-2`, `dropbear_2022.83`). */
export const softwareVersionSchema = z.object({
  raw: z.string(),
  product: z.string(),
  major: int.nullable(),
  minor: int.nullable(),
  patch: int.nullable(),
  /** Crypto library part of the client banner (`OpenSSL 3.0.19 27 Jan 2026`), null for a server. */
  crypto: nullableString,
});

/** One line of the input that matters, with its 1-based line number, quoted verbatim (no CR, no `> `). */
export const connectionEventSchema = z.object({ line: lineNo, text: z.string(), kind: z.string() });
export type ConnectionEvent = z.infer<typeof connectionEventSchema>;

export const hostKeyStatusSchema = z.enum(['known', 'added', 'changed', 'unknown', 'revoked']);

const proposalSchema = z.object({
  kex: z.array(z.string()),
  hostkey: z.array(z.string()),
  ciphers: z.array(z.string()),
  macs: z.array(z.string()),
  compression: z.array(z.string()),
});
export type KexProposal = z.infer<typeof proposalSchema>;

/** A key as `format_identity()` and its older variants print it. */
export const keyRefSchema = z.object({
  /** File path, or the agent key's comment. */
  key: z.string(),
  /** `RSA`, `ED25519`, ... as printed, or null when the line does not say. */
  type: nullableString,
  fingerprint: nullableString,
  /** `explicit` (IdentityFile/-i), `agent` (signed by the agent), `default` (neither), `unknown` (old wording). */
  source: z.enum(['explicit', 'agent', 'default', 'unknown']),
  /** Trailing words as printed: `explicit`, `agent`, `token`, `authenticator`. */
  flags: z.array(z.string()),
});
export type KeyRef = z.infer<typeof keyRefSchema>;

export const authResultSchema = z.enum([
  'accepted',
  'refused',
  'skipped',
  'load-failed',
  'sign-failed',
  'unknown',
]);
export type AuthResult = z.infer<typeof authResultSchema>;

export const authAttemptSchema = keyRefSchema.extend({
  /** `offer`: public key probe (`Offering ...`); `private-key`: `Trying private key`; `prepare`: skipped before any offer. */
  method: z.enum(['offer', 'private-key', 'prepare']),
  result: authResultSchema,
  /** The server said `Server accepts key` for it (any later failure is then client-side). */
  serverAccepted: z.boolean(),
  /** Why it was skipped or failed, as ssh printed it (`bad permissions`, `no mutual signature algorithm`). */
  reason: nullableString,
  line: lineNo,
});
export type AuthAttempt = z.infer<typeof authAttemptSchema>;

export const connectionSchema = z.object({
  outcome: z.enum(['success', 'failure', 'not-run', 'unknown']),
  clientVersion: softwareVersionSchema.nullable(),
  /** `Remote protocol version 2.0, remote software version OpenSSH_7.4`. */
  serverVersion: softwareVersionSchema.extend({ protocol: nullableString }).nullable(),
  configFiles: z.array(z.string()),
  appliedOptions: z.array(z.object({ file: z.string(), line: int, pattern: z.string() })),
  connectAttempts: z.array(
    z.object({
      host: nullableString,
      address: z.string(),
      port: int.nullable(),
      result: z.enum(['connected', 'failed', 'unknown']),
      error: nullableString,
    }),
  ),
  proxy: z.object({
    command: nullableString,
    jump: nullableString,
    /** A second client banner line: a nested ssh (ProxyJump or `ProxyCommand ssh ...`) writes to the same stderr. */
    nested: z.boolean(),
    nestedClientVersions: z.array(z.string()),
  }),
  kex: z.object({
    algorithm: nullableString,
    hostKeyAlgorithm: nullableString,
    cipherCtoS: nullableString,
    cipherStoC: nullableString,
    macCtoS: nullableString,
    macStoC: nullableString,
    strict: z.boolean(),
  }),
  /** Only with `-vv` or more. */
  proposals: z.object({ client: proposalSchema.nullable(), server: proposalSchema.nullable() }),
  negotiationFailure: z
    .object({
      list: z.enum(['kex', 'hostkey', 'cipher', 'mac', 'compression']),
      theirOffer: z.array(z.string()),
      line: lineNo,
    })
    .nullable(),
  hostKey: z.object({ type: z.string(), fingerprint: z.string() }).nullable(),
  hostKeyStatus: hostKeyStatusSchema.nullable(),
  /** The known_hosts entry that matched (`Found key in`) or is stale (`Offending ... key in`). */
  knownHosts: z.object({ file: z.string(), line: int.nullable() }).nullable(),
  identityFiles: z.array(z.object({ path: z.string(), type: int, keyType: nullableString })),
  agent: z.object({
    keys: int.nullable(),
    socketError: nullableString,
    empty: z.boolean(),
    bound: z.boolean(),
  }),
  willAttempt: z.array(keyRefSchema),
  serverSigAlgs: z.array(z.string()).nullable(),
  /** `Authenticating to HOST:PORT as 'USER'`: the remote user really used. */
  authTarget: z.object({ host: z.string(), port: int.nullable(), user: z.string() }).nullable(),
  authMethodsCanContinue: z.array(z.array(z.string())),
  authAttempts: z.array(authAttemptSchema),
  /** Method of the successful authentication (`publickey`), `unknown` for the ≤8.6 wording without it. */
  authenticatedWith: nullableString,
  permissionDenied: z
    .object({ user: nullableString, host: nullableString, methods: z.array(z.string()), line: lineNo })
    .nullable(),
  disconnect: z.object({ code: int.nullable(), reason: z.string(), line: lineNo }).nullable(),
  /** The last error line (not debug) of the run. */
  finalError: z.object({ line: lineNo, text: z.string() }).nullable(),
  events: z.array(connectionEventSchema),
  /** Lines no pattern knew (debug noise excluded): a count and the first few, so nothing is silently lost. */
  unknownLines: z.object({ count: int, sample: z.array(z.object({ line: lineNo, text: z.string() })) }),
  lineCount: int,
});
/** The parsed `ssh -vvv` run. */
export type Connection = z.infer<typeof connectionSchema>;
