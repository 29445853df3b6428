// The reader's own entries: JSON in the gazetteer's schema, validated whole. An import is either all stored or
// rejected with one message per problem.
import type { EntitySource, GazetteerFile } from './gazetteer/types';
import { validateFiles, formatProblem } from './gazetteer/validate';
import { compile } from './index/compile';
import type { EntityDetail } from './index/types';

export interface ImportResult {
  ok: boolean;
  entities: EntitySource[];
  errors: string[];
}

/**
 * Validates an import against the bundled gazetteer: the same rules as data/ (schema, dates, sources,
 * overlaps), ids must be new, references may point at bundled entities.
 */
export function validateImport(text: string, bundled: Pick<EntityDetail, 'id' | 'kind' | 'name'>[]): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, entities: [], errors: [`not valid JSON: ${(e as Error).message}`] };
  }
  const list = Array.isArray(json) ? json : json && typeof json === 'object' ? (json as GazetteerFile).entities : undefined;
  if (!Array.isArray(list)) return { ok: false, entities: [], errors: ['expected {"entities": [...]} or an array of entities'] };
  if (list.length === 0) return { ok: false, entities: [], errors: ['the file holds no entities'] };
  const bundledIds = new Map(bundled.map((b) => [b.id, b]));
  const own = new Set(list.map((e) => (e && typeof e === 'object' ? (e as EntitySource).id : undefined)));
  // stand-ins for bundled entities the import refers to, so references resolve
  const stubs: EntitySource[] = [];
  const refs = new Set<string>();
  for (const e of list as EntitySource[]) {
    if (!e || typeof e !== 'object') continue;
    for (const r of [e.parent, e.heads, ...(e.replaces ?? []), ...(e.replacedBy ?? []), ...(Array.isArray(e.tenures) ? e.tenures.map((t) => t?.person) : [])]) if (typeof r === 'string') refs.add(r);
  }
  for (const r of refs) {
    const b = bundledIds.get(r);
    if (b && !own.has(r))
      stubs.push({ id: b.id, kind: b.kind, name: b.name, scope: 'kz', sources: ['https://example.org/bundled'], ...(b.kind === 'person' ? {} : { names: { en: [`${b.name} (bundled ${b.id})`] }, explanation: 'An entry of the bundled gazetteer, referenced by the import.' }) });
  }
  const stubIds = new Set(stubs.map((s) => s.id));
  const { problems } = validateFiles([{ path: 'import', text: JSON.stringify({ entities: [...(list as EntitySource[]), ...stubs] }) }]);
  const errors = problems
    .filter((p) => !p.warning && !stubIds.has(p.entry) && p.field !== '(format)' && !(p.field === 'entities' && p.entry === '(file)'))
    .map((p) => formatProblem(p).replace(/^error: import: /, ''));
  for (const e of list as EntitySource[]) if (e && typeof e === 'object' && bundledIds.has(e.id)) errors.push(`${e.id}: id: already in the bundled gazetteer; choose a new id`);
  return errors.length ? { ok: false, entities: [], errors } : { ok: true, entities: list as EntitySource[], errors: [] };
}

/** Compiles the reader's entries into their own small match index (bundled persons they cite become stand-ins). */
export function compileUserEntries(entities: EntitySource[], bundled: Pick<EntityDetail, 'id' | 'kind' | 'name'>[], asOf: string) {
  const own = new Set(entities.map((e) => e.id));
  const stubs: EntitySource[] = [];
  for (const e of entities)
    for (const t of e.tenures ?? [])
      if (!own.has(t.person)) {
        const b = bundled.find((x) => x.id === t.person);
        if (b && !stubs.some((s) => s.id === b.id)) stubs.push({ id: b.id, kind: 'person', name: b.name, scope: 'kz', sources: [] });
      }
  return compile([...entities, ...stubs], asOf);
}
