import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { loadBundledDetails } from '../../utils/bundled-details';
import type { EntitySource } from '../../lib/gazetteer/types';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../lib/settings';
import { validateImport } from '../../lib/user-entries';
import { originsFor } from '../../lib/match-patterns';
import { isDefaultSite } from '../../lib/sites';
import { pickLanguage, translator } from '../../lib/i18n';
import { OptionsForm } from '../../components/OptionsForm';

function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [user, setUser] = useState<EntitySource[]>([]);
  useEffect(() => {
    void browser.storage.local.get(['settings', 'userEntries']).then((s) => {
      setSettings(normalizeSettings(s.settings));
      setUser((s.userEntries as EntitySource[] | undefined) ?? []);
    });
  }, []);
  if (!settings) return null;
  const t = translator(pickLanguage(settings.language, navigator.language));
  const save = (s: Settings) => {
    setSettings(s);
    void browser.storage.local.set({ settings: s });
  };
  return (
    <OptionsForm
      t={t}
      settings={settings}
      onChange={save}
      userCount={user.length}
      onAddSite={async (host) => {
        if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) return false;
        if (!isDefaultSite(host) && !(await browser.permissions.request({ origins: originsFor(host) }))) return false;
        save({ ...settings, sites: { ...settings.sites, [host]: true } });
        return true;
      }}
      onImport={async (text) => {
        const bundled = (await loadBundledDetails()).entities;
        const known = [...bundled, ...user.map((e) => ({ id: e.id, kind: e.kind, name: e.name }))];
        const r = validateImport(text, known);
        if (!r.ok) return { ok: false, errors: r.errors, count: 0 };
        const next = [...user, ...r.entities];
        await browser.storage.local.set({ userEntries: next });
        setUser(next);
        return { ok: true, errors: [], count: r.entities.length };
      }}
      onExport={() => {
        const blob = new Blob([JSON.stringify({ entities: user }, null, 2) + '\n'], { type: 'application/json' });
        const a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = 'tanys-entries.json';
        a.click();
        setTimeout(() => URL.revokeObjectURL(a.href), 1000);
      }}
      onReset={() => {
        void browser.storage.local.clear().then(() => {
          setSettings(normalizeSettings(DEFAULT_SETTINGS));
          setUser([]);
        });
      }}
    />
  );
}

render(<App />, document.getElementById('app')!);
