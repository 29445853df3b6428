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

/** A folded key's code unit in 10 bits: Latin and Cyrillic exactly, anything rarer shares slots (a looser filter). */
function unit(c: number): number {
  if (c < 0x180) return c;
  if (c >= 0x400 && c < 0x500) return c - 0x400 + 0x180;
  return 0x280 + (c % 0x180);
}

/**
 * The distinct trigrams of a key, padded so that word starts count ("  ka", " ka…"), each as one small integer (three
 * 10-bit code units): small integers hash far faster than three-letter strings, and indexing every name is most of
 * the time the search needs before its first answer.
 */
function trigrams(key: string): number[] {
  const k = `  ${key} `;
  const out: number[] = [];
  let a = unit(k.charCodeAt(0));
  let b = unit(k.charCodeAt(1));
  for (let i = 2; i < k.length; i++) {
    const c = unit(k.charCodeAt(i));
    const g = (a << 20) | (b << 10) | c;
    if (!out.includes(g)) out.push(g);
    a = b;
    b = c;
  }
  return out;
}

const CYRILLIC = /[\u0400-\u04FF]/;

/** A typed array twice as long, with the same start. */
function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

// candidates for fuzzy scoring share at least this share of the query's trigrams: two edits in an eight-letter
// word ("majilis" → "mazhilis") keep about half of them
const MIN_TRIGRAM_SHARE = 0.4;
// fuzzy scoring runs on at most this many candidates per query (keeps a keystroke under a few milliseconds)
const MAX_CANDIDATES = 80;

export class Search {
  private readonly rows: Row[] = [];
  // the rows of each trigram, packed (compressed sparse rows): gram → slot; rows of slot s are
  // postings[start[s] .. start[s + 1]). One array for all, instead of thousands of small growing ones
  private readonly slotOf = new Map<number, number>();
  private readonly start: Int32Array;
  private readonly postings: Int32Array;

  constructor(readonly entities: EntityDetail[]) {
    entities.forEach((e, i) => {
      const names = new Set([e.name, ...e.names.en, ...e.names.ru, ...e.names.kk, ...(e.nameHistory ?? []).map((h) => h.name)]);
      const seen = new Set<string>();
      for (const name of names) {
        const key = keyOf(name);
        for (const k of CYRILLIC.test(key) ? [key, cyrToLatin(key)] : [key])
          if (k && !seen.has(k)) {
            seen.add(k);
            this.rows.push({ i, key: k, name });
          }
      }
    });
    // pass 1: each row's trigram slots, and how many rows each slot has
    const rowStart = new Int32Array(this.rows.length + 1);
    let occ = new Int32Array(1 << 16);
    let used = 0;
    let sizes = new Int32Array(1 << 12);
    this.rows.forEach((r, ri) => {
      rowStart[ri] = used;
      for (const g of trigrams(r.key)) {
        let slot = this.slotOf.get(g);
        if (slot === undefined) {
          slot = this.slotOf.size;
          this.slotOf.set(g, slot);
          if (slot >= sizes.length) sizes = grow(sizes);
        }
        sizes[slot]++;
        if (used >= occ.length) occ = grow(occ);
        occ[used++] = slot;
      }
    });
    rowStart[this.rows.length] = used;
    // pass 2: slot starts, then every row under each of its slots, in row order
    const slots = this.slotOf.size;
    this.start = new Int32Array(slots + 1);
    for (let s = 0; s < slots; s++) this.start[s + 1] = this.start[s] + sizes[s];
    const fill = this.start.slice(0, slots);
    this.postings = new Int32Array(used);
    for (let ri = 0; ri < this.rows.length; ri++) for (let k = rowStart[ri]; k < rowStart[ri + 1]; k++) this.postings[fill[occ[k]]++] = ri;
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
    const qg = trigrams(q);
    for (const g of qg) {
      const slot = this.slotOf.get(g);
      if (slot === undefined) continue;
      for (let k = this.start[slot]; k < this.start[slot + 1]; k++) {
        const ri = this.postings[k];
        if (counts[ri] === 0) touched[n++] = ri;
        counts[ri]++;
      }
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

  /**
   * Runs a few throwaway queries (Latin and Cyrillic, one to several letters) so that the engine has compiled the
   * search code before the reader's first keystroke: a cold first query took 10–20 ms, a warm one about 1 ms. The
   * popup calls it right after building the index, in its idle time.
   */
  warm(): void {
    for (const q of ['a', 'ka', 'kaz', 'kazak', 'akim al', 'а', 'ка', 'каз', 'казах']) this.search(q, 24);
  }

  /** Best entities for `query`, each once, best first. */
  search(query: string, limit = 20): SearchHit[] {
    const q = keyOf(query);
    if (!q) return [];
    const queries = new Set(CYRILLIC.test(q) ? [q, cyrToLatin(q)] : [q]);
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
          // split here, for the few candidates, not for every name when the index is built
          const rowWords = row.key.split(' ');
          if (words.every((w) => rowWords.some((t) => t.startsWith(w) || (w.length > 4 && t.startsWith(w.slice(0, -1)))))) {
            const score = 0.05 + (rowWords.length - words.length) * 0.01;
            const prev = best.get(row.i);
            if (!prev || score < prev.score) best.set(row.i, { entity: this.entities[row.i], score, matched: row.name });
          }
        }
    }
    return [...best.values()].sort((a, b) => a.score - b.score || a.entity.name.localeCompare(b.entity.name)).slice(0, limit);
  }
}
