// The built extension in real headless Chromium and Firefox ESR: highlights, hover cards, keyboard, popup,
// options, and the page left untouched. Screenshots go to artifacts/ (git-ignored).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
// the WebExtension API as extension pages see it (browser in Firefox, chrome in Chromium)
interface ExtApi {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
  storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
}
declare const chrome: ExtApi;

import { ARTIFACTS, cardText, launch, pointOf, sendToTab, startServer, waitForCard, waitForHighlights, type BrowserKind, type FixtureServer, type Launched } from './harness';

const KINDS: BrowserKind[] = ['chromium', 'firefox'];

describe.each(KINDS)('in %s', (kind) => {
  let server: FixtureServer;
  let b: Launched;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    b = await launch(kind);
  }, 60_000);

  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  const open = async (name: Parameters<FixtureServer['url']>[0]) => {
    const page = await b.browser.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    page.on('pageerror', (e) => errors.push(`${name}: ${String(e)}`));
    await page.goto(server.url(name), { waitUntil: 'load' });
    return page;
  };

  const shot = async (page: Page, name: string) => {
    const png = await page.screenshot({ type: 'png' });
    writeFileSync(join(ARTIFACTS, `${kind}-${name}.png`), png);
  };

  it('paints highlights on a Kazinform page without changing its DOM', async () => {
    const page = await open('kazinform');
    const counts = await waitForHighlights(page, 8);
    expect(counts['tanys-person']).toBeGreaterThanOrEqual(3);
    expect(counts['tanys-office']).toBeGreaterThanOrEqual(2);
    expect(counts['tanys-body']).toBeGreaterThanOrEqual(3);
    // the page's own DOM equals the served HTML, parsed: Tanys added no element, attribute or text to <body>
    const same = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      return parsed.body.innerHTML === document.body.innerHTML && parsed.head.innerHTML === document.head.innerHTML;
    });
    expect(same).toBe(true);
    // no highlight in navigation or the footer
    const outside = await page.evaluate(() => {
      const h = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
      let n = 0;
      for (const k of ['tanys-person', 'tanys-office', 'tanys-body']) for (const r of h.get(k) ?? []) if (r.startContainer.parentElement?.closest('nav, footer')) n++;
      return n;
    });
    expect(outside).toBe(0);
    await page.close();
  }, 60_000);

  it('opens a card on hover with the holder on the page date, closes it with Esc', async () => {
    const page = await open('kazinform');
    await waitForHighlights(page, 8);
    const focusBefore = await page.evaluate(() => document.activeElement?.nodeName);
    const p = await pointOf(page, 'Secretary of State Krymbek');
    await page.mouse.move(p.x - 30, p.y - 60);
    await page.mouse.move(p.x, p.y, { steps: 4 });
    const text = await waitForCard(page);
    expect(text).toContain('Secretary of State');
    expect(text).toContain('2021-06-09');
    expect(text).toContain('Krymbek Kusherbayev');
    // accessible: a dialog with a name
    const role = await page.evaluate(() => {
      const c = document.querySelector('tanys-root')!.shadowRoot!.querySelector('.tanys-card')!;
      const label = c.getAttribute('aria-labelledby');
      return { role: c.getAttribute('role'), name: label ? c.querySelector('#' + label)?.textContent : null };
    });
    expect(role.role).toBe('dialog');
    expect(role.name).toBeTruthy();
    // the card lies inside the viewport and does not cover the mention
    const box = await page.evaluate(() => {
      const f = document.querySelector('tanys-root')!.shadowRoot!.querySelector('.tanys-frame')!.getBoundingClientRect();
      return { top: f.top, bottom: f.bottom, left: f.left, right: f.right, vw: innerWidth, vh: innerHeight };
    });
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(box.vw);
    expect(box.bottom <= p.y || box.top >= p.y).toBe(true);
    await shot(page, 'kazinform-card');
    expect(await page.evaluate(() => document.activeElement?.nodeName)).toBe(focusBefore);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('tanys-root')?.shadowRoot?.querySelector('.tanys-card'), { timeout: 5000 });
    // moving away from a mention closes the card after the grace delay
    const q = await pointOf(page, 'Kassym-Jomart Tokayev');
    await page.mouse.move(q.x, q.y, { steps: 3 });
    const t2 = await waitForCard(page);
    expect(t2).toContain('President of Kazakhstan');
    await page.mouse.move(5, 790, { steps: 3 });
    await page.waitForFunction(() => !document.querySelector('tanys-root')?.shadowRoot?.querySelector('.tanys-card'), { timeout: 5000 });
    expect(await cardText(page)).toBeNull();
    await page.close();
  }, 60_000);

  it('resolves titles by country on an Astana Times page and ignores images', async () => {
    const page = await open('astanatimes');
    await waitForHighlights(page, 6);
    const p = await pointOf(page, 'Russian Foreign Minister');
    await page.mouse.move(p.x + 60, p.y, { steps: 3 });
    const text = await waitForCard(page);
    expect(text).toContain('Russia');
    expect(text).toContain('Lavrov');
    await page.keyboard.press('Escape');
    await shot(page, 'astanatimes');
    await page.close();
  }, 60_000);

  it('finds inflected Russian names on a Russian-language page', async () => {
    const page = await open('russian');
    const counts = await waitForHighlights(page, 5);
    expect(counts['tanys-person']).toBeGreaterThanOrEqual(3);
    const p = await pointOf(page, 'Токаеву');
    await page.mouse.move(p.x, p.y, { steps: 3 });
    const text = await waitForCard(page);
    expect(text).toContain('Kassym-Jomart Tokayev');
    await page.close();
  }, 60_000);

  it('follows a framework that re-renders its paragraphs, without errors or loops', async () => {
    const page = await open('framework');
    await page.waitForFunction(() => (window as unknown as { __renders(): number }).__renders() >= 3, { timeout: 10000 });
    await page.waitForFunction(
      () => {
        const h = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights.get('tanys-person');
        return !!h && [...h].some((r) => r.toString().includes('Smailov'));
      },
      { timeout: 10000, polling: 100 },
    );
    // no feedback loop: after the page settles, highlight passes stop
    const size1 = await page.evaluate(() => document.querySelectorAll('.feed p').length);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.evaluate(() => document.querySelectorAll('.feed p').length)).toBe(size1);
    await page.close();
  }, 60_000);

  it('leaves inputs, textareas, editable areas and code alone', async () => {
    const page = await open('inputs');
    await waitForHighlights(page, 3);
    const inside = await page.evaluate(() => {
      const h = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
      let n = 0;
      for (const k of ['tanys-person', 'tanys-office', 'tanys-body'])
        for (const r of h.get(k) ?? []) if (r.startContainer.parentElement?.closest('textarea, input, [contenteditable], pre, code, form')) n++;
      return n;
    });
    expect(inside).toBe(0);
    // typing into the editable area still works and is not highlighted
    await page.click('#editor');
    await page.keyboard.type(' Senate');
    expect(await page.$eval('#editor', (e) => e.textContent)).toContain('Senate');
    expect(await page.$eval('#comment', (e) => (e as HTMLTextAreaElement).value)).toBe('Olzhas Bektenov will lead the Government.');
    await page.close();
  }, 60_000);

  it('handles a page with 1 MB of article text: finds every mention, highlights those near the viewport as the reader scrolls', async () => {
    const page = await open('long');
    await waitForHighlights(page, 5, 40000);
    const popup = await b.openExtensionPage('popup.html', 'input[type=search]');
    // the whole page is read: thousands of mentions of each of the people it names
    let status: { mentions?: number } = {};
    for (let i = 0; i < 100 && !(status.mentions && status.mentions > 20000); i++) {
      status = (await sendToTab(popup, server.url('long'), { type: 'status' })) as { mentions?: number };
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(status.mentions).toBeGreaterThan(20000);
    const cast = (await sendToTab(popup, server.url('long'), { type: 'page-cast' })) as { id: string; count: number }[];
    expect(cast.find((c) => c.id === 'kz.person.tokayev-kassym-jomart')?.count).toBeGreaterThan(1500);
    await popup.close();
    // only what is near the viewport is registered as highlights; scrolling to the end brings the last paragraph's
    const highlighted = () =>
      page.evaluate(() => {
        const h = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
        return ['tanys-person', 'tanys-office', 'tanys-body'].reduce((n, k) => n + (h.get(k)?.size ?? 0), 0);
      });
    expect(await highlighted()).toBeLessThan(5000);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(
      () => {
        const last = [...document.querySelectorAll('article p')].at(-1)!;
        const h = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights.get('tanys-person');
        return !!h && [...h].some((r) => last.contains(r.startContainer));
      },
      { timeout: 20000, polling: 100 },
    );
    expect(await highlighted()).toBeLessThan(5000);
    // and a mention there answers the pointer (its block entered the hit-test index when it came into view)
    const target = await page.evaluate(() => {
      const last = [...document.querySelectorAll('article p')].at(-1)!;
      const node = last.firstChild as Text;
      const needle = node.data.includes('Tokayev') ? 'Tokayev' : 'Mazhilis';
      const i = node.data.lastIndexOf(needle);
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + needle.length);
      const rect = r.getClientRects()[0];
      return { needle, x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(target.x - 30, target.y - 60);
    await page.mouse.move(target.x, target.y, { steps: 4 });
    expect(await waitForCard(page)).toContain(target.needle);
    await page.close();
  }, 90_000);

  // Firefox serves packaged files under the random per-install UUID, which pages cannot know: nothing to probe there
  it.runIf(kind === 'chromium')('does not let a page probe for the extension through its packaged data (per-session URL only)', async () => {
    const page = await open('kazinform');
    await waitForHighlights(page, 8);
    const id = new URL(b.base).host;
    const reachable = await page.evaluate(async (ext: string) => {
      try {
        return (await fetch(`chrome-extension://${ext}/data/index.bin`)).ok;
      } catch {
        return false;
      }
    }, id);
    expect(reachable).toBe(false);
    await page.close();
  }, 60_000);

  it('does not run on sites outside the defaults until the reader enables them', async () => {
    const page = await open('outside');
    await new Promise((r) => setTimeout(r, 1500));
    const has = await page.evaluate(() => !!document.querySelector('tanys-root') || ((globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights?.size ?? 0) > 0);
    expect(has).toBe(false);
    await page.close();
  }, 60_000);

  it('popup: searches any spelling, opens an entity page, lists the page cast, steps through mentions', async () => {
    const article = await open('kazinform');
    await waitForHighlights(article, 8);
    const popup = await b.openExtensionPage(`popup.html?tabUrl=${encodeURIComponent(server.url('kazinform'))}`, 'input[type=search]');
    await popup.setViewport({ width: 400, height: 600 });
    // the cast fills in as the page is read (the popup asks again until the pass is complete)
    await popup.waitForSelector('.cast li button[data-id="kz.person.kusherbayev-krymbek"]', { timeout: 10000 });
    for (const q of ['kusherbaev', 'Кушербаев', 'Көшербаев']) {
      await popup.click('input[type=search]', { count: 3 });
      await popup.keyboard.press('Backspace');
      await popup.type('input[type=search]', q);
      await popup.waitForSelector('.result[data-id="kz.person.kusherbayev-krymbek"]', { timeout: 5000 });
    }
    await popup.click('input[type=search]', { count: 3 });
    await popup.keyboard.press('Backspace');
    await popup.type('input[type=search]', 'majilis');
    await popup.waitForSelector('.result[data-id="kz.body.mazhilis"]', { timeout: 5000 });
    await shot(popup, 'popup-search');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('.entity-page', { timeout: 5000 });
    const pageText = await popup.$eval('.entity-page', (e) => e.textContent ?? '');
    expect(pageText).toContain('Мажилис');
    await shot(popup, 'popup-entity');
    // keyboard command path: the popup sends what the "next mention" shortcut sends
    await sendToTab(popup, server.url('kazinform'), { type: 'command', command: 'next' });
    const text = await waitForCard(article);
    expect(text.length).toBeGreaterThan(20);
    await article.keyboard.press('Escape');
    // "Explain with Tanys" on a selected phrase: the message the context-menu item sends
    await sendToTab(popup, server.url('kazinform'), { type: 'explain', text: 'Majilis' });
    expect(await waitForCard(article)).toContain('Mazhilis');
    await article.keyboard.press('Escape');
    await popup.close();
    await article.close();
  }, 90_000);

  it('popup: turning the site off removes highlights, turning it on restores them', async () => {
    const article = await open('kazinform');
    await waitForHighlights(article, 8);
    const popup = await b.openExtensionPage(`popup.html?tabUrl=${encodeURIComponent(server.url('kazinform'))}`, '#site-toggle');
    await popup.click('#site-toggle');
    await article.waitForFunction(() => !document.querySelector('tanys-root') && ((globalThis as unknown as { CSS: { highlights: Map<string, Set<unknown>> } }).CSS.highlights.get('tanys-person')?.size ?? 0) === 0, { timeout: 10000 });
    await popup.waitForFunction(() => document.querySelector('.site')?.textContent?.includes('off'), { timeout: 5000 });
    await popup.click('#site-toggle');
    // highlights are registered for what the reader can see: a background tab gets them when it is shown
    await article.bringToFront();
    await waitForHighlights(article, 8);
    await popup.close();
    await article.close();
  }, 60_000);

  it('options: imports a good file whole, rejects a bad one with reasons', async () => {
    const options = await b.openExtensionPage('options.html', 'input[type=file]');
    const good = join(ARTIFACTS, 'import-good.json');
    const bad = join(ARTIFACTS, 'import-bad.json');
    writeFileSync(good, JSON.stringify({ entities: [{ id: 'kz.body.reader-forum', kind: 'body', name: 'Reader Forum of Almaty', scope: 'kz', country: 'kz', names: { en: ['Reader Forum of Almaty'] }, explanation: 'A forum invented for this test; it advises nobody about anything.', sources: ['https://example.org/test'] }] }));
    writeFileSync(bad, JSON.stringify({ entities: [{ id: 'kz.body.other', kind: 'body', name: 'Other', scope: 'kz', sources: ['not a url'] }, { id: 'Bad Id', kind: 'thing' }] }));
    const input = await options.$('input[type=file]');
    await input!.uploadFile(bad);
    await options.waitForSelector('#import-message', { timeout: 5000 });
    const msg = await options.$eval('#import-message', (e) => e.textContent ?? '');
    expect(msg).toContain('sources');
    expect(msg).toContain('Bad Id');
    await input!.uploadFile(good);
    await options.waitForFunction(() => document.querySelector('#import-message')?.className === 'ok', { timeout: 5000 });
    await shot(options, 'options');
    const stored = await options.evaluate(async () => {
      const api = (globalThis as unknown as { browser?: ExtApi }).browser ?? chrome;
      return ((await api.storage.local.get('userEntries')).userEntries as { id: string }[]).map((e) => e.id);
    });
    expect(stored).toEqual(['kz.body.reader-forum']);
    // the reader's entry takes part in detection, with a "yours" badge on its card, and in the popup's search
    const article = await open('kazinform');
    await waitForHighlights(article, 8);
    const p = await pointOf(article, 'Reader Forum of Almaty');
    await article.mouse.move(p.x, p.y, { steps: 3 });
    const card = await waitForCard(article);
    expect(card).toContain('Reader Forum of Almaty');
    expect(card).toContain('yours');
    const popup = await b.openExtensionPage('popup.html', 'input[type=search]');
    await popup.type('input[type=search]', 'reader forum');
    await popup.waitForSelector('.result[data-id="kz.body.reader-forum"] .badge-user', { timeout: 5000 });
    await popup.close();
    await article.close();
    await options.click('#reset');
    await options.close();
  }, 60_000);

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});
