import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimMessage, recoverStaleClaims, releaseClaim, rewriteClaim, STALE_CLAIM_MS } from './claim.js';
import { listMessages, newMessageName, outboxPath, saveMessage } from './outbox.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'sshd-outbox-'));

describe('outbox', () => {
  it('stores a message atomically (nothing left in tmp/) with mode 0600 in 0700 folders', async () => {
    const dir = fresh();
    const raw = Buffer.from('To: a@example.org\r\n\r\nhello\r\n');
    const path = await saveMessage(dir, raw);
    expect(path.startsWith(outboxPath(dir, 'outbox'))).toBe(true);
    expect(readFileSync(path).equals(raw)).toBe(true);
    expect(readdirSync(outboxPath(dir, 'tmp'))).toEqual([]);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(outboxPath(dir, 'outbox')).mode & 0o777).toBe(0o700);
  });

  it('names sort in creation order', () => {
    const a = newMessageName(new Date('2026-01-01T09:59:59.999Z'));
    const b = newMessageName(new Date('2026-01-01T10:00:00.000Z'));
    expect([b, a].sort()).toEqual([a, b]);
    expect(a).toMatch(/^2026-01-01T09-59-59-999Z-\d+-[0-9a-f]{8}\.eml$/);
  });

  it('lists nothing when the outbox does not exist yet', async () => {
    expect(await listMessages(join(fresh(), 'missing'))).toEqual([]);
  });
});

describe('claims', () => {
  it('lets exactly one of many concurrent claimers win', async () => {
    const dir = fresh();
    const path = await saveMessage(dir, Buffer.from('x'));
    const name = path.split('/').pop() ?? '';
    const claims = await Promise.all(Array.from({ length: 20 }, () => claimMessage(dir, name)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await listMessages(dir)).toEqual([]);
  });

  it('moves a claim on to sent/, failed/ or back to outbox/, bytes unchanged', async () => {
    const dir = fresh();
    const raw = Buffer.from('message');
    const name = (await saveMessage(dir, raw)).split('/').pop() ?? '';
    let claim = await claimMessage(dir, name);
    if (!claim) throw new Error('no claim');
    expect(await releaseClaim(claim, 'outbox')).toBe(outboxPath(dir, 'outbox', name));
    claim = await claimMessage(dir, name);
    if (!claim) throw new Error('no claim');
    await rewriteClaim(claim, Buffer.from('From: a@example.org\r\nmessage'));
    const sent = await releaseClaim(claim, 'sent');
    expect(readFileSync(sent, 'utf8')).toBe('From: a@example.org\r\nmessage');
    expect(readdirSync(outboxPath(dir, 'sending'))).toEqual([]);
    expect(readdirSync(outboxPath(dir, 'tmp'))).toEqual([]);
  });

  it('recovers the claim of a dead process and of a very old one, not of a live one', async () => {
    const dir = fresh();
    const names = await Promise.all(['a', 'b', 'c'].map((t) => saveMessage(dir, Buffer.from(t))));
    const [dead, old, live] = names.map((p) => p.split('/').pop() ?? '');
    const host = (hostname() || 'localhost').replace(/[^A-Za-z0-9.-]/g, '_');
    renameSync(
      outboxPath(dir, 'outbox', dead ?? ''),
      outboxPath(dir, 'sending', `${dead}@${host}@999999999`),
    );
    renameSync(outboxPath(dir, 'outbox', old ?? ''), outboxPath(dir, 'sending', `${old}@elsewhere@1`));
    const liveClaim = await claimMessage(dir, live ?? '');
    expect(liveClaim).toBeDefined();
    writeFileSync(join(dir, 'sending', 'junk'), '');
    // ctime cannot be set back; judge the age from a clock moved forward instead
    expect(await recoverStaleClaims(dir)).toEqual([dead]);
    expect(await recoverStaleClaims(dir, Date.now() + STALE_CLAIM_MS + 60_000)).toEqual([old, live].sort());
    expect(existsSync(join(dir, 'sending', 'junk'))).toBe(true);
  });
});
