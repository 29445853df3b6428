// The popup's entity page: the full record of one entity (every holder or office, all names, relations).
import type { EntityDetail } from './index/types';
import { yearOf } from './gazetteer/dates';

export interface TimelineRow {
  id: string;
  name: string;
  from: string;
  to?: string;
  acting?: boolean;
  /** From and to are the first and last sightings in office, not the term's start and end. */
  seen?: boolean;
  /** A period with nobody in the office: it did not exist, or was vacant (then `id` and `name` are empty). */
  lapse?: 'abolished' | 'vacant';
}

export interface EntityPageModel {
  entity: EntityDetail;
  /** Offices: holders, latest first; persons: offices held, latest first. */
  timeline: TimelineRow[];
  parent?: { id: string; name: string };
  children: { id: string; name: string }[];
  replaces: { id: string; name: string }[];
  replacedBy: { id: string; name: string }[];
  names: { lang: 'en' | 'ru' | 'kk'; names: string[] }[];
  span?: string;
}

export function entityPageModel(e: EntityDetail, get: (id: string) => EntityDetail | undefined): EntityPageModel {
  const ref = (id: string) => ({ id, name: get(id)?.name ?? id });
  const timeline: TimelineRow[] =
    e.kind === 'person'
      ? (e.held ?? []).flatMap(([oid, i]) => {
          const t = get(oid)?.tenures?.[i];
          return t ? [{ id: oid, name: get(oid)!.name, from: t.from, to: t.to, acting: t.acting, seen: t.seen }] : [];
        })
      : [
          ...(e.tenures ?? []).map((t) => ({ id: t.person, name: get(t.person)?.name ?? t.person, from: t.from, to: t.to, acting: t.acting, seen: t.seen })),
          ...(e.lapses ?? []).map((l) => ({ id: '', name: '', from: l.from, to: l.to, lapse: l.vacant ? ('vacant' as const) : ('abolished' as const) })),
        ];
  timeline.sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
  return {
    entity: e,
    timeline,
    parent: e.parent ? ref(e.parent) : undefined,
    children: [...(e.children ?? []), ...(e.headedBy ?? [])].map(ref),
    replaces: (e.replaces ?? []).map(ref),
    replacedBy: (e.replacedBy ?? []).map(ref),
    names: (['en', 'ru', 'kk'] as const).map((lang) => ({ lang, names: e.names[lang] })).filter((x) => x.names.length),
    span: e.from || e.to ? `${e.from ? yearOf(e.from) : ''}–${e.to ? yearOf(e.to) : ''}` : undefined,
  };
}
