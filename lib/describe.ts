// One-line descriptions: a person's offices ("Secretary of State 2019–2022"), an office's current holder,
// a body's parent. Built from tenures, not written by hand.
import type { EntityDetail } from './index/types';
import { covers, yearOf } from './gazetteer/dates';

const span = (from: string, to?: string) => `${yearOf(from)}–${to ? yearOf(to) : ''}`;

/** A person's offices, latest first, as "Office 2019–2022"; an office's holder; a body's parent. */
export function describeEntity(e: EntityDetail, byId: Map<string, EntityDetail>, asOf: string, max = 2): string {
  if (e.kind === 'person') {
    const held = (e.held ?? [])
      .map(([oid, i]) => ({ office: byId.get(oid), t: byId.get(oid)?.tenures?.[i] }))
      .filter((x) => x.office && x.t)
      .sort((a, b) => (b.t!.from > a.t!.from ? 1 : -1));
    if (!held.length) return 'person';
    return held
      .slice(0, max)
      .map((x) => `${x.t!.acting ? 'acting ' : ''}${x.office!.name} ${span(x.t!.from, x.t!.to)}`)
      .join('; ');
  }
  if (e.kind === 'office') {
    const now = (e.tenures ?? []).filter((t) => covers(t.from, t.to, asOf));
    const who = now.map((t) => byId.get(t.person)?.name).filter(Boolean);
    const life = e.to ? ` (${span(e.from ?? '', e.to).replace(/^–/, 'until ')})` : '';
    return who.length ? `held by ${who.join(', ')}${life}` : e.to ? `abolished ${yearOf(e.to)}` : 'office';
  }
  const parent = e.parent ? byId.get(e.parent)?.name : undefined;
  const life = e.to ? `, until ${yearOf(e.to)}` : '';
  return `${parent ? `part of ${parent}` : 'body'}${life}`;
}
