// One-line descriptions: a person's offices ("Secretary of State 2019–2022"), an office's current holder,
// a body's parent. Built from tenures, not written by hand (except for a person who holds no office here).
import type { EntityDetail } from './index/types';
import { coversTerm, startOf, yearOf, yearRange } from './gazetteer/dates';

/** True when `from` is at most 45 days after `to` (a re-election, a new convocation). */
const soonAfter = (to: string, from: string) => Date.parse(startOf(from)) - Date.parse(startOf(to)) <= 45 * 86400000;
const span = (from: string, to?: string) => (to ? yearRange(from, to) : `${yearOf(from)}–`);

/**
 * A person's offices as "Office 2019–2022": those held now first (the longest held first, so a president comes before
 * the councils the post chairs), posts shared with others (a deputy's seat) after single ones, then the rest latest
 * first; an office's holder; a body's parent.
 */
export function describeEntity(e: EntityDetail, byId: Map<string, EntityDetail>, asOf: string, max = 2): string {
  if (e.kind === 'person') {
    // terms of one office that follow each other (a speaker re-elected) read as one span
    const terms: { office: EntityDetail; from: string; to?: string; acting?: boolean; seen?: boolean }[] = [];
    const list = (e.held ?? [])
      .map(([oid, i]) => ({ office: byId.get(oid)!, t: byId.get(oid)?.tenures?.[i] }))
      .filter((x) => x.office && x.t)
      .sort((a, b) => (a.t!.from < b.t!.from ? -1 : 1));
    for (const { office, t } of list) {
      const last = terms.findLast((x) => x.office === office);
      // an open term leaves the joined span open
      if (last && last.to && !last.acting === !t!.acting && !last.seen === !t!.seen && soonAfter(last.to, t!.from)) last.to = t!.to && t!.to < last.to ? last.to : t!.to;
      else terms.push({ office, from: t!.from, to: t!.to, acting: t!.acting, seen: t!.seen });
    }
    const held = terms
      .map((x) => ({ ...x, now: coversTerm(x, asOf), several: !!x.office.multi }))
      .sort((a, b) => Number(b.now) - Number(a.now) || Number(a.several) - Number(b.several) || (a.now ? (a.from < b.from ? -1 : 1) : b.from > a.from ? 1 : -1));
    // a person known for no office the gazetteer tracks: the sentence written for them
    if (!held.length) return e.explanation ?? 'person';
    return held
      .slice(0, max)
      // a term known only from sightings: "at least 2020–2023"
      .map((x) => `${x.acting ? 'acting ' : ''}${x.office.name} ${x.seen ? 'at least ' : ''}${span(x.from, x.to)}`)
      .join('; ');
  }
  if (e.kind === 'office') {
    const now = (e.tenures ?? []).filter((t) => coversTerm(t, asOf));
    const who = now.map((t) => byId.get(t.person)?.name).filter(Boolean);
    const life = e.to ? ` (${span(e.from ?? '', e.to).replace(/^–/, 'until ')})` : '';
    return who.length ? `held by ${who.join(', ')}${life}` : e.to ? `abolished ${yearOf(e.to)}` : 'office';
  }
  const parent = e.parent ? byId.get(e.parent)?.name : undefined;
  const life = e.to ? `, until ${yearOf(e.to)}` : '';
  return `${parent ? `part of ${parent}` : 'body'}${life}`;
}
