// The report's schemaVersion: a constant of its own, so that the code that builds reports does not load zod.
export const SCHEMA_VERSION = 1 as const;
