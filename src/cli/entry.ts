// Where the running CLI file is, for code that starts it again as a worker thread (`triage --jobs`); null when
// ssh-doctor runs from its TypeScript sources (tests), which then stays in one thread.
export const entry: { url: string | null } = { url: null };
