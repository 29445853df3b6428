// Validates data/ and compiles it, in Node. Throws GazetteerError (one readable message) on invalid data.
import { readSourceFiles, readMeta } from './load-node';
import { validateFiles, formatProblem, type Problem } from './validate';
import { compile, type CompileResult } from '../index/compile';
import type { EntitySource } from './types';

export class GazetteerError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`invalid gazetteer data (${problems.length} error(s)); first: ${formatProblem(problems[0])}`);
  }
}

/** Reads, validates and compiles the gazetteer; also returns the validated source entities and their files. */
export function buildGazetteer(): CompileResult & { warnings: Problem[]; sources: EntitySource[]; fileOf: Map<string, string> } {
  const { entities, problems, fileOf } = validateFiles(readSourceFiles());
  const errors = problems.filter((p) => !p.warning);
  if (errors.length) throw new GazetteerError(errors);
  const { asOf } = readMeta();
  return { ...compile(entities, asOf), warnings: problems.filter((p) => p.warning), sources: entities, fileOf };
}
