// Coverage of an office's record: the periods when nobody is on record as holding it. Used by `npm run -s stats`
// to list the gazetteer's known gaps.
import type { EntitySource } from './types';
import { endOf, startOf } from './dates';

const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/**
 * The periods [from, to] within [since, asOf] and within the office's own existence (less its lapses) that no tenure covers, ignoring
 * those of `slackDays` or less (a successor's decree often follows by days or weeks).
 */
export function uncoveredPeriods(office: Pick<EntitySource, 'from' | 'to' | 'lapses' | 'tenures'>, asOf: string, since = '2012-01-01', slackDays = 45): [string, string][] {
  const start = office.from && startOf(office.from) > since ? startOf(office.from) : since;
  const end = office.to ? endOf(office.to) : asOf;
  if (end < start) return [];
  // a lapse, when the office did not exist, counts as covered
  const spans = [
    ...(office.tenures ?? []).map((t) => [startOf(t.from), t.to ? endOf(t.to) : asOf] as const),
    ...(office.lapses ?? []).map((l) => [startOf(l.from), endOf(l.to)] as const),
  ].sort((a, b) => a[0].localeCompare(b[0]));
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
