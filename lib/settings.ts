// Reader settings, stored in browser.storage.local under "settings". Pure: defaults, merging and checking.

export type DateMode = 'page' | 'today';
export type UiLanguage = 'auto' | 'en' | 'ru' | 'kk';

export interface Settings {
  /** Tanys on or off everywhere. */
  enabled: boolean;
  /** Per-site overrides by host ("inform.kz": false turns a default site off; true turns another site on). */
  sites: Record<string, boolean>;
  kinds: { person: boolean; office: boolean; body: boolean };
  /** Highlight only the first mention of each entity. */
  firstOnly: boolean;
  /** Milliseconds the pointer rests on a mention before its card opens. */
  hoverDelay: number;
  /** Resolve offices at the page's date, or at today's. */
  dateMode: DateMode;
  language: UiLanguage;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  sites: {},
  kinds: { person: true, office: true, body: true },
  firstOnly: false,
  // 350 ms: long enough not to open cards while the pointer crosses a paragraph, short enough to feel immediate
  hoverDelay: 350,
  dateMode: 'page',
  language: 'auto',
});

/** Stored settings merged over the defaults; unknown or mistyped fields fall back to the default. */
export function normalizeSettings(raw: unknown): Settings {
  const s: Settings = { ...DEFAULT_SETTINGS, sites: {}, kinds: { ...DEFAULT_SETTINGS.kinds } };
  if (!raw || typeof raw !== 'object') return s;
  const r = raw as Record<string, unknown>;
  if (typeof r.enabled === 'boolean') s.enabled = r.enabled;
  if (r.sites && typeof r.sites === 'object')
    for (const [k, v] of Object.entries(r.sites as Record<string, unknown>)) if (typeof v === 'boolean' && /^[a-z0-9.-]+$/.test(k)) s.sites[k] = v;
  if (r.kinds && typeof r.kinds === 'object')
    for (const k of ['person', 'office', 'body'] as const) {
      const v = (r.kinds as Record<string, unknown>)[k];
      if (typeof v === 'boolean') s.kinds[k] = v;
    }
  if (typeof r.firstOnly === 'boolean') s.firstOnly = r.firstOnly;
  if (typeof r.hoverDelay === 'number' && r.hoverDelay >= 0 && r.hoverDelay <= 3000) s.hoverDelay = Math.round(r.hoverDelay);
  if (r.dateMode === 'page' || r.dateMode === 'today') s.dateMode = r.dateMode;
  if (r.language === 'auto' || r.language === 'en' || r.language === 'ru' || r.language === 'kk') s.language = r.language;
  return s;
}

/** Whether Tanys runs on `host`: the global switch, then the site's override, then the default list. */
export function isEnabledOn(settings: Settings, host: string, isDefault: boolean): boolean {
  if (!settings.enabled) return false;
  const h = host.toLowerCase().replace(/^www\./, '');
  for (const [site, on] of Object.entries(settings.sites)) if (h === site || h.endsWith('.' + site)) return on;
  return isDefault;
}
