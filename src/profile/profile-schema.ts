// zod schemas of site profiles, loaded only when a profile comes from a file (keeps start-up free of zod).
import { z } from 'zod';

export const keyPolicySchema = z.object({
  /** Key families the site accepts, as ssh-keygen names them (RSA, ED25519, ECDSA...). */
  types: z.array(z.string()).min(1),
  /** Below this an RSA key is rejected. */
  minBits: z.number().int().positive(),
  /** Below this an RSA key gets a warning. */
  recommendedBits: z.number().int().positive(),
  requirePassphrase: z.boolean(),
});

export const profileSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'lower-case letters, digits, - and _'),
  name: z.string(),
  supportAddress: z.string().email(),
  /** `{login}` is replaced by the login. */
  subjectTemplate: z.string().includes('{login}'),
  hosts: z
    .array(
      z.object({
        alias: z.string(),
        hostname: z.string(),
        port: z.number().int().min(1).max(65535).default(22),
        /** Official host key fingerprints (`SHA256:...`), when the site publishes them. */
        hostKeyFingerprints: z.array(z.string()).default([]),
      }),
    )
    .min(1),
  keyPolicy: keyPolicySchema,
  accountFormUrl: z.string().url().optional(),
  helpUrl: z.string().url().optional(),
  language: z.enum(['en', 'fr']).default('en'),
});
