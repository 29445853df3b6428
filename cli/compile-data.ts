// Build step: validates data/ and writes public/data/{index,details}.json, which the build copies into the extension.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGazetteer, GazetteerError } from '../lib/gazetteer/build-node';
import { formatProblem } from '../lib/gazetteer/validate';
import { serializeIndex } from '../lib/index/wire';

try {
  const t0 = performance.now();
  const { index, details, stats } = buildGazetteer();
  const out = new URL('../public/data/', import.meta.url).pathname;
  mkdirSync(out, { recursive: true });
  const indexJson = serializeIndex(index);
  const detailsJson = JSON.stringify(details);
  writeFileSync(join(out, 'index.json'), indexJson);
  writeFileSync(join(out, 'details.json'), detailsJson);
  console.log(
    `gazetteer compiled: ${index.entities.length} entities, ${stats.patterns} patterns, ${stats.nodes} trie nodes; ` +
      `index ${(indexJson.length / 1024).toFixed(0)} KB, details ${(detailsJson.length / 1024).toFixed(0)} KB, ${(performance.now() - t0).toFixed(0)} ms`,
  );
} catch (e) {
  if (e instanceof GazetteerError) {
    for (const p of e.problems) console.error(formatProblem(p));
    console.error(`tanys: ${e.problems.length} error(s) in data/: the gazetteer was not compiled`);
  } else console.error(`tanys: ${(e as Error).message}`);
  process.exit(1);
}
