// Partial dates (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) and comparisons on them.

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for a real calendar date in one of the three accepted precisions. */
export function isPartialDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  if (y < 1800 || y > 2100) return false;
  if (m[2] === undefined) return true;
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return false;
  if (m[3] === undefined) return true;
  const d = Number(m[3]);
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d >= 1 && d <= days;
}

/** True for a full `YYYY-MM-DD` calendar date. */
export function isFullDate(s: unknown): s is string {
  return typeof s === 'string' && s.length === 10 && isPartialDate(s);
}

/** The first day a partial date can mean ("2019" → "2019-01-01"). */
export function startOf(d: string): string {
  return d.length === 4 ? d + '-01-01' : d.length === 7 ? d + '-01' : d;
}

/** The last day a partial date can mean ("2019-02" → "2019-02-28"). */
export function endOf(d: string): string {
  if (d.length === 4) return d + '-12-31';
  if (d.length === 7) {
    const [y, m] = d.split('-').map(Number);
    return `${d}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return d;
}

/**
 * True when a span [from, to) covers the full date `day`. A tenure's `to` is the day it ended: the successor's
 * `from` is usually the same day, and on that day the successor holds the office. Partial dates cover their whole
 * period. Compares prefixes, without building strings: this runs for every mention.
 */
export function covers(from: string | undefined, to: string | undefined, day: string): boolean {
  // a partial date is compared with the day's prefix of the same length; when the day does not start with it, the
  // first differing character decides, so a plain comparison of the whole strings gives the same answer
  if (from && !day.startsWith(from) && from > day) return false;
  if (to && (to.length === 10 ? to <= day : !day.startsWith(to) && to < day)) return false;
  return true;
}

/**
 * True when a tenure covers the full date `day`: as `covers`, except that a term known only from sightings (`seen`)
 * includes its `to`, the last day a source shows the person in office (a single sighting has from = to).
 */
export function coversTerm(t: { from: string; to?: string; seen?: boolean }, day: string): boolean {
  return covers(t.from, t.to, day) || (!!t.seen && t.to === day && covers(t.from, undefined, day));
}

/** The year of a partial date. */
export function yearOf(d: string): string {
  return d.slice(0, 4);
}

/** "2019–2022", or "2019" when both dates fall in one year (a term seen once, a caretaker's weeks). */
export function yearRange(from: string, to: string): string {
  const a = yearOf(from);
  const b = yearOf(to);
  return a === b ? a : `${a}–${b}`;
}
