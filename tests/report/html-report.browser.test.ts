// Renders the HTML report of `zwgk run` in a real browser (Debian's headless Chromium, driven by
// playwright-core) and checks what an auditor sees: a chart per case with deadline bars coloured by
// verdict, the clock stops hatched, and the switch between Chinese and English.
// CI installs Chromium and sets ZWGK_CHROMIUM (scripts/chromium.sh); on a developer's machine
// without it the test is skipped and says so, and in CI a missing browser fails the run.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from '@zwgk/cli';
import type { CaseTimeline, DeadlineBar, ScenarioReport } from '@zwgk/scenarios';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlReport } from '../../packages/cli/src/report/html-report.js';

const executablePath = process.env.ZWGK_CHROMIUM ?? '/usr/bin/chromium';
const available = existsSync(executablePath);
if (!available && (process.env.CI || process.env.ZWGK_CHROMIUM))
  throw new Error(`Chromium not found at ${executablePath}: CI must install it (scripts/chromium.sh)`);
if (!available) console.warn(`HTML report browser test skipped: no Chromium at ${executablePath} (run scripts/chromium.sh)`);

const repo = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'zwgk-report-'));
const report = join(dir, 'report.html');
const honest = join(dir, 'honest-outcomes.html');

/** A deadline bar as the timeline gives it, ended with `verdict`. */
function bar(name: string, label: DeadlineBar['label'], verdict: DeadlineBar['verdict'], endedAt: string): DeadlineBar {
  return {
    name,
    label,
    unit: 'workingDays',
    length: 5,
    extensions: [],
    startedAt: '2020-09-29T10:00:00+08:00',
    dueAt: '2020-10-16T00:00:00+08:00',
    warnAt: null,
    endedAt,
    verdict,
    pauses: [],
    citation: '《西吉县政府政务信息发布协调制度》第十条',
    explanation: ['起算 started: 自2020-09-29起5个工作日'],
  };
}

/** A report whose one case has a deadline that elapsed by design and a silence deemed consent. */
function honestOutcomesReport(): ScenarioReport {
  const timeline: CaseTimeline = {
    caseId: 'coord-1',
    module: {
      id: 'release-coordination',
      version: '1.0.0',
      title: { zh: '政府政务信息发布协调', en: 'release coordination' },
      regulation: '西吉县政府政务信息发布协调制度',
    },
    status: 'done',
    state: 'settled',
    stateWords: { zh: '协调完毕', en: 'settled' },
    openedAt: '2020-09-29T10:00:00+08:00',
    closedAt: '2020-10-16T00:00:00+08:00',
    entries: [
      {
        seq: 1,
        at: '2020-09-29T10:00:00+08:00',
        kind: 'case.opened',
        label: { zh: '立案', en: 'opened' },
        text: 'release-coordination opened in state routing',
        words: { zh: '立案，进入「分流」', en: 'opened in “routing”' },
        clauses: [],
      },
      {
        seq: 2,
        at: '2020-10-16T00:00:00+08:00',
        kind: 'case.closed',
        label: { zh: '办结', en: 'closed' },
        text: 'in state settled',
        words: { zh: '办结于「协调完毕」', en: 'closed in “settled”' },
        clauses: [],
      },
    ],
    deadlines: [
      bar('display', { zh: '公示期', en: 'display period' }, 'elapsed', '2020-10-16T00:00:00+08:00'),
      bar('consultation', { zh: '会签答复期限', en: 'consultation reply' }, 'deemed', '2020-10-16T00:00:00+08:00'),
    ],
    children: [],
  };
  return {
    file: 'honest-outcomes.yaml',
    scenario: '发布协调：公示期满，财政局逾期未答复视为同意',
    description: {
      zh: '财政局在期限内未答复，依第十条视为同意。',
      en: 'The finance bureau does not answer in time: consent is deemed (第十条).',
    },
    ok: true,
    checked: 2,
    failures: [],
    refusals: [],
    start: '2020-09-29T10:00:00+08:00',
    end: '2020-10-16T00:00:00+08:00',
    cases: [timeline],
  } as ScenarioReport;
}
let browser: Browser;

