// The identity file names ssh tries on its own (ssh -G on 9.2), so a key saved under another name is spotted.

/** Private key names ssh loads from `~/.ssh` without any IdentityFile, in its order. */
export const DEFAULT_KEY_NAMES = [
  'id_rsa',
  'id_ecdsa',
  'id_ecdsa_sk',
  'id_ed25519',
  'id_ed25519_sk',
  'id_xmss',
  'id_dsa',
] as const;

/** Is `name` (a base name) one of the default identity files or its `.pub`? */
export function isDefaultKeyName(name: string): boolean {
  const base = name.endsWith('.pub') ? name.slice(0, -4) : name;
  return DEFAULT_KEY_NAMES.some((n) => n === base);
}
