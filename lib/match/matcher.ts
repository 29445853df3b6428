// One pass over a text: tokens are looked up in the compiled index (stems + endings) and walked through a trie of
// alias token sequences, leftmost-longest (a longer name or title starting inside a match and ending after it wins). Cost per token does not depend on how many aliases the index holds.
import { CharClass, classOf, classTable, foldCodeOf, foldCodeTable, foldWord } from '../text/fold';
import { PatternType, type MatchIndex } from '../index/types';
import { isKazakhParadigm, KK_ACRONYM_GENITIVE } from '../text/inflect';

/** A span of text that some aliases match. Offsets are UTF-16 into the text, end exclusive. */
export interface RawMatch {
  start: number;
  end: number;
  /** Pattern ids (into index.patEntity/patType/patMask) that accept this exact span, after case rules, ascending. Shared: read only. */
  patterns: readonly number[];
  /** Token indexes of the span, inclusive. */
  firstToken: number;
  lastToken: number;
}

export interface Tokens {
  starts: Int32Array;
  ends: Int32Array;
  /** The folded word at token index t (computed on demand: resolution needs only a few). */
  key(t: number): string;
}

export interface Matcher {
  readonly index: MatchIndex;
  /** All matches in `text`, in order, non-overlapping: leftmost-longest, unless a longer one starts inside a match and ends after it. */
  find(text: string): { matches: RawMatch[]; tokens: Tokens };
  /** Base ids a single folded token can stand for (exported for tests). */
  basesOf(key: string): number[];
  /** True when some name in the index starts with the folded word `key` (a known given name, a title's first word). */
  startsName(key: string): boolean;
  /**
   * Those of a match's patterns its folded words reach without a Kazakh case or possessive ending read on any:
   * "Токаева" all; "Филиппин" (Philippe + the Kazakh genitive "-ің") and "президенты" (+ "-ы") none.
   */
  patternsWithoutKazakhEndings(keys: readonly string[], patterns: readonly number[]): number[];
  /** True when the folded word stands for some base only with a Kazakh ending read on it (the quick test before the walk). */
  kazakhReading(key: string): boolean;
}

const EMPTY: number[] = [];
const FOLDED_VOWEL = /[аеиоыэюяё]$/;
const FOLDED_VOICELESS = /[пткфсшхцчщ]$/;
/**
 * For the Kazakh paradigms (Paradigm.Kk, Paradigm.KkGen, Paradigm.KkOur): an ending's first sound follows the stem's
 * last one. After a voiceless consonant a case ending begins with т, қ or п ("Лавровпен", "Гутеррешке"), after a vowel
 * not ("Модиге", "министрінің"). So "Мажилисмен" is the Russian "мажилисмен" (a deputy), not "Мәжіліс" with the ending
 * "-мен" (that is "Мәжіліспен"). Folded letters.
 */
function kkSandhi(stem: string, ending: string): boolean {
  const e = ending.charCodeAt(0);
  if (FOLDED_VOICELESS.test(stem)) return !(e === 0x434 || e === 0x433 || e === 0x43d || e === 0x43c || e === 0x431); // д г н м б
  if (FOLDED_VOWEL.test(stem)) return !(e === 0x442 || e === 0x43a || e === 0x43f); // т к п
  return true;
}
// Latin letters that look like Cyrillic ones, as typed inside Cyrillic words ("әкiмi" with a Latin i for і), folded
const LOOKALIKE: Readonly<Record<string, string>> = { a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'и', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у' };
// the same the other way, for a Latin word typed with Cyrillic look-alikes ("АМАNАТ": Cyrillic А, М, Т around a Latin N)
const LATIN_LOOKALIKE: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(LOOKALIKE).filter(([l]) => l !== 'i' && l !== 'b' && l !== 'h').map(([l, c]) => [c, l]));
/**
 * A folded word of Cyrillic and Latin letters, read with the Latin look-alikes as the Cyrillic letters they stand for
 * ("акiмi" → "акими"), or, when it has a Latin letter no Cyrillic one looks like, with the Cyrillic look-alikes as Latin
 * letters ("амаnат" → "amanat"); any other word as it is. Run once per new word, not per token.
 */
