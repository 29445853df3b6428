import { useState } from 'preact/hooks';
import type { Settings } from '../lib/settings';
import type { T } from '../lib/i18n';

export interface OptionsFormProps {
  t: T;
  settings: Settings;
  onChange: (s: Settings) => void;
  onAddSite: (host: string) => Promise<boolean>;
  userCount: number;
  onImport: (text: string) => Promise<{ ok: boolean; errors: string[]; count: number }>;
  onExport: () => void;
  onReset: () => void;
}

/** Every setting the content script honours, the site list, and the reader's own entries. */
export function OptionsForm({ t, settings: s, onChange, onAddSite, userCount, onImport, onExport, onReset }: OptionsFormProps) {
  const [site, setSite] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const set = (patch: Partial<Settings>) => onChange({ ...s, ...patch });
  return (
    <main>
      <h1>{t('settingsTitle')}</h1>
      <fieldset>
        <label>
          <input type="checkbox" name="enabled" checked={s.enabled} onChange={(e) => set({ enabled: (e.target as HTMLInputElement).checked })} /> {t('enabled')}
        </label>
        <div>
          {t('kinds')}:{' '}
          {(['person', 'office', 'body'] as const).map((k) => (
            <label key={k} style={{ display: 'inline-block', marginRight: '12px' }}>
              <input type="checkbox" name={`kind-${k}`} checked={s.kinds[k]} onChange={(e) => set({ kinds: { ...s.kinds, [k]: (e.target as HTMLInputElement).checked } })} /> {t(k)}
            </label>
          ))}
        </div>
        <label>
          <input type="checkbox" name="firstOnly" checked={s.firstOnly} onChange={(e) => set({ firstOnly: (e.target as HTMLInputElement).checked })} /> {t('firstOnly')}
        </label>
        <label>
          {t('hoverDelay')}{' '}
          <input type="number" name="hoverDelay" min={0} max={3000} step={50} value={s.hoverDelay} onChange={(e) => set({ hoverDelay: Math.max(0, Math.min(3000, Number((e.target as HTMLInputElement).value) || 0)) })} />
        </label>
        <label>
          {t('dateMode')}{' '}
          <select name="dateMode" value={s.dateMode} onChange={(e) => set({ dateMode: (e.target as HTMLSelectElement).value as Settings['dateMode'] })}>
            <option value="page">{t('datePage')}</option>
            <option value="today">{t('dateToday')}</option>
          </select>
        </label>
        <label>
          {t('language')}{' '}
          <select name="language" value={s.language} onChange={(e) => set({ language: (e.target as HTMLSelectElement).value as Settings['language'] })}>
            <option value="auto">{t('languageAuto')}</option>
            <option value="en">English</option>
            <option value="ru">Русский</option>
            <option value="kk">Қазақша</option>
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('sites')}</legend>
        <ul id="sites">
          {Object.entries(s.sites).map(([host, on]) => (
            <li key={host}>
              {host}: {on ? '✓' : '✗'}{' '}
              <button
                type="button"
                class="plain"
                onClick={() => {
                  const sites = { ...s.sites };
                  delete sites[host];
                  set({ sites });
                }}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
        <input type="text" name="site" placeholder="example.kz" value={site} onInput={(e) => setSite((e.target as HTMLInputElement).value)} />{' '}
        <button type="button" class="plain" onClick={() => void onAddSite(site.trim().toLowerCase()).then((ok) => ok && setSite(''))}>
          {t('addSite')}
        </button>
      </fieldset>
      <fieldset>
        <legend>
          {t('importTitle')} ({userCount})
        </legend>
        <input
          type="file"
          name="import"
          accept="application/json,.json"
          onChange={async (e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (!file) return;
            const r = await onImport(await file.text());
            setMessage(r.ok ? { ok: true, text: t('imported', { n: r.count }) } : { ok: false, text: `${t('importRejected')}\n${r.errors.join('\n')}` });
            (e.target as HTMLInputElement).value = '';
          }}
        />{' '}
        <button type="button" class="plain" onClick={onExport}>
          {t('exportBtn')}
        </button>
        {message ? (
          <p class={message.ok ? 'ok' : 'errors'} id="import-message" role="status">
            {message.text}
          </p>
        ) : null}
      </fieldset>
      <button type="button" class="plain" id="reset" onClick={onReset}>
        {t('resetBtn')}
      </button>
    </main>
  );
}
