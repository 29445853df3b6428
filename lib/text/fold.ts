// Character folding shared by the matcher, the search and the validator.
// Folding is per UTF-16 code unit: case, diacritics (where safe), Kazakh letters to their Russian neighbours,
// apostrophes, quotes, dashes and spaces. A code unit folds to "" (a combining mark), one or two code units.

/** Character classes of the tokeniser. */
export const enum CharClass {
  Other = 1,
  Word = 2,
  /** A combining mark: part of the word it follows, dropped from keys. */
  Mark = 3,
}

// Kazakh letters fold onto the Russian letters that Russian-language spellings of the same names use
// (Тоқаев → токаев, Мәжіліс → мажилис), so one alias serves both spellings.
const KAZAKH: Record<string, string> = {
  ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и',
  // the Latin schwa, which Kazakh sites type for ә ("Əлихан", "əкімі"); Azerbaijani names in Latin letters ("Əliyev")
  // fold the same way in the gazetteer and on the page, so they still match
  ə: 'а',
};
const SPECIAL: Record<string, string> = {
  ...KAZAKH,
  ё: 'е',
  // Russian spellings of Kazakh names alternate э and е (Элиманов / Елиманов, Эрлан / Ерлан)
  э: 'е',
  // й is a letter of its own in Russian and Kazakh: NFD would split it into и + breve
  й: 'й',
  // the dotted capital I of Turkish and Azerbaijani spellings ("İlham Aliyev"), whose lower case is two code units
  İ: 'i',
  ı: 'i', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ł: 'l', þ: 'th',
  '\u2018': "'", '\u2019': "'", '\u02BC': "'", '\u0060': "'", '\u00B4': "'", '\u2032': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00AB': '"', '\u00BB': '"', '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200A': ' ', '\u2002': ' ', '\u2003': ' ',
  '\u00AD': '', '\u200B': '', '\u200C': '', '\u200D': '', '\uFEFF': '',
};

const foldCache: (string | undefined)[] = new Array(65536);
const classCache = new Uint8Array(65536);
/** The tokeniser's class per code unit, filled on first use (0 = not computed yet; see classOf). */
export const classTable: Uint8Array = classCache;
const WORD_RE = /[\p{L}\p{N}]/u;
const MARK_RE = /\p{M}/u;

/** The folded form of one UTF-16 code unit (see the module comment). */
export function foldUnit(code: number): string {
  let f = foldCache[code];
  if (f !== undefined) return f;
  const ch = String.fromCharCode(code);
  if (code >= 0xd800 && code <= 0xdfff) f = ch;
  else {
    const lower = ch.toLowerCase();
    const base = lower.length === 1 ? lower : ch;
    const special = SPECIAL[base];
    if (special !== undefined) f = special;
    else f = base.normalize('NFD').replace(/\p{M}/gu, '');
    if (f !== '' && !WORD_RE.test(f) && MARK_RE.test(ch)) f = '';
  }
  foldCache[code] = f;
  return f;
}

const foldCodes = new Int32Array(65536).fill(-1);
/**
 * The folded form of one code unit as one code unit, or -2 when it folds to none or two ("" for a mark, "ss" for ß):
 * lets a hot loop hash folded words without building strings. -1 entries are not computed yet (see foldCodeOf).
 */
export const foldCodeTable: Int32Array = foldCodes;
export function foldCodeOf(code: number): number {
  let f = foldCodes[code];
  if (f !== -1) return f;
  const s = foldUnit(code);
  f = s.length === 1 ? s.charCodeAt(0) : -2;
  foldCodes[code] = f;
  return f;
}

/** The tokeniser's class of one UTF-16 code unit. */
export function classOf(code: number): CharClass {
  let c = classCache[code];
  if (c !== 0) return c;
  const ch = String.fromCharCode(code);
  // (the modifier letter apostrophe, a letter to Unicode, is typed as an apostrophe: "Prosecutorʼs Office")
  if ((code >= 0xd800 && code <= 0xdfff) || code === 0x2bc) c = CharClass.Other;
  else if (WORD_RE.test(ch)) c = CharClass.Word;
  else if (MARK_RE.test(ch) || code === 0xad || code === 0x200b || code === 0x200c || code === 0x200d) c = CharClass.Mark;
  else c = CharClass.Other;
  classCache[code] = c;
  return c;
}

export interface Normalized {
  /** The folded text. */
  text: string;
  /** For each code unit of `text`, the offset of the original code unit it came from; one extra entry for the end. */
  map: Int32Array;
}

/** Folds a whole string, keeping an exact map from folded offsets back to original UTF-16 offsets. */
export function normalize(input: string): Normalized {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const f = foldUnit(input.charCodeAt(i));
    for (let k = 0; k < f.length; k++) map.push(i);
    out += f;
  }
  map.push(input.length);
  return { text: out, map: Int32Array.from(map) };
}

/** The folded form of one word (no separators inside): what the tokeniser gives as its key. */
export function foldWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) out += foldUnit(word.charCodeAt(i));
  return out;
}

/** A search/comparison key: folded, words joined by single spaces, punctuation dropped. */
export function keyOf(s: string): string {
  return tokenize(s)
    .map((t) => t.key)
    .join(' ');
}

export interface Token {
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
  /** The folded word. */
  key: string;
}

/** Splits text into words (letters and digits; marks stay inside words), with folded keys and original offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  forEachToken(text, (start, end, key) => {
    out.push({ start, end, key });
  });
  return out;
}

/**
 * Calls `fn` for each word of `text`, in order: offsets are UTF-16 into `text`, end exclusive; `key` is folded.
 * The single pass that both the matcher and the benchmark's floor run.
 */
export function forEachToken(text: string, fn: (start: number, end: number, key: string) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    let cls = classCache[code] || classOf(code);
    if (cls !== CharClass.Word) {
      i++;
      continue;
    }
    const start = i;
    let same = true;
    let j = i;
    for (; j < n; j++) {
      code = text.charCodeAt(j);
      cls = classCache[code] || classOf(code);
      if (cls === CharClass.Other) break;
      if (same) {
        const f = foldCache[code] ?? foldUnit(code);
        if (f.length !== 1 || f.charCodeAt(0) !== code) same = false;
      }
    }
    let key: string;
    if (same) key = text.slice(start, j);
    else {
      key = '';
      for (let k = start; k < j; k++) {
        const c = text.charCodeAt(k);
        key += foldCache[c] ?? foldUnit(c);
      }
    }
    fn(start, j, key);
    i = j;
  }
}