export function cyrillicLookalikes(key: string): string {
  if (!/[a-z]/.test(key) || !/[\u0400-\u04ff]/.test(key)) return key;
  const cyrillic = key.replace(/[a-z]/g, (c) => LOOKALIKE[c] ?? c);
  if (!/[a-z]/.test(cyrillic)) return cyrillic;
  const latin = key.replace(/[\u0400-\u04ff]/g, (c) => LATIN_LOOKALIKE[c] ?? c);
  return /[\u0400-\u04ff]/.test(latin) ? cyrillic : latin;
}
// Russian and Kazakh function words that an inflected form of some name happens to spell ("после" is "посол" in the
// prepositional case and the word "after"): never read as an inflected name. Folded here as the tokens are ("это" is
// keyed "ето", Kazakh letters fall on Russian ones).
const FUNCTION_WORDS = new Set(
  [
  'после', 'при', 'для', 'как', 'так', 'что', 'это', 'или', 'над', 'под', 'без', 'про', 'через', 'между', 'перед',
  'около', 'также', 'когда', 'где', 'кто', 'все', 'всех', 'был', 'была', 'были', 'она', 'они', 'оно', 'его', 'ее',
  'их', 'том', 'той', 'тот', 'эти', 'этот', 'эта', 'мен', 'пен', 'бен', 'бир', 'бул', 'осы', 'сол', 'жане', 'деп', 'тен', 'ден', 'нан', 'нен', 'тан',
  // "ради" (for the sake of) spells the Ukrainian genitive of "Рада"; "әрине" (of course) a case of "Арин"; "ерте",
  // "ертең" (early, tomorrow) cases of the surname "Er"
  'ради', 'арине', 'ерте', 'ертен',
  // "мұндай", "сондай", "қандай" (such, what kind): the similative "-дай" on the surnames Moon, Son, Kan
  'мұндай', 'сондай', 'осындай', 'ондай', 'қандай',
  ].map(foldWord),
);
// live trie nodes during one walk, and accepting points along it: far above what real aliases produce
const MAX_STATES = 64;
const MAX_FOUND = 256;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

function fnv(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}
const AND_HASH = fnv('and');

