// One pass over a text: tokens are looked up in the compiled index (stems + endings) and walked through a trie of
// alias token sequences, leftmost-longest. Cost per token does not depend on how many aliases the index holds.
import { CharClass, classOf, classTable, foldWord } from '../text/fold';
import { MAX_ENDING } from '../text/inflect';
import type { MatchIndex } from '../index/types';

/** A span of text that some aliases match. Offsets are UTF-16 into the text, end exclusive. */
export interface RawMatch {
  start: number;
  end: number;
  /** Pattern ids (into index.patterns) that accept this exact span, after case rules. */
  patterns: number[];
  /** Token indexes of the span, inclusive. */
  firstToken: number;
  lastToken: number;
}

export interface Tokens {
  starts: number[];
  ends: number[];
  /** The folded word at token index t (computed on demand: resolution needs only a few). */
  key(t: number): string;
}

export interface Matcher {
  readonly index: MatchIndex;
  /** All matches in `text`, in order, non-overlapping, leftmost-longest. */
  find(text: string): { matches: RawMatch[]; tokens: Tokens };
  /** Base ids a single folded token can stand for (exported for tests). */
  basesOf(key: string): number[];
}

const EMPTY: number[] = [];
// live trie nodes during one walk, and accepting points along it: far above what real aliases produce
const MAX_STATES = 64;
const MAX_FOUND = 256;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** True when text[start…] spells `word` (lower-case ASCII), ignoring ASCII case. */
function sameAsciiWord(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(start + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

function fnv(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Prepares a loaded index for matching: builds the edge map and ending sets (linear in the index size). */
export function createMatcher(index: MatchIndex): Matcher {
  const endingSets = index.endings.map((l) => new Set(l));
  const allEndings = new Set(index.endings.flat());
  const maxEnding = Math.min(MAX_ENDING, Math.max(0, ...[...allEndings].map((e) => e.length)));
  const edgeStart = Int32Array.from(index.edgeStart);
  const edgeBase = Int32Array.from(index.edgeBase);
  const edgeChild = Int32Array.from(index.edgeChild);
  // the root's edges in a flat array: every walk starts there
  const rootChild = new Int32Array(index.bases).fill(-1);
  for (let k = edgeStart[0]; k < edgeStart[1]; k++) rootChild[edgeBase[k]] = edgeChild[k];
  const childOf = (node: number, base: number): number => {
    if (node === 0) return rootChild[base];
    let lo = edgeStart[node];
    let hi = edgeStart[node + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = edgeBase[mid];
      if (b === base) return edgeChild[mid];
      if (b < base) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  const stems = index.stems;
  // every ASCII alias word by its hash (FNV-1a over lower-cased ASCII, 30 bits so it stays a small integer)
  const asciiWords = new Map<number, { key: string; bases: number[] }[]>();
  // accepting nodes as a dense array
  const acceptList: (number[] | undefined)[] = new Array(index.nodes);
  index.acceptNode.forEach((node, i) => (acceptList[node] = index.acceptPatterns[i]));
  const curStates = new Int32Array(MAX_STATES);
  const nextStates = new Int32Array(MAX_STATES);
  const foundTok = new Int32Array(MAX_FOUND);
  const foundNode = new Int32Array(MAX_FOUND);

  const lookup = (stem: string, ending: string, out: number[]) => {
    if (!Object.hasOwn(stems, stem)) return;
    const list = stems[stem];
    for (let i = 0; i < list.length; i += 2) if (endingSets[list[i + 1]].has(ending) && !out.includes(list[i])) out.push(list[i]);
  };

  // bases of a Latin word: exact forms only, looked up once per distinct word
  const exactCache = new Map<string, number[]>();
  const exactBases = (key: string): number[] => {
    let b = exactCache.get(key);
    if (b === undefined) {
      b = [];
      lookup(key, '', b);
      if (!b.length) b = EMPTY;
      exactCache.set(key, b);
    }
    return b;
  };

  for (const k of Object.keys(stems))
    if (isAscii(k)) {
      const b = exactBases(k);
      if (b === EMPTY) continue;
      const h = fnv(k) & 0x3fffffff;
      const l = asciiWords.get(h) ?? [];
      l.push({ key: k, bases: b });
      asciiWords.set(h, l);
    }

  const basesOf = (key: string): number[] => {
    const out: number[] = [];
    lookup(key, '', out);
    const c = key.charCodeAt(0);
    if (c >= 0x400 && c <= 0x4ff) {
      const n = key.length;
      for (let k = 1; k <= maxEnding && k < n - 1; k++) {
        const ending = key.slice(n - k);
        if (allEndings.has(ending)) lookup(key.slice(0, n - k), ending, out);
      }
    }
    return out.length ? out : EMPTY;
  };

  return {
    index,
    basesOf,
    find(text: string) {
      const starts: number[] = [];
      const ends: number[] = [];
      const tb: number[][] = [];
      // Cyrillic tokens try several endings: remember each distinct word's bases for this text
      const cache = new Map<string, number[]>();
      const n0 = text.length;
      let p = 0;
      // the tokeniser of lib/text/fold.ts, inlined: ASCII words are hashed as they are read and only become strings
      // when the hash is one of an alias word's, so most words of a page cost no allocation
      while (p < n0) {
        let c = text.charCodeAt(p);
        let cls = classTable[c] || classOf(c);
        if (cls !== CharClass.Word) {
          p++;
          continue;
        }
        const start = p;
        let h = FNV_OFFSET;
        let ascii = true;
        for (; p < n0; p++) {
          c = text.charCodeAt(p);
          cls = classTable[c] || classOf(c);
          if (cls === CharClass.Other) break;
          if (c < 128) h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
          else ascii = false;
        }
        starts.push(start);
        ends.push(p);
        if (ascii) {
          const list = asciiWords.get(h & 0x3fffffff);
          let found = EMPTY;
          if (list)
            for (const w of list)
              if (w.key.length === p - start && sameAsciiWord(text, start, w.key)) {
                found = w.bases;
                break;
              }
          tb.push(found);
          continue;
        }
        const key = foldWord(text.slice(start, p));
        const k0 = key.charCodeAt(0);
        if (k0 < 0x400 || k0 > 0x4ff) {
          tb.push(Object.hasOwn(stems, key) ? exactBases(key) : EMPTY);
          continue;
        }
        let bs = cache.get(key);
        if (bs === undefined) {
          bs = basesOf(key);
          cache.set(key, bs);
        }
        tb.push(bs);
      }
      const matches: RawMatch[] = [];
      const n = starts.length;
      let i = 0;
      while (i < n) {
        const bi = tb[i];
        // most tokens with bases are common words inside names ("of", "the"): skip those no name starts with
        let starter = false;
        for (let k = 0; k < bi.length; k++) if (rootChild[bi[k]] >= 0) starter = true;
        if (!starter) {
          i++;
          continue;
        }
        // walk the trie from token i; the set of live nodes is tiny (a token rarely stands for two bases)
        let nStates = 1;
        curStates[0] = 0;
        let nFound = 0;
        for (let j = i; j < n; j++) {
          if (j > i && !joinable(text, ends[j - 1], starts[j], ends[j - 1] - starts[j - 1] === 1)) break;
          let nNext = 0;
          const bj = tb[j];
          for (let si = 0; si < nStates; si++) {
            const node = curStates[si];
            for (let bk = 0; bk < bj.length; bk++) {
              const b = bj[bk];
              const child = childOf(node, b);
              if (child < 0) continue;
              let dup = false;
              for (let q = 0; q < nNext; q++) if (nextStates[q] === child) dup = true;
              if (!dup && nNext < MAX_STATES) nextStates[nNext++] = child;
            }
          }
          if (!nNext) break;
          for (let q = 0; q < nNext; q++) {
            curStates[q] = nextStates[q];
            if (acceptList[nextStates[q]] !== undefined && nFound < MAX_FOUND) {
              foundTok[nFound] = j;
              foundNode[nFound++] = nextStates[q];
            }
          }
          nStates = nNext;
        }
        let emitted = false;
        for (let f = nFound - 1; f >= 0 && !emitted; f--) {
          const j = foundTok[f];
          const ok: number[] = [];
          // every accepting node reached at the same last token
          for (let g = f; g >= 0 && foundTok[g] === j; g--)
            for (const p of acceptList[foundNode[g]]!) if (caseFits(text, starts, ends, i, index.patterns[p][2])) ok.push(p);
          if (ok.length) {
            matches.push({ start: starts[i], end: ends[j], patterns: ok, firstToken: i, lastToken: j });
            i = j + 1;
            emitted = true;
          } else while (f > 0 && foundTok[f - 1] === j) f--;
        }
        if (!emitted) i++;
      }
      return { matches, tokens: { starts, ends, key: (t: number) => foldWord(text.slice(starts[t], ends[t])) } };
    },
  };
}

// Between two tokens of one name: spaces (no line break), a hyphen or dash, an apostrophe, quotes («Нур Отан»), brackets,
// or a full stop after an initial ("K.Tokayev", "K. Tokayev"). At most 3 characters.
function joinable(text: string, from: number, to: number, afterInitial: boolean): boolean {
  const len = to - from;
  if (len < 1 || len > 3) return false;
  let dots = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x09) continue;
    if (c === 0x2d || (c >= 0x2010 && c <= 0x2014) || c === 0x27 || c === 0x2019 || c === 0x02bc) continue;
    if (c === 0x22 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2c) continue;
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

// case of one code unit: 1 lower-case letter, 2 upper-case letter, 0 neither (digits, marks, scripts without case)
function caseOf(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? 2 : 0;
  const ch = String.fromCharCode(c);
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  return lo === up ? 0 : ch === lo ? 1 : 2;
}

/** The case rule of a pattern (one mask character per token) against the text's tokens, without allocating. */
function caseFits(text: string, starts: number[], ends: number[], first: number, mask: string): boolean {
  for (let t = 0; t < mask.length; t++) {
    const m = mask.charCodeAt(t);
    if (m === 45) continue; // '-'
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

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}
