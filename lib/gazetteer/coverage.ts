// Coverage of an office's record: the periods when nobody is on record as holding it. Used by `npm run -s stats`
// to list the gazetteer's known gaps.
import type { EntitySource, PartialDate } from './types';

/** A partial date as a day: the first day of its month or year for a start, the last for an end. */
function asDay(d: PartialDate, end: boolean): string {
  if (d.length === 4) return `${d}-${end ? '12-31' : '01-01'}`;
  if (d.length === 7) {
    if (!end) return `${d}-01`;
    const [y, m] = d.split('-').map(Number);
    return `${d}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return d;
}

const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/**
 * The periods [from, to] within [since, asOf] and within the office's own existence that no tenure covers, ignoring
 * those of `slackDays` or less (a successor's decree often follows by days or weeks).
 */
export function uncoveredPeriods(office: Pick<EntitySource, 'from' | 'to' | 'tenures'>, asOf: string, since = '2012-01-01', slackDays = 45): [string, string][] {
  const start = office.from && asDay(office.from, false) > since ? asDay(office.from, false) : since;
  const end = office.to ? asDay(office.to, true) : asOf;
  if (end < start) return [];
  const spans = (office.tenures ?? []).map((t) => [asDay(t.from, false), t.to ? asDay(t.to, true) : asOf] as const).sort((a, b) => a[0].localeCompare(b[0]));
  const open: [string, string][] = [];
  let cur = start;
  for (const [a, b] of spans) {
    if (a > cur && daysBetween(cur, a) > slackDays) open.push([cur, a < end ? a : end]);
    if (b > cur) cur = b;
    if (cur >= end) break;
  }
  if (cur < end && daysBetween(cur, end) > slackDays) open.push([cur, end]);
  return open;
}