/** A growable Int32Array used as scratch space, reused from one text to the next. */
function grow(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

export interface MatcherOptions {
  /** Distinct words remembered across texts before the word table starts afresh (default 100,000). */
  maxLearned?: number;
}

/** Prepares a loaded index for matching: builds the edge map and ending sets (linear in the index size). */
export function createMatcher(index: MatchIndex, { maxLearned = 100_000 }: MatcherOptions = {}): Matcher {
  const endingSets = index.endings.map((l) => new Set(l));
  const allEndings = new Set(index.endings.flat());
  const maxEnding = Math.max(0, ...[...allEndings].map((e) => e.length));
  const ints = (a: ArrayLike<number>) => (a instanceof Int32Array ? a : new Int32Array(a));
  const edgeStart = ints(index.edgeStart);
  const edgeBase = ints(index.edgeBase);
  // the root's edges in a flat array: every walk starts there
  const rootChild = new Int32Array(index.bases).fill(-1);
  for (let k = edgeStart[0]; k < edgeStart[1]; k++) rootChild[edgeBase[k]] = k + 1;
  const childOf = (node: number, base: number): number => {
    if (node === 0) return rootChild[base];
    let lo = edgeStart[node];
    let hi = edgeStart[node + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = edgeBase[mid];
      if (b === base) return mid + 1; // breadth-first numbering: edge k leads to node k + 1
      if (b < base) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  // a stem's row of stemStart/stemFlat, by binary search over the keys (sorted by code unit at build time)
  const { stemKeys, stemStart, stemFlat } = index;
  const stemId = (stem: string): number => {
    let lo = 0;
    let hi = stemKeys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = stemKeys[mid];
      if (k === stem) return mid;
      if (k < stem) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  // accepting nodes as a dense array: the row of acceptStart (its run of pattern ids), -1 when the node accepts nothing
  const acceptRow = new Int32Array(index.nodes).fill(-1);
  const { acceptNode } = index;
  for (let i = 0; i < acceptNode.length; i++) acceptRow[acceptNode[i]] = i;
  // the same patterns grouped by case rule, made on first use: a title many states share ("President") is checked
  // once per rule
  const acceptMasks: (string[] | undefined)[] = new Array(index.nodes);
  const acceptByMask: (number[][] | undefined)[] = new Array(index.nodes);
  const groupAccept = (node: number) => {
    const masks: string[] = [];
    const groups: number[][] = [];
    const row = acceptRow[node];
    for (let p = index.acceptStart[row]; p < index.acceptStart[row + 1]; p++) {
      const mask = index.masks[index.patMask[p]];
      let g = masks.indexOf(mask);
      if (g < 0) {
        g = masks.push(mask) - 1;
        groups.push([]);
      }
      groups[g].push(p);
    }
    acceptMasks[node] = masks;
    acceptByMask[node] = groups;
  };
  // the patterns of the groups in `bits`, ascending, made once per node and set of bits
  const fitted: (Map<number, number[]> | undefined)[] = new Array(index.nodes);
  const fitting = (node: number, bits: number): number[] => {
    const groups = acceptByMask[node]!;
    if ((bits & (bits - 1)) === 0) return groups[31 - Math.clz32(bits)];
    const cache = (fitted[node] ??= new Map<number, number[]>());
    let list = cache.get(bits);
    if (!list) {
      list = [];
      for (let q = 0; q < groups.length; q++) if (bits & (1 << q)) list.push(...groups[q]);
      list.sort((a, b) => a - b);
      cache.set(bits, list);
    }
    return list;
  };
  const curStates = new Int32Array(MAX_STATES);
  const nextStates = new Int32Array(MAX_STATES);
  const foundTok = new Int32Array(MAX_FOUND);
  const foundNode = new Int32Array(MAX_FOUND);

  // kazakh: whether Kazakh endings may be read (not on a page with no Kazakh letter, see patternsWithoutKazakhEndings)
  const lookup = (stem: string, ending: string, out: number[], kazakh = true) => {
    const id = stemId(stem);
    if (id < 0) return;
    const kkOk = ending === '' || (kazakh && kkSandhi(stem, ending));
    for (let i = stemStart[id]; i < stemStart[id + 1]; i += 2) {
      const p = stemFlat[i + 1];
      if (endingSets[p].has(ending) && (kkOk || !isKazakhParadigm(p)) && !out.includes(stemFlat[i])) out.push(stemFlat[i]);
    }
  };

  const basesOf = (key: string, kazakh = true): number[] => {
    const out: number[] = [];
    lookup(key, '', out, kazakh);
    const c = key.charCodeAt(0);
    if (c >= 0x400 && c <= 0x4ff && !FUNCTION_WORDS.has(key)) {
      const n = key.length;
      for (let k = 1; k <= maxEnding && k < n - 1; k++) {
        const ending = key.slice(n - k);
        if (allEndings.has(ending)) lookup(key.slice(0, n - k), ending, out, kazakh);
      }
    }
    return out.length ? out : EMPTY;
  };
  // per folded word (memoised): the bases it reads without a Kazakh ending, and whether it reads others only with one
  const readings = new Map<string, { withoutKazakh: number[]; kazakhOnly: boolean }>();
  const readingsOf = (key: string) => {
    let r = readings.get(key);
    if (!r) {
      const k = cyrillicLookalikes(key);
      const withoutKazakh = basesOf(k, false);
      r = { withoutKazakh, kazakhOnly: basesOf(k).length !== withoutKazakh.length };
      if (readings.size > 50_000) readings.clear();
      readings.set(key, r);
    }
    return r;
  };

  // Base lists by id (0 = none), and whether a name can start with one of the list's bases.
  const lists: number[][] = [EMPTY];
  let starter = new Uint8Array(64);
  const listIds = new Map<number[], number>([[EMPTY, 0]]);
  const listId = (bases: number[]): number => {
    let id = listIds.get(bases);
    if (id === undefined) {
      id = lists.length;
      lists.push(bases);
      listIds.set(bases, id);
      if (id >= starter.length) {
        const b = new Uint8Array(starter.length * 2);
        b.set(starter);
        starter = b;
      }
      starter[id] = bases.some((b) => rootChild[b] >= 0) ? 1 : 0;
    }
    return id;
  };

  // The word table: folded word → base list id, open addressing on the FNV hash of the folded word. It learns each
  // word the first time a text has it (nothing is prepared at load: a page pays only for its own words), so after
  // that a word costs no string. It starts afresh, before a text, once it holds `maxLearned` words.
  let slotHash = new Int32Array(1024);
  let slotEntry = new Int32Array(1024); // entry + 1; 0 = free
  let entryKey: string[] = [];
  let entryList: number[] = [];
  const place = (h: number, e: number) => {
    const mask = slotHash.length - 1;
    let s = h & mask;
    while (slotEntry[s] !== 0) s = (s + 1) & mask;
    slotHash[s] = h;
    slotEntry[s] = e + 1;
  };
  const insert = (key: string, h: number, id: number) => {
    if ((entryKey.length + 1) * 2 > slotHash.length) {
      const size = slotHash.length * 2;
      slotHash = new Int32Array(size);
      slotEntry = new Int32Array(size);
      for (let e = 0; e < entryKey.length; e++) place(fnv(entryKey[e]), e);
    }
    entryKey.push(key);
    entryList.push(id);
    place(h, entryKey.length - 1);
  };
  const reset = () => {
    slotHash = new Int32Array(1024);
    slotEntry = new Int32Array(1024);
    entryKey = [];
    entryList = [];
    lists.length = 1;
    listIds.clear();
    listIds.set(EMPTY, 0);
  };
  /** The word-table entry of a word whose folded form is `key`, learning it when new. */
  const learn = (key: string, h: number): number => {
    const mask = slotHash.length - 1;
    for (let s = h & mask; slotEntry[s] !== 0; s = (s + 1) & mask) if (slotHash[s] === h && entryKey[slotEntry[s] - 1] === key) return slotEntry[s] - 1;
    insert(key, h, listId(basesOf(cyrillicLookalikes(key))));
    return entryKey.length - 1;
  };

  let sBuf = new Int32Array(1024);
  let eBuf = new Int32Array(1024);
  let lBuf = new Int32Array(1024);
  // each token's word-table entry (-1 for a word that folds to nothing): its folded key without a new string
  let kBuf = new Int32Array(1024);

  /** The match's walk again, each word standing only for the bases it reads without a Kazakh ending. */
  function patternsWithoutKazakhEndings(keys: readonly string[], patterns: readonly number[]): number[] {
    let states = [0];
    for (const key of keys) {
      const bases = readingsOf(key).withoutKazakh;
      const next: number[] = [];
      for (const node of states)
        for (const b of bases) {
          const c = childOf(node, b);
          if (c >= 0 && !next.includes(c)) next.push(c);
        }
      if (!next.length) return EMPTY;
      states = next;
    }
    const out: number[] = [];
    for (const node of states) {
      const row = acceptRow[node];
      if (row >= 0) for (let p = index.acceptStart[row]; p < index.acceptStart[row + 1]; p++) if (patterns.includes(p)) out.push(p);
    }
    return out.sort((a, b) => a - b);
  }

  return {
    index,
    basesOf,
    startsName: (key: string) => basesOf(key).some((b) => rootChild[b] >= 0),
    kazakhReading: (key: string) => readingsOf(key).kazakhOnly,
    patternsWithoutKazakhEndings,
    find(text: string) {
      if (entryKey.length >= maxLearned) reset();
      const n = tokenize(text);
      const matches = walk(text, n);
      const s = sBuf.slice(0, n);
      const e = eBuf.slice(0, n);
      const k = kBuf.slice(0, n);
      // the table as it is now (a later text may start it afresh; these tokens keep their keys)
      const keys = entryKey;
      return { matches, tokens: { starts: s, ends: e, key: (t: number) => (k[t] < 0 ? '' : keys[k[t]]) } };
    },
  };

  // Tokenising and walking the trie are two functions, not two loops of one: the engine optimises each loop on its
  // own, rather than optimising the first loop and dropping that code when the second is reached.

  /** Reads the words of `text` into the token buffers (start, end, base list id, word-table entry); returns their number. */
  function tokenize(text: string): number {
    const n0 = text.length;
    // at most one word per two code units, plus one
    const cap = (n0 >> 1) + 1;
    const starts = (sBuf = grow(sBuf, cap));
    const ends = (eBuf = grow(eBuf, cap));
    const tl = (lBuf = grow(lBuf, cap));
    const tk = (kBuf = grow(kBuf, cap));
    const fold = foldCodeTable;
    let n = 0;
    let p = 0;
    // The tokeniser of lib/text/fold.ts, inlined: each word is folded and hashed as it is read, then found in the
    // word table by its hash; only a word seen for the first time becomes a string.
    while (p < n0) {
      let c = text.charCodeAt(p);
      let cls = classTable[c] || classOf(c);
      if (cls !== CharClass.Word) {
        // "&" between spaces reads as the word "and": "Ministry of Transport & Communications"
        if (c === 0x26 && p > 0 && text.charCodeAt(p - 1) === 0x20 && text.charCodeAt(p + 1) === 0x20) {
          const entry = learn('and', AND_HASH);
          starts[n] = p;
          ends[n] = p + 1;
          tk[n] = entry;
          tl[n++] = entryList[entry];
        }
        p++;
        continue;
      }
      const start = p;
      let h = FNV_OFFSET;
      let simple = true;
      for (; p < n0; p++) {
        c = text.charCodeAt(p);
        cls = classTable[c] || classOf(c);
        if (cls === CharClass.Other) break;
        let f = fold[c];
        if (f < 0) f = foldCodeOf(c);
        if (f < 0) simple = false;
        else h = Math.imul(h ^ f, FNV_PRIME);
      }
      starts[n] = start;
      ends[n] = p;
      let id = -1;
      let entry = -1;
      if (simple) {
        // the folded word is the folded code units of text[start, p): compare in place
        const mask = slotHash.length - 1;
        const len = p - start;
        for (let s = h & mask; slotEntry[s] !== 0; s = (s + 1) & mask) {
          if (slotHash[s] !== h) continue;
          const e = slotEntry[s] - 1;
          const key = entryKey[e];
          if (key.length !== len) continue;
          let k = 0;
          while (k < len && key.charCodeAt(k) === fold[text.charCodeAt(start + k)]) k++;
          if (k === len) {
            entry = e;
            break;
          }
        }
        if (entry < 0) entry = learn(foldWord(text.slice(start, p)), h);
        id = entryList[entry];
      } else {
        const key = foldWord(text.slice(start, p));
        if (key) {
          entry = learn(key, fnv(key));
          id = entryList[entry];
        } else id = 0;
      }
      tk[n] = entry;
      tl[n++] = id;
      // a Kazakh genitive joined to an acronym by a hyphen is no word of its own: "ОСК-ның төрағасы" reads as "ОСК
      // төрағасы", as the compiler reads the aliases (see joinable)
      if (p < n0 && isHyphen(text.charCodeAt(p))) {
        const after = genitiveAfter(text, start, p);
        if (after > 0) p = after;
      }
    }
    return n;
  }

  /** The matches among the first `n` tokens read from `text`. */
  function walk(text: string, n: number): RawMatch[] {
    const matches: RawMatch[] = [];
    walkRange(text, 0, n, matches);
    return matches;
  }

  /** Appends to `matches` the matches among tokens [from, limit), leftmost, each the longest there, unless a longer one starts inside it. */
  function walkRange(text: string, from: number, limit: number, matches: RawMatch[]): void {
    const tl = lBuf;
    let i = from;
    while (i < limit) {
      // most tokens with bases are common words inside names ("of", "the"): skip those no name starts with
      if (!starter[tl[i]]) {
        i++;
        continue;
      }
      let m = longestAt(text, i, limit);
      if (!m) {
        i++;
        continue;
      }
      // a longer name that starts inside this one and ends after it wins: "member of the [Mazhilis Committee on
      // Finance]", "Chairman of the [Senate Committee on …]"; the words before it may still hold a shorter name
      for (let k = m.firstToken + 1; k <= m.lastToken; k++) {
        if (!starter[tl[k]]) continue;
        const inner = longestAt(text, k, limit, m.lastToken);
        // (not a body after a deputy's word alone: "[vice president]’s office" is the vice president's, not "president’s
        // office"; a head's title after it still wins, for the body inside: "вице-[президент Национальной академии наук]")
        if (inner && inner.lastToken > m.lastToken && (inner.lastToken - k > m.lastToken - m.firstToken || (inner.lastToken - k === m.lastToken - m.firstToken && titleOverBody(m.patterns, inner.patterns))) && namesOnItsOwn(inner.patterns) && !(DEPUTY_WORD.test(text.slice(m.start, inner.start)) && allBodies(inner.patterns))) {
          walkRange(text, m.firstToken, k, matches);
          m = inner;
        }
      }
      matches.push(m);
      i = m.lastToken + 1;
    }
  }

  /**
   * A title as long as the body it overlaps wins over it: "Kazakhstan's [Central Election Commission Deputy Chairman]"
   * names the post; the body alone would hide it.
   */
  function titleOverBody(outer: readonly number[], inner: readonly number[]): boolean {
    for (const p of outer) if (index.entities[index.patEntity[p]].k !== 2) return false;
    for (const p of inner) if (index.patType[p] <= PatternType.Generic && index.entities[index.patEntity[p]].k === 1) return true;
    return false;
  }

  function allBodies(patterns: readonly number[]): boolean {
    for (const p of patterns) if (index.entities[index.patEntity[p]].k !== 2) return false;
    return true;
  }

  /** Some pattern is a name or title, not only a back-reference ("first deputy mayor [of the city]" stays a title). */
  function namesOnItsOwn(patterns: readonly number[]): boolean {
    for (const p of patterns) {
      const t = index.patType[p];
      if (t === PatternType.Full || t === PatternType.Generic || t === PatternType.Place) return true;
    }
    return false;
  }

  /** The longest match starting at token i and ending before token `limit` (and after token `past`), if any. */
  function longestAt(text: string, i: number, limit: number, past = -1): RawMatch | undefined {
    const starts = sBuf;
    const ends = eBuf;
    const tl = lBuf;
    // walk the trie from token i; the set of live nodes is tiny (a token rarely stands for two bases)
    let nStates = 1;
    curStates[0] = 0;
    let nFound = 0;
    for (let j = i; j < limit; j++) {
      if (j > i && !joinable(text, ends[j - 1], starts[j], isInitial(text, starts[j - 1], ends[j - 1]))) break;
      let nNext = 0;
      const bj = lists[tl[j]];
      if (!bj.length) break;
      for (let si = 0; si < nStates; si++) {
        const node = curStates[si];
        for (let bk = 0; bk < bj.length; bk++) {
          const child = childOf(node, bj[bk]);
          if (child < 0) continue;
          let dup = false;
          for (let q = 0; q < nNext; q++) if (nextStates[q] === child) dup = true;
          if (!dup && nNext < MAX_STATES) nextStates[nNext++] = child;
        }
      }
      if (!nNext) break;
      for (let q = 0; q < nNext; q++) {
        curStates[q] = nextStates[q];
        if (acceptRow[nextStates[q]] >= 0 && nFound < MAX_FOUND) {
          foundTok[nFound] = j;
          foundNode[nFound++] = nextStates[q];
        }
      }
      nStates = nNext;
    }
    for (let f = nFound - 1; f >= 0; f--) {
      const j = foundTok[f];
      if (j <= past) return undefined;
      // every accepting node reached at the same last token: the patterns whose case rule fits, as a list shared
      // by every match with the same node and fitting rules (resolution caches its work per list)
      let ok = EMPTY;
      let merged = false;
      for (let g = f; g >= 0 && foundTok[g] === j; g--) {
        const node = foundNode[g];
        if (acceptMasks[node] === undefined) groupAccept(node);
        const masks = acceptMasks[node]!;
        let list = EMPTY;
        if (masks.length <= 30) {
          // the fitting case rules as bits of one number
          let bits = 0;
          for (let q = 0; q < masks.length; q++) if (caseFits(text, starts, ends, i, masks[q])) bits |= 1 << q;
          if (bits !== 0) list = fitting(node, bits);
        } else {
          const groups = acceptByMask[node]!;
          for (let q = 0; q < masks.length; q++) if (caseFits(text, starts, ends, i, masks[q])) list = list.concat(groups[q]);
          list.sort((a, b) => a - b);
        }
        if (list.length === 0) continue;
        if (ok === EMPTY) ok = list;
        else {
          ok = ok.concat(list);
          merged = true;
        }
      }
      // in the index's order (resolution prefers earlier candidates)
      if (merged) ok.sort((a, b) => a - b);
      if (ok.length && !inDomain(text, starts[i], ends[j]) && !crossesParenthesis(text, starts[i], ends[j]) && !crossesDateline(text, starts[i], ends[j])) {
        // a quoted name inside a longer one keeps its quotes balanced («Нұр Отан» партиясы)
        const q = quoteShift(text, starts[i], ends[j]);
        return { start: starts[i] - (q === -1 ? 1 : 0), end: ends[j] + (q === 1 ? 1 : 0), patterns: ok, firstToken: i, lastToken: j };
      }
      while (f > 0 && foundTok[f - 1] === j) f--;
    }
    return undefined;
  }
}

/**
 * True when [start, end) opens or closes a parenthesis it does not also close or open: the words on either side of it
 * belong to different phrases ("the OSCE) Chairperson-in-Office", "Environment (minister"), unlike "Akim (Mayor) of".
 */
function crossesParenthesis(text: string, start: number, end: number): boolean {
  let depth = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x28) depth++;
    else if (c === 0x29 && --depth < 0) return true;
  }
  return depth !== 0;
}

/**
 * True when [start, end) runs from a dateline in capitals across its dash into the text: "ASTANA – Akim of …" is a
 * dateline and a title, not "Astana Akim". A title with a dash of its own ("Aide to the President – Press Secretary")
 * has small letters before it.
 */
function crossesDateline(text: string, start: number, end: number): boolean {
  for (let k = start + 1; k + 1 < end; k++) {
    const c = text.charCodeAt(k);
    if ((c === 0x2013 || c === 0x2014 || c === 0x2d) && text.charCodeAt(k - 1) === 0x20 && text.charCodeAt(k + 1) === 0x20) {
      const head = text.slice(start, k);
      return head === head.toUpperCase() && head !== head.toLowerCase();
    }
  }
  return false;
}

// Quotes that open and close a name inside a longer one: «Нұр Отан» партиясы, “Nur Otan” party
const isOpenQuote = (c: number) => c === 0xab || c === 0x201c || c === 0x201e; // « “ „
const isCloseQuote = (c: number) => c === 0xbb || c === 0x201d || c === 0x201c; // » ” “

/**
 * -1 when a match's closing quote falls inside it and its opening quote just before it ("Нұр Отан» партиясы": the span
 * takes the «), 1 when the reverse holds at its end, else 0.
 */
function quoteShift(text: string, start: number, end: number): number {
  let open = 0;
  let close = 0;
  let straight = 0;
  // (“ closes a „ and opens otherwise: „Нур Отан“, “Астана”)
  let low = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0xab) open++;
    else if (c === 0x201e) {
      open++;
      low++;
    } else if (c === 0x201c) {
      if (low > 0) {
        low--;
        close++;
      } else open++;
    } else if (c === 0xbb || c === 0x201d) close++;
    else if (c === 0x22) straight++;
  }
  // a straight quote opens or closes by where it stands: 'партии "Нур Отан"'
  if (straight & 1) {
    if (end < text.length && text.charCodeAt(end) === 0x22) return 1;
    if (start > 0 && text.charCodeAt(start - 1) === 0x22) return -1;
  }
  if (close > open && start > 0 && isOpenQuote(text.charCodeAt(start - 1))) return -1;
  if (open > close && end < text.length && isCloseQuote(text.charCodeAt(end))) return 1;
  return 0;
}

