// The content script in real headless Chromium: main-thread time, longest task and time to first highlight,
// on a typical article and on a page with 1 MB of article text, against the same page without the extension.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launch, sendToTab, startServer, type PageName } from '../tests/e2e/harness';

// installed before any page script: long tasks, DOMContentLoaded, and the first frame with a Tanys highlight
const PROBE = `(() => {
  const w = window; w.__probe = { long: [], dcl: 0, first: 0 };
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__probe.long.push(e.duration); }).observe({ type: 'longtask', buffered: true }); } catch {}
  document.addEventListener('DOMContentLoaded', () => { w.__probe.dcl = performance.now(); });
  const poll = () => {
    const h = CSS.highlights;
    if (h && ((h.get('tanys-person')?.size ?? 0) + (h.get('tanys-office')?.size ?? 0) + (h.get('tanys-body')?.size ?? 0)) > 0) { w.__probe.first = performance.now(); return; }
    if (performance.now() < 20000) setTimeout(poll, 2);
  };
  poll();
})();`;

interface Sample {
  /** The content script's own count of its main-thread work (status reply), when it ran. */
  own?: { load: number; page: number; longest: number };
  taskMs: number;
  longest: number;
  longTasks: number;
  firstAfterDcl: number | null;
}

async function measure(browser: Browser, url: string, ext?: Page): Promise<Sample> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(PROBE);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 2500));
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  const task = metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  const probe = (await page.evaluate(() => (window as unknown as { __probe: { long: number[]; dcl: number; first: number } }).__probe)) as { long: number[]; dcl: number; first: number };
  const own = ext ? ((await sendToTab(ext, url, { type: 'status' })) as { workMs?: Sample['own'] }).workMs : undefined;
  await page.close();
  return { own, taskMs: task * 1000, longest: Math.max(0, ...probe.long), longTasks: probe.long.length, firstAfterDcl: probe.first ? probe.first - probe.dcl : null };
}

export async function runBrowserBench(runs = 5, pages: PageName[] = ['kazinform', 'long']) {
  const server = await startServer();
  const withExt = await launch('chromium');
  const bare = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    pipe: true,
    userDataDir: mkdtempSync(join(tmpdir(), 'tanys-bare-')),
    args: ['--no-sandbox', '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
  });
  // an extension page, to ask each tab's content script for its own count of its work
  const ext = await withExt.openExtensionPage('popup.html', 'input[type=search]');
  try {
    for (const [name, label] of (
      [
        ['kazinform', 'typical article'],
        ['long', '1 MB of article text'],
      ] as [PageName, string][]
    ).filter(([n]) => pages.includes(n))) {
      const a: Sample[] = [];
      const b: Sample[] = [];
      for (let i = 0; i < runs; i++) {
        a.push(await measure(withExt.browser, server.url(name), ext));
        b.push(await measure(bare, server.url(name)));
      }
      const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
      const extra = med(a.map((s) => s.taskMs)) - med(b.map((s) => s.taskMs));
      const first = a.map((s) => s.firstAfterDcl).filter((x): x is number => x !== null);
      console.log(
        `browser, ${label}: main-thread time with Tanys ${med(a.map((s) => s.taskMs)).toFixed(0)} ms vs ${med(b.map((s) => s.taskMs)).toFixed(0)} ms without (Tanys ≈ ${extra.toFixed(0)} ms); ` +
          `longest task ${Math.max(...a.map((s) => s.longest)).toFixed(0)} ms with (median of loads ${med(a.map((s) => s.longest)).toFixed(0)}), ${Math.max(...b.map((s) => s.longest)).toFixed(0)} ms without (0 = none over 50 ms); ` +
          `first highlight ${first.length ? med(first).toFixed(0) + ' ms after DOMContentLoaded' : 'never'}`,
      );
      const own = a.map((s) => s.own).filter((x): x is NonNullable<Sample['own']> => !!x);
      if (own.length)
        console.log(
          `browser, ${label}: the content script's own count of its work (median of ${own.length} loads): ${med(own.map((o) => o.load + o.page)).toFixed(0)} ms ` +
            `(preparing the index ${med(own.map((o) => o.load)).toFixed(0)} ms, reading and highlighting the page ${med(own.map((o) => o.page)).toFixed(0)} ms; script compilation, garbage collection outside these steps and the browser's rendering of highlights are not in it); ` +
            `its longest task ${Math.max(...own.map((o) => o.longest)).toFixed(0)} ms (median of loads ${med(own.map((o) => o.longest)).toFixed(0)})`,
        );
    }
  } finally {
    await withExt.close();
    await bare.close();
    await server.close();
  }
}
