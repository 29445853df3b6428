import { describe, expect, it } from 'vitest';
import { cardModel, relatedIds } from '../../lib/card-model';
import { entityPageModel } from '../../lib/entity-page';
import { describeEntity } from '../../lib/describe';
import { compiled, ASOF } from '../fixtures/gazetteer';

const byId = new Map(compiled.details.entities.map((e) => [e.id, e]));
const get = (id: string) => byId.get(id);

describe('card model', () => {
  it('gives an office’s holder on the page date and now', () => {
    const m = cardModel(get('kz.office.president')!, '2018-01-01', ASOF, get, 'Head of State');
    expect(m.holdersThen.map((h) => h.name)).toEqual(['Nursultan Nazarbayev']);
    expect(m.holdersNow?.map((h) => h.name)).toEqual(['Kassym-Jomart Tokayev']);
    expect(m.written).toBe('Head of State');
    expect(m.ru).toBe('Президент Республики Казахстан');
  });

  it('says an abolished office was replaced, and shows no holder now', () => {
    const m = cardModel(get('kz.office.state-secretary')!, '2021-06-09', ASOF, get);
    expect(m.notes.join(' ')).toContain('replaced by State Counsellor of Kazakhstan');
    expect(m.holdersNow).toBeUndefined();
  });

  it('says an office did not exist on a date inside its lapse, and shows nobody then', () => {
    const lapses = [{ from: '2014-08-06', to: '2020-09-11', sources: ['https://example.org'] }];
    const office = { ...get('kz.office.minister-of-foreign-affairs')!, lapses };
    const inside = cardModel(office, '2016-05-01', ASOF, get);
    expect(inside.notes).toContain('Did not exist on this date: abolished in 2014, re-created in 2020');
    expect(inside.holdersThen).toEqual([]);
    expect(cardModel(office, '2024-05-01', ASOF, get).notes).toContain('Abolished in 2014, re-created in 2020');
  });

  it('shows the person the page names as holder, seen in the office near the date, as seen there', () => {
    const office = { ...get('kz.office.minister-of-foreign-affairs')!, tenures: [{ person: 'kz.person.nurtleu-murat', from: '2022-03-01', to: '2022-03-01', seen: true, sources: ['https://example.org'] }] };
    const named = cardModel(office, '2022-06-01', ASOF, get, undefined, undefined, 'kz.person.nurtleu-murat');
    expect(named.holdersThen).toEqual([{ id: 'kz.person.nurtleu-murat', name: 'Murat Nurtleu', when: '2022', seen: true }]);
    // without the page naming him, the record names nobody on that date
    expect(cardModel(office, '2022-06-01', ASOF, get).holdersThen).toEqual([]);
    // a person the record never saw in the office is not added
    expect(cardModel(office, '2022-06-01', ASOF, get, undefined, undefined, 'kz.person.karin-yerlan').holdersThen).toEqual([]);
  });

  it('shows the person the page names as a former holder, with their terms in the office', () => {
    const m = cardModel(get('kz.office.president')!, '2021-06-09', ASOF, get, 'Former President', undefined, undefined, 'kz.person.nazarbayev-nursultan');
    expect(m.former).toEqual({ id: 'kz.person.nazarbayev-nursultan', name: 'Nursultan Nazarbayev', when: '1990–2019' });
    expect(m.holdersThen.map((h) => h.id)).toEqual(['kz.person.tokayev-kassym-jomart']);
    // nobody the record never shows in the office before the date
    expect(cardModel(get('kz.office.president')!, '2018-06-09', ASOF, get, undefined, undefined, undefined, 'kz.person.tokayev-kassym-jomart').former).toBeUndefined();
  });

  it('shows the holder whose term ended on the date when nobody else\'s began that day', () => {
    expect(cardModel(get('kz.office.state-secretary')!, '2022-06-08', ASOF, get).holdersThen.map((h) => h.id)).toEqual(['kz.person.karin-yerlan']);
    expect(cardModel(get('kz.office.state-secretary')!, '2022-01-11', ASOF, get).holdersThen.map((h) => h.id)).toEqual(['kz.person.karin-yerlan']);
    expect(cardModel(get('kz.office.state-secretary')!, '2022-06-09', ASOF, get).holdersThen).toEqual([]);
  });

  it('says an office was vacant only on a date inside the vacancy', () => {
    const lapses = [{ from: '2016-01-20', to: '2016-03-25', vacant: true, sources: ['https://example.org'] }];
    const office = { ...get('kz.office.minister-of-foreign-affairs')!, lapses };
    expect(cardModel(office, '2016-02-01', ASOF, get).notes).toContain('Vacant on this date (2016-01-20 – 2016-03-25)');
    expect(cardModel(office, '2016-04-01', ASOF, get).notes.filter((n) => n.includes('acant'))).toEqual([]);
  });

  it('marks an office with several holders at once, whose lists name only those on record', () => {
    const m = cardModel(get('kz.office.deputy-prime-minister')!, '2024-06-01', ASOF, get);
    expect(m.several).toBe(true);
    expect(m.holdersThen.map((h) => h.id)).toEqual(['kz.person.nurtleu-murat']);
    expect(cardModel(get('kz.office.president')!, '2024-06-01', ASOF, get).several).toBeUndefined();
  });

  it('marks a term known only from sightings, on the card, the entity page and the one-line description', async () => {
    const src = ['https://example.org'];
    const office = { ...get('kz.office.deputy-prime-minister')!, tenures: [{ person: 'kz.person.karin-yerlan', from: '2024-03', to: '2025-02', seen: true, sources: src }] };
    const m = cardModel(office, '2024-06-01', ASOF, (id) => (id === office.id ? office : get(id)));
    expect(m.holdersThen).toEqual([{ id: 'kz.person.karin-yerlan', name: 'Yerlan Karin', when: '2024–2025', acting: undefined, seen: true }]);
    expect(entityPageModel(office, get).timeline[0].seen).toBe(true);
    const person = { ...get('kz.person.karin-yerlan')!, held: [[office.id, 0]] as [string, number][] };
    expect(describeEntity(person, new Map([...byId, [office.id, office]]), ASOF)).toBe('Deputy Prime Minister of Kazakhstan at least 2024–2025');
    // a single sighting covers its own day (a term's `to` is otherwise the day it ended)
    const day = { ...office, tenures: [{ ...office.tenures[0], from: '2024-03-05', to: '2024-03-05' }] };
    expect(cardModel(day, '2024-03-05', ASOF, get).holdersThen.map((h) => h.id)).toEqual(['kz.person.karin-yerlan']);
    expect(cardModel(day, '2024-03-06', ASOF, get).holdersThen).toEqual([]);
    const { tenuresAt } = await import('../../lib/resolve/holders');
    const rec = { id: 'x', k: 1 as const, n: 'x', s: 'kz' as const, ten: [[0, '2024-03-05', '2024-03-05', 2]] as [number, string, string, number][] };
    expect(tenuresAt(rec.ten, '2024-03-05')).toHaveLength(1);
    // a term's `to` is the day it ended: that day it is the successor's, and the outgoing holder's only when nobody's
    // term began then
    expect(tenuresAt([[0, '2024-01-05', '2024-03-05', 0], [1, '2024-03-05', '', 0]], '2024-03-05').map((t) => t[0])).toEqual([1]);
    expect(tenuresAt([[0, '2024-01-05', '2024-03-05', 0]], '2024-03-05').map((t) => t[0])).toEqual([0]);
    // one year reads as one year, not "2024–2024"
    const once = { ...office, tenures: [{ ...office.tenures[0], to: '2024-05' }] };
    expect(cardModel(once, '2024-04-01', ASOF, get).holdersThen[0].when).toBe('2024');
    expect(describeEntity(person, new Map([...byId, [office.id, once]]), ASOF)).toBe('Deputy Prime Minister of Kazakhstan at least 2024');
  });

  it('describes a person who holds no office here by the sentence written for them, and shows it on the card', () => {
    const person = { ...get('kz.person.karin-yerlan')!, held: [] as [string, number][], explanation: 'Kazakh political scientist, founder of a think tank.' };
    expect(describeEntity(person, byId, ASOF)).toBe('Kazakh political scientist, founder of a think tank.');
    expect(cardModel(person, '2024-06-01', ASOF, get).explanation).toBe('Kazakh political scientist, founder of a think tank.');
    expect(describeEntity({ ...person, explanation: undefined }, byId, ASOF)).toBe('person');
  });

  it('names a renamed body as it was on the date', () => {
    const m = cardModel(get('kz.body.amanat')!, '2016-01-29', ASOF, get);
    expect(m.nameThen).toBe('Nur Otan');
    expect(m.notes).toContain('Nur Otan, renamed Amanat in 2022');
  });

  it('lists a person’s offices then and now', () => {
    const m = cardModel(get('kz.person.karin-yerlan')!, '2022-03-01', ASOF, get);
    expect(m.officesThen.map((o) => o.id)).toEqual(['kz.office.state-secretary']);
    expect(m.officesNow?.map((o) => o.id)).toEqual(['kz.office.state-counsellor']);
  });

  it('asks for every related entity a card needs', () => {
    expect(relatedIds(get('kz.office.president')!, get)).toEqual(expect.arrayContaining(['kz.person.nazarbayev-nursultan', 'kz.person.tokayev-kassym-jomart']));
  });

  it('builds the entity page timeline, latest first', () => {
    const p = entityPageModel(get('kz.office.president')!, get);
    expect(p.timeline.map((r) => r.id)).toEqual(['kz.person.tokayev-kassym-jomart', 'kz.person.nazarbayev-nursultan']);
    expect(p.names.map((n) => n.lang)).toEqual(['en', 'ru']);
  });

  it('describes a person by their offices with years', () => {
    expect(describeEntity(get('kz.person.kusherbayev-krymbek')!, byId, ASOF)).toBe('State Secretary of Kazakhstan 2019–2022');
  });

  it('puts the offices held now first, joins terms that follow each other, and seats shared with others last', () => {
    const src = ['https://example.org'];
    const office = (id: string, name: string, tenures: { from: string; to?: string }[], multi?: boolean) =>
      ({ id, kind: 'office', name, scope: 'kz', names: { en: [name], ru: [], kk: [] }, sources: src, multi, tenures: tenures.map((t) => ({ person: 'p', sources: src, ...t })) }) as never;
    const m = new Map<string, Parameters<typeof describeEntity>[0]>([
      ['speaker', office('speaker', 'Speaker', [{ from: '2020-05-04', to: '2023-01-24' }, { from: '2023-01-26' }])],
      ['aide', office('aide', 'Aide', [{ from: '2019-03-20', to: '2020-05-04' }])],
      ['member', office('member', 'Member', [{ from: '2020-05-04' }], true)],
    ]);
    const person = { id: 'p', kind: 'person', name: 'P', scope: 'kz', names: { en: ['P'], ru: [], kk: [] }, sources: src, held: [['aide', 0], ['member', 0], ['speaker', 0], ['speaker', 1]] } as never;
    expect(describeEntity(person, m, '2024-01-01', 3)).toBe('Speaker 2020–; Member 2020–; Aide 2019–2020');
  });
});
