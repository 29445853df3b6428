// npm run -s stats — gazetteer coverage: entities by kind and scope, tenures, names by script.
import { readSourceFiles, readMeta } from '../lib/gazetteer/load-node';
import { validateFiles } from '../lib/gazetteer/validate';
import { nameVariants } from '../lib/text/variants';
import { uncoveredPeriods } from '../lib/gazetteer/coverage';

const { entities } = validateFiles(readSourceFiles());
const count = (f: (e: (typeof entities)[number]) => boolean) => entities.filter(f).length;
const tenures = entities.reduce((n, e) => n + (e.tenures?.length ?? 0), 0);
const names = { en: 0, ru: 0, kk: 0, generated: 0 };
for (const e of entities)
  for (const l of ['en', 'ru', 'kk'] as const)
    for (const n of [...(e.names?.[l] ?? []), ...(e.generic?.[l] ?? []), ...(e.short?.[l] ?? [])]) {
      names[l]++;
      if (l === 'en' && e.kind === 'person') names.generated += nameVariants(n).length - 1;
    }
console.log(`gazetteer as of ${readMeta().asOf}: ${entities.length} entities`);
for (const k of ['person', 'office', 'body'] as const)
  console.log(`  ${k}: ${count((e) => e.kind === k)} (kz ${count((e) => e.kind === k && e.scope === 'kz')}, intl ${count((e) => e.kind === k && e.scope === 'intl')}, foreign ${count((e) => e.kind === k && e.scope === 'foreign')})`);
console.log(`  tenures: ${tenures}; offices with no tenure: ${count((e) => e.kind === 'office' && !e.tenures?.length)}`);
console.log(`  names written: ${names.en} Latin, ${names.ru} Russian, ${names.kk} Kazakh; generated Latin variants of person names: ${names.generated}`);
console.log(`  explanations: ${count((e) => !!e.explanation)} of ${count((e) => e.kind !== 'person')} offices and bodies; sources cited: ${new Set(entities.flatMap((e) => [...e.sources, ...(e.tenures ?? []).flatMap((t) => t.sources)])).size} distinct URLs`);

// Known gaps: periods since 2012 that no tenure covers, for Kazakhstan's single-holder offices (lib/gazetteer/coverage.ts)
const asOf = readMeta().asOf;
const offices = entities.filter((e) => e.kind === 'office' && e.scope === 'kz' && !e.multi);
const gaps = offices.map((e) => ({ id: e.id, open: uncoveredPeriods(e, asOf) })).filter((g) => g.open.length);
// by the file that holds the office: the presidency, the courts, the regions, diplomacy …
const fileOf = new Map<string, string>();
for (const f of readSourceFiles()) for (const e of (JSON.parse(f.text) as { entities: { id: string }[] }).entities) fileOf.set(e.id, f.path);
const byFile = new Map<string, typeof gaps>();
for (const g of gaps) {
  const f = fileOf.get(g.id)!;
  if (!byFile.has(f)) byFile.set(f, []);
  byFile.get(f)!.push(g);
}
const perFile = [...byFile].map(([f, list]) => `${f.replace(/^data\/|\.json$/g, '')} ${list.length}`).join(', ');
console.log(`  known gaps: ${gaps.length} of ${offices.length} single-holder offices of Kazakhstan have periods since 2012 with no holder on record (${perFile})`);
if (process.argv.includes('--gaps'))
  for (const [f, list] of byFile) {
    console.log(`    ${f}:`);
    for (const g of list) console.log(`      ${g.id}: ${g.open.map(([a, b]) => `${a}..${b}`).join(', ')}`);
  }
else console.log('  (npm run -s stats -- --gaps lists them)');
