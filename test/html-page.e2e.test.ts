// The triage and report pages in a real headless Chromium: no network request, no console error, one row per
// ticket, filtering by cause, evidence visible in its log lines, and the connection timeline of a report.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { rediagnose } from '../src/assemble/assemble-report.js';
import { IPSL_PROFILE } from '../src/profile/profile.js';
import { excerptsFor } from '../src/render/html/excerpts.js';
import { renderReportHtml } from '../src/render/html/report-page.js';
import { createTriagePage, type HtmlTicket } from '../src/render/html/triage-page.js';
import { launchBrowser, openFile } from './harness/browser.js';
import { type SshEnv, startSshEnv } from './harness/ssh-env.js';
import { loadFixtures } from './support/fixture.js';

/** Recorded collect reports, diagnosed by today's rules (the stored JSON keeps the evidence, not the verdict). */
const RECORDED = loadFixtures('fixtures').flatMap((f) =>
  f.report ? [{ name: f.name, report: rediagnose(f.report, IPSL_PROFILE) }] : [],
);
let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'ssh-doctor-html-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

function ticketOf(i: number): HtmlTicket {
  const f = RECORDED[i];
  if (!f) throw new Error('no such fixture');
  const r = f.report;
  return {
    id: `${f.name}.eml`,
    login: r.target.login,
    sender: `user${i}@example.org`,
    date: `2026-11-${String((i % 28) + 1).padStart(2, '0')}T10:00:00Z`,
    cause: r.cause,
    group: r.target.login,
    subject: `ssh first connexion problem for login '${r.target.login}'`,
    findings: r.findings,
    excerpts: excerptsFor(
      r,
      r.findings.flatMap((x) => x.evidence),
    ),
  };
}

describe('triage --html page', () => {
  it('loads offline, shows one row per ticket, filters by cause and shows evidence', async () => {
    expect(RECORDED.length).toBeGreaterThan(5);
    expect(RECORDED.filter((f) => f.report.findings.length > 0).length).toBeGreaterThan(5);
    const writer = createTriagePage();
    const tickets = RECORDED.map((_, i) => ticketOf(i));
    const html = writer.begin() + tickets.map((t) => writer.entry(t)).join('') + writer.end();
    const path = join(dir, 'triage.html');
    writeFileSync(path, html);
    const { page, log } = await openFile(browser, path);
    expect(log).toEqual({ requests: [], errors: [] });
    expect(await page.locator('tbody.ticket').count()).toBe(tickets.length);
    expect(await page.locator('#shown').textContent()).toBe(String(tickets.length));

    const cause = tickets.find((t) => t.cause === 'auth_failed')?.cause ?? tickets[0]?.cause ?? '';
    const want = tickets.filter((t) => t.cause === cause).length;
    await page.selectOption('#cause-filter', cause);
    expect(await page.locator('tbody.ticket:visible').count()).toBe(want);
    expect(await page.locator('#shown').textContent()).toBe(String(want));
    await page.selectOption('#cause-filter', '');
    expect(await page.locator('tbody.ticket:visible').count()).toBe(tickets.length);

    // Every ticket with evidence shows its first evidence line, highlighted, on screen.
    let checked = 0;
    for (const t of tickets) {
      const first = t.findings.flatMap((f) => f.evidence)[0];
      if (!first) continue;
      checked += 1;
      const hit = page
        .locator(`tbody.ticket[data-id="${t.id}"] pre.log .hit`)
        .filter({ hasText: first.text.trim() });
      expect({ ticket: t.id, visible: await hit.first().isVisible() }).toEqual({
        ticket: t.id,
        visible: true,
      });
    }
    expect(checked).toBeGreaterThan(5);
    // Sorting by login puts the rows in order.
    await page.click('th button[data-key="login"]');
    const logins = await page
      .locator('tbody.ticket')
      .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-login') ?? ''));
    expect(logins).toEqual([...logins].sort((a, b) => a.localeCompare(b)));
    expect(await page.locator('#summary svg.chart').count()).toBe(2);
    expect(log.errors).toEqual([]);
  });
});

describe('collect --html page', () => {
  it('shows the verdict, a connection timeline and each finding', async () => {
    const f = RECORDED.find((x) => x.name === 'key-not-authorized') ?? RECORDED[0];
    if (!f) throw new Error('no recorded fixture');
    const path = join(dir, 'report.html');
    writeFileSync(path, renderReportHtml(f.report));
    const { page, log } = await openFile(browser, path);
    expect(log).toEqual({ requests: [], errors: [] });
    expect(await page.locator('#verdict .cause').textContent()).toBe(f.report.cause);
    const steps = await page.locator('ol.timeline li').allTextContents();
    expect(steps.some((s) => s.startsWith('Connect to'))).toBe(true);
    expect(steps.some((s) => s.startsWith('Key '))).toBe(true);
    expect(steps.at(-1)).toMatch(/^Result: |^Authenticated/);
    expect(f.report.findings.length).toBeGreaterThan(0);
    expect(await page.locator('#findings .finding').count()).toBe(f.report.findings.length);
    expect(await page.locator('#findings pre.log .hit').first().isVisible()).toBe(true);
  });
});

describe('collect --html against a real sshd', () => {
  let env: SshEnv | undefined;
  afterAll(async () => {
    await env?.stop();
  });

  it('writes a page with the refused key in the timeline and the denial highlighted', async () => {
    env = await startSshEnv({ keys: [{ file: 'id_rsa', authorize: false }] });
    const page = join(env.user.home, 'report.html');
    const r = await env.cli([...env.targetArgs(), '--no-mail', '--html', page]);
    expect(r.exitCode).toBe(1);
    const { page: p, log } = await openFile(browser, page);
    expect(log).toEqual({ requests: [], errors: [] });
    expect(await p.locator('#verdict .cause').textContent()).toBe('auth_failed');
    const steps = await p.locator('ol.timeline li').allTextContents();
    expect(steps.filter((s) => /^Key .*id_rsa.*: refused$/.test(s))).toHaveLength(1);
    expect(await p.locator('#findings pre.log .hit').filter({ hasText: 'Permission denied' }).count()).toBeGreaterThan(0);
  }, 120_000);

  it('says in one line when the file cannot be written', async () => {
    env ??= await startSshEnv({ keys: [{ file: 'id_rsa' }] });
    const r = await env.cli([...env.targetArgs(), '--no-mail', '--html', '/nonexistent-dir/report.html']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--html: cannot write \/nonexistent-dir\/report\.html/);
  }, 120_000);
});
