// The `tanys` command line (contract in ../shared/DESIGN.md): annotate, entities, lookup, validate, format.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSourceFiles, DATA_DIR } from '../lib/gazetteer/load-node';
import { validateFiles, formatProblem } from '../lib/gazetteer/validate';
import { formatFile } from '../lib/gazetteer/format';
import type { GazetteerFile } from '../lib/gazetteer/types';

class UsageError extends Error {}

function cmdValidate(): number {
  const { problems, entities } = validateFiles(readSourceFiles());
  for (const p of problems) console.log(formatProblem(p));
  const errors = problems.filter((p) => !p.warning).length;
  if (errors) {
    console.log(`${errors} error(s) in the gazetteer`);
    return 1;
  }
  console.log(`gazetteer valid: ${entities.length} entities`);
  return 0;
}

function cmdFormat(): number {
  let changed = 0;
  for (const f of readSourceFiles()) {
    let json: GazetteerFile;
    try {
      json = JSON.parse(f.text) as GazetteerFile;
    } catch (e) {
      throw new UsageError(`${f.path}: not valid JSON: ${(e as Error).message}`);
    }
    const out = formatFile(json);
    if (out !== f.text) {
      writeFileSync(join(DATA_DIR, f.path.replace(/^data\//, '')), out);
      changed++;
    }
  }
  console.log(`formatted ${changed} file(s)`);
  return 0;
}

function main(argv: string[]): number {
  const [cmd] = argv;
  switch (cmd) {
    case 'validate':
      return cmdValidate();
    case 'format':
      return cmdFormat();
    default:
      throw new UsageError(`unknown command "${cmd ?? ''}" (annotate, entities, lookup, validate, format)`);
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error(`tanys: ${e instanceof UsageError ? e.message : (e as Error).message ?? String(e)}`);
  process.exitCode = e instanceof UsageError ? 2 : 1;
}
