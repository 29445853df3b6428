// End-to-end harness: a fixture server on 127.0.0.1 that answers for the outlets' host names (the browsers
// resolve every host to 127.0.0.1, so the shipped match patterns are what decides where Tanys runs), and
// launchers for headless Chromium and Firefox ESR with the built extension loaded.
import { createServer, type Server } from 'node:http';
import { readFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import puppeteer, { TimeoutError, type Browser, type Page } from 'puppeteer-core';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const ARTIFACTS = join(ROOT, 'artifacts');
const FIXTURES = join(ROOT, 'tests/fixtures/pages');

/** Fixture pages by path; the host part of a test URL picks which outlet the page pretends to be. */
export const PAGES = {
  kazinform: { host: 'www.inform.kz', path: '/en/secretary-of-state-outlines-tasks_a3798835', file: 'kazinform.html' },
  astanatimes: { host: 'astanatimes.com', path: '/2024/04/kazakh-fm-holds-talks/', file: 'astanatimes.html' },
  russian: { host: 'ru.sputnik.kz', path: '/20220316/tokaev-akimy.html', file: 'russian.html' },
  framework: { host: 'tengrinews.kz', path: '/live/majilis-session/', file: 'framework.html' },
  inputs: { host: 'kursiv.media', path: '/news/2024-02-06/bektenov/', file: 'inputs.html' },
  long: { host: 'www.inform.kz', path: '/en/long-page', file: '' },
  outside: { host: 'example.org', path: '/news/kazakhstan.html', file: 'kazinform.html' },
} as const;
export type PageName = keyof typeof PAGES;

/** About 1 MB of article text: many paragraphs naming officials, for the long-page test and the benchmark. */
export function longPageHtml(targetChars = 1_000_000): string {
  const sentences = [
    'President Kassym-Jomart Tokayev met Prime Minister Olzhas Bektenov to discuss the budget.',
    'The Mazhilis approved the bill, and the Senate is expected to follow next month.',
    'Foreign Minister Murat Nurtleu held talks with Russian Foreign Minister Sergey Lavrov.',
    'Weather in the capital stays dry, with light winds in the afternoon and a cool evening.',
    'The Ministry of Finance published the quarterly report on state revenue and spending.',
    'Local farmers expect a good harvest if the rains arrive in time for the spring sowing.',
  ];
  const parts: string[] = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long page</title>', '<meta property="article:published_time" content="2024-05-01T10:00:00+06:00"></head><body><article><h1>A very long article</h1>'];
  let n = 0;
  let i = 0;
  while (n < targetChars) {
    const p = `<p>${sentences[i % 6]} ${sentences[(i + 2) % 6]} ${sentences[(i + 4) % 6]}</p>`;
    parts.push(p);
    n += p.length - 7;
    i++;
  }
  parts.push('</article></body></html>');
  return parts.join('\n');
}

export interface FixtureServer {
  port: number;
  url(name: PageName): string;
  close(): Promise<void>;
}

export async function startServer(): Promise<FixtureServer> {
  const long = longPageHtml();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const page = Object.values(PAGES).find((p) => p.path === path);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = page.file ? readFileSync(join(FIXTURES, page.file), 'utf8') : long;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    url: (name) => `http://${PAGES[name].host}:${port}${PAGES[name].path}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export type BrowserKind = 'chromium' | 'firefox';

export interface Launched {
  kind: BrowserKind;
  browser: Browser;
  /** Base URL of the extension's pages (chrome-extension://ID/ or moz-extension://UUID/). */
  base: string;
  /** Opens an extension page; Firefox's navigation to moz-extension:// never resolves, so wait for the DOM. */
  openExtensionPage(path: string, ready: string): Promise<Page>;
  close(): Promise<void>;
}

const FIREFOX_UUID = '6a1c2e0b-6f1e-4d5a-9b1e-7a2b3c4d5e6f';
const GECKO_ID = 'tanys@tanys.kz';

export async function launch(kind: BrowserKind): Promise<Launched> {
  mkdirSync(ARTIFACTS, { recursive: true });
  if (kind === 'chromium') {
    const ext = join(ROOT, '.output/chrome-mv3');
    const browser = await puppeteer.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      pipe: true,
      enableExtensions: [ext],
      userDataDir: mkdtempSync(join(tmpdir(), 'tanys-chromium-')),
      args: [
        '--no-sandbox',
        '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
      ],
    });
    const sw = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 20000 });
    return launched(kind, browser, sw.url().replace(/background\.js$/, ''));
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'network.proxy.type': 0,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'dom.security.https_only_mode': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
      'extensions.update.enabled': false,
    },
  });
  await browser.installExtension(join(ROOT, '.output/firefox-mv2'));
  return launched(kind, browser, `moz-extension://${FIREFOX_UUID}/`);
}

function launched(kind: BrowserKind, browser: Browser, base: string): Launched {
  return {
    kind,
    browser,
    base,
    async openExtensionPage(path, ready) {
      const page = await browser.newPage();
      // Firefox's navigation to moz-extension:// never resolves: wait for the page's DOM instead
      if (kind === 'firefox') void page.goto(base + path).catch(() => undefined);
      else await page.goto(base + path);
      await waitForSelectorThroughNavigation(page, ready, 15000);
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * Waits for `selector` while the page may still be navigating. Firefox's BiDi evaluation can fail outright (not time
 * out) when it lands in the realm of the about:blank document being replaced ("right-hand side of 'in' should be an
 * object, got null"), so such errors are retried until the deadline; a real time-out is thrown as is.
 */
async function waitForSelectorThroughNavigation(page: Page, selector: string, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await page.waitForSelector(selector, { timeout: Math.max(1, deadline - Date.now()) });
      return;
    } catch (error) {
      if (error instanceof TimeoutError) throw error;
      if (Date.now() >= deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Sends a message from an extension page to the tab showing `url`, as the background does for commands and the context menu. */
export async function sendToTab(extensionPage: Page, url: string, message: unknown): Promise<unknown> {
  return await extensionPage.evaluate(
    async (u: string, m: unknown) => {
      type Api = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const api = g.browser ?? g.chrome;
      const [tab] = (await api.tabs.query({})).filter((t) => t.url === u);
      return await api.tabs.sendMessage(tab.id!, m);
    },
    url,
    message,
  );
}

/** Waits until the content script has painted highlights on the page; returns counts per kind. */
export async function waitForHighlights(page: Page, min = 1, timeout = 15000): Promise<Record<string, number>> {
  await page.waitForFunction(
    (n: number) => {
      const h = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<unknown>> } }).CSS.highlights;
      if (!h) return false;
      let total = 0;
      for (const k of ['tanys-person', 'tanys-office', 'tanys-body']) total += h.get(k)?.size ?? 0;
      return total >= n;
    },
    { timeout, polling: 100 },
    min,
  );
  return page.evaluate(() => {
    const h = (globalThis as unknown as { CSS: { highlights: Map<string, Set<unknown>> } }).CSS.highlights;
    return Object.fromEntries(['tanys-person', 'tanys-office', 'tanys-body'].map((k) => [k, h.get(k)?.size ?? 0]));
  });
}

/** The centre of the first occurrence of `text` in the page (viewport coordinates), via a range over the text node. */
export async function pointOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((needle: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(needle);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + needle.length);
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = r.getClientRects()[0];
      return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
    }
    return null;
  }, text);
  if (!p) throw new Error(`text not on page: ${text}`);
  return p;
}

/** The open card's text, or null when no card is shown. */
export async function cardText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.querySelector('tanys-root')?.shadowRoot;
    const card = root?.querySelector('.tanys-card');
    const frame = root?.querySelector('.tanys-frame') as HTMLElement | null;
    if (!card || !frame || frame.style.visibility === 'hidden') return null;
    return card.textContent;
  });
}

export async function waitForCard(page: Page, timeout = 8000): Promise<string> {
  await page.waitForFunction(
    () => {
      const root = document.querySelector('tanys-root')?.shadowRoot;
      const frame = root?.querySelector('.tanys-frame') as HTMLElement | null;
      return !!frame && frame.style.visibility === 'visible' && !!root?.querySelector('.tanys-card');
    },
    { timeout, polling: 50 },
  );
  return (await cardText(page)) ?? '';
}
