// Site profiles: who to mail, which hosts, which key policy. The default is the IPSL mesocenter (seed help page).
import type { z } from 'zod';
import type { keyPolicySchema, profileSchema } from './profile-schema.js';

export type KeyPolicy = z.infer<typeof keyPolicySchema>;
export type Profile = z.infer<typeof profileSchema>;

/** The IPSL mesocenter, from its "About SSH Keys" help page. */
export const IPSL_PROFILE: Profile = {
  id: 'ipsl',
  name: 'IPSL mesocenter',
  supportAddress: 'meso-support@ipsl.fr',
  subjectTemplate: "ssh first connexion problem for login '{login}'",
  hosts: [
    { alias: 'ciclad', hostname: 'ciclad.ipsl.jussieu.fr', port: 22, hostKeyFingerprints: [] },
    { alias: 'ciclad-ng', hostname: 'ciclad-ng.ipsl.upmc.fr', port: 22, hostKeyFingerprints: [] },
    { alias: 'climserv', hostname: 'camelot.ipsl.polytechnique.fr', port: 22, hostKeyFingerprints: [] },
  ],
  keyPolicy: { types: ['RSA'], minBits: 2048, recommendedBits: 4096, requirePassphrase: true },
  language: 'en',
};

/** A permissive profile for any other site: every modern key type, no support address guess. */
export const GENERIC_PROFILE: Profile = {
  id: 'generic',
  name: 'Generic OpenSSH site',
  supportAddress: 'root@localhost',
  subjectTemplate: "ssh first connexion problem for login '{login}'",
  hosts: [{ alias: 'localhost', hostname: 'localhost', port: 22, hostKeyFingerprints: [] }],
  keyPolicy: {
    types: ['RSA', 'ED25519', 'ECDSA', 'ED25519-SK', 'ECDSA-SK'],
    minBits: 2048,
    recommendedBits: 3072,
    requirePassphrase: true,
  },
  language: 'en',
};

export const BUILTIN_PROFILES: Record<string, Profile> = { ipsl: IPSL_PROFILE, generic: GENERIC_PROFILE };

/** The subject line for a login, from the profile's template. */
export function subjectFor(profile: Profile, login: string): string {
  return profile.subjectTemplate.replaceAll('{login}', login);
}
