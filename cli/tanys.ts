// The `tanys` command line (contract in ../shared/DESIGN.md): annotate, entities, lookup, validate, format.
// Errors print one line and exit non-zero; never a stack trace.
import { readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readSourceFiles, DATA_DIR } from '../lib/gazetteer/load-node';
import { coverageReport } from '../lib/gazetteer/coverage';
import { endQuietlyWhenReaderStops } from './stdout';
import { validateFiles, formatProblem } from '../lib/gazetteer/validate';
import { formatFile } from '../lib/gazetteer/format';
import { buildGazetteer } from '../lib/gazetteer/build-node';
import { LANGS, type GazetteerFile } from '../lib/gazetteer/types';
import { isFullDate } from '../lib/gazetteer/dates';
import { createEngine, type Engine } from '../lib/engine';
import { pageDate, todayUtc, type DateSource } from '../lib/date/page-date';
import type { Mention } from '../lib/resolve/resolve';
import { Search } from '../lib/search';
import { describeEntity } from '../lib/describe';
import { extractHtml } from './html';
import { personNameForms } from '../lib/text/variants';
import type { EntityDetail } from '../lib/index/types';

class UsageError extends Error {}

const USAGE = 'usage: tanys annotate [--json|--jsonl] [--date YYYY-MM-DD] [--url URL] FILE|- | entities --json | lookup [--json] QUERY | validate | format';

interface Args {
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(argv: string[], withValue: string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      if (withValue.includes(a)) {
        const v = argv[++i];
        if (v === undefined) throw new UsageError(`${a} needs a value`);
        flags.set(a, v);
      } else flags.set(a, true);
    } else positional.push(a);
  }
  return { positional, flags };
}

let engineCache: Engine | undefined;
let built: ReturnType<typeof buildGazetteer> | undefined;
function load() {
  built ??= buildGazetteer();
  engineCache ??= createEngine(built.index);
  return { engine: engineCache, details: built.details, built };
}

function readInput(file: string): string {
  if (file === '-') return readFileSync(0, 'utf8');
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  if (statSync(file).isDirectory()) throw new UsageError(`${file} is a directory, not a file`);
  return readFileSync(file, 'utf8');
}

function checkDate(d: string | true | undefined): string | undefined {
  if (d === undefined) return undefined;
  if (d === true || !isFullDate(d)) throw new UsageError(`bad date "${d === true ? '' : d}": use YYYY-MM-DD`);
  return d;
}

interface Doc {
  text: string;
  date: string;
  dateSource: DateSource;
  mentions: Mention[];
}

function annotateOne(input: { text?: string; html?: string; date?: string; url?: string }): Doc {
  const { engine } = load();
  let text: string;
  let signals = {};
  if (input.html !== undefined) {
    const x = extractHtml(input.html, input.url);
    text = x.text;
    signals = x.signals;
  } else text = input.text ?? '';
  const { date, source } = input.date ? { date: input.date, source: 'option' as const } : pageDate({ ...signals, url: input.url, text }, todayUtc());
  return { text, date, dateSource: source, mentions: engine.findMentions(text, date) };
}

const jsonMention = (m: Mention) => {
  const o: Record<string, unknown> = { start: m.start, end: m.end, text: m.text, id: m.id, kind: m.kind, name: m.name, form: m.form };
  if (m.kind === 'office') o.holder = m.holder ?? null;
  if (m.holderNow !== undefined) o.holderNow = m.holderNow;
  if (m.kind === 'person') o.offices = m.offices ?? [];
  if (m.candidates) o.candidates = m.candidates;
  if (m.former !== undefined) o.former = m.former;
  return o;
};

