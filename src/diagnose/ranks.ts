// One table of cause ranks so the ordering "connection < negotiation < key use < auth < policy" is visible at once.

/** Lower wins. Errors always come before warnings; among errors the lowest rank names the cause. */
export const RANK = {
  /** ssh stopped before connecting (config file errors). */
  config: 5,
  /** A proxy failed: the nested ssh's own errors must not be read as the target's. */
  proxy: 8,
  network: 10,
  closed: 20,
  hostKey: 100,
  negotiation: 110,
  /** The client could not use a key the server would take (permissions, format, passphrase, agent). */
  keyUse: 200,
  signature: 210,
  tooManyAuth: 220,
  /** A site-policy finding that explains why the offered key was refused. */
  policyExplains: 230,
  keyRefused: 240,
  keyNotOffered: 245,
  noKey: 250,
  denied: 260,
  policy: 300,
  info: 900,
} as const;
