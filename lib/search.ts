// The popup's search: any spelling, any script. Names are folded (case, diacritics, Kazakh letters), Cyrillic is
// also transliterated, and fuse.js scores what remains fuzzy ("majilis" → Mazhilis, "kusherbaev" → Kusherbayev).
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { EntityDetail } from './index/types';
import { keyOf } from './text/fold';
import { cyrToLatin } from './text/translit';

export interface SearchHit {
  entity: EntityDetail;
  score: number;
  /** The name that matched best, as written in the gazetteer. */
  matched: string;
}

interface Row {
  i: number;
  key: string;
  name: string;
  /** The key's words, split once. */
  words: string[];
}

// One frozen options object (fuse.js docs, "performance"): keys are pre-folded, so no case or diacritics handling.
const FUSE_OPTIONS: IFuseOptions<Row> = Object.freeze({
  keys: ['key'],
  includeScore: true,
  ignoreLocation: true,
  // 0.34: "majilis" → "mazhilis" (2 edits in 8) passes; unrelated names of similar length do not
  threshold: 0.34,
  minMatchCharLength: 2,
  isCaseSensitive: true,
  ignoreDiacritics: false,
  shouldSort: true,
});

/** Trigrams of a key, padded so that word starts count ("  ka", " ka…"). */
function trigrams(key: string): string[] {
  const k = `  ${key} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= k.length; i++) out.push(k.slice(i, i + 3));
  return out;
}

// candidates for fuzzy scoring share at least this share of the query's trigrams: two edits in an eight-letter
// word ("majilis" → "mazhilis") keep about half of them
const MIN_TRIGRAM_SHARE = 0.4;
// fuzzy scoring runs on at most this many candidates per query (keeps a keystroke under a few milliseconds)
const MAX_CANDIDATES = 80;

export class Search {
  private readonly rows: Row[] = [];
  private readonly grams = new Map<string, number[]>();

  constructor(readonly entities: EntityDetail[]) {
    entities.forEach((e, i) => {
      const names = new Set([e.name, ...e.names.en, ...e.names.ru, ...e.names.kk, ...(e.nameHistory ?? []).map((h) => h.name)]);
      const seen = new Set<string>();
      for (const name of names) {
        const key = keyOf(name);
        for (const k of [key, cyrToLatin(key)])
          if (k && !seen.has(k)) {
            seen.add(k);
            this.rows.push({ i, key: k, name, words: k.split(' ') });
          }
      }
    });
    this.rows.forEach((r, ri) => {
      for (const g of new Set(trigrams(r.key))) {
        const l = this.grams.get(g);
        if (l) l.push(ri);
        else this.grams.set(g, [ri]);
      }
    });
  }

  // shared counting arrays for candidates(): a common trigram ("  k") touches thousands of rows on every keystroke,
  // and a fresh Map per keystroke made garbage-collection pauses the slowest part of typing
  private counts?: Uint16Array;
  private touched?: Int32Array;

  /** Rows worth fuzzy scoring: those sharing enough trigrams with the query, most shared first (ties: first touched). */
  private candidates(q: string): Row[] {
    const counts = (this.counts ??= new Uint16Array(this.rows.length));
    const touched = (this.touched ??= new Int32Array(this.rows.length));
    let n = 0;
    const qg = [...new Set(trigrams(q))];
    for (const g of qg)
      for (const ri of this.grams.get(g) ?? []) {
        if (counts[ri] === 0) touched[n++] = ri;
        counts[ri]++;
      }
    const need = Math.max(1, Math.floor(qg.length * MIN_TRIGRAM_SHARE));
    const kept: number[] = [];
    for (let k = 0; k < n; k++) if (counts[touched[k]] >= need) kept.push(touched[k]);
    // a stable sort keeps the first-touched order among equal counts
    kept.sort((a, b) => counts[b] - counts[a]);
    const out = kept.slice(0, MAX_CANDIDATES).map((ri) => this.rows[ri]);
    for (let k = 0; k < n; k++) counts[touched[k]] = 0;
    return out;
  }

  /** Best entities for `query`, each once, best first. */
  search(query: string, limit = 20): SearchHit[] {
    const q = keyOf(query);
    if (!q) return [];
    const queries = new Set([q, cyrToLatin(q)]);
    const best = new Map<number, SearchHit>();
    const words = q.split(' ');
    for (const qq of queries) {
      const rows = this.candidates(qq);
      // one or two letters: names starting with them, no fuzziness
      if (qq.length < 3) {
        for (const row of rows)
          if (row.key.startsWith(qq) || row.key.includes(' ' + qq)) {
            const score = row.key.startsWith(qq) ? 0.1 : 0.2;
            const prev = best.get(row.i);
            if (!prev || score < prev.score) best.set(row.i, { entity: this.entities[row.i], score, matched: row.name });
          }
        continue;
      }
      const fuse = new Fuse(rows, FUSE_OPTIONS);
      for (const r of fuse.search(qq, { limit: limit * 4 })) {
        let score = r.score ?? 1;
        const row = r.item;
        // whole-word and prefix agreement beats a fuzzy hit of the same distance
        if (row.key === qq) score -= 0.5;
        else if (row.key.startsWith(qq)) score -= 0.2;
        if (words.length > 1 && words.every((w) => row.key.includes(w))) score -= 0.2;
        const prev = best.get(row.i);
        if (!prev || score < prev.score) best.set(row.i, { entity: this.entities[row.i], score, matched: row.name });
      }
      // multi-word queries: every word starts a word of the name ("akim almaty" → "Akim of Almaty")
      if (words.length > 1)
        for (const row of rows) {
          if (words.every((w) => row.words.some((t) => t.startsWith(w) || (w.length > 4 && t.startsWith(w.slice(0, -1)))))) {
            const score = 0.05 + (row.words.length - words.length) * 0.01;
            const prev = best.get(row.i);
            if (!prev || score < prev.score) best.set(row.i, { entity: this.entities[row.i], score, matched: row.name });
          }
        }
    }
    return [...best.values()].sort((a, b) => a.score - b.score || a.entity.name.localeCompare(b.entity.name)).slice(0, limit);
  }
}
