import { render } from 'preact';
import { browser, defineContentScript, type ContentScriptContext } from '#imports';
import { DEFAULT_MATCHES } from '../../lib/match-patterns';
import { isDefaultSite } from '../../lib/sites';
import { isEnabledOn, normalizeSettings, type Settings } from '../../lib/settings';
import { createEngine, type Engine } from '../../lib/engine';
import { fromBase64, parseIndexBinary } from '../../lib/index/wire';
import type { EntitySource } from '../../lib/gazetteer/types';
import { compileUserEntries } from '../../lib/user-entries';
import { parseRequest, type DetailsResponse } from '../../lib/messages';
import { ContentController, type CardView } from '../../lib/dom/controller';
import { createShadowHost } from '../../lib/dom/shadow-host';
import { adoptStyles } from '../../lib/dom/highlight';
import { nextTask } from '../../lib/dom/yield';
import { CARD_CSS, HIGHLIGHT_CSS } from '../../components/card-css';
import { CardFrame } from '../../components/CardFrame';
import { EntityCard } from '../../components/EntityCard';
import { pickLanguage, translator } from '../../lib/i18n';

export default defineContentScript({
  matches: DEFAULT_MATCHES,
  // as the page starts loading: the index is read and prepared while the page is parsed, so the text is matched and
  // highlighted as soon as the DOM is complete (DOMContentLoaded), before images and ads finish loading
  runAt: 'document_start',
  main: (ctx) => run(ctx),
});


// set when the script already runs in this tab (it can also be injected for a site the reader enabled)
const LOADED = Symbol.for('tanys.loaded');

async function run(ctx: ContentScriptContext) {
  const started = performance.now();
  const w = window as unknown as Record<symbol, boolean>;
  if (w[LOADED]) return;
  w[LOADED] = true;
  // the match index is read from the package (through the background if that is refused) at once, while the
  // settings are read; both overlap the page's own loading
  const readIndex = (): Promise<Uint8Array> =>
    fetch(browser.runtime.getURL('/data/index.bin'))
      .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(String(r.status)))))
      .then((b) => new Uint8Array(b))
      .catch(async () => fromBase64((await browser.runtime.sendMessage({ type: 'index' })) as string));
  let indexBytes: Promise<Uint8Array> | null = readIndex();
  const startMs = performance.now() - started;
  // settings and the reader's own entries in one read
  const stored = (await browser.storage.local.get(['settings', 'userEntries'])) as { settings?: unknown; userEntries?: EntitySource[] };
  let settings = normalizeSettings(stored.settings);
  let userEntries = stored.userEntries;
  let app: { controller: ContentController; abort: AbortController } | null = null;
  let engineReady: Promise<Engine> | null = null;
  // main-thread time spent starting and preparing the index (reported with the status, for the benchmark)
  let loadMs = startMs;
  let longestMs = startMs;
  const loaded = (since: number) => {
    const d = performance.now() - since;
    loadMs += d;
    longestMs = Math.max(longestMs, d);
  };

  const enabledHere = () => isEnabledOn(settings, location.hostname, isDefaultSite(location.hostname));
  // parsed and prepared in separate tasks so that none blocks the page for long
  const loadEngine = () =>
    (engineReady ??= (indexBytes ?? readIndex()).then(async (bytes) => {
      indexBytes = null;
      await nextTask();
      let t0 = performance.now();
      const parsed = parseIndexBinary(bytes);
      loaded(t0);
      await nextTask();
      t0 = performance.now();
      const engine = createEngine(parsed);
      loaded(t0);
      return engine;
    }));
  if (enabledHere()) void loadEngine();
  // off here: the bytes read for nothing are let go
  else indexBytes = null;

  const start = async () => {
    if (app || !enabledHere()) return;
    const engine = await loadEngine();
    await domReady(document);
    if (app || !enabledHere()) return;
    const abort = new AbortController();
    ctx.onInvalidated(() => abort.abort());
    const extra = userEntries?.length ? [createEngine(compileUserEntries(userEntries, engine.index.entities.map((e) => ({ id: e.id, kind: (['person', 'office', 'body'] as const)[e.k], name: e.n })), engine.index.asOf).index)] : [];
    const t = translator(pickLanguage(settings.language, navigator.language));
    const shadow = createShadowHost(document, CARD_CSS);
    const unstyle = adoptStyles(document, HIGHLIGHT_CSS);
    const renderCard = (view: CardView | null) =>
      render(
        view ? (
          <CardFrame anchor={view.anchor} pinned={view.pinned}>
            <EntityCard model={view.model} t={t} onClose={() => controller.close()} />
          </CardFrame>
        ) : null,
        shadow.mount,
      );
    const controller = new ContentController({
      doc: document,
      url: location.href,
      engine,
      extra,
      settings,
      signal: abort.signal,
      fetchDetails: (ids) => browser.runtime.sendMessage({ type: 'details', ids }) as Promise<DetailsResponse>,
      search: async (text) => {
        const hits = (await browser.runtime.sendMessage({ type: 'search', query: text, limit: 1 })) as { id: string }[];
        return hits[0]?.id ?? null;
      },
      render: renderCard,
      isOverCard: (target) => target === shadow.host,
    });
    abort.signal.addEventListener('abort', () => {
      render(null, shadow.mount);
      shadow.remove();
      unstyle();
      app = null;
    });
    app = { controller, abort };
    await controller.start();
  };

  browser.runtime.onMessage.addListener((raw: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const req = parseRequest(raw);
    if (!req) return undefined;
    const c = app?.controller;
    switch (req.type) {
      case 'status':
        return Promise.resolve({ running: !!c, complete: c?.session.state.complete ?? false, mentions: c?.session.state.mentions.length ?? 0, date: c?.session.state.date ?? '', dateSource: c?.session.state.dateSource ?? '', workMs: { load: Math.round(loadMs), page: Math.round(c?.session.workMs ?? 0), longest: Math.round(Math.max(longestMs, c?.session.longestMs ?? 0)) } });
      case 'page-cast':
        return Promise.resolve(c ? c.session.cast() : []);
      case 'reveal':
        return Promise.resolve(c ? c.reveal(req.id) : false);
      case 'command':
        return c ? c.step(req.command === 'next' ? 1 : -1).then(() => true) : Promise.resolve(false);
      case 'explain':
        return (async () => {
          await start();
          return app ? app.controller.explain(req.text) : false;
        })();
      default:
        return undefined;
    }
  });

  browser.storage.onChanged.addListener((changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    if (changes.settings) {
      settings = normalizeSettings(changes.settings.newValue);
      if (!enabledHere()) app?.abort.abort();
      else if (app) app.controller.updateSettings(settings as Settings);
      else void start();
    }
    if (changes.userEntries) {
      userEntries = changes.userEntries.newValue as EntitySource[] | undefined;
      if (app) {
        app.abort.abort();
        void start();
      }
    }
  });

  await start();
}

/** Resolves once the document is parsed (at once when it already is: injected later, or run again). */
function domReady(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
