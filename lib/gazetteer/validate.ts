// Validation of the gazetteer source files. Every problem names the file, the entry and the field.
import type { EntitySource, GazetteerFile, Kind, Lang } from './types';
import { LANGS } from './types';
import { coversTerm, isPartialDate, startOf, endOf, isFullDate } from './dates';
import { keyOf } from '../text/fold';
import { formatFile } from './format';

export interface Problem {
  file: string;
  entry: string;
  field: string;
  message: string;
  /** Warnings are reported but do not fail validation. */
  warning?: boolean;
}

export interface SourceFile {
  path: string;
  /** The file's text as read. */
  text: string;
}

const ID_RE = /^(kz|intl|[a-z]{2})\.(person|office|body)\.[a-z0-9]+(?:-[a-z0-9]+)*$/;
const URL_RE = /^https?:\/\/[^\s/$.?#][^\s]*$/;
const ENTITY_FIELDS = new Set([
  'id', 'kind', 'name', 'scope', 'country', 'wikidata', 'names', 'generic', 'short', 'places', 'context', 'ambiguous', 'nameHistory',
  'from', 'to', 'lapses', 'parent', 'heads', 'replaces', 'replacedBy', 'multi', 'seats', 'explanation', 'tenures', 'sources',
]);
const TENURE_FIELDS = new Set(['person', 'from', 'to', 'acting', 'seen', 'sources']);
const LAPSE_FIELDS = new Set(['from', 'to', 'vacant', 'sources']);
const SEAT_FIELDS = new Set(['from', 'to', 'count', 'sources']);
const KINDS: Kind[] = ['person', 'office', 'body'];

export function formatProblem(p: Problem): string {
  return `${p.warning ? 'warning' : 'error'}: ${p.file}: ${p.entry}: ${p.field}: ${p.message}`;
}

/** Parses and validates the source files; returns the entities (even when there are problems) and the problems. */
export function validateFiles(files: SourceFile[]): { entities: EntitySource[]; problems: Problem[]; fileOf: Map<string, string> } {
  const problems: Problem[] = [];
  const entities: EntitySource[] = [];
  const fileOf = new Map<string, string>();
  const add = (file: string, entry: string, field: string, message: string, warning = false) =>
    problems.push({ file, entry, field, message, ...(warning ? { warning } : {}) });

  for (const f of files) {
    let json: unknown;
    try {
      json = JSON.parse(f.text);
    } catch (e) {
      add(f.path, '(file)', '(json)', `not valid JSON: ${(e as Error).message}`);
      continue;
    }
    if (!json || typeof json !== 'object' || !Array.isArray((json as GazetteerFile).entities)) {
      add(f.path, '(file)', 'entities', 'the file must be an object with an "entities" array');
      continue;
    }
    for (const k of Object.keys(json)) if (k !== 'entities') add(f.path, '(file)', k, 'unknown field');
    const list = (json as GazetteerFile).entities;
    list.forEach((e, i) => {
      const entry = e && typeof e === 'object' && typeof e.id === 'string' ? e.id : `#${i}`;
      if (!e || typeof e !== 'object') return add(f.path, entry, '(entry)', 'must be an object');
      checkEntity(e, (field, msg, w) => add(f.path, entry, field, msg, w));
      if (typeof e.id === 'string') {
        if (fileOf.has(e.id)) add(f.path, entry, 'id', `duplicate id (also in ${fileOf.get(e.id)})`);
        else fileOf.set(e.id, f.path);
      }
      entities.push(e);
    });
    const ids = list.map((e) => (e && typeof e.id === 'string' ? e.id : ''));
    const sorted = [...ids].sort();
    if (ids.join('\n') !== sorted.join('\n')) add(f.path, '(file)', 'entities', 'entities must be sorted by id (run npm run data:format)');
    else if (problems.every((p) => p.file !== f.path || p.warning)) {
      if (formatFile(json as GazetteerFile) !== f.text) add(f.path, '(file)', '(format)', 'not in canonical format (run npm run data:format)');
    }
  }
  checkReferences(entities, fileOf, add);
  return { entities, problems, fileOf };
}

type Add = (field: string, message: string, warning?: boolean) => void;

function checkStrings(v: unknown, field: string, add: Add): v is string[] {
  if (!Array.isArray(v) || v.length === 0) {
    add(field, 'must be a non-empty array of strings');
    return false;
  }
  const seen = new Set<string>();
  v.forEach((s, i) => {
    if (typeof s !== 'string' || s.trim() !== s || s === '') add(`${field}[${i}]`, 'must be a non-empty string without surrounding spaces');
    else if (seen.has(s)) add(`${field}[${i}]`, `duplicate "${s}"`);
    else seen.add(s);
  });
  return true;
}

function checkSources(v: unknown, field: string, add: Add) {
  if (!checkStrings(v, field, add)) return;
  (v as string[]).forEach((u, i) => {
    if (typeof u === 'string' && !URL_RE.test(u)) add(`${field}[${i}]`, `not an http(s) URL: "${u}"`);
  });
}

function checkNames(v: unknown, field: string, add: Add) {
  if (v === undefined) return;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return add(field, 'must be an object with "en", "ru" and/or "kk" arrays');
  for (const [lang, list] of Object.entries(v)) {
    if (!LANGS.includes(lang as Lang)) add(`${field}.${lang}`, 'unknown language (use en, ru, kk)');
    else if (checkStrings(list, `${field}.${lang}`, add)) {
      (list as string[]).forEach((s, i) => {
        if (typeof s === 'string' && keyOf(s) === '') add(`${field}.${lang}[${i}]`, `"${s}" has no letters`);
        if (lang === 'en' && typeof s === 'string' && /[\u0400-\u04FF]/.test(s)) add(`${field}.${lang}[${i}]`, `"${s}" is Cyrillic: put it under ru or kk`);
        if (lang !== 'en' && typeof s === 'string' && !/[\u0400-\u04FF]/.test(s)) add(`${field}.${lang}[${i}]`, `"${s}" has no Cyrillic letters: put it under en`);
      });
    }
  }
}

function checkDate(v: unknown, field: string, add: Add) {
  if (v !== undefined && !isPartialDate(v)) add(field, `"${String(v)}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
}

function checkEntity(e: EntitySource, add: Add) {
  for (const k of Object.keys(e)) if (!ENTITY_FIELDS.has(k)) add(k, 'unknown field');
  if (typeof e.id !== 'string' || !ID_RE.test(e.id)) add('id', `"${String(e.id)}" is not an id like kz.office.prime-minister`);
  if (!KINDS.includes(e.kind)) add('kind', `"${String(e.kind)}" must be person, office or body`);
  else if (typeof e.id === 'string' && e.id.split('.')[1] !== e.kind) add('id', `the id's kind part does not match kind "${e.kind}"`);
  if (typeof e.name !== 'string' || !e.name.trim()) add('name', 'required: the canonical English name');
  if (!['kz', 'intl', 'foreign'].includes(e.scope)) add('scope', 'must be kz, intl or foreign');
  if (e.country !== undefined && !/^[a-z]{2}$/.test(e.country)) add('country', 'must be an ISO 3166-1 alpha-2 code in lower case');
  if (e.scope === 'kz' && e.country !== undefined && e.country !== 'kz') add('country', 'scope kz means country kz');
  if (e.scope === 'foreign' && !e.country) add('country', 'required for foreign entities');
  if (e.wikidata !== undefined && !/^Q\d+$/.test(e.wikidata)) add('wikidata', 'must be a Wikidata QID like Q1234');
  checkNames(e.names, 'names', add);
  checkNames(e.generic, 'generic', add);
  checkNames(e.short, 'short', add);
  checkNames(e.places, 'places', add);
  checkNames(e.context, 'context', add);
  if (e.kind !== 'person' && !e.names?.en?.length && !e.names?.ru?.length) add('names', 'at least one full name is required');
  if ((e as { ambiguous?: unknown }).ambiguous !== undefined) checkStrings((e as { ambiguous?: unknown }).ambiguous, 'ambiguous', add);
  checkDate(e.from, 'from', add);
  checkDate(e.to, 'to', add);
  if (isPartialDate(e.from) && isPartialDate(e.to) && startOf(e.from) > endOf(e.to)) add('to', `ends (${e.to}) before it starts (${e.from})`);
  if (e.kind === 'person') {
    // a public figure newsworthy for no office the gazetteer tracks (a former official of an untracked post, an
    // opposition politician, a candidate; see docs/CURATING.md) gets one plain sentence; the others' description is
    // built from their tenures (checked below)
    if (e.explanation !== undefined && (typeof e.explanation !== 'string' || e.explanation.trim().length < 15 || e.explanation.length > 200))
      add('explanation', 'for a person who holds no office here: one plain sentence of 15–200 characters saying who they are');
    if (e.tenures !== undefined) add('tenures', 'tenures belong to offices');
    if (e.heads !== undefined || e.multi !== undefined) add(e.heads !== undefined ? 'heads' : 'multi', 'only for offices');
  } else {
    if (typeof e.explanation !== 'string' || e.explanation.trim().length < 30)
      add('explanation', 'required for offices and bodies: 1–3 plain sentences (at least 30 characters)');
    else if (e.explanation.length > 700) add('explanation', 'keep it to 1–3 sentences (at most 700 characters)');
  }
  if (e.kind === 'body' && (e.tenures !== undefined || e.heads !== undefined || e.multi !== undefined))
    add(e.tenures !== undefined ? 'tenures' : e.heads !== undefined ? 'heads' : 'multi', 'only for offices');
  if (e.nameHistory !== undefined) {
    if (!Array.isArray(e.nameHistory)) add('nameHistory', 'must be an array of {from, name}');
    else
      e.nameHistory.forEach((h, i) => {
        if (!h || typeof h !== 'object') return add(`nameHistory[${i}]`, 'must be {from, name}');
        checkDate(h.from, `nameHistory[${i}].from`, add);
        if (typeof h.name !== 'string' || !h.name) add(`nameHistory[${i}].name`, 'required');
        if (i > 0 && isPartialDate(h.from) && isPartialDate(e.nameHistory![i - 1].from) && startOf(h.from) <= startOf(e.nameHistory![i - 1].from))
          add(`nameHistory[${i}].from`, 'name changes must be in date order');
      });
  }
  if (e.tenures !== undefined) {
    if (!Array.isArray(e.tenures)) add('tenures', 'must be an array');
    else
      e.tenures.forEach((t, i) => {
        const f = `tenures[${i}]`;
        if (!t || typeof t !== 'object') return add(f, 'must be an object');
        for (const k of Object.keys(t)) if (!TENURE_FIELDS.has(k)) add(`${f}.${k}`, 'unknown field');
        if (typeof t.person !== 'string') add(`${f}.person`, 'required: a person id');
        if (!isPartialDate(t.from)) add(`${f}.from`, `"${String(t.from)}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
        checkDate(t.to, `${f}.to`, add);
        if (isPartialDate(t.from) && isPartialDate(t.to) && startOf(t.from) > endOf(t.to)) add(`${f}.to`, `ends (${t.to}) before it starts (${t.from})`);
        if (t.acting !== undefined && typeof t.acting !== 'boolean') add(`${f}.acting`, 'must be true or false');
        if (t.seen !== undefined && t.seen !== true) add(`${f}.seen`, 'write seen: true or leave it out');
        if (t.seen && t.to === undefined) add(`${f}.to`, 'required with seen: the last date a source shows the person in office');
        // a term's end is its successor's first day, so a term that ends the day it starts covers no day at all
        if (!t.seen && isFullDate(t.from) && t.to === t.from)
          add(`${f}.to`, `ends the day it starts (${t.from}): a term known from one dated sighting is written with "seen": true`);
        checkSources(t.sources, `${f}.sources`, add);
      });
  }
  if (e.lapses !== undefined) checkLapses(e, add);
  if (e.multi !== undefined && e.multi !== true) add('multi', 'write multi: true or leave it out');
  if (e.seats !== undefined) checkSeats(e, add);
  checkSources(e.sources, 'sources', add);
}

/** Seats: only on multi-holder offices; dated periods in order, apart, inside the office's existence, with a count. */
function checkSeats(e: EntitySource, add: Add) {
  if (e.kind !== 'office' || !e.multi) return add('seats', 'only for offices with several holders ("multi": true)');
  if (!Array.isArray(e.seats) || e.seats.length === 0) return add('seats', 'must be a non-empty array of {from, to?, count, sources}');
  let prevEnd = '';
  e.seats.forEach((s, i) => {
    const f = `seats[${i}]`;
    if (!s || typeof s !== 'object') return add(f, 'must be {from, to?, count, sources}');
    for (const k of Object.keys(s)) if (!SEAT_FIELDS.has(k)) add(`${f}.${k}`, 'unknown field');
    checkDate(s.from, `${f}.from`, add);
    if (s.from === undefined) add(`${f}.from`, 'required');
    checkDate(s.to, `${f}.to`, add);
    if (!Number.isInteger(s.count) || s.count < 2) add(`${f}.count`, 'must be a whole number of seats, at least 2');
    checkSources(s.sources, `${f}.sources`, add);
    if (!isPartialDate(s.from) || (s.to !== undefined && !isPartialDate(s.to))) return;
    if (s.to !== undefined && startOf(s.from) >= endOf(s.to)) add(`${f}.to`, `ends (${s.to}) before it starts (${s.from})`);
    if (isPartialDate(e.from) && startOf(s.from) < startOf(e.from)) add(`${f}.from`, `must not fall before the office's start (${e.from})`);
    if (isPartialDate(e.to) && (s.to === undefined || endOf(s.to) > endOf(e.to))) add(`${f}.to`, `must not run past the office's end (${e.to})`);
    if (prevEnd && startOf(s.from) < prevEnd) add(`${f}.from`, 'seat periods must be in date order and must not overlap');
    prevEnd = s.to === undefined ? '9999-12-31' : startOf(s.to);
  });
}

/** Lapses: dated periods inside the entity's existence, in order, apart, and with no tenure in them. */
function checkLapses(e: EntitySource, add: Add) {
  if (e.kind === 'person') return add('lapses', 'only for offices and bodies');
  if (!Array.isArray(e.lapses) || e.lapses.length === 0) return add('lapses', 'must be a non-empty array of {from, to, sources}');
  let prevEnd = '';
  e.lapses.forEach((l, i) => {
    const f = `lapses[${i}]`;
    if (!l || typeof l !== 'object') return add(f, 'must be {from, to, sources}');
    for (const k of Object.keys(l)) if (!LAPSE_FIELDS.has(k)) add(`${f}.${k}`, 'unknown field');
    for (const k of ['from', 'to'] as const)
      if (!isPartialDate(l[k])) add(`${f}.${k}`, `"${String(l[k])}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY); both ends are required`);
    checkSources(l.sources, `${f}.sources`, add);
    if (l.vacant !== undefined && l.vacant !== true) add(`${f}.vacant`, 'write vacant: true or leave it out');
    if (l.vacant && e.kind !== 'office') add(`${f}.vacant`, 'only an office is vacant; a body that did not exist has a plain lapse');
    if (!isPartialDate(l.from) || !isPartialDate(l.to)) return;
    if (startOf(l.from) >= endOf(l.to)) add(`${f}.to`, `ends (${l.to}) before it starts (${l.from})`);
    // an office may be vacant from its first day (created, its holder not yet chosen); it cannot lapse from it
    if (isPartialDate(e.from) && (l.vacant ? startOf(l.from) < startOf(e.from) : startOf(l.from) <= endOf(e.from)))
      add(`${f}.from`, `must fall ${l.vacant ? 'on or after' : 'after'} the entity's start (${e.from})`);
    if (isPartialDate(e.to) && endOf(l.to) >= startOf(e.to)) add(`${f}.to`, `must fall before the entity's end (${e.to})`);
    // a vacancy may begin the day the office came back into existence, and the other way round; two lapses of one kind
    // that touch are one
    const prev = i > 0 ? e.lapses![i - 1] : undefined;
    const touches = prev !== undefined && !prev.vacant !== !l.vacant && startOf(l.from) === prevEnd;
    if (prevEnd && startOf(l.from) <= prevEnd && !touches) add(`${f}.from`, 'lapses must be in date order and apart (a vacancy may touch a lapse)');
    prevEnd = endOf(l.to);
    (Array.isArray(e.tenures) ? e.tenures : []).forEach((t, j) => {
      if (!t || !isPartialDate(t.from) || (t.to !== undefined && !isPartialDate(t.to))) return;
      // a tenure may end on the day the lapse starts and begin on the day it ends
      const tEnd = t.to === undefined ? '9999-12-31' : t.to;
      if (startOf(t.from) < startOf(l.to) && startOf(tEnd) > endOf(l.from))
        add(`tenures[${j}]`, `falls in the lapse ${l.from}–${l.to}, when the office ${l.vacant ? 'was vacant' : 'did not exist'}`);
    });
  });
}

function checkReferences(
  entities: EntitySource[],
  fileOf: Map<string, string>,
  add: (file: string, entry: string, field: string, message: string, warning?: boolean) => void,
) {
  const byId = new Map(entities.filter((e) => typeof e.id === 'string').map((e) => [e.id, e]));
  const referenced = new Set<string>();
  const ref = (e: EntitySource, field: string, id: unknown, kinds: Kind[]) => {
    const file = fileOf.get(e.id) ?? '?';
    if (typeof id !== 'string') return add(file, e.id, field, 'must be an entity id');
    const target = byId.get(id);
    if (!target) return add(file, e.id, field, `"${id}" is not an entity in data/`);
    if (!kinds.includes(target.kind)) add(file, e.id, field, `"${id}" is a ${target.kind}; expected ${kinds.join(' or ')}`);
    referenced.add(id);
  };
  const keyOwners = new Map<string, string[]>();
  // titles that need context: a full name equal to one would shadow it (a full name wins, whatever the context says)
  const genericOwners = new Map<string, string[]>();
  for (const e of entities)
    for (const lang of LANGS)
      for (const n of e.generic?.[lang] ?? []) {
        if (typeof n !== 'string' || typeof e.id !== 'string') continue;
        const k = keyOf(n);
        const owners = genericOwners.get(k);
        if (!owners) genericOwners.set(k, [e.id]);
        else if (!owners.includes(e.id)) owners.push(e.id);
      }
  for (const e of entities) {
    if (typeof e.id !== 'string') continue;
    const file = fileOf.get(e.id) ?? '?';
    if (e.parent !== undefined) ref(e, 'parent', e.parent, ['body']);
    if (e.heads !== undefined) ref(e, 'heads', e.heads, ['body']);
    for (const field of ['replaces', 'replacedBy'] as const) {
      const v = e[field];
      if (v === undefined) continue;
      if (!Array.isArray(v)) add(file, e.id, field, 'must be an array of ids');
      else v.forEach((id, i) => ref(e, `${field}[${i}]`, id, [e.kind]));
    }
    if (Array.isArray(e.tenures)) {
      e.tenures.forEach((t, i) => t && ref(e, `tenures[${i}].person`, t.person, ['person']));
      if (!e.multi) checkOverlaps(e, (field, msg) => add(file, e.id, field, msg));
      else if (Array.isArray(e.seats)) checkSeatFill(e, (field, msg) => add(file, e.id, field, msg, true));
    }
    const ambiguous = new Set((e as { ambiguous?: string[] }).ambiguous?.map(keyOf) ?? []);
    for (const lang of LANGS)
      for (const n of e.names?.[lang] ?? []) {
        if (typeof n !== 'string') continue;
        const k = keyOf(n);
        const titled = genericOwners.get(k);
        if (titled)
          add(file, e.id, `names.${lang}`, `"${n}" is a title that needs context (generic in ${titled.join(', ')}): list it under "generic" only, or a full name would always win over the context`);
        const owners = keyOwners.get(k) ?? [];
        if (!owners.includes(e.id)) owners.push(e.id);
        keyOwners.set(k, owners);
        if (ambiguous.has(k)) continue;
      }
  }
  for (const [k, owners] of keyOwners) {
    if (owners.length < 2) continue;
    const unmarked = owners.filter((id) => !((byId.get(id) as { ambiguous?: string[] }).ambiguous ?? []).map(keyOf).includes(k));
    if (unmarked.length)
      for (const id of unmarked)
        add(fileOf.get(id) ?? '?', id, 'names', `"${k}" is also a full name of ${owners.filter((o) => o !== id).join(', ')}: make it unique, or list it in "ambiguous" on every entity that has it`);
  }
  for (const e of entities) {
    if (e.kind !== 'person' || typeof e.id !== 'string') continue;
    if (!referenced.has(e.id) && e.explanation === undefined)
      add(fileOf.get(e.id) ?? '?', e.id, 'id', 'person holds no tenure in any office: add the tenure that makes them newsworthy, or, when no office here fits, an explanation (one sentence saying who they are)');
    if (referenced.has(e.id) && e.explanation !== undefined)
      add(fileOf.get(e.id) ?? '?', e.id, 'explanation', "the person holds a tenure, so the description is built from it: drop the explanation");
  }
}

/**
 * A warning where more holders are on record on some day than the office had seats: a term that ended early, or began
 * late (a by-election, a replacement), is recorded as a full one.
 */
function checkSeatFill(e: EntitySource, warn: (field: string, message: string) => void) {
  const tenures = (e.tenures ?? []).filter((t) => t && isPartialDate(t.from) && (t.to === undefined || isPartialDate(t.to)));
  e.seats!.forEach((s, i) => {
    if (!s || !isPartialDate(s.from) || (s.to !== undefined && !isPartialDate(s.to)) || !Number.isInteger(s.count)) return;
    const from = startOf(s.from);
    const to = s.to === undefined ? '9999-12-31' : startOf(s.to);
    let worst = { day: '', n: 0 };
    // the count can only rise on a day some term starts; most members start on the same few days
    const days = new Set(tenures.map((t) => (startOf(t.from) > from ? startOf(t.from) : from)).filter((day) => day < to));
    for (const day of [...days].sort()) {
      const n = new Set(tenures.filter((u) => coversTerm(u, day)).map((u) => u.person)).size;
      if (n > worst.n) worst = { day, n };
    }
    if (worst.n > s.count)
      warn(`seats[${i}]`, `${worst.n} holders on record on ${worst.day}, more than its ${s.count} seats: a term that ended early or began late is recorded as a full one`);
  });
}

function checkOverlaps(e: EntitySource, add: (field: string, message: string) => void) {
  const list = (e.tenures ?? [])
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t && !t.acting && isPartialDate(t.from) && (t.to === undefined || isPartialDate(t.to)));
  list.sort((a, b) => startOf(a.t.from).localeCompare(startOf(b.t.from)));
  for (let k = 1; k < list.length; k++) {
    const prev = list[k - 1].t;
    const cur = list[k];
    const prevEnd = prev.to === undefined ? '9999-12-31' : isFullDate(prev.to) ? prev.to : startOf(prev.to);
    if (startOf(cur.t.from) < prevEnd && !(prev.to && prev.to.length < 10 && cur.t.from.startsWith(prev.to)))
      add(`tenures[${cur.i}]`, `overlaps the tenure of ${prev.person} (${prev.from}–${prev.to ?? 'now'}); mark acting holders "acting": true, or set "multi": true for offices with several holders`);
  }
}
