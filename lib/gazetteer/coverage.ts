// Coverage of the gazetteer: counts by kind and scope, tenures, names by script, and the known gaps (periods when
// nobody is on record as holding an office). Printed by `npm run -s stats` and by `tanys entities`.
import type { EntitySource } from './types';
import { coversTerm, endOf, startOf } from './dates';
import { personNameForms } from '../text/variants';
import { BRIEF_OFFICES } from './brief';

const since2012 = '2012-01-01';
const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/**
 * The periods [from, to] within [since, asOf] and within the office's own existence (less its lapses) that no tenure covers, ignoring
 * those of `slackDays` or less (a successor's decree often follows by days or weeks).
 */
export function uncoveredPeriods(office: Pick<EntitySource, 'from' | 'to' | 'lapses' | 'tenures'>, asOf: string, since = '2012-01-01', slackDays = 45): [string, string][] {
  const start = office.from && startOf(office.from) > since ? startOf(office.from) : since;
  // an office that ends after the as-of date, or in a year or month not yet over, is counted only up to the as-of date
  const end = office.to && endOf(office.to) < asOf ? endOf(office.to) : asOf;
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

/** One seat period of a multi-holder office, as far as it falls since `since`: its seats and the holders on record. */
export interface SeatFill {
  id: string;
  from: string;
  to: string;
  seats: number;
  /** The middle day of the period, and how many holders are on record on it. */
  mid: string;
  onMid: number;
  /** Different people on record in the office at some time in the period (by-elections and replacements included). */
  people: number;
}

/** For every office with `seats`, each seat period since `since` with the holders on record in it. */
export function seatFill(entities: EntitySource[], asOf: string, since = '2012-01-01'): SeatFill[] {
  const out: SeatFill[] = [];
  for (const e of entities) {
    if (e.kind !== 'office' || !e.seats) continue;
    for (const s of e.seats) {
      const from = startOf(s.from) > since ? startOf(s.from) : since;
      const end = s.to ? startOf(s.to) : e.to ? startOf(e.to) : asOf;
      const to = end < asOf ? end : asOf;
      if (to <= from) continue;
      const mid = new Date((Date.parse(from) + Date.parse(to)) / 2).toISOString().slice(0, 10);
      const tenures = e.tenures ?? [];
      const onMid = new Set(tenures.filter((t) => coversTerm(t, mid)).map((t) => t.person)).size;
      // a term's end is its successor's first day (a sighting's last day counts): a term that ends on the period's first
      // day belongs to the period before
      const people = new Set(tenures.filter((t) => startOf(t.from) < to && (t.to === undefined || (t.seen ? endOf(t.to) >= from : endOf(t.to) > from))).map((t) => t.person)).size;
      out.push({ id: e.id, from, to, seats: s.count, mid, onMid, people });
    }
  }
  return out;
}

/**
 * The coverage summary, as lines: entities by kind and scope, tenures, names by script, explanations, sources, and the
 * known gaps (Kazakhstan's single-holder offices with periods since 2012 that no tenure covers), counted per data file
 * (`fileOf`: entity id → file); with `listGaps`, every gap under its file.
 */
export function coverageReport(entities: EntitySource[], asOf: string, fileOf: Map<string, string>, listGaps = false, brief: Record<string, readonly string[]> = BRIEF_OFFICES): string[] {
  const out: string[] = [];
  const count = (f: (e: EntitySource) => boolean) => entities.filter(f).length;
  const tenures = entities.flatMap((e) => e.tenures ?? []);
  const names = { en: 0, ru: 0, kk: 0, generated: 0 };
  for (const e of entities)
    for (const l of ['en', 'ru', 'kk'] as const)
      for (const n of [...(e.names?.[l] ?? []), ...(e.generic?.[l] ?? []), ...(e.short?.[l] ?? [])]) {
        names[l]++;
        // the Latin-script forms the compiler adds to a person's written name (the name itself not counted)
        if (e.kind === 'person' && e.names?.[l]?.includes(n)) names.generated += personNameForms(n, l, e.country).filter((f, k) => k > 0 && f.lang === 'en').length;
      }
  out.push(`gazetteer as of ${asOf}: ${entities.length} entities`);
  for (const k of ['person', 'office', 'body'] as const)
    out.push(`  ${k}: ${count((e) => e.kind === k)} (kz ${count((e) => e.kind === k && e.scope === 'kz')}, intl ${count((e) => e.kind === k && e.scope === 'intl')}, foreign ${count((e) => e.kind === k && e.scope === 'foreign')})`);
  out.push(`  tenures: ${tenures.length} (${tenures.filter((t) => t.seen).length} known only from sightings); offices with no tenure: ${count((e) => e.kind === 'office' && !e.tenures?.length)}`);
  out.push(`  names written: ${names.en} Latin, ${names.ru} Russian, ${names.kk} Kazakh; generated Latin variants of person names: ${names.generated}`);
  out.push(`  explanations: ${count((e) => e.kind !== 'person' && !!e.explanation)} of ${count((e) => e.kind !== 'person')} offices and bodies, and ${count((e) => e.kind === 'person' && !!e.explanation)} persons known for no office here; sources cited: ${new Set(entities.flatMap((e) => [...e.sources, ...(e.tenures ?? []).flatMap((t) => t.sources)])).size} distinct URLs`);
  const byFile = new Map<string, { id: string; open: [string, string][] }[]>();
  // the gaps of single-holder offices of one scope, listed under their files
  const gapsOf = (scope: EntitySource['scope']) => {
    const offices = entities.filter((e) => e.kind === 'office' && e.scope === scope && !e.multi);
    let gaps = 0;
    let days = 0;
    const files = new Map<string, number>();
    for (const e of offices) {
      const open = uncoveredPeriods(e, asOf);
      if (!open.length) continue;
      gaps++;
      for (const [a, b] of open) days += daysBetween(a, b);
      const f = fileOf.get(e.id) ?? '?';
      if (!byFile.has(f)) byFile.set(f, []);
      byFile.get(f)!.push({ id: e.id, open });
      files.set(f, (files.get(f) ?? 0) + 1);
    }
    const perFile = [...files].map(([f, n]) => `${f.replace(/^data\/|\.json$/g, '')} ${n}`).join(', ');
    return { gaps, of: offices.length, years: Math.round(days / 365.25), perFile };
  };
  const kz = gapsOf('kz');
  out.push(`  known gaps: ${kz.gaps} of ${kz.of} single-holder offices of Kazakhstan have periods since 2012 with no holder on record, ${kz.years} office-years in all (${kz.perFile})`);
  const intl = gapsOf('intl');
  out.push(`  known gaps abroad: ${intl.gaps} of ${intl.of} single-holder offices of international organisations, ${intl.years} office-years`);
  // the offices the coverage brief names one by one: how many are complete since 2012, and the gaps of the others by group
  const byId = new Map(entities.map((e) => [e.id, e]));
  const briefGaps: string[] = [];
  let briefListed = 0;
  let briefOpen = 0;
  let briefDays = 0;
  const briefGroups: string[] = [];
  for (const [group, ids] of Object.entries(brief)) {
    let open = 0;
    for (const id of ids) {
      briefListed++;
      const e = byId.get(id);
      const periods = e ? uncoveredPeriods(e, asOf) : [[since2012, asOf] as [string, string]];
      if (!periods.length) continue;
      open++;
      for (const [a, b] of periods) briefDays += daysBetween(a, b);
      briefGaps.push(`      ${id}${e ? '' : ' (not in the gazetteer)'}: ${periods.map(([a, b]) => `${a}..${b}`).join(', ')}`);
    }
    briefOpen += open;
    if (open) briefGroups.push(`${group} ${open} of ${ids.length}`);
  }
  if (briefListed)
    out.push(`  offices the coverage brief names: ${briefListed - briefOpen} of ${briefListed} have a holder on record for every day since 2012 (or since they were created); ${briefOpen} have gaps, ${Math.round(briefDays / 365.25)} office-years in all${briefGroups.length ? ` (${briefGroups.join(', ')})` : ''}`);
  const fill = seatFill(entities, asOf);
  if (fill.length) {
    const seats = fill.reduce((n, f) => n + f.seats, 0);
    const held = fill.reduce((n, f) => n + Math.min(f.onMid, f.seats), 0);
    out.push(`  seats on record: ${held} of ${seats} seats of ${new Set(fill.map((f) => f.id)).size} offices with a fixed number of seats have a holder on record on the middle day of their period`);
    for (const f of fill) out.push(`    ${f.id} ${f.from}..${f.to}: ${f.onMid} of ${f.seats} on ${f.mid}; ${f.people} people in the period`);
  }
  if (listGaps && briefGaps.length) out.push('    offices the coverage brief names:', ...briefGaps);
  if (listGaps)
    for (const [f, list] of byFile) {
      out.push(`    ${f}:`);
      for (const g of list) out.push(`      ${g.id}: ${g.open.map(([a, b]) => `${a}..${b}`).join(', ')}`);
    }
  return out;
}
