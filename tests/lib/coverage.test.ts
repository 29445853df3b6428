import { describe, expect, it } from 'vitest';
import { uncoveredPeriods } from '../../lib/gazetteer/coverage';

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