/** A deputy's word alone before the rest of a title: "vice ", "Vice-", "deputy ", «вице-». */
const DEPUTY_WORD = /^(?:vice|deputy|вице)[- ]$/i;

/** The longest run of spaces between two tokens of one name. */
const MAX_SPACE_RUN = 40;

// Between two tokens of one name: spaces (no line break), a hyphen or dash, a slash, an apostrophe, quotes («Нур Отан»), brackets,
// a comma, an ampersand or a dash with a space beside it (kept only where the name itself has one: see caseFits),
// or a full stop after an initial ("K.Tokayev", "K. Tokayev"). At most 3 characters, or a longer run of spaces alone.
function joinable(text: string, from: number, to: number, afterInitial: boolean): boolean {
  from = pastGenitive(text, from, to);
  const len = to - from;
  if (len < 1) return false;
  // a longer run of spaces alone, which a browser shows as one ("Nursultan\n    Nazarbayev" in a page's source)
  if (len > 3) {
    if (len > MAX_SPACE_RUN) return false;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c !== 0x20 && c !== 0xa0 && c !== 0x202f && c !== 0x09) return false;
    }
    return true;
  }
  let dots = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x09) continue;
    if (c === 0x2d || (c >= 0x2010 && c <= 0x2014) || c === 0x27 || c === 0x2019 || c === 0x02bc) continue;
    if (c === 0x22 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2c || c === 0x26) continue;
    // "OSCE/ODIHR", "БДИПЧ/ОБСЕ"
    if (c === 0x2f) continue;
    // "Akim (Mayor) of Astana"
    if (c === 0x28 || c === 0x29) continue;
    if (c === 0x2e && afterInitial && dots === 0) {
      dots++;
      continue;
    }
    return false;
  }
  return true;
}

