import { describe, expect, it } from 'vitest';
import { compile } from '../../lib/index/compile';
import { createMatcher } from '../../lib/match/matcher';
import { tokenize } from '../../lib/text/fold';
import type { EntitySource } from '../../lib/gazetteer/types';
import { PatternType } from '../../lib/index/types';
import { rng, pick } from './random';
import { compiled } from '../fixtures/gazetteer';

const matcher = createMatcher(compiled.index);
const spans = (text: string) => matcher.find(text).matches.map((m) => text.slice(m.start, m.end));

describe('matcher', () => {
  it('prefers the longest overlapping name', () => {
    expect(spans('The Council met the People’s Assembly of Kazakhstan today.')).toEqual(['People’s Assembly of Kazakhstan']);
    expect(spans('Minister of Foreign Affairs of Kazakhstan Murat Nurtleu')).toEqual(['Minister of Foreign Affairs of Kazakhstan', 'Murat Nurtleu']);
  });

  it('reads a Kazakh name with the surname first in Russian and Kazakh, inflected too, as lists and decrees write it', () => {
    expect(spans('Назначить Кушербаева Крымбека на должность')).toEqual(['Кушербаева Крымбека']);
    expect(spans('Көшербаев Қырымбек сөйледі')).toEqual(['Көшербаев Қырымбек']);
    // only for Kazakh (and Kyrgyz) names: a Russian one in that order is left to its surname
    expect(spans('Лавров Сергей')).not.toContain('Лавров Сергей');
  });

  it('finds a Kazakh name written in the Kazakh Latin alphabets, made from its Kazakh Cyrillic form', () => {
    expect(spans('Qasym-Jomart Toqaev pen Qyrymbek Köşerbaev')).toEqual(['Qasym-Jomart Toqaev', 'Qyrymbek Köşerbaev']);
    expect(spans('Qyrymbek Kósherbaev')).toEqual(['Qyrymbek Kósherbaev']);
  });

  it('respects word boundaries, Kazakh letters included', () => {
    expect(spans('Mazhilisman and Majilis')).toEqual(['Majilis']);
    expect(spans('Мәжілісшілер Мәжіліске')).toEqual(['Мәжіліске']);
  });

  it.each([
    ['Tokayev’s speech', 'Kassym-Jomart Tokayev’s speech', 'Kassym-Jomart Tokayev'],
    ['a hyphen or a space', 'Kassym Jomart Tokayev said', 'Kassym Jomart Tokayev'],
    ['«quotes»', 'партия «Нур Отан» заявила', 'Нур Отан'],
    ['initials', 'K.Tokayev and N. Nazarbayev', 'K.Tokayev'],
    // a Latin i (and o) typed inside Kazakh words
    ['Latin look-alikes in Cyrillic words', 'Мәжiлiс депутаты Тoқаевқа', 'Мәжiлiс'],
    // and Cyrillic look-alikes in a Latin word: the Cyrillic А, М, Т around a Latin N
    ['Cyrillic look-alikes in Latin words', 'АМАNАТ депутаты', 'АМАNАТ'],
  ])('handles %s', (_what, text, first) => {
    expect(spans(text)[0]).toBe(first);
  });

  it.each([
    ['Токаев', 'Касым-Жомарт Токаев'],
    ['Токаева', 'Касым-Жомарта Токаева'],
    ['Токаеву', 'Касым-Жомарту Токаеву'],
    ['Токаевым', 'Касым-Жомартом Токаевым'],
    ['Тоқаевтың', 'Қасым-Жомарт Тоқаевтың'],
    ['Тоқаевқа', 'Қасым-Жомарт Тоқаевқа'],
    ['Ассамблеи', 'Ассамблеи народа Казахстана'],
    ['Ассамблее', 'Ассамблее народа Казахстана'],
    ['Мажилисе', 'в Мажилисе'],
    ['Мәжілісі', 'Мәжілісі'],
  ])('finds the inflected form %s', (_form, text) => {
    const m = matcher.find(text).matches;
    expect(m.length).toBeGreaterThan(0);
    expect(text.slice(m[0].start, m[0].end)).not.toBe('');
  });

  it('does not stretch Russian complements: "народа Казахстана" stays genitive', () => {
    expect(spans('Ассамблея народов Казахстана')).toEqual(['Ассамблея']);
  });

  it('matches acronyms only in capitals', () => {
    expect(spans('The APK met.')).toEqual(['APK']);
    expect(spans('an apk file')).toEqual([]);
  });

  it('matches English titles only in their case, and not in headline capitals', () => {
    const types = (text: string) => matcher.find(text).matches.flatMap((m) => m.patterns.map((p) => compiled.index.patType[p]));
    expect(types('the President said')).toContain(PatternType.Generic);
    expect(types('the president said')).toEqual([]);
    expect(types('PRESIDENT VISITS')).toEqual([]);
  });

  it('never joins words across a paragraph break or sentence punctuation', () => {
    // the surname alone still matches; the full name never spans the break
    expect(spans('Kassym-Jomart\n\nTokayev')).toEqual(['Tokayev']);
    expect(spans('Kassym-Jomart. Tokayev')).toEqual(['Tokayev']);
  });

  it('finds the Kazakh spelling of a Kazakh name known only in Russian, ы of Russian for і of Kazakh', () => {
    const person = (country: string): EntitySource => ({
      id: `${country}.person.abdykarimov-serzhan`, kind: 'person', name: 'Serzhan Abdykarimov', scope: country === 'kz' ? 'kz' : 'foreign', country, names: { en: ['Serzhan Abdykarimov'], ru: ['Сержан Абдыкаримов'] }, sources: ['https://example.org'],
    });
    const found = (m: ReturnType<typeof createMatcher>, text: string) => m.find(text).matches.map((x) => text.slice(x.start, x.end));
    const kz = createMatcher(compile([person('kz')], '2026-01-01').index);
    expect(found(kz, 'Сержан Әбдікәрімовтің айтуынша')).toEqual(['Сержан Әбдікәрімовтің']);
    expect(found(kz, 'Сержан Абдыкаримов заявил')).toEqual(['Сержан Абдыкаримов']);
    // only for Kazakh (and Kyrgyz) names, where the letters correspond
    expect(found(createMatcher(compile([person('ru')], '2026-01-01').index), 'Сержан Әбдікәрімовтің айтуынша')).toEqual([]);
  });

  it('keeps the quotes of a quoted name balanced in the span', () => {
    const m = createMatcher(compile([
      { id: 'kz.body.nur-otan', kind: 'body', name: 'Nur Otan', scope: 'kz', country: 'kz', names: { en: ['Nur Otan', 'Nur Otan party', 'party Nur Otan'], kk: ['Нұр Отан', 'Нұр Отан партиясы', 'партиясы Нұр Отан'] }, explanation: 'A body invented for the quotes test.', sources: ['https://example.org'] },
    ], '2026-01-01').index);
    const found = (text: string) => m.find(text).matches.map((x) => text.slice(x.start, x.end));
    // the closing quote inside the match brings the opening one; an opening one inside brings the closing one
    expect(found('«Нұр Отан» партиясы мен')).toEqual(['«Нұр Отан» партиясы']);
    expect(found('the “Nur Otan” party said')).toEqual(['“Nur Otan” party']);
    // “ opens a name as « does, and closes one „ opened
    expect(found('the party “Nur Otan” said')).toEqual(['party “Nur Otan”']);
    expect(found('партиясы „Нұр Отан“ деді')).toEqual(['партиясы „Нұр Отан“']);
    // a name written whole inside its quotes keeps to its words
    expect(found('«Нұр Отан» деді')).toEqual(['Нұр Отан']);
  });

  it('reads "&" between spaces as "and", in the text and in a name', () => {
    const body = (id: string, en: string[]): EntitySource => ({
      id, kind: 'body', name: en[0], scope: 'kz', country: 'kz', names: { en }, explanation: 'A body invented for the ampersand test.', sources: ['https://example.org'],
    });
    const m = createMatcher(compile([
      body('kz.body.transport', ['Ministry of Transport and Communications']),
      body('kz.body.kmg-ep', ['KazMunayGas Exploration & Production', 'KMG E&P']),
    ], '2026-01-01').index);
    const found = (text: string) => m.find(text).matches.map((x) => text.slice(x.start, x.end));
    expect(found('The Ministry of Transport & Communications said.')).toEqual(['Ministry of Transport & Communications']);
    expect(found('KazMunayGas Exploration and Production and KazMunayGas Exploration & Production and KMG E&P')).toEqual([
      'KazMunayGas Exploration and Production',
      'KazMunayGas Exploration & Production',
      'KMG E&P',
    ]);
    // an "&" inside a word is no "and"
    expect(found('Ministry of Transport&Communications')).toEqual([]);
  });

  it('crosses a comma only where the name itself has one', () => {
    const body = (id: string, en: string[], ru: string[] = []): EntitySource => ({
      id, kind: 'body', name: en[0], scope: 'kz', country: 'kz', names: { en, ru }, explanation: 'A body invented for the comma test.', sources: ['https://example.org'],
    });
    const m = createMatcher(compile([
      body('kz.body.mazhilis', ['Mazhilis']),
      body('kz.body.mazhilis-chair', ['Mazhilis Chairman']),
      body('kz.body.senate-chair', ['Chairman of the Senate']),
      body('kz.body.committee', ['Committee on International Affairs, Defence and Security'], ['Комитет по международным делам, обороне и безопасности']),
    ], '2026-01-01').index);
    const found = (text: string) => m.find(text).matches.map((x) => text.slice(x.start, x.end));
    // a list: "the Mazhilis, Chairman of the Senate" is two names, not "Mazhilis Chairman"
    expect(found('the Mazhilis, Chairman of the Senate spoke')).toEqual(['Mazhilis', 'Chairman of the Senate']);
    expect(found('Mazhilis Chairman said')).toEqual(['Mazhilis Chairman']);
    // the comma of the name itself, with or without it in the text
    expect(found('the Committee on International Affairs, Defence and Security met')).toEqual(['Committee on International Affairs, Defence and Security']);
    expect(found('the Committee on International Affairs Defence and Security met')).toEqual(['Committee on International Affairs Defence and Security']);
    expect(found('Комитет по международным делам, обороне и безопасности')).toEqual(['Комитет по международным делам, обороне и безопасности']);
  });

  it('crosses a dash with a space beside it only where the name itself has one', () => {
    const office = (id: string, ru: string[]): EntitySource => ({
      id, kind: 'office', name: id, scope: 'kz', country: 'kz', names: { ru }, explanation: 'An office invented for the dash test.', sources: ['https://example.org'],
    });
    const m = createMatcher(compile([
      office('kz.office.vice-premier', ['Вице-премьер', 'Вице-премьер-министр']),
      office('kz.office.economy-minister', ['министр национальной экономики']),
      office('kz.office.press-secretary', ['Помощник Президента – пресс-секретарь']),
    ], '2026-01-01').index);
    const found = (text: string) => m.find(text).matches.map((x) => text.slice(x.start, x.end));
    // two titles of one person, joined by a spaced dash: not the one title written with a hyphen
    expect(found('Вице-премьер – министр национальной экономики заявил')).toEqual(['Вице-премьер', 'министр национальной экономики']);
    expect(found('Вице-премьер-министр заявил')).toEqual(['Вице-премьер-министр']);
    // the dash of the name itself, spaced or not
    expect(found('Помощник Президента – пресс-секретарь заявил')).toEqual(['Помощник Президента – пресс-секретарь']);
    expect(found('Помощник Президента-пресс-секретарь заявил')).toEqual(['Помощник Президента-пресс-секретарь']);
  });

  it('lets a longer name or title starting inside a match win, but not a back-reference', () => {
    const make = (inner: 'names' | 'short') => {
      const entities: EntitySource[] = [
        { id: 'kz.office.deputy-akim', kind: 'office', name: 'Deputy akim', scope: 'kz', country: 'kz', multi: true, names: { en: ['Deputy Akim of Testville'] }, generic: { en: ['first deputy mayor'] }, explanation: 'An office invented for the overlap test.', sources: ['https://example.org'] },
        { id: 'kz.office.akim', kind: 'office', name: 'Akim', scope: 'kz', country: 'kz', names: { en: ['Akim of Testville'] }, [inner]: { en: ['mayor of the city'] }, explanation: 'An office invented for the overlap test.', sources: ['https://example.org'] },
      ];
      const m = createMatcher(compile(entities, '2026-01-01').index);
      const text = 'the first deputy mayor of the city said';
      return m.find(text).matches.map((x) => text.slice(x.start, x.end));
    };
    expect(make('short')).toEqual(['first deputy mayor']);
    expect(make('names')).toEqual(['mayor of the city']);
  });

  it('matches an ampersand only where the name has one ("KMG E&P")', () => {
    const entities: EntitySource[] = [
      { id: 'kz.body.kmg-ep', kind: 'body', name: 'KMG EP', scope: 'kz', country: 'kz', names: { en: ['KMG E&P'] }, explanation: 'A body invented for the ampersand test.', sources: ['https://example.org'] },
      { id: 'kz.body.ata-meken', kind: 'body', name: 'Ata Meken', scope: 'kz', country: 'kz', names: { en: ['Ata Meken'] }, explanation: 'A body invented for the ampersand test.', sources: ['https://example.org'] },
    ];
    const m = createMatcher(compile(entities, '2026-01-01').index);
    const spans = (text: string) => m.find(text).matches.map((x) => text.slice(x.start, x.end));
    expect(spans('KMG E&P reported output.')).toEqual(['KMG E&P']);
    expect(spans('KMG E & P reported output.')).toEqual(['KMG E & P']);
    expect(spans('Ata & Meken')).toEqual([]);
  });

  it('matches a slash only where the name has one ("OSCE/ODIHR Election Observation Mission")', () => {
    const body = (id: string, en: string[]): EntitySource => ({ id, kind: 'body', name: en[0], scope: 'intl', names: { en }, explanation: 'A body invented for the slash test.', sources: ['https://example.org'] });
    const m = createMatcher(compile([body('intl.body.mission', ['OSCE/ODIHR Election Observation Mission']), body('intl.body.pair', ['Ata Meken'])], '2026-01-01').index);
    const spans = (text: string) => m.find(text).matches.map((x) => text.slice(x.start, x.end));
    expect(spans('The OSCE/ODIHR Election Observation Mission arrived.')).toEqual(['OSCE/ODIHR Election Observation Mission']);
    expect(spans('Ata/Meken')).toEqual([]);
  });

  it('agrees with a naive matcher on seeded random texts (differential)', () => {
    // a gazetteer of random aliases over a tiny vocabulary, so that overlaps are frequent
    const vocab = ['ak', 'zhol', 'nur', 'otan', 'senat', 'majilis', 'ata', 'meken'];
    const random = rng(42);
    const aliases = new Set<string>();
    while (aliases.size < 40) aliases.add(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, vocab)).join(' '));
    const list = [...aliases];
    const entities: EntitySource[] = list.map((a, i) => ({
      id: `kz.body.b${i}`, kind: 'body', name: a, scope: 'kz', country: 'kz', names: { en: [a] }, explanation: 'A body invented for the differential test.', sources: ['https://example.org'],
    }));
    const m = createMatcher(compile(entities, '2026-01-01').index);
    for (let n = 0; n < 400; n++) {
      const words = Array.from({ length: 1 + Math.floor(random() * 12) }, () => (random() < 0.8 ? pick(random, vocab) : 'x'));
      const text = words.join(random() < 0.5 ? ' ' : '  ');
      const got = m.find(text).matches.map((x) => [x.start, x.end]);
      expect(got).toEqual(naive(text, list));
    }
  });

  it('gives the same matches whatever it learned from earlier texts (word table kept and reset across texts)', () => {
    const entities: EntitySource[] = [
      { id: 'kz.body.assembly', kind: 'body', name: 'Assembly', scope: 'kz', country: 'kz', names: { en: ['People’s Assembly'], ru: ['Ассамблея народа Казахстана'], kk: ['Қазақстан халқы Ассамблеясы'] }, explanation: 'A body invented for the learning test.', sources: ['https://example.org'] },
      { id: 'kz.person.tokayev', kind: 'person', name: 'Tokayev', scope: 'kz', country: 'kz', names: { en: ['Kassym-Jomart Tokayev'], ru: ['Касым-Жомарт Токаев'], kk: ['Қасым-Жомарт Тоқаев'] }, sources: ['https://example.org'] },
    ];
    const index = compile(entities, '2026-01-01').index;
    // a long-lived matcher that forgets after every 3 words, one that never forgets, and a fresh one per text
    const forgetful = createMatcher(index, { maxLearned: 3 });
    const lasting = createMatcher(index);
    const vocab = ['Ассамблеи', 'Ассамблее', 'народа', 'Казахстана', 'Касым-Жомарт', 'Токаевым', 'Тоқаевқа', 'То\u0301каеву', 'Ассамблеясы', 'халқы', 'Қазақстан', 'Straße', 'Tokayev', 'слово', 'сөз'];
    const random = rng(7);
    let seen = 0;
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 10) }, () => pick(random, vocab)).join(' ');
      const want = createMatcher(index).find(text).matches.map((x) => [x.start, x.end, ...x.patterns]);
      expect(forgetful.find(text).matches.map((x) => [x.start, x.end, ...x.patterns]), text).toEqual(want);
      expect(lasting.find(text).matches.map((x) => [x.start, x.end, ...x.patterns]), text).toEqual(want);
      seen += want.length;
    }
    // the texts do contain names, so the comparison is not between empty lists
    expect(seen).toBeGreaterThan(100);
  });
});

