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
  const { entities, problems } = validateFiles(readSourceFiles());
  const errors = problems.filter((p) => !p.warning);
  if (errors.length) throw new GazetteerError(errors);
  const { asOf } = readMeta();
  return { ...compile(entities, asOf), warnings: problems.filter((p) => p.warning) };
}