const isHyphen = (c: number) => c === 0x2d || c === 0x2010 || c === 0x2011;

/**
 * The end of the Kazakh genitive ending after the acronym [start, end) and the hyphen at `end` ("ОСК-ның"), or 0: the
 * word is two or more capitals, and the ending small letters that end the word (see KK_ACRONYM_GENITIVE).
 */
function genitiveAfter(text: string, start: number, end: number): number {
  if (end - start < 2) return 0;
  for (let k = start; k < end; k++) if (caseOf(text.charCodeAt(k)) !== 2) return 0;
  let k = end + 1;
  while (k < text.length && k - end <= 4 && caseOf(text.charCodeAt(k)) === 1) k++;
  if (k === end + 1 || (k < text.length && (classTable[text.charCodeAt(k)] || classOf(text.charCodeAt(k))) !== CharClass.Other)) return 0;
  return KK_ACRONYM_GENITIVE.has(text.slice(end + 1, k)) ? k : 0;
}

/** The start of the gap [from, to) between two tokens past the genitive the tokeniser passed over after an acronym ("ОСК-ның төрағасы"). */
export function pastGenitive(text: string, from: number, to: number): number {
  if (to - from < 3 || !isHyphen(text.charCodeAt(from)) || caseOf(text.charCodeAt(from + 1)) !== 1) return from;
  let start = from;
  while (start > 0 && caseOf(text.charCodeAt(start - 1)) === 2) start--;
  const after = genitiveAfter(text, start, from);
  return after > 0 ? after : from;
}

