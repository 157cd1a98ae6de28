// Renders the HTML report of `zwgk run` in a real browser (Debian's headless Chromium, driven by
// playwright-core) and checks what an auditor sees: a chart per case with deadline bars coloured by
// verdict, the clock stops hatched, and the switch between Chinese and English.
// CI installs Chromium and sets ZWGK_CHROMIUM (scripts/chromium.sh); on a developer's machine
// without it the test is skipped and says so, and in CI a missing browser fails the run.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { runCli } from '@zwgk/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const executablePath = process.env.ZWGK_CHROMIUM ?? '/usr/bin/chromium';
const available = existsSync(executablePath);
if (!available && (process.env.CI || process.env.ZWGK_CHROMIUM)) throw new Error(`Chromium not found at ${executablePath}: CI must install it (scripts/chromium.sh)`);
if (!available) console.warn(`HTML report browser test skipped: no Chromium at ${executablePath} (run scripts/chromium.sh)`);

const repo = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'zwgk-report-'));
const report = join(dir, 'report.html');
let browser: Browser;

beforeAll(async () => {
  if (!available) return;
  const scenarios = ['disclosure-request/national-day-review-consultation-extension.yaml', 'disclosure-request/out-of-force-2023.yaml'].map((f) => join(repo, 'examples/scenarios', f));
  const code = await runCli(['run', ...scenarios, '--report', report], { stdout: () => {}, stderr: (t) => console.error(t) });
  expect(code).toBe(0);
  // The flags keep Chromium off the network: this machine's closed network refuses its background calls.
  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.runIf(available)('the HTML report in Chromium', () => {
  it('draws a timeline chart per case, deadline bars coloured by verdict, the clock stop hatched', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(report).href);

    const charts = page.locator('svg.timeline-chart');
    await expect.poll(() => charts.count()).toBe(3);
    for (const box of await Promise.all((await charts.all()).map((c) => c.boundingBox()))) expect(box!.width).toBeGreaterThan(800);

    // Evaluated in the page (as text: this project's type-check has no DOM library).
    const fill = async (selector: string) => (await page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).fill`)) as string;
    const met = await fill('rect.deadline-bar[data-deadline="reply"]');
    // 发布协调制度第十条: the consulted agency's silence is deemed consent, not a missed duty.
    const deemed = await fill('rect.deadline-bar[data-deadline="replyApplication"]');
    expect(met).toBe('rgb(45, 164, 78)');
    expect(deemed).toBe('rgb(130, 80, 223)');

    // The reply clock stopped from 10-13 16:00 to 10-19 09:00 while the third party was consulted.
    const pause = await page.locator('rect.pause').first().boundingBox();
    const bar = await page.locator('rect.deadline-bar[data-deadline="reply"]').boundingBox();
    expect(pause!.width).toBeGreaterThan(10);
    expect(pause!.x).toBeGreaterThan(bar!.x);
    expect(pause!.x + pause!.width).toBeLessThan(bar!.x + bar!.width);

    const png = await page.screenshot({ fullPage: true });
    expect(png.length).toBeGreaterThan(20_000);
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]); // readable offline
    await page.close();
  });

  it('shows Chinese first and switches to English and back', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(report).href);
    const zhTitle = page.locator('h1 [lang="zh"]');
    const enTitle = page.locator('h1 [lang="en"]');
    await expect.poll(() => zhTitle.isVisible()).toBe(true);
    expect(await enTitle.isVisible()).toBe(false);
    await page.click('button[data-set-lang="en"]');
    expect(await enTitle.isVisible()).toBe(true);
    expect(await zhTitle.isVisible()).toBe(false);
    expect(await page.locator('.deadlines tbody tr[data-verdict="deemed"] .badge [lang="en"]').first().textContent()).toBe('deemed consent');
    await page.click('button[data-set-lang="zh"]');
    expect(await zhTitle.isVisible()).toBe(true);
    await page.close();
  });
});
