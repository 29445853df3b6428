// What a card says about a mention, computed from entity details: pure, so Node tests cover it.
import type { EntityDetail } from './index/types';
import { covers, coversTerm, yearOf, yearRange } from './gazetteer/dates';

export interface CardRef {
  id: string;
  name: string;
  /** "2019–2022", "since 2019". */
  when?: string;
  acting?: boolean;
  /** The dates are the first and last a source shows the person in office; the term's own are not known. */
  seen?: boolean;
}

export interface CardModel {
  id: string;
  kind: EntityDetail['kind'];
  written?: string;
  name: string;
  /** The name the entity had on the date, when it differs ("Nur Otan"). */
  nameThen?: string;
  ru?: string;
  kk?: string;
  explanation?: string;
  date: string;
  /** Offices: holders on the date; bodies: their heads on the date. */
  holdersThen: CardRef[];
  /** Same, now (as of the gazetteer date), when different. */
  holdersNow?: CardRef[];
  /** Offices with several holders at once (deputy ministers, senators): the lists name those on record, not all. */
  several?: true;
  /** Persons: offices held on the date and now. */
  officesThen: CardRef[];
  officesNow?: CardRef[];
  parent?: CardRef;
  /** "Abolished in 2022; replaced by State Counsellor of Kazakhstan", "Renamed Amanat in 2022". */
  notes: string[];
  sources: string[];
  asOf: string;
  candidates?: CardRef[];
  /** Offices the page writes as a past post ("former Prime Minister …"): the person it names, with their terms in it. */
  former?: CardRef;
  user?: boolean;
}

export type Lookup = (id: string) => EntityDetail | undefined;

const span = (from?: string, to?: string) => (from && to ? yearRange(from, to) : from ? `since ${yearOf(from)}` : to ? `until ${yearOf(to)}` : undefined);

function holders(office: EntityDetail, date: string, get: Lookup): CardRef[] {
  const all = office.tenures ?? [];
  const covering = all.filter((t) => coversTerm(t, date));
  // the day a term ended with no successor that day, the person still held it (as tenuresAt in the engine reads it)
  return (covering.length ? covering : all.filter((t) => t.to === date))
    .sort((a, b) => Number(!!a.acting) - Number(!!b.acting))
    .map((t) => ({ id: t.person, name: get(t.person)?.name ?? t.person, when: span(t.from, t.to), acting: t.acting, seen: t.seen }));
}

function offices(person: EntityDetail, date: string, get: Lookup): CardRef[] {
  const out: CardRef[] = [];
  for (const [oid, i] of person.held ?? []) {
    const o = get(oid);
    const t = o?.tenures?.[i];
    if (o && t && coversTerm(t, date)) out.push({ id: oid, name: o.name, when: span(t.from, t.to), acting: t.acting, seen: t.seen });
  }
  return out;
}

const same = (a: CardRef[], b: CardRef[]) => a.map((x) => x.id).join() === b.map((x) => x.id).join();

/**
 * The card for `entity` as of `date` (YYYY-MM-DD); `asOf` is the gazetteer's date ("now"). `named`: the person the page
 * names with the office's title as its holder, which the engine accepts near a sighting where the record has a gap.
 * `former`: the person the page names as a former holder ("former Prime Minister Karim Massimov").
 */
