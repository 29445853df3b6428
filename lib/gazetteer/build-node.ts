// Validates data/ and compiles it, in Node. Throws GazetteerError (one readable message) on invalid data.
import { readSourceFiles, readMeta } from './load-node';
import { validateFiles, formatProblem, type Problem } from './validate';
import { compile, type CompileResult } from '../index/compile';

export class GazetteerError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`invalid gazetteer data (${problems.length} error(s)); first: ${formatProblem(problems[0])}`);
  }
}

/** Reads, validates and compiles the gazetteer. */
export function buildGazetteer(): CompileResult & { warnings: Problem[] } {
  let { entities, problems } = validateFiles(readSourceFiles());
  const errors = problems.filter((p) => !p.warning);
  if (errors.length && process.env.TANYS_LENIENT_TMP) {
    // TEMPORARY while curators write data in parallel: merge duplicate persons, drop other broken entries
    const seen = new Map<string, (typeof entities)[number]>();
    const bad = new Set(errors.filter((p) => p.field !== 'id' || !p.message.startsWith('duplicate id')).map((p) => p.entry));
    for (const e of entities) {
      const prev = seen.get(e.id);
      if (prev && e.kind === 'person') {
        for (const l of ['en', 'ru', 'kk'] as const) if (e.names?.[l]) prev.names = { ...prev.names, [l]: [...new Set([...(prev.names?.[l] ?? []), ...e.names[l]!])] };
      } else if (!prev) seen.set(e.id, e);
    }
    entities = [...seen.values()].filter((e) => !bad.has(e.id) || e.kind === 'person');
    for (const e of entities) if (e.tenures) e.tenures = e.tenures.filter((t) => seen.has(t.person));
    problems = [];
  } else if (errors.length) throw new GazetteerError(errors);
  const { asOf } = readMeta();
  return { ...compile(entities, asOf), warnings: problems.filter((p) => p.warning) };
}
