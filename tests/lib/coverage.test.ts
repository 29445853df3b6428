import { describe, expect, it } from 'vitest';
import { coverageReport, seatFill, uncoveredPeriods } from '../../lib/gazetteer/coverage';
import { FIXTURE } from '../fixtures/gazetteer';
import type { EntitySource } from '../../lib/gazetteer/types';

const t = (from: string, to?: string) => ({ person: 'kz.person.x', from, ...(to ? { to } : {}), sources: ['https://example.org'] });

describe('uncoveredPeriods', () => {
  it('lists the periods since 2012 with no holder, up to the as-of date', () => {
    expect(uncoveredPeriods({ tenures: [t('2010-05-01', '2013-06-30'), t('2015-01-10')] }, '2026-11-26')).toEqual([['2013-06-30', '2015-01-10']]);
    expect(uncoveredPeriods({ tenures: [t('2016-03-01', '2020-01-01')] }, '2026-11-26')).toEqual([
      ['2012-01-01', '2016-03-01'],
      ['2020-01-01', '2026-11-26'],
    ]);
  });
  it('keeps to the office existence and ignores handovers of a few weeks', () => {
    expect(uncoveredPeriods({ from: '2019-06', to: '2022-01-05', tenures: [t('2019-06-18', '2021-12-01')] }, '2026-11-26')).toEqual([]);
    expect(uncoveredPeriods({ from: '2022-06-11', tenures: [] }, '2026-11-26')).toEqual([['2022-06-11', '2026-11-26']]);
    expect(uncoveredPeriods({ to: '2011-12-31', tenures: [] }, '2026-11-26')).toEqual([]);
    // an end given only as a year not yet over stops at the as-of date
    expect(uncoveredPeriods({ from: '2022-06-14', to: '2026', tenures: [] }, '2026-11-26')).toEqual([['2022-06-14', '2026-11-26']]);
  });
  it('reads partial dates as the widest they can mean', () => {
    // a tenure "2014" to "2015-02" covers 2014-01-01 … 2015-02-28
    expect(uncoveredPeriods({ tenures: [t('2012-01-01', '2014'), t('2014', '2015-02'), t('2015-03-10')] }, '2026-11-26')).toEqual([]);
  });
  it('does not count a lapse, when the office did not exist, as a gap', () => {
    const lapses = [{ from: '2014-08-06', to: '2020-09-11', sources: ['https://example.org'] }];
    expect(uncoveredPeriods({ tenures: [t('2007-11-13', '2014-08-06'), t('2020-09-11')], lapses }, '2026-11-26')).toEqual([]);
    expect(uncoveredPeriods({ tenures: [t('2007-11-13', '2014-08-06'), t('2021-06-01')], lapses }, '2026-11-26')).toEqual([['2020-09-11', '2021-06-01']]);
  });
});

describe('seatFill', () => {
  const member = (person: string, from: string, to?: string, seen = false) => ({ person, from, ...(to ? { to } : {}), ...(seen ? { seen } : {}), sources: ['https://example.org'] });
  const office = (tenures: ReturnType<typeof member>[]): EntitySource => ({
    id: 'kz.office.deputy', kind: 'office', name: 'Deputy', scope: 'kz', country: 'kz', multi: true, to: '2026-07-01', sources: ['https://example.org'],
    seats: [
      { from: '2010-01-20', to: '2016-01-20', count: 5, sources: ['https://example.org'] },
      { from: '2016-03-25', count: 4, sources: ['https://example.org'] },
    ],
    tenures,
  });
  it('counts the holders on record on the middle day of each seat period since 2012, and the people in it', () => {
    const fill = seatFill([office([
      member('a', '2010-01-20', '2016-01-20'),
      member('b', '2010-01-20', '2013-01-01'),
      member('c', '2013-01-01', '2016-01-20'),
      member('d', '2016-03-25', '2026-07-01'),
      // a term that ends on the next period's first day belongs to the period before
      member('e', '2013-01-01', '2016-03-25'),
      member('a', '2018-02-01', '2018-03-01', true),
    ])], '2026-11-26');
    expect(fill).toEqual([
      // 2012-01-01 … 2016-01-20: middle day 2014-01-10; a, c and e sit then, b left in 2013
      { id: 'kz.office.deputy', from: '2012-01-01', to: '2016-01-20', seats: 5, mid: '2014-01-10', onMid: 3, people: 4 },
      // the open period runs to the office's end; a seen once in 2018 is in the period but not on its middle day
      { id: 'kz.office.deputy', from: '2016-03-25', to: '2026-07-01', seats: 4, mid: '2021-05-13', onMid: 1, people: 2 },
    ]);
  });
  it('leaves out offices with no seats', () => {
    const { seats: _drop, ...noSeats } = office([member('a', '2016-03-25')]);
    expect(seatFill([noSeats], '2026-11-26')).toEqual([]);
  });
});

