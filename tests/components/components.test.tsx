// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { EntityCard } from '../../components/EntityCard';
import { EntityPage } from '../../components/EntityPage';
import { entityPageModel } from '../../lib/entity-page';
import { SearchBox } from '../../components/SearchBox';
import { OptionsForm } from '../../components/OptionsForm';
import { cardModel } from '../../lib/card-model';
import { translator } from '../../lib/i18n';
import { normalizeSettings } from '../../lib/settings';
import { compiled, ASOF } from '../fixtures/gazetteer';

const byId = new Map(compiled.details.entities.map((e) => [e.id, e]));
const get = (id: string) => byId.get(id);

describe('EntityCard', () => {
  it('is a named dialog with the holder on the date, the holder now and sources', () => {
    const host = document.createElement('div');
    render(<EntityCard model={cardModel(get('kz.office.president')!, '2018-01-01', ASOF, get)} t={translator('en')} />, host);
    const card = host.querySelector('.tanys-card')!;
    expect(card.getAttribute('role')).toBe('dialog');
    expect(host.querySelector('#' + card.getAttribute('aria-labelledby'))!.textContent).toBe('President of Kazakhstan');
    expect(card.textContent).toContain('Held on 2018-01-01 by');
    expect(card.textContent).toContain('Nursultan Nazarbayev');
    expect(card.textContent).toContain('Holds it now');
    expect(card.textContent).toContain('Kassym-Jomart Tokayev');
    expect(host.querySelector('footer a')!.getAttribute('href')).toBe('https://example.org/source');
    expect(card.textContent).toContain(`Gazetteer as of ${ASOF}`);
  });

  it('says "among those who held it" for an office with several holders at once', () => {
    const host = document.createElement('div');
    render(<EntityCard model={cardModel(get('kz.office.deputy-prime-minister')!, '2024-06-01', ASOF, get)} t={translator('en')} />, host);
    expect(host.textContent).toContain('Among those who held it on 2024-06-01');
    expect(host.textContent).not.toContain('Held on');
  });

  it('names the former holder the page wrote the office with, above the holder on the date', () => {
    const host = document.createElement('div');
    render(<EntityCard model={cardModel(get('kz.office.president')!, '2021-06-09', ASOF, get, 'Former President', undefined, undefined, 'kz.person.nazarbayev-nursultan')} t={translator('en')} />, host);
    const text = host.textContent!;
    expect(text).toContain('Named here as a former holderNursultan Nazarbayev · 1990–2019');
    expect(text.indexOf('Named here as a former holder')).toBeLessThan(text.indexOf('Held on 2021-06-09 by'));
    expect(text).toContain('Kassym-Jomart Tokayev');
  });

  it('says a term known only from sightings held the office "at least" then', () => {
    const office = { ...get('kz.office.deputy-prime-minister')!, tenures: [{ person: 'kz.person.karin-yerlan', from: '2024-03', to: '2025-02', seen: true, sources: ['https://example.org'] }] };
    const host = document.createElement('div');
    render(<EntityCard model={cardModel(office, '2024-06-01', ASOF, get)} t={translator('en')} />, host);
    expect(host.textContent).toContain('Yerlan Karin · in office at least 2024–2025');
    render(<EntityCard model={cardModel(office, '2024-06-01', ASOF, get)} t={translator('ru')} />, host);
    expect(host.textContent).toContain('в должности как минимум 2024–2025');
  });

  it('speaks Russian and Kazakh', () => {
    const host = document.createElement('div');
    render(<EntityCard model={cardModel(get('kz.office.president')!, '2018-01-01', ASOF, get)} t={translator('kk')} />, host);
    expect(host.textContent).toContain('Лауазым');
  });
});

describe('EntityPage', () => {
  it('shows a lapse in the timeline among the holders, and the note on the card for a date inside it', () => {
    const lapses = [{ from: '2014-08-06', to: '2020-09-11', sources: ['https://example.org'] }];
    const office = { ...get('kz.office.minister-of-foreign-affairs')!, lapses };
    const host = document.createElement('div');
    render(<EntityPage card={cardModel(office, '2016-01-01', ASOF, get)} page={entityPageModel(office, get)} t={translator('en')} onOpen={() => {}} />, host);
    const rows = [...host.querySelectorAll('ol.timeline li')].map((li) => li.textContent);
    // latest first: the minister since 2023, then the lapse
    expect(rows).toEqual(['2023–2025 Murat Nurtleu', '2014–2020 the post did not exist']);
    expect(host.textContent).toContain('Did not exist on this date: abolished in 2014, re-created in 2020');
  });
});

describe('SearchBox', () => {
  it('groups results by kind and moves through them with the arrow keys', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const chosen: string[] = [];
    const results = [
      { id: 'b', name: 'Body', kind: 'body' as const, role: '' },
      { id: 'p', name: 'Person', kind: 'person' as const, role: 'x' },
    ];
    await act(() => render(<SearchBox t={translator('en')} search={() => results} onChoose={(id) => chosen.push(id)} />, host));
    const input = host.querySelector('input')!;
    await act(() => {
      input.value = 'x';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // the group of the best result comes first
    expect([...host.querySelectorAll('.group h3')].map((h) => h.textContent)).toEqual(['Body', 'Person']);
    await act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    await act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(chosen).toEqual(['p']);
    host.remove();
  });
});

describe('OptionsForm', () => {
  it('shows the import error messages it is given', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    let saved = normalizeSettings({});
    await act(() =>
      render(
        <OptionsForm t={translator('en')} settings={saved} onChange={(s) => (saved = s)} onAddSite={async () => true} userCount={0} onImport={async () => ({ ok: false, errors: ['x: id: bad'], count: 0 })} onExport={() => {}} onReset={() => {}} />,
        host,
      ),
    );
    const box = host.querySelector('input[name=firstOnly]') as HTMLInputElement;
    await act(() => {
      box.click();
    });
    expect(saved.firstOnly).toBe(true);
    host.remove();
  });
});