/** A token that can be an initial before a full stop: one letter, or a capital and a small letter ("Zh", "Sh"). */
function isInitial(text: string, start: number, end: number): boolean {
  return end - start === 1 || (end - start === 2 && caseOf(text.charCodeAt(start)) === 2 && caseOf(text.charCodeAt(start + 1)) === 1);
}

// case of one code unit: 1 lower-case letter, 2 upper-case letter, 0 neither (digits, marks, scripts without case)
function caseOf(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? 2 : 0;
  const ch = String.fromCharCode(c);
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  return lo === up ? 0 : ch === lo ? 1 : 2;
}

/**
 * The case rule of a pattern (one mask character per token) against the text's tokens, without allocating. A comma
 * (or an ampersand, or a slash) between two tokens of the text fits only a pattern with one there (a lower-case mask character, '_' for '-'):
 * "Deputy Chairman, Security Council" is one title, "the Mazhilis, Chairman of the Senate" is a list.
 */
function caseFits(text: string, starts: Int32Array, ends: Int32Array, first: number, mask: string): boolean {
  for (let t = 0; t < mask.length; t++) {
    let m = mask.charCodeAt(t);
    if (m >= 95) m -= 32; // '_' → '?', 'a' → 'A', 'u' → 'U', 'c' → 'C': a comma, an ampersand or a spaced dash may follow
    else if (t + 1 < mask.length) {
      // a dash with a space beside it joins two titles ("Вице-премьер – министр …"), not the parts of one written with a
      // hyphen ("Вице-премьер-министр")
      let space = false;
      let dash = false;
      for (let k = pastGenitive(text, ends[first + t], starts[first + t + 1]); k < starts[first + t + 1]; k++) {
        const c = text.charCodeAt(k);
        if (c === 0x2c || c === 0x26 || c === 0x2f) return false;
        if (c === 0x20 || c === 0xa0) space = true;
        else if (c === 0x2d || (c >= 0x2010 && c <= 0x2014)) dash = true;
      }
      if (space && dash) return false;
    }
    if (m === 45 || m === 63) continue; // '-', '_'
    const s = starts[first + t];
    const e = ends[first + t];
    if (m === 65) {
      // 'A': all capitals
      for (let k = s; k < e; k++) if (caseOf(text.charCodeAt(k)) === 1) return false;
    } else if (m === 85 || m === 67) {
      // 'U': capital first letter; 'C': capital first letter and not all capitals
      if (caseOf(text.charCodeAt(s)) === 1) return false;
      if (m === 67 && e - s > 1) {
        let lower = false;
        for (let k = s + 1; k < e && !lower; k++) if (caseOf(text.charCodeAt(k)) === 1) lower = true;
        if (!lower) return false;
      }
    }
  }
  return true;
}

/**
 * True when [start, end) is part of a host name or address ("Akorda.kz", "www.akorda.kz", "gov.kz/…"), not prose:
 * followed by a dot or slash and a lower-case letter, or written in lower case after one.
 */
function inDomain(text: string, start: number, end: number): boolean {
  const after = text.charCodeAt(end);
  if ((after === 0x2e || after === 0x2f) && isLowerAscii(text.charCodeAt(end + 1))) return true;
  const before = text.charCodeAt(start - 1);
  return (before === 0x2e || before === 0x2f || before === 0x40) && isLowerAscii(text.charCodeAt(start));
}

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}