/**
 * Leftmost-longest over token sequences, by brute force, except that a longer sequence starting inside a match and
 * ending after it wins (the words before it are matched again on their own).
 */
function naive(text: string, aliases: string[]): number[][] {
  const toks = tokenize(text);
  const seqs = aliases.map((a) => a.split(' '));
  const longest = (i: number, limit: number): number => {
    let best = 0;
    for (const s of seqs) {
      if (s.length <= best || i + s.length > limit) continue;
      let ok = true;
      for (let k = 0; k < s.length; k++) {
        if (toks[i + k].key !== s[k]) ok = false;
        if (k > 0 && toks[i + k].start - toks[i + k - 1].end > 3) ok = false;
      }
      if (ok) best = s.length;
    }
    return best;
  };
  const out: number[][] = [];
  const range = (from: number, limit: number): void => {
    let i = from;
    while (i < limit) {
      let first = i;
      let len = longest(i, limit);
      if (!len) {
        i++;
        continue;
      }
      for (let k = first + 1; k < first + len; k++) {
        const inner = longest(k, limit);
        if (k + inner > first + len && inner > len) {
          range(first, k);
          first = k;
          len = inner;
        }
      }
      out.push([toks[first].start, toks[first + len - 1].end]);
      i = first + len;
    }
  };
  range(0, toks.length);
  return out;
}
