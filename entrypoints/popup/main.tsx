import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from '#imports';
import { loadBundledDetails } from '../../utils/bundled-details';
import { injectContentScript } from '../../utils/inject-content';
import type { Details, EntityDetail } from '../../lib/index/types';
import type { EntitySource } from '../../lib/gazetteer/types';
import { compileDetails } from '../../lib/index/compile';
import { Search } from '../../lib/search';
import { describeEntity } from '../../lib/describe';
import { cardModel } from '../../lib/card-model';
import { entityPageModel } from '../../lib/entity-page';
import { normalizeSettings, isEnabledOn, type Settings } from '../../lib/settings';
import { isDefaultSite, siteOf } from '../../lib/sites';
import { originsFor } from '../../lib/match-patterns';
import { pickLanguage, translator } from '../../lib/i18n';
import type { CastEntry, StatusResponse } from '../../lib/messages';
import { SearchBox, type SearchResult } from '../../components/SearchBox';
import { EntityPage } from '../../components/EntityPage';
import { PageCast } from '../../components/PageCast';
import { CARD_CSS } from '../../components/card-css';

interface TabInfo {
  id: number;
  host: string;
  status: StatusResponse | null;
  cast: CastEntry[] | null;
}

function Popup({ details, settings: initial, tab }: { details: Details; settings: Settings; tab: TabInfo | null }) {
  const [settings, setSettings] = useState(initial);
  const [view, setView] = useState<string | null>(null);
  const [tabInfo, setTabInfo] = useState(tab);
  const t = translator(pickLanguage(settings.language, navigator.language));
  const byId = useMemo(() => new Map(details.entities.map((e) => [e.id, e])), [details]);
  // the search index takes a few hundred milliseconds to build: the popup paints first, builds it right after, and
  // a keystroke that comes sooner builds it itself
  const search = useRef<Search | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      if (search.current) return;
      search.current = new Search(details.entities);
      search.current.warm();
    }, 30);
    return () => clearTimeout(timer);
  }, [details]);
  const get = (id: string) => byId.get(id);
  const today = new Date().toISOString().slice(0, 10);
  const runSearch = (q: string): SearchResult[] =>
    (search.current ??= new Search(details.entities)).search(q, 24).map((h) => ({ id: h.entity.id, name: h.entity.name, kind: h.entity.kind, role: describeEntity(h.entity, byId, details.asOf), user: h.entity.user }));

  const refreshTab = async () => {
    if (!tabInfo) return;
    const status = (await browser.tabs.sendMessage(tabInfo.id, { type: 'status' }).catch(() => null)) as StatusResponse | null;
    const cast = status?.running ? ((await browser.tabs.sendMessage(tabInfo.id, { type: 'page-cast' }).catch(() => [])) as CastEntry[]) : null;
    setTabInfo({ ...tabInfo, status, cast });
  };
  // a page still being read: its cast grows, so ask again shortly
  useEffect(() => {
    if (!tabInfo?.status?.running || tabInfo.status.complete !== false) return;
    const timer = setTimeout(() => void refreshTab(), 300);
    return () => clearTimeout(timer);
  }, [tabInfo]);

  const toggleSite = async () => {
    if (!tabInfo) return;
    const host = tabInfo.host;
    const on = isEnabledOn(settings, host, isDefaultSite(host));
    const next: Settings = { ...settings, sites: { ...settings.sites } };
    if (on) {
      if (isDefaultSite(host)) next.sites[host] = false;
      else delete next.sites[host];
    } else {
      if (!isDefaultSite(host)) {
        const granted = await browser.permissions.request({ origins: originsFor(host) });
        if (!granted) return;
        next.sites[host] = true;
      } else delete next.sites[host];
      if (!next.enabled) next.enabled = true;
    }
    await browser.storage.local.set({ settings: next });
    setSettings(next);
    if (!on && !isDefaultSite(host)) {
      await injectContentScript(tabInfo.id).catch(() => undefined);
    }
    setTimeout(() => void refreshTab(), 600);
  };

  const entity = view ? byId.get(view) : undefined;
  const date = tabInfo?.status?.date || today;
  return (
    <main>
      <header class="bar">
        <h1>Tanys</h1>
        {view ? (
          <button type="button" class="plain" onClick={() => setView(null)}>
            ← {t('back')}
          </button>
        ) : null}
        <button type="button" class="plain" onClick={() => browser.runtime.openOptionsPage()}>
          {t('options')}
        </button>
      </header>
      {entity ? (
        <EntityPage card={cardModel(entity, date, details.asOf, get)} page={entityPageModel(entity, get)} t={t} onOpen={setView} />
      ) : (
        <>
          <SearchBox t={t} search={runSearch} onChoose={setView} />
          {tabInfo ? (
            <div class="site" data-site={tabInfo.host}>
              <span>{isEnabledOn(settings, tabInfo.host, isDefaultSite(tabInfo.host)) ? t('siteOn', { site: tabInfo.host }) : t('siteOff', { site: tabInfo.host })}</span>
              <button type="button" class="primary" id="site-toggle" onClick={() => void toggleSite()}>
                {isEnabledOn(settings, tabInfo.host, isDefaultSite(tabInfo.host)) ? t('disableSite', { site: tabInfo.host }) : t('enableSite', { site: tabInfo.host })}
              </button>
            </div>
          ) : (
            <p class="muted">{t('notAvailable')}</p>
          )}
          <PageCast
            cast={tabInfo?.cast ?? null}
            t={t}
            onReveal={(id) => {
              if (tabInfo) void browser.tabs.sendMessage(tabInfo.id, { type: 'reveal', id });
            }}
          />
        </>
      )}
    </main>
  );
}

function useLoad() {
  const [state, setState] = useState<{ details: Details; settings: Settings; tab: TabInfo | null } | null>(null);
  useEffect(() => {
    void (async () => {
      const bundled = await loadBundledDetails();
      const stored = await browser.storage.local.get(['settings', 'userEntries']);
      const user: EntityDetail[] = compileDetails((stored.userEntries as EntitySource[] | undefined) ?? [], bundled.asOf).entities.map((e) => ({ ...e, user: true }));
      const details = { asOf: bundled.asOf, entities: [...bundled.entities, ...user] };
      const settings = normalizeSettings(stored.settings);
      // the tab to describe: the active one, or ?tabUrl=URL when the popup is opened as a page (end-to-end tests)
      const tabUrl = new URLSearchParams(location.search).get('tabUrl');
      const [active] = tabUrl ? (await browser.tabs.query({})).filter((x) => x.url === tabUrl) : await browser.tabs.query({ active: true, currentWindow: true });
      let tab: TabInfo | null = null;
      if (active?.id !== undefined && active.url && /^https?:/.test(active.url)) {
        const status = (await browser.tabs.sendMessage(active.id, { type: 'status' }).catch(() => null)) as StatusResponse | null;
        const cast = status?.running ? ((await browser.tabs.sendMessage(active.id, { type: 'page-cast' }).catch(() => [])) as CastEntry[]) : null;
        tab = { id: active.id, host: siteOf(new URL(active.url).hostname), status, cast };
      }
      setState({ details, settings, tab });
    })();
  }, []);
  return state;
}

function App() {
  const s = useLoad();
  return s ? <Popup {...s} /> : null;
}

const style = document.createElement('style');
style.textContent = CARD_CSS.replace(':host { all: initial; }', '');
document.head.append(style);
render(<App />, document.getElementById('app')!);