export function cardModel(entity: EntityDetail, date: string, asOf: string, get: Lookup, written?: string, candidates?: string[], named?: string, former?: string): CardModel {
  const m: CardModel = {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    date,
    holdersThen: [],
    officesThen: [],
    notes: [],
    sources: entity.sources.slice(0, 4),
    asOf,
  };
  if (written && written.replace(/\s+/g, ' ').toLowerCase() !== entity.name.toLowerCase()) m.written = written;
  if (entity.names.ru[0]) m.ru = entity.names.ru[0];
  if (entity.names.kk[0]) m.kk = entity.names.kk[0];
  if (entity.explanation) m.explanation = entity.explanation;
  if (entity.user) m.user = true;
  const nameOn = (d: string) => [...(entity.nameHistory ?? [])].reverse().find((h) => h.from <= d)?.name;
  const then = nameOn(date);
  const now = nameOn(asOf);
  if (then && then !== entity.name) m.nameThen = then;
  if (then && now && then !== now) {
    const change = (entity.nameHistory ?? []).find((h) => h.from > date && h.name === now);
    m.notes.push(`${then}, renamed ${now}${change ? ` in ${yearOf(change.from)}` : ''}`);
  }
  if (entity.to) {
    const repl = (entity.replacedBy ?? []).map((id) => get(id)?.name ?? id);
    m.notes.push(`${entity.to <= date ? 'Abolished' : 'Existed until'} ${yearOf(entity.to)}${repl.length ? `; replaced by ${repl.join(', ')}` : ''}`);
  }
  if (entity.replaces?.length) m.notes.push(`Replaced ${entity.replaces.map((id) => get(id)?.name ?? id).join(', ')}`);
  // a vacancy matters only on its dates; an abolition is part of the office's history
  for (const l of entity.lapses ?? []) {
    const on = covers(l.from, l.to, date);
    if (l.vacant) {
      if (on) m.notes.push(`Vacant on this date (${l.from} – ${l.to})`);
    } else m.notes.push(`${on ? 'Did not exist on this date: abolished' : 'Abolished'} in ${yearOf(l.from)}, re-created in ${yearOf(l.to)}`);
  }
  if (entity.from && entity.from > date) m.notes.push(`Created in ${yearOf(entity.from)}, after this page's date`);
  const abolishedNow = !!entity.to && entity.to <= asOf;
  if (entity.kind === 'office') {
    if (entity.multi) m.several = true;
    m.holdersThen = holders(entity, date, get);
    // the person the page names, seen in the office near the date: shown with the span of the sighting
    const seen = named && !m.holdersThen.some((h) => h.id === named) ? (entity.tenures ?? []).find((t) => t.person === named && t.seen) : undefined;
    if (seen) m.holdersThen.unshift({ id: named!, name: get(named!)?.name ?? named!, when: span(seen.from, seen.to), seen: true });
    const n = holders(entity, asOf, get);
    // an abolished office has no holder now: the note above says what replaced it
    if (!same(n, m.holdersThen) && !abolishedNow) m.holdersNow = n;
    const terms = former ? (entity.tenures ?? []).filter((t) => t.person === former && t.from < date) : [];
    if (terms.length) m.former = { id: former!, name: get(former!)?.name ?? former!, when: terms.map((t) => span(t.from, t.to)).filter(Boolean).join(', ') || undefined, acting: terms.every((t) => t.acting) || undefined };
  } else if (entity.kind === 'body') {
    const heads = (entity.headedBy ?? []).map(get).filter((o): o is EntityDetail => !!o);
    m.holdersThen = heads.flatMap((o) => holders(o, date, get));
    const n = heads.flatMap((o) => holders(o, asOf, get));
    if (!same(n, m.holdersThen) && !abolishedNow) m.holdersNow = n;
  } else {
    m.officesThen = offices(entity, date, get);
    const n = offices(entity, asOf, get);
    if (!same(n, m.officesThen)) m.officesNow = n;
  }
  if (entity.parent) {
    const p = get(entity.parent);
    if (p) m.parent = { id: p.id, name: p.name };
  }
  if (candidates && candidates.length > 1) m.candidates = candidates.map((id) => ({ id, name: get(id)?.name ?? id }));
  return m;
}

/** Every id a card for `entity` needs details of (holders, offices, parent, successors). */
export function relatedIds(entity: EntityDetail, get: Lookup): string[] {
  const ids = new Set<string>();
  for (const t of entity.tenures ?? []) ids.add(t.person);
  for (const [o] of entity.held ?? []) ids.add(o);
  for (const h of entity.headedBy ?? []) {
    ids.add(h);
    for (const t of get(h)?.tenures ?? []) ids.add(t.person);
  }
  for (const id of [entity.parent, ...(entity.replacedBy ?? []), ...(entity.replaces ?? []), ...(entity.children ?? [])]) if (id) ids.add(id);
  return [...ids];
}
