// Who held an office on a date, and what a person held, from the compiled index.
import { covers } from '../gazetteer/dates';
import type { EntityRec, MatchIndex, TenureRec } from '../index/types';

/** Tenures of `office` covering `date` (YYYY-MM-DD): non-acting first. */
export function tenuresAt(office: EntityRec, date: string): TenureRec[] {
  // a term known only from sightings (flag 2) includes its last sighting, the `to` day (coversTerm in dates.ts, on the
  // compact record: this runs for every mention)
  const list = (office.ten ?? []).filter((t) => covers(t[1], t[2] || undefined, date) || (t[3] & 2 && t[2] === date));
  // substantive before acting; when month-precision dates make two tenures cover the day, the later one (the successor)
  return list.sort((a, b) => (a[3] & 1) - (b[3] & 1) || (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0));
}

/** Person indexes holding `office` on `date`, substantive holders before acting ones. */
export function holdersAt(office: EntityRec, date: string): number[] {
  return [...new Set(tenuresAt(office, date).map((t) => t[0]))];
}

/** Builds person index → [office index, tenure] for the offices a person held. */
export function tenuresByPerson(index: MatchIndex): Map<number, [number, TenureRec][]> {
  const out = new Map<number, [number, TenureRec][]>();
  index.entities.forEach((e, i) => {
    for (const t of e.ten ?? []) {
      const l = out.get(t[0]) ?? [];
      l.push([i, t]);
      out.set(t[0], l);
    }
  });
  return out;
}

/** True when the entity (office or body) existed on `date`. */
export function existsAt(e: EntityRec, date: string): boolean {
  return covers(e.f, e.t, date);
}
