import { browser, defineBackground } from '#imports';
import type { Details, EntityDetail } from '../lib/index/types';
import type { EntitySource } from '../lib/gazetteer/types';
import { parseRequest } from '../lib/messages';
import { relatedIds } from '../lib/card-model';
import { Search } from '../lib/search';
import { compileDetails } from '../lib/index/compile';
import { isDefaultSite, siteOf } from '../lib/sites';
import { normalizeSettings } from '../lib/settings';
import { originsFor } from '../lib/match-patterns';
import { loadPackagedBytes } from '../lib/dom/load-data';
import { toBase64 } from '../lib/index/wire';
import { loadBundledDetails } from '../utils/bundled-details';
import { injectContentScript } from '../utils/inject-content';

export default defineBackground(() => {
  let details: Details | null = null;
  let byId: Map<string, EntityDetail> | null = null;
  let search: Search | null = null;
  // the data files are read on first use and kept while the background lives (a small script wakes fast)
  let indexBase64: Promise<string> | null = null;
  // messages carry JSON only: the index goes as base64
  const getIndex = () => (indexBase64 ??= loadPackagedBytes(browser.runtime.getURL('/data/index.bin')).then(toBase64));

  // details (with the reader's own entries) load on first use and reload when those entries change
  const load = async () => {
    if (details && byId) return { details, byId };
    const bundled = await loadBundledDetails();
    const stored = ((await browser.storage.local.get('userEntries')).userEntries as EntitySource[] | undefined) ?? [];
    const user = compileDetails(stored, bundled.asOf).entities.map((e) => ({ ...e, user: true }));
    details = { asOf: bundled.asOf, entities: [...bundled.entities, ...user] };
    byId = new Map(details.entities.map((e) => [e.id, e]));
    search = null;
    return { details, byId };
  };

  browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && changes.userEntries) {
      details = null;
      byId = null;
      search = null;
    }
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender: { id?: string }) => {
    // only this extension's pages and content scripts
    if (sender.id !== browser.runtime.id) return undefined;
    const req = parseRequest(raw);
    if (!req) return undefined;
    // the match index for content scripts: kept here so that every page does not compile a megabyte of script
    if (req.type === 'index') return getIndex();
    if (req.type === 'details')
      return load().then(({ details: d, byId: map }) => {
        const ids = new Set<string>();
        for (const id of req.ids) {
          const e = map.get(id);
          if (!e) continue;
          ids.add(id);
          for (const r of relatedIds(e, (x) => map.get(x))) ids.add(r);
        }
        return { asOf: d.asOf, entities: [...ids].map((id) => map.get(id)).filter(Boolean) };
      });
    if (req.type === 'search')
      return load().then(({ details: d }) => {
        search ??= new Search(d.entities);
        return search.search(req.query, req.limit ?? 10).map((h) => ({ id: h.entity.id, name: h.entity.name, kind: h.entity.kind }));
      });
    return undefined;
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'tanys-explain', title: browser.i18n.getMessage('menuExplain') || 'Explain with Tanys', contexts: ['selection'] });
  });

  const sendOrInject = async (tabId: number, message: unknown) => {
    try {
      return await browser.tabs.sendMessage(tabId, message);
    } catch {
      // no content script in this tab (a site outside the defaults): the click granted activeTab, so inject it
      await injectContentScript(tabId);
      return browser.tabs.sendMessage(tabId, message);
    }
  };

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== 'tanys-explain' || !tab?.id || !info.selectionText) return;
    void sendOrInject(tab.id, { type: 'explain', text: info.selectionText.slice(0, 500) });
  });

  browser.commands.onCommand.addListener(async (command: string) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab?.id) return;
    const dir = command === 'next-mention' ? 'next' : command === 'previous-mention' ? 'previous' : null;
    if (dir) await browser.tabs.sendMessage(tab.id, { type: 'command', command: dir }).catch(() => undefined);
  });

  // sites the reader turned on (outside the defaults): inject once a page there has loaded
  browser.tabs.onUpdated.addListener(async (tabId, info, tab) => {
    if (info.status !== 'complete' || !tab.url || !/^https?:/.test(tab.url)) return;
    const host = siteOf(new URL(tab.url).hostname);
    if (isDefaultSite(host)) return;
    const settings = normalizeSettings((await browser.storage.local.get('settings')).settings);
    if (!settings.enabled || settings.sites[host] !== true) return;
    if (!(await browser.permissions.contains({ origins: originsFor(host) }))) return;
    await injectContentScript(tabId).catch(() => undefined);
  });
});
