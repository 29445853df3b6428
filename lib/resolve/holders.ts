// Who held an office on a date, and what a person held, from the compiled index.
import { covers, endOf, startOf } from '../gazetteer/dates';
import type { EntityRec, IntList, MatchIndex, TenureRec } from '../index/types';

/** The tenures of an office (entity index), from its record or, for an index read from the shipped file, parsed now. */
export function tenuresOf(index: MatchIndex, office: number): TenureRec[] | undefined {
  return index.lazy ? index.lazy.tenures(office) : index.entities[office].ten;
}

/** Of an office's tenures, those covering `date` (YYYY-MM-DD): non-acting first. */
export function tenuresAt(tenures: readonly TenureRec[] | undefined, date: string): TenureRec[] {
  // a term known only from sightings (flag 2) includes its last sighting, the `to` day (coversTerm in dates.ts, on the
  // compact record: this runs for every mention)
  let list = (tenures ?? []).filter((t) => covers(t[1], t[2] || undefined, date) || (t[3] & 2 && t[2] === date));
  // the day a term ended with no successor that day, the person still held it: a page of that day is about them
  if (!list.length) list = (tenures ?? []).filter((t) => t[2] === date);
  // substantive before acting; when month-precision dates make two tenures cover the day, the later one (the successor)
  return list.sort((a, b) => (a[3] & 1) - (b[3] & 1) || (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0));
}

/**
 * True when `person` was seen holding the office (a term known only from sightings, flag 2) within `days` days of
 * `date`: a page that names the person with the title then is taken at its word where the record has a gap.
 */
export function seenNear(tenures: readonly TenureRec[] | undefined, person: number, date: string, days: number): boolean {
  return termNear(tenures, person, date, days, true);
}

/** Whether `person` held the office (given its tenures) at some time within `days` of `date`. */
export function heldNear(tenures: readonly TenureRec[] | undefined, person: number, date: string, days: number): boolean {
  return termNear(tenures, person, date, days, false);
}

/** A term of `person` (only one known from sightings, when `seen`) within `days` of `date`; a sighting ends on its `to`,
 * or on its `from` when the record leaves `to` empty; any other term with no end is open. */
function termNear(tenures: readonly TenureRec[] | undefined, person: number, date: string, days: number, seen: boolean): boolean {
  const day = Date.parse(date);
  const reach = days * DAY;
  return (tenures ?? []).some((t) => {
    if (t[0] !== person || (seen && !(t[3] & 2)) || Date.parse(startOf(t[1])) - reach > day) return false;
    const end = t[2] || (t[3] & 2 ? t[1] : '');
    return !end || day <= Date.parse(endOf(end)) + reach;
  });
}

/** Person indexes holding an office (given its tenures) on `date`, substantive holders before acting ones. */
export function holdersAt(tenures: readonly TenureRec[] | undefined, date: string): number[] {
  return [...new Set(tenuresAt(tenures, date).map((t) => t[0]))];
}

/** Offices each person held, as compressed rows: person p's office indexes (one per tenure) are list[start[p] … start[p+1]). */
export interface OfficesByPerson {
  start: IntList;
  list: IntList;
}

/** Builds OfficesByPerson in two passes over the tenures (count, then fill): no per-person arrays or maps. */
export function officesByPerson(index: MatchIndex): OfficesByPerson {
  if (index.lazy) return index.lazy.held;
  const ents = index.entities;
  const start = new Int32Array(ents.length + 1);
  for (const e of ents) if (e.ten) for (const t of e.ten) start[t[0] + 1]++;
  for (let p = 0; p < ents.length; p++) start[p + 1] += start[p];
  const list = new Int32Array(start[ents.length]);
  const fill = start.slice(0, ents.length);
  for (let o = 0; o < ents.length; o++) {
    const ten = ents[o].ten;
    if (ten) for (const t of ten) list[fill[t[0]]++] = o;
  }
  return { start, list };
}

/** True when the entity (office or body) existed on `date`: within its life and in none of its lapses. */
export function existsAt(e: EntityRec, date: string): boolean {
  return covers(e.f, e.t, date) && !e.l?.some(([from, to]) => covers(from, to, date));
}

const DAY = 86_400_000;
const daysBetween = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY;

/**
 * Where `date` stands from the entity's existence, when it did not exist then: days until it next existed (Infinity when
 * it never did again) and days since it last existed (Infinity when it never had).
 */
export function distanceFromExistence(e: EntityRec, date: string): { until: number; since: number } {
  if (existsAt(e, date)) return { until: 0, since: 0 };
  if (e.f && !covers(e.f, undefined, date)) return { until: daysBetween(startOf(e.f), date), since: Infinity };
  if (e.t && !covers(undefined, e.t, date)) return { until: Infinity, since: daysBetween(endOf(e.t), date) };
  const lapse = e.l?.find(([from, to]) => covers(from, to, date));
  if (!lapse) return { until: 0, since: 0 };
  // a lapse from the office's first day: it had not existed before
  const before = e.f && startOf(lapse[0]) <= startOf(e.f) ? Infinity : daysBetween(startOf(lapse[0]), date);
  return { until: daysBetween(endOf(lapse[1]), date), since: before };
}
