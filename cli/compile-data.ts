// Build step: validates data/ and writes public/data/index.bin (the match index) and details.json, which the build
// copies into the extension.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGazetteer, GazetteerError } from '../lib/gazetteer/build-node';
import { formatProblem } from '../lib/gazetteer/validate';
import { serializeDetails, serializeIndexBinary } from '../lib/index/wire';

try {
  const t0 = performance.now();
  const { index, details, stats } = buildGazetteer();
  const out = new URL('../public/data/', import.meta.url).pathname;
  mkdirSync(out, { recursive: true });
  const indexBin = serializeIndexBinary(index);
  const detailsJson = serializeDetails(details);
  writeFileSync(join(out, 'index.bin'), indexBin);
  writeFileSync(join(out, 'details.json'), detailsJson);
  // the JSON index of earlier builds is no longer shipped
  if (existsSync(join(out, 'index.json'))) rmSync(join(out, 'index.json'));
  console.log(
    `gazetteer compiled: ${index.entities.length} entities, ${stats.patterns} patterns, ${stats.nodes} trie nodes; ` +
      `index ${(indexBin.length / 1024).toFixed(0)} KB, details ${(detailsJson.length / 1024).toFixed(0)} KB, ${(performance.now() - t0).toFixed(0)} ms`,
  );
} catch (e) {
  if (e instanceof GazetteerError) {
    for (const p of e.problems) console.error(formatProblem(p));
    console.error(`tanys: ${e.problems.length} error(s) in data/: the gazetteer was not compiled`);
  } else console.error(`tanys: ${(e as Error).message}`);
  process.exit(1);
}
