// Picks the site profile: --profile (id or JSON file) > $SSH_DOCTOR_PROFILE > config file > ipsl.
import { readFileSync } from 'node:fs';
import { ConfigError } from '../errors.js';
import type { ConfigFile } from './config.js';
import { BUILTIN_PROFILES, type Profile } from './profile.js';

/** The zod schemas, loaded only for profiles that come from a file. */
const schemas = async () => {
  const [{ profileSchema }, { describeZodError }] = await Promise.all([
    import('./profile-schema.js'),
    import('./config-schema.js'),
  ]);
  return { profileSchema, describeZodError };
};

async function fromFile(path: string): Promise<Profile> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`cannot read profile file ${path}: ${(error as Error).message}`);
  }
  const { profileSchema, describeZodError } = await schemas();
  const parsed = profileSchema.safeParse(json);
  if (!parsed.success) throw new ConfigError(`profile file ${path}: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

async function fromConfig(id: string, config: ConfigFile, seen: Set<string>): Promise<Profile | undefined> {
  const custom = config.profiles?.[id];
  if (!custom) return BUILTIN_PROFILES[id];
  if (seen.has(id)) throw new ConfigError(`profile ${id} extends itself`);
  seen.add(id);
  const { extends: parentId, ...own } = custom;
  const parent = parentId === undefined ? undefined : await fromConfig(parentId, config, seen);
  if (parentId !== undefined && !parent)
    throw new ConfigError(`profile ${id} extends unknown profile ${parentId}`);
  const { profileSchema, describeZodError } = await schemas();
  const parsed = profileSchema.safeParse({ ...parent, ...own, id });
  if (!parsed.success) throw new ConfigError(`profile ${id} in config: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

/** Resolves a profile name or path; throws a ConfigError listing the known ids when it is unknown. */
export async function resolveProfile(requested: string | undefined, config: ConfigFile): Promise<Profile> {
  const id = requested ?? config.profile ?? 'ipsl';
  if (id.endsWith('.json') || id.includes('/')) return fromFile(id);
  const profile = await fromConfig(id, config, new Set());
  if (profile) return profile;
  const known = [...new Set([...Object.keys(BUILTIN_PROFILES), ...Object.keys(config.profiles ?? {})])];
  throw new ConfigError(`unknown profile '${id}'`, { hint: `known profiles: ${known.join(', ')}` });
}
