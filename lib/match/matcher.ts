// One pass over a text: tokens are looked up in the compiled index (stems + endings) and walked through a trie of
// alias token sequences, leftmost-longest. Cost per token does not depend on how many aliases the index holds.
import { forEachToken } from '../text/fold';
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
  keys: string[];
}

export interface Matcher {
  readonly index: MatchIndex;
  /** All matches in `text`, in order, non-overlapping, leftmost-longest. */
  find(text: string): { matches: RawMatch[]; tokens: Tokens };
  /** Base ids a single folded token can stand for (exported for tests). */
  basesOf(key: string): number[];
}

const EMPTY: number[] = [];

/** Prepares a loaded index for matching: builds the edge map and ending sets (linear in the index size). */
export function createMatcher(index: MatchIndex): Matcher {
  const endingSets = index.endings.map((l) => new Set(l));
  const allEndings = new Set(index.endings.flat());
  const maxEnding = Math.min(MAX_ENDING, Math.max(0, ...[...allEndings].map((e) => e.length)));
  let bases = 1;
  for (let i = 1; i < index.edges.length; i += 3) if (index.edges[i] + 1 > bases) bases = index.edges[i] + 1;
  const edges = new Map<number, number>();
  for (let i = 0; i < index.edges.length; i += 3) edges.set(index.edges[i] * bases + index.edges[i + 1], index.edges[i + 2]);
  const stems = index.stems;
  const accepts = index.accepts;

  const lookup = (stem: string, ending: string, out: number[]) => {
    if (!Object.hasOwn(stems, stem)) return;
    const list = stems[stem];
    for (let i = 0; i < list.length; i += 2) if (endingSets[list[i + 1]].has(ending) && !out.includes(list[i])) out.push(list[i]);
  };

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
      const keys: string[] = [];
      const tb: number[][] = [];
      const cache = new Map<string, number[]>();
      forEachToken(text, (s, e, key) => {
        starts.push(s);
        ends.push(e);
        keys.push(key);
        let b = cache.get(key);
        if (b === undefined) {
          b = basesOf(key);
          cache.set(key, b);
        }
        tb.push(b);
      });
      const matches: RawMatch[] = [];
      const n = starts.length;
      let i = 0;
      while (i < n) {
        if (tb[i].length === 0) {
          i++;
          continue;
        }
        let states = [0];
        const found: { j: number; nodes: number[] }[] = [];
        for (let j = i; j < n; j++) {
          if (j > i && !joinable(text, ends[j - 1], starts[j], ends[j - 1] - starts[j - 1] === 1)) break;
          const next: number[] = [];
          const bj = tb[j];
          for (const node of states)
            for (const b of bj) {
              const child = edges.get(node * bases + b);
              if (child !== undefined && !next.includes(child)) next.push(child);
            }
          if (!next.length) break;
          states = next;
          const acc = next.filter((node) => accepts[node] !== undefined);
          if (acc.length) found.push({ j, nodes: acc });
        }
        let emitted = false;
        for (let f = found.length - 1; f >= 0 && !emitted; f--) {
          const { j, nodes } = found[f];
          const ok: number[] = [];
          for (const node of nodes)
            for (const p of accepts[node]) if (caseFits(text, starts, ends, i, index.patterns[p][2])) ok.push(p);
          if (ok.length) {
            matches.push({ start: starts[i], end: ends[j], patterns: ok, firstToken: i, lastToken: j });
            i = j + 1;
            emitted = true;
          }
        }
        if (!emitted) i++;
      }
      return { matches, tokens: { starts, ends, keys } };
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

function caseFits(text: string, starts: number[], ends: number[], first: number, mask: string): boolean {
  for (let t = 0; t < mask.length; t++) {
    const m = mask.charCodeAt(t);
    if (m === 45) continue; // '-'
    const s = text.slice(starts[first + t], ends[first + t]);
    if (m === 65) {
      // 'A': all capitals
      if (s !== s.toUpperCase()) return false;
    } else if (m === 85 || m === 67) {
      // 'U': capital first letter; 'C': capital first letter and not all capitals
      const c = s[0];
      if (c === c.toLowerCase() && c !== c.toUpperCase()) return false;
      if (m === 67 && s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase()) return false;
    }
  }
  return true;
}
