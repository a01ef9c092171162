// Per-message lock: a send takes a message by renaming it into `sending/` (atomic: only one run can win).
import { readdir, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { moveMessage, outboxPath, syncDir, writeAtomically } from './outbox.js';

/** A message this process owns until it calls `releaseClaim`. */
export interface Claim {
  stateDir: string;
  name: string;
  /** Current path, in `sending/`. */
  path: string;
}

/** A claim older than this is stale whatever its owner (sends are bounded to about a minute). */
export const STALE_CLAIM_MS = 30 * 60_000;

const HOST = (hostname() || 'localhost').replace(/[^A-Za-z0-9.-]/g, '_');

function claimName(name: string): string {
  return `${name}@${HOST}@${process.pid}`;
}

function parseClaimName(entry: string): { name: string; host: string; pid: number } | undefined {
  const match = /^(.+\.eml)@([^@]+)@(\d+)$/.exec(entry);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  return { name: match[1], host: match[2], pid: Number(match[3]) };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes `outbox/<name>`; undefined when another run already took it (or it is gone). */
export async function claimMessage(stateDir: string, name: string): Promise<Claim | undefined> {
  const path = outboxPath(stateDir, 'sending', claimName(name));
  return (await moveMessage(outboxPath(stateDir, 'outbox', name), path))
    ? { stateDir, name, path }
    : undefined;
}

/** Replaces the claimed bytes (e.g. a From added at send time); the outbox keeps exactly what is sent. */
export async function rewriteClaim(claim: Claim, raw: Buffer): Promise<void> {
  await writeAtomically(claim.stateDir, `${claim.name}.rewrite`, raw, claim.path);
}

/** Moves a claimed message on: `sent/`, `failed/`, or back to `outbox/`; returns its new path. */
export async function releaseClaim(claim: Claim, to: 'sent' | 'failed' | 'outbox'): Promise<string> {
  const dest = outboxPath(claim.stateDir, to, claim.name);
  await moveMessage(claim.path, dest);
  await syncDir(outboxPath(claim.stateDir, to));
  return dest;
}

/** Puts back into `outbox/` the claims of runs that died (same host, pid gone) or that are too old. */
export async function recoverStaleClaims(stateDir: string, now = Date.now()): Promise<string[]> {
  const recovered: string[] = [];
  for (const entry of (await listClaims(stateDir)).map(parseClaimName)) {
    if (!entry) continue;
    const path = outboxPath(stateDir, 'sending', `${entry.name}@${entry.host}@${entry.pid}`);
    const age = await stat(path).then(
      (s) => now - s.ctimeMs,
      () => undefined,
    );
    if (age === undefined) continue;
    const dead = entry.host === HOST && !isAlive(entry.pid);
    if (
      (dead || age > STALE_CLAIM_MS) &&
      (await moveMessage(path, outboxPath(stateDir, 'outbox', entry.name)))
    ) {
      recovered.push(entry.name);
    }
  }
  return recovered;
}

async function listClaims(stateDir: string): Promise<string[]> {
  try {
    return (await readdir(outboxPath(stateDir, 'sending'))).sort();
  } catch {
    return [];
  }
}
