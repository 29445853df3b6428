// Build step: validates data/ and writes public/data/index.bin (the match index) and the details (details.json, which
// names the parts details-1.json, details-2.json, …), which the build copies into the extension.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGazetteer, GazetteerError } from '../lib/gazetteer/build-node';
import { formatProblem } from '../lib/gazetteer/validate';
import { serializeDetailsFiles, serializeIndexBinary } from '../lib/index/wire';

try {
  const t0 = performance.now();
  const { index, details, stats } = buildGazetteer();
  const out = new URL('../public/data/', import.meta.url).pathname;
  mkdirSync(out, { recursive: true });
  const indexBin = serializeIndexBinary(index);
  const files = serializeDetailsFiles(details);
  writeFileSync(join(out, 'index.bin'), indexBin);
  // parts of an earlier build that this one does not write would be shipped too
  for (const f of readdirSync(out)) if (/^details-\d+\.json$/.test(f) && !files.some((x) => x.name === f)) rmSync(join(out, f));
  for (const f of files) writeFileSync(join(out, f.name), f.text);
  // the JSON index of earlier builds is no longer shipped
  if (existsSync(join(out, 'index.json'))) rmSync(join(out, 'index.json'));
  const detailsBytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  console.log(
    `gazetteer compiled: ${index.entities.length} entities, ${stats.patterns} patterns, ${stats.nodes} trie nodes; ` +
      `index ${(indexBin.length / 1024).toFixed(0)} KB, details ${(detailsBytes / 1024).toFixed(0)} KB in ${files.length - 1} part(s), ${(performance.now() - t0).toFixed(0)} ms`,
  );
} catch (e) {
  if (e instanceof GazetteerError) {
    for (const p of e.problems) console.error(formatProblem(p));
    console.error(`tanys: ${e.problems.length} error(s) in data/: the gazetteer was not compiled`);
  } else console.error(`tanys: ${(e as Error).message}`);
  process.exit(1);
}
