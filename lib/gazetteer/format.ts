// Canonical formatting of gazetteer source files: entities sorted by id, fields in schema order, two-space JSON.
import type { EntitySource, GazetteerFile, Tenure } from './types';

const ENTITY_ORDER = [
  'id', 'kind', 'name', 'scope', 'country', 'wikidata', 'from', 'to', 'lapses', 'parent', 'heads', 'replaces', 'replacedBy', 'multi', 'seats',
  'names', 'generic', 'short', 'ambiguous', 'nameHistory', 'explanation', 'sources', 'tenures',
];
const TENURE_ORDER = ['person', 'from', 'to', 'acting', 'seen', 'sources'];
const LAPSE_ORDER = ['from', 'to', 'vacant', 'sources'];
const SEAT_ORDER = ['from', 'to', 'count', 'sources'];
const LANG_ORDER = ['en', 'ru', 'kk'];

function ordered<T extends object>(o: T, order: string[]): T {
  const out: Record<string, unknown> = {};
  for (const k of order) if (k in o && (o as Record<string, unknown>)[k] !== undefined) out[k] = (o as Record<string, unknown>)[k];
  for (const k of Object.keys(o)) if (!(k in out)) out[k] = (o as Record<string, unknown>)[k];
  return out as T;
}

/** The canonical text of a gazetteer file: `formatFile(JSON.parse(text)) === text` for a well-formed file. */
export function formatFile(file: GazetteerFile): string {
  const entities = [...file.entities]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e: EntitySource) => {
      const o = ordered(e, ENTITY_ORDER);
      for (const f of ['names', 'generic', 'short'] as const) if (o[f]) o[f] = ordered(o[f]!, LANG_ORDER);
      if (o.lapses) o.lapses = o.lapses.map((l) => ordered(l, LAPSE_ORDER));
      if (o.seats) o.seats = o.seats.map((l) => ordered(l, SEAT_ORDER));
      if (o.tenures)
        o.tenures = [...o.tenures]
          .map((t: Tenure) => ordered(t, TENURE_ORDER))
          .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
      return o;
    });
  return JSON.stringify({ entities }, null, 2) + '\n';
}