beforeAll(async () => {
  if (!available) return;
  const scenarios = ['disclosure-request/national-day-review-consultation-extension.yaml', 'disclosure-request/out-of-force-2023.yaml'].map(
    (f) => join(repo, 'examples/scenarios', f),
  );
  const code = await runCli(['run', ...scenarios, '--report', report], { stdout: () => {}, stderr: (t) => console.error(t) });
  expect(code).toBe(0);
  writeFileSync(honest, htmlReport([honestOutcomesReport()]));
  // The flags keep Chromium off the network: this machine's closed network refuses its background calls.
  browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.runIf(available)('the HTML report in Chromium', { timeout: 60_000 }, () => {
  it('draws a timeline chart per case, deadline bars coloured by verdict, the clock stop hatched', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(report).href);

    const charts = page.locator('svg.timeline-chart');
    await expect.poll(() => charts.count()).toBe(3);
    for (const box of await Promise.all((await charts.all()).map((c) => c.boundingBox()))) expect(box!.width).toBeGreaterThan(800);

    // Evaluated in the page (as text: this project's type-check has no DOM library).
    const fill = async (selector: string) =>
      (await page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).fill`)) as string;
    const met = await fill('rect.deadline-bar[data-deadline="reply"]');
    // 发布协调制度第十条: the consulted agency's silence is deemed consent, not a missed duty.
    const deemed = await fill('rect.deadline-bar[data-deadline="replyApplication"]');
    expect(met).toBe('rgb(45, 164, 78)');
    expect(deemed).toBe('rgb(102, 57, 186)');

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
    expect(await page.locator('.deadlines tbody tr[data-verdict="deemed"] .badge [lang="en"]').first().textContent()).toBe(
      'deemed consent',
    );
    await page.click('button[data-set-lang="zh"]');
    expect(await zhTitle.isVisible()).toBe(true);
    await page.close();
  });

  it('gives an elapsed period and a silence deemed consent their own colour and label, in both languages', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(pathToFileURL(honest).href);
    const fill = async (selector: string) =>
      (await page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).fill`)) as string;
    const background = async (selector: string) =>
      (await page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).backgroundColor`)) as string;
    expect(await fill('rect.deadline-bar[data-verdict="elapsed"]')).toBe('rgb(27, 124, 131)');
    expect(await fill('rect.deadline-bar[data-verdict="deemed"]')).toBe('rgb(102, 57, 186)');
    expect(await background('.deadlines tr[data-verdict="elapsed"] .badge')).toBe('rgb(27, 124, 131)');
    expect(await background('.legend .verdict-deemed')).toBe('rgb(102, 57, 186)');
    const colours = new Set<string>();
    for (const v of ['met', 'missed', 'overdue', 'elapsed', 'deemed', 'open', 'cancelled'])
      colours.add(await background(`.legend .verdict-${v}`));
    expect(colours.size).toBe(7); // neither is painted as 逾期 (missed) or any other verdict

    const badge = (verdict: string) => page.locator(`.deadlines tr[data-verdict="${verdict}"] .badge`);
    expect(await badge('elapsed').innerText()).toBe('期满');
    expect(await badge('deemed').innerText()).toBe('视为同意');
    expect(await page.locator('p.description').innerText()).toBe('财政局在期限内未答复，依第十条视为同意。');
    await page.click('button[data-set-lang="en"]');
    expect(await badge('elapsed').innerText()).toBe('elapsed');
    expect(await badge('deemed').innerText()).toBe('deemed consent');
    expect(await page.locator('p.description').innerText()).toBe('The finance bureau does not answer in time: consent is deemed (第十条).');
    await page.close();
  });

  it('shows states and events in the module’s words, numbers the event dots as the timeline rows, and wraps no column one character a line', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(pathToFileURL(report).href);
    await page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })");
    const states = await page.locator('h3 .state [lang="zh"]').allInnerTexts();
    expect(states.length).toBeGreaterThan(0);
    expect(states.join('\n')).not.toMatch(/[a-z]\.[a-z(]/); // no raw xstate path such as handling.(main.examining|…)
    const entries = await page.locator('table.entries td.wide [lang="zh"]').allInnerTexts();
    expect(entries.some((text) => text.includes('延长答复期限'))).toBe(true); // the module's own event label
    expect(entries.join('\n')).not.toContain('reply.extended');

    // Every numbered dot of the first chart has its row in the first case's timeline table.
    const firstCase = page.locator('article.case').first();
    const dots = await firstCase.locator(':scope > svg g.event-dot text.event-num').allTextContents();
    const rows = await firstCase
      .locator(':scope > details table.entries tr[data-seq]')
      .evaluateAll((trs) => trs.map((tr) => (tr as unknown as { dataset: { seq: string } }).dataset.seq));
    expect(dots.length).toBeGreaterThan(3);
    for (const n of dots) expect(rows).toContain(n);

    // The first deadline calculation is explained too (the reply was paused, resumed and extended).
    const reply = await page.locator('.deadlines tr[data-verdict="met"] td.wide').first().innerText();
    expect(reply).toContain('起算 started');
    expect(reply).toContain('恢复计时 resumed');
    expect(reply).toContain('延长 extended');

    // No table cell with text is narrower than two and a half characters of its font.
    const narrow = (await page.evaluate(
      `[...document.querySelectorAll('td')].filter((td) => td.innerText.trim().length > 1 && td.getBoundingClientRect().width < 2.5 * parseFloat(getComputedStyle(td).fontSize)).map((td) => td.innerText.slice(0, 20))`,
    )) as string[];
    expect(narrow).toEqual([]);
    await page.close();
  });
});
