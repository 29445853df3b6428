import { describe, expect, it } from 'vitest';
import { validateFiles, formatProblem } from '../../lib/gazetteer/validate';
import { formatFile } from '../../lib/gazetteer/format';
import type { EntitySource } from '../../lib/gazetteer/types';
import { FIXTURE } from '../fixtures/gazetteer';

const file = (entities: unknown[], path = 'data/test.json') => ({ path, text: formatFile({ entities: entities as EntitySource[] }) });
const errors = (entities: unknown[]) => validateFiles([file(entities)]).problems.filter((p) => !p.warning).map(formatProblem);

describe('gazetteer validation', () => {
  it('accepts the test gazetteer', () => {
    expect(errors(FIXTURE)).toEqual([]);
  });

  it.each([
    ['an unknown field', { ...FIXTURE[6], colour: 'blue' }, 'kz.office.president: colour: unknown field'],
    ['a bad date', { ...FIXTURE[6], from: '1990-13-01' }, 'kz.office.president: from: "1990-13-01" is not a date'],
    ['a missing source', { ...FIXTURE[6], sources: [] }, 'kz.office.president: sources: must be a non-empty array'],
    ['a source that is not a URL', { ...FIXTURE[6], sources: ['akorda'] }, 'kz.office.president: sources[0]: not an http(s) URL'],
    ['a missing explanation', { ...FIXTURE[6], explanation: undefined }, 'kz.office.president: explanation: required'],
    ['a broken reference', { ...FIXTURE[6], parent: 'kz.body.nowhere' }, 'kz.office.president: parent: "kz.body.nowhere" is not an entity'],
    ['Cyrillic under en', { ...FIXTURE[6], names: { en: ['Президент'] } }, 'kz.office.president: names.en[0]: "Президент" is Cyrillic'],
    ['a place name in the wrong script', { ...FIXTURE[6], places: { en: ['Акорда'] } }, 'kz.office.president: places.en[0]: "Акорда" is Cyrillic'],
    [
      'a term that ends the day it starts',
      { ...FIXTURE[6], tenures: [{ person: 'kz.person.tokayev-kassym-jomart', from: '2019-03-20', to: '2019-03-20', sources: ['https://example.org'] }] },
      'kz.office.president: tenures[0].to: ends the day it starts (2019-03-20)',
    ],
  ])('rejects %s, naming file, entry and field', (_what, changed, message) => {
    const list = FIXTURE.map((e) => (e.id === (changed as EntitySource).id ? changed : e));
    const errs = errors(list);
    expect(errs.some((e) => e.startsWith('error: data/test.json: ') && e.includes(message)), errs.join('\n')).toBe(true);
  });

  it('wants a person to hold a tenure, or else to carry one sentence saying who they are, never both', () => {
    const src = ['https://example.org'];
    const boxer = { id: 'kz.person.golovkin-gennady', kind: 'person', name: 'Gennady Golovkin', scope: 'kz', country: 'kz', names: { en: ['Gennady Golovkin'] }, sources: src };
    expect(errors([...FIXTURE, boxer]).some((e) => e.includes('kz.person.golovkin-gennady: id: person holds no tenure'))).toBe(true);
    expect(errors([...FIXTURE, { ...boxer, explanation: 'Kazakh boxer, a former world middleweight champion.' }])).toEqual([]);
    expect(errors([...FIXTURE, { ...boxer, explanation: 'A boxer.' }]).some((e) => e.includes('golovkin-gennady: explanation: for a person who holds no office here'))).toBe(true);
    const karin = FIXTURE.find((e) => e.id === 'kz.person.karin-yerlan')!;
    const withBoth = FIXTURE.map((e) => (e.id === karin.id ? { ...karin, explanation: 'Kazakh political scientist and statesman.' } : e));
    expect(errors(withBoth).some((e) => e.includes('kz.person.karin-yerlan: explanation: the person holds a tenure'))).toBe(true);
  });

  it('rejects overlapping tenures of a single-holder office unless acting', () => {
    const pres = FIXTURE.find((e) => e.id === 'kz.office.president')!;
    const overlapping = { ...pres, tenures: [...pres.tenures!, { person: 'kz.person.karin-yerlan', from: '2020-01-01', to: '2020-02-01', sources: ['https://example.org'] }] };
    const list = FIXTURE.map((e) => (e.id === pres.id ? overlapping : e));
    expect(errors(list).some((e) => e.includes('tenures[') && e.includes('overlaps'))).toBe(true);
    const acting = { ...overlapping, tenures: overlapping.tenures.map((t, i) => (i === 2 ? { ...t, acting: true } : t)) };
    expect(errors(FIXTURE.map((e) => (e.id === pres.id ? acting : e))).filter((e) => e.includes('overlaps'))).toEqual([]);
  });

  it('checks a term known only from sightings: it needs its last sighting, and still may not overlap', () => {
    const pres = FIXTURE.find((e) => e.id === 'kz.office.president')!;
    const src = ['https://example.org'];
    const withTenure = (t: object) => errors(FIXTURE.map((e) => (e.id === pres.id ? { ...pres, tenures: [...pres.tenures!, { person: 'kz.person.karin-yerlan', sources: src, ...t }] } : e)));
    expect(withTenure({ from: '2020-01', seen: true }).some((e) => e.includes('tenures[2].to: required with seen'))).toBe(true);
    expect(withTenure({ from: '2020-01', to: '2020-03', seen: false }).some((e) => e.includes('tenures[2].seen: write seen: true'))).toBe(true);
    // the fixture's President held office in 2020: a sighting of someone else then is a contradiction
    expect(withTenure({ from: '2020-01', to: '2020-03', seen: true }).some((e) => e.includes('tenures[2]') && e.includes('overlaps'))).toBe(true);
    expect(withTenure({ from: '1985-01', to: '1985-03', seen: true }).filter((e) => e.includes('tenures[2]'))).toEqual([]);
  });

  it('checks lapses: dates inside the office, in order, with no tenure in them', () => {
    const pres = FIXTURE.find((e) => e.id === 'kz.office.president')!;
    const src = ['https://example.org'];
    const withLapse = (lapses: unknown) => errors(FIXTURE.map((e) => (e.id === pres.id ? { ...pres, lapses } : e)));
    // the fixture's first President left in 2019: a lapse in 2015 has a tenure in it
    expect(withLapse([{ from: '2015-01-01', to: '2016-01-01', sources: src }]).some((e) => e.includes('tenures[0]: falls in the lapse 2015-01-01–2016-01-01'))).toBe(true);
    expect(withLapse([{ from: '1985', to: '1986', sources: src }]).some((e) => e.includes("lapses[0].from: must fall after the entity's start"))).toBe(true);
    expect(withLapse([{ from: '2015-01-01', sources: src }]).some((e) => e.includes('lapses[0].to: "undefined" is not a date'))).toBe(true);
    expect(withLapse([{ from: '2015-01-01', to: '2014-01-01', sources: [] }]).filter((e) => e.includes('lapses[0].'))).toHaveLength(2);
    expect(withLapse([{ from: '2015-01-01', to: '2016-01-01', sources: src, why: 'x' }]).some((e) => e.includes('lapses[0].why: unknown field'))).toBe(true);
    expect(withLapse([{ from: '2015-01-01', to: '2016-01-01', vacant: 'yes', sources: src }]).some((e) => e.includes('lapses[0].vacant: write vacant: true'))).toBe(true);
    const body = FIXTURE.find((e) => e.kind === 'body')!;
    const vacantBody = errors(FIXTURE.map((e) => (e.id === body.id ? { ...body, lapses: [{ from: '2015-01-01', to: '2016-01-01', vacant: true, sources: src }] } : e)));
    expect(vacantBody.some((e) => e.includes('lapses[0].vacant: only an office is vacant'))).toBe(true);
    // a lapse between two tenures, touching both ends, is accepted
    const minister = FIXTURE.find((e) => e.id === 'kz.office.minister-of-foreign-affairs')!;
    const t = (from: string, to?: string) => ({ person: 'kz.person.karin-yerlan', from, ...(to ? { to } : {}), sources: src });
    const gap = { ...minister, tenures: [t('2012-01-01', '2014-08-06'), ...minister.tenures!], lapses: [{ from: '2014-08-06', to: '2020-09-11', sources: src }] };
    // (the fixture's minister took office in 2023)
    expect(errors(FIXTURE.map((e) => (e.id === minister.id ? gap : e)))).toEqual([]);
    // a vacancy may touch a lapse (the office re-created, its holder not yet chosen); two plain lapses may not touch
    const back = { ...minister, tenures: minister.tenures, lapses: [{ from: '2014-08-06', to: '2020-09-11', sources: src }, { from: '2020-09-11', to: '2021-01-01', vacant: true, sources: src }] };
    expect(errors(FIXTURE.map((e) => (e.id === minister.id ? back : e)))).toEqual([]);
    const twice = { ...back, lapses: [back.lapses[0], { ...back.lapses[1], vacant: undefined }] };
    expect(errors(FIXTURE.map((e) => (e.id === minister.id ? twice : e))).join('\n')).toContain('lapses[1].from: lapses must be in date order and apart');
    // and an office may be vacant from its first day, but not lapse from it
    const dated = (lapse: object) => errors(FIXTURE.map((e) => (e.id === minister.id ? { ...minister, from: '2019-01-01', lapses: [{ from: '2019-01-01', to: '2020-01-01', sources: src, ...lapse }] } : e)));
    expect(dated({ vacant: true })).toEqual([]);
    expect(dated({}).join('\n')).toContain("must fall after the entity's start");
  });

  it('checks seats: only on multi-holder offices, dated, counted, in order', () => {
    const dpm = FIXTURE.find((e) => e.id === 'kz.office.deputy-prime-minister')!;
    const pres = FIXTURE.find((e) => e.id === 'kz.office.president')!;
    const seat = (from: string, to: string | undefined, count: number) => ({ from, ...(to ? { to } : {}), count, sources: ['https://example.org'] });
    const withSeats = (e: EntitySource, seats: unknown) => errors(FIXTURE.map((x) => (x.id === e.id ? { ...e, seats } : x)));
    expect(withSeats(dpm, [seat('2012-01-20', '2016-01-20', 8), seat('2016-01-20', undefined, 6)])).toEqual([]);
    expect(withSeats(pres, [seat('2012-01-20', undefined, 2)]).join('\n')).toContain('kz.office.president: seats: only for offices with several holders');
    expect(withSeats(dpm, [seat('2012-01-20', undefined, 1.5)]).join('\n')).toContain('seats[0].count: must be a whole number');
    expect(withSeats(dpm, [seat('2016-01-20', undefined, 6), seat('2012-01-20', '2016-01-20', 8)]).join('\n')).toContain('seats[1].from: seat periods must be in date order');
    expect(withSeats(dpm, [{ from: '2012', count: 8, sources: ['https://example.org'], note: 'x' }]).join('\n')).toContain('seats[0].note: unknown field');
  });

  it('warns, without failing, where more holders are on record than there were seats', () => {
    const dpm = FIXTURE.find((e) => e.id === 'kz.office.deputy-prime-minister')!;
    const seats = [{ from: '2012-01-01', count: 2, sources: ['https://example.org'] }];
    const tenure = (person: string, from: string, to?: string) => ({ person, from, ...(to ? { to } : {}), sources: ['https://example.org'] });
    const run = (tenures: unknown[]) => validateFiles([file(FIXTURE.map((x) => (x.id === dpm.id ? { ...dpm, seats, tenures } : x)))]).problems;
    // a replacement recorded from the start of the term makes three holders for two seats
    const over = run([tenure('kz.person.karin-yerlan', '2019-01-01', '2020-06-01'), tenure('kz.person.tokayev-kassym-jomart', '2019-01-01'), tenure('kz.person.nazarbayev-nursultan', '2019-01-01')]);
    expect(over.filter((p) => !p.warning).map(formatProblem)).toEqual([]);
    expect(over.filter((p) => p.warning).map(formatProblem)).toEqual([
      'warning: data/test.json: kz.office.deputy-prime-minister: seats[0]: 3 holders on record on 2019-01-01, more than its 2 seats: a term that ended early or began late is recorded as a full one',
    ]);
    // with the replacement's real start, the seats suffice
    const fixed = run([tenure('kz.person.karin-yerlan', '2019-01-01', '2020-06-01'), tenure('kz.person.tokayev-kassym-jomart', '2019-01-01'), tenure('kz.person.nazarbayev-nursultan', '2020-06-01')]);
    expect(fixed.filter((p) => p.field.startsWith('seats'))).toEqual([]);
  });

  it('rejects duplicate ids across files and full-name collisions', () => {
    const a = file([FIXTURE[0]], 'data/a.json');
    const b = file([FIXTURE[0]], 'data/b.json');
    const { problems } = validateFiles([a, b]);
    expect(problems.map(formatProblem).some((p) => p.includes('duplicate id (also in data/a.json)'))).toBe(true);
    const twin = { ...FIXTURE[2], id: 'kz.person.kusherbayev-twin' };
    expect(errors([...FIXTURE, twin]).some((e) => e.includes('is also a full name of'))).toBe(true);
  });

  it('rejects a full name that is a title needing context, of the same entity or another', () => {
    const fm = FIXTURE.find((e) => e.id === 'kz.office.minister-of-foreign-affairs')!;
    const own = { ...fm, names: { ...fm.names, en: [...(fm.names?.en ?? []), 'Foreign Minister'] } };
    const msgs = errors([...FIXTURE.filter((e) => e !== fm), own]);
    expect(msgs.some((e) => e.includes('kz.office.minister-of-foreign-affairs') && e.includes('names.en') && e.includes('"Foreign Minister" is a title that needs context'))).toBe(true);
    expect(errors(FIXTURE).some((e) => e.includes('needs context'))).toBe(false);
  });

  it('requires canonical formatting and sorted entries', () => {
    const text = JSON.stringify({ entities: [FIXTURE[0], FIXTURE[1]] });
    const msgs = validateFiles([{ path: 'data/x.json', text }]).problems.map(formatProblem);
    expect(msgs.some((m) => m.includes('sorted by id'))).toBe(true);
    const unformatted = JSON.stringify({ entities: FIXTURE.filter((e) => e.id === 'kz.body.apk') });
    expect(validateFiles([{ path: 'data/x.json', text: unformatted }]).problems.map(formatProblem).some((m) => m.includes('canonical format'))).toBe(true);
  });

  it('formats idempotently', () => {
    const once = formatFile({ entities: [...FIXTURE].reverse() });
    expect(formatFile(JSON.parse(once))).toBe(once);
  });

  it('reports invalid JSON with the file name', () => {
    const msgs = validateFiles([{ path: 'data/broken.json', text: '{"entities": [' }]).problems.map(formatProblem);
    expect(msgs[0]).toMatch(/^error: data\/broken\.json: \(file\): \(json\): not valid JSON/);
  });
});
