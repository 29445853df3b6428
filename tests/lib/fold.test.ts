import { describe, expect, it } from 'vitest';
import { foldUnit, normalize, tokenize, keyOf } from '../../lib/text/fold';
import { rng, randomText } from './random';

// the naive reference: fold each code unit with the slowest obvious code, no caches
function naiveFold(ch: string): string {
  const kazakh: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' };
  const lower = ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
  if (kazakh[lower]) return kazakh[lower];
  if (lower === 'й') return 'й';
  if (lower === 'ё' || lower === 'э') return 'е';
  if ('\u2018\u2019\u02BC`\u00B4\u2032'.includes(lower)) return "'";
  if ('\u2010\u2011\u2012\u2013\u2014\u2015\u2212'.includes(lower)) return '-';
  if ('\u00AB\u00BB\u201C\u201D\u201E\u201F'.includes(lower)) return '"';
  return lower;
}

describe('fold', () => {
  it.each([
    ['Тоқаев', 'токаев'],
    ['Мәжіліс', 'мажилис'],
    ['Қасым-Жомарт', 'касым-жомарт'],
    ['Ёлка', 'елка'],
    ['Элиманов', 'елиманов'],
    ['Айдос', 'айдос'],
    ['Tăriceanu', 'tariceanu'],
    ['Erdoğan', 'erdogan'],
    ['People’s', "people's"],
    ['«Нур Отан»', '"нур отан"'],
    ['a\u00a0b', 'a b'],
    // the Latin schwa typed for ә on Kazakh sites: the same key as the Cyrillic letter
    ['Əлихан əкімі', 'алихан акими'],
    // the dotted capital I of Turkish and Azerbaijani spellings
    ['İlham Aliyev', 'ilham aliyev'],
  ])('folds %s to %s', (input, out) => {
    expect(normalize(input).text).toBe(out);
  });

  it('keeps й and ё→е apart from и and е where Russian needs it', () => {
    expect(keyOf('Бейбит')).not.toBe(keyOf('Беибит'));
    expect(keyOf('Алексей')).toBe('алексей');
  });

  it('maps every folded offset back to the original offset (differential, seeded)', () => {
    const random = rng(7);
    for (let n = 0; n < 300; n++) {
      const s = randomText(random, 60);
      const { text, map } = normalize(s);
      expect(map.length).toBe(text.length + 1);
      expect(map[map.length - 1]).toBe(s.length);
      // the reference: fold each code unit separately and concatenate, recording the source offset
      let ref = '';
      const refMap: number[] = [];
      for (let i = 0; i < s.length; i++) {
        const f = foldUnit(s.charCodeAt(i));
        for (let k = 0; k < f.length; k++) refMap.push(i);
        ref += f;
      }
      expect(text).toBe(ref);
      expect(Array.from(map.slice(0, -1))).toEqual(refMap);
      for (let i = 1; i < map.length; i++) expect(map[i]).toBeGreaterThanOrEqual(map[i - 1]);
    }
  });

  it('agrees with a naive per-character fold on letters that need no decomposition', () => {
    const random = rng(11);
    const alphabet = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіABCxyz’«»–—';
    for (let n = 0; n < 500; n++) {
      const ch = alphabet[Math.floor(random() * alphabet.length)];
      expect(foldUnit(ch.charCodeAt(0))).toBe(naiveFold(ch));
    }
  });

  it('tokenises on letters and digits, with offsets into the original text', () => {
    const text = 'Kassym-Jomart Tokayev’s visit, 2024: «Мәжіліс»';
    const toks = tokenize(text);
    expect(toks.map((t) => t.key)).toEqual(['kassym', 'jomart', 'tokayev', 's', 'visit', '2024', 'мажилис']);
    for (const t of toks) expect(keyOf(text.slice(t.start, t.end))).toBe(t.key);
    // the modifier letter apostrophe splits words as the others do
    expect(tokenize('Prosecutorʼs Office').map((t) => t.key)).toEqual(['prosecutor', 's', 'office']);
  });

  it('keeps combining marks inside words and drops them from keys', () => {
    const decomposed = 'Tăriceanu'.normalize('NFD');
    const toks = tokenize(decomposed);
    expect(toks).toHaveLength(1);
    expect(toks[0].key).toBe('tariceanu');
    expect(toks[0].end).toBe(decomposed.length);
  });
});
