// Headless Debian Chromium driven by playwright-core, with every request and console error recorded, so page tests
// can assert that a self-contained page loads nothing from the network and runs without errors.
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The browser binary, or null (the tests then fail with a message that says what to install). */
export function chromiumPath(): string | null {
  return process.env.CHROMIUM_PATH ?? CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (executablePath === null)
    throw new Error('Chromium not found: apt-get install chromium (scripts/test-prereqs.sh)');
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What a page did while it loaded: requests other than the page itself, and console errors. */
export interface PageLog {
  requests: string[];
  errors: string[];
}

/** Opens a local file and records its requests and errors. */
export async function openFile(browser: Browser, path: string): Promise<{ page: Page; log: PageLog }> {
  const page = await browser.newPage();
  const url = `file://${path}`;
  const log: PageLog = { requests: [], errors: [] };
  page.on('request', (r) => {
    if (r.url() !== url) log.requests.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(e.message));
  await page.goto(url, { waitUntil: 'load' });
  return { page, log };
}