describe('coverageReport', () => {
  it('counts the explanations of offices and bodies apart from the sentences of persons known for no office', () => {
    const boxer: EntitySource = { id: 'kz.person.boxer', kind: 'person', name: 'A Boxer', scope: 'kz', country: 'kz', names: { en: ['A Boxer'] }, explanation: 'Kazakh boxer, a champion invented for this test.', sources: ['https://example.org'] };
    const list = [...FIXTURE, boxer];
    const institutions = list.filter((e) => e.kind !== 'person');
    const line = coverageReport(list, '2026-11-26', new Map()).find((l) => l.includes('explanations:'))!;
    expect(line).toContain(`explanations: ${institutions.filter((e) => e.explanation).length} of ${institutions.length} offices and bodies, and 1 persons known for no office here`);
  });

  it("counts the gaps of Kazakhstan's offices and, apart, those of international organisations' heads, and lists both", () => {
    const src = ['https://example.org'];
    const un: EntitySource = { id: 'intl.office.un-sg', kind: 'office', name: 'UN Secretary-General', scope: 'intl', names: { en: ['UN Secretary-General'] }, explanation: 'Heads the UN Secretariat; invented for this test.', sources: src, tenures: [t('2017-01-01')] };
    const fileOf = new Map([[un.id, 'data/intl.json']]);
    const lines = coverageReport([...FIXTURE, un], '2026-11-26', fileOf, true);
    expect(lines.find((l) => l.includes('known gaps abroad:'))).toBe('  known gaps abroad: 1 of 1 single-holder offices of international organisations, 5 office-years');
    expect(lines).toContain('      intl.office.un-sg: 2012-01-01..2017-01-01');
    expect(lines.find((l) => l.includes('known gaps:'))).toMatch(/single-holder offices of Kazakhstan/);
  });

  it('counts the offices the coverage brief names: complete ones, those with gaps by group, and those missing', () => {
    const src = ['https://example.org'];
    const office = (id: string, tenures: ReturnType<typeof t>[]): EntitySource => ({ id, kind: 'office', name: id, scope: 'kz', names: { en: [id] }, explanation: 'Invented for this test.', sources: src, tenures });
    const full = office('kz.office.full', [t('2010-01-01')]);
    const gappy = office('kz.office.gappy', [t('2012-01-01', '2014-01-01'), t('2016-01-01')]);
    const brief = { alpha: ['kz.office.full', 'kz.office.gappy'], beta: ['kz.office.absent'] };
    const lines = coverageReport([full, gappy], '2026-11-26', new Map(), true, brief);
    expect(lines.find((l) => l.includes('coverage brief names:'))).toBe(
      '  offices the coverage brief names: 1 of 3 have a holder on record for every day since 2012 (or since they were created); 2 have gaps, 17 office-years in all (alpha 1 of 2, beta 1 of 1)',
    );
    expect(lines).toContain('      kz.office.gappy: 2014-01-01..2016-01-01');
    expect(lines).toContain('      kz.office.absent (not in the gazetteer): 2012-01-01..2026-11-26');
    // without --gaps the periods are not listed
    expect(coverageReport([full, gappy], '2026-11-26', new Map(), false, brief).some((l) => l.includes('kz.office.gappy:'))).toBe(false);
  });
});