function cmdAnnotate(argv: string[]): number {
  const { positional, flags } = parseArgs(argv, ['--date', '--url']);
  const date = checkDate(flags.get('--date'));
  const url = flags.get('--url');
  if (url === true) throw new UsageError('--url needs a value');
  if (flags.has('--jsonl')) {
    const file = positional[0] ?? '-';
    const lines = readInput(file).split('\n');
    const out: string[] = [];
    lines.forEach((line, n) => {
      if (!line.trim()) return;
      let rec: { id?: unknown; text?: unknown; html?: unknown; date?: unknown; url?: unknown };
      try {
        rec = JSON.parse(line);
      } catch {
        throw new UsageError(`${file}:${n + 1}: not a JSON object`);
      }
      if (typeof rec.text !== 'string' && typeof rec.html !== 'string') throw new UsageError(`${file}:${n + 1}: needs "text" or "html"`);
      const d = rec.date === undefined || rec.date === null ? date : checkDate(String(rec.date));
      const doc = annotateOne({
        text: typeof rec.text === 'string' ? rec.text : undefined,
        html: typeof rec.html === 'string' ? rec.html : undefined,
        date: d,
        url: typeof rec.url === 'string' ? rec.url : undefined,
      });
      out.push(JSON.stringify({ id: rec.id ?? n + 1, date: doc.date, dateSource: doc.dateSource, mentions: doc.mentions.map(jsonMention) }));
    });
    process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
    return 0;
  }
  const file = positional[0];
  if (!file) throw new UsageError(USAGE);
  const raw = readInput(file);
  const isHtml = /\.html?$/i.test(file) || (file === '-' && /^\s*<(!doctype|html)/i.test(raw));
  const doc = annotateOne(isHtml ? { html: raw, date, url } : { text: raw, date, url });
  if (flags.has('--json')) {
    const o: Record<string, unknown> = { date: doc.date, dateSource: doc.dateSource, mentions: doc.mentions.map(jsonMention) };
    if (isHtml) o.text = doc.text;
    console.log(JSON.stringify(o, null, 1));
  } else {
    console.log(`date ${doc.date} (${doc.dateSource}); ${doc.mentions.length} mention(s)`);
    const { engine } = load();
    // offices abolished by the gazetteer's date say so instead of "no holder now"
    const endedOn = new Map(engine.index.entities.filter((e) => e.t && e.t <= engine.index.asOf).map((e) => [e.id, e.t!]));
    const several = new Set(engine.index.entities.filter((e) => e.m).map((e) => e.id));
    const recs = new Map(engine.index.entities.map((e) => [e.id, e]));
    // an office not yet created, or abolished for a while, on the page's date
    const absent = (id: string) => {
      const e = recs.get(id);
      return !!e && ((e.f !== undefined && e.f > doc.date) || (e.t !== undefined && e.t <= doc.date) || (e.l ?? []).some(([from, to]) => from <= doc.date && doc.date < to));
    };
    for (const m of doc.mentions) {
      let extra = '';
      if (m.kind === 'office') {
        const ended = endedOn.get(m.id);
        const now = m.holderNow === undefined ? '' : ended ? `; abolished ${ended.slice(0, 4)}` : `; now ${m.holderNow?.name ?? 'vacant or unknown'}`;
        // one of several holders is named only beside its title
        extra = m.holder
          ? ` — held by ${m.holder.name}${now}`
          : several.has(m.id)
            ? ' — one of several holders'
            : absent(m.id)
              ? ` — did not exist on this date${now}`
              : ` — held by nobody on record${now}`;
      }
      if (m.former !== undefined) extra += m.former ? `; named as a former holder: ${m.former.name}` : '; named as a past post';
      if (m.kind === 'person' && m.offices?.length) extra = ` — ${m.offices.map((o) => o.name).join('; ')}`;
      if (m.candidates) extra += ` (ambiguous: ${m.candidates.map((c) => c.name).join(' / ')})`;
      console.log(`${String(m.start).padStart(6)}-${String(m.end).padEnd(6)} ${m.kind.padEnd(6)} "${m.text}" → ${m.name}${extra}`);
    }
  }
  return 0;
}

function cmdEntities(argv: string[]): number {
  const { flags } = parseArgs(argv, []);
  const { details, built } = load();
  const rows = details.entities.map((e) => ({ id: e.id, kind: e.kind, name: e.name, names: aliasesOf(e) }));
  if (flags.has('--json')) console.log(JSON.stringify(rows));
  else for (const r of rows) console.log(`${r.kind.padEnd(6)} ${r.id.padEnd(50)} ${r.name}`);
  // the coverage (counts by kind, tenures, names by script, known gaps) on stderr, so stdout stays the list alone
  console.error(coverageReport(built.sources, details.asOf, built.fileOf).join('\n'));
  return 0;
}

/** Every alias the matcher knows for an entity: full names with their generated variants, and generic titles. */
function aliasesOf(e: EntityDetail): string[] {
  const out = new Set<string>();
  for (const lang of LANGS)
    for (const n of e.names[lang]) {
      out.add(n);
      if (e.kind === 'person') for (const f of personNameForms(n, lang, e.country)) out.add(f.form);
    }
  for (const n of [...(e.generic?.en ?? []), ...(e.generic?.ru ?? []), ...(e.generic?.kk ?? [])]) out.add(n);
  return [...out];
}

function cmdLookup(argv: string[]): number {
  const { positional, flags } = parseArgs(argv, ['--limit']);
  const query = positional.join(' ');
  if (!query.trim()) throw new UsageError('lookup needs a query');
  const { details } = load();
  const byId = new Map(details.entities.map((e) => [e.id, e]));
  const hits = new Search(details.entities).search(query, Number(flags.get('--limit') ?? 10));
  if (flags.has('--json'))
    console.log(JSON.stringify(hits.map((h) => ({ id: h.entity.id, kind: h.entity.kind, name: h.entity.name, matched: h.matched, score: +h.score.toFixed(3), role: describeEntity(h.entity, byId, details.asOf) }))));
  else if (!hits.length) console.log('no match');
  else for (const h of hits) console.log(`${h.entity.kind.padEnd(6)} ${h.entity.name} — ${describeEntity(h.entity, byId, details.asOf)}`);
  return 0;
}

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
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'annotate':
      return cmdAnnotate(rest);
    case 'entities':
      return cmdEntities(rest);
    case 'lookup':
      return cmdLookup(rest);
    case 'validate':
      return cmdValidate();
    case 'format':
      return cmdFormat();
    default:
      throw new UsageError(cmd ? `unknown command "${cmd}"; ${USAGE}` : USAGE);
  }
}

endQuietlyWhenReaderStops();

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  const msg = e instanceof Error ? e.message : String(e);
  console.error(`tanys: ${msg.split('\n')[0]}`);
  process.exitCode = e instanceof UsageError ? 2 : 1;
}
