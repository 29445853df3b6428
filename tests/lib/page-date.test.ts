import { describe, expect, it } from 'vitest';
import { dateFromText, dateFromUrl, isoDay, pageDate } from '../../lib/date/page-date';
import { covers, endOf, isPartialDate, startOf } from '../../lib/gazetteer/dates';
import { rng } from './random';

describe('page date', () => {
  it.each([
    ['22 September 2020, 20:11', '2020-09-22'],
    ['September 22, 2020', '2020-09-22'],
    ['NUR-SULTAN. 9 June 2021', '2021-06-09'],
    ['22.09.2020 20:11', '2020-09-22'],
    ['22 сентября 2020 года', '2020-09-22'],
    ['2022 жылғы 16 наурыз', '2022-03-16'],
    ['14:55, 11 Qyrkúıek 2023', '2023-09-11'],
    ['2013 jylǵy 13 qarasha Astana qalasy', '2013-11-13'],
    ['5 Naýryz, 2021', '2021-03-05'],
    ['no date here', null],
    ['31 February 2020', null],
  ])('reads the dateline "%s"', (text, date) => {
    expect(dateFromText(text)).toBe(date);
  });

  it.each([
    ['https://astanatimes.com/2024/04/15/slug/', '2024-04-15'],
    ['https://ru.sputnik.kz/amp/20240209/glava-mid.html', '2024-02-09'],
    ['https://zonakz.net/2012/12/07/esimov/', '2012-12-07'],
    ['https://astanatimes.com/2024/04/slug/', null],
    ['https://www.inform.kz/en/a3798835', null],
  ])('reads the URL %s', (url, date) => {
    expect(dateFromUrl(url)).toBe(date);
  });

  it('prefers metadata, then JSON-LD, <time>, URL, text, today', () => {
    const today = '2026-11-26';
    expect(pageDate({ meta: ['2021-06-09T11:20:00+06:00'], jsonld: ['2020-01-01'], url: 'https://x.kz/2019/01/01/' }, today)).toEqual({ date: '2021-06-09', source: 'meta' });
    expect(pageDate({ meta: ['garbage'], jsonld: ['2020-01-02T10:00:00Z'] }, today)).toEqual({ date: '2020-01-02', source: 'jsonld' });
    expect(pageDate({ time: ['2019-05-05'] }, today)).toEqual({ date: '2019-05-05', source: 'time' });
    expect(pageDate({ url: 'https://x.kz/2019/01/31/a' }, today)).toEqual({ date: '2019-01-31', source: 'url' });
    expect(pageDate({ text: 'ASTANA, 3 March 2023' }, today)).toEqual({ date: '2023-03-03', source: 'text' });
    expect(pageDate({}, today)).toEqual({ date: today, source: 'today' });
  });

  it('keeps the calendar day as written in an ISO timestamp', () => {
    expect(isoDay('2021-06-09T23:30:00+06:00')).toBe('2021-06-09');
  });

  it('handles partial dates', () => {
    expect(isPartialDate('2019')).toBe(true);
    expect(isPartialDate('2019-02-29')).toBe(false);
    expect(covers('2019-03-20', undefined, '2019-03-20')).toBe(true);
    expect(covers('1990', '2019-03-20', '2019-03-20')).toBe(false);
    expect(covers('2014-10', '2016', '2016-12-31')).toBe(true);
  });

  it('decides coverage of partial dates like the definition by first and last days (differential, seeded)', () => {
    const random = rng(3);
    const pad = (n: number) => String(n).padStart(2, '0');
    const partial = () => {
      const y = 2015 + Math.floor(random() * 4);
      const m = 1 + Math.floor(random() * 12);
      const d = 1 + Math.floor(random() * 28);
      const k = random();
      return k < 0.2 ? `${y}` : k < 0.5 ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
    };
    // the reference: [first day of from, to) for a full `to`, through the last day of a partial `to`
    const reference = (from: string | undefined, to: string | undefined, day: string) =>
      !(from && startOf(from) > day) && !(to && (to.length === 10 ? to <= day : endOf(to) < day));
    for (let n = 0; n < 3000; n++) {
      const from = random() < 0.1 ? undefined : partial();
      const to = random() < 0.2 ? undefined : partial();
      const day = partial().padEnd(10, '-01').slice(0, 10);
      const fullDay = /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : startOf(day.slice(0, 4));
      expect(covers(from, to, fullDay), `${from} ${to} ${fullDay}`).toBe(reference(from, to, fullDay));
    }
  });
});
