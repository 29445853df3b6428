// English transliteration variants of Kazakh (and Russian) personal names: Tokayev/Tokaev, Zhomart/Jomart,
// Dzhaksybekov/Zhaksybekov, Yerlan/Erlan, Massimov/Masimov, Bauyrzhan/Baurzhan. Rules generate what news
// spells differently; names no rule covers are written in data/ by hand.

import type { Lang } from '../gazetteer/types';
import { kazakhLatin } from './kazakh-latin';

type Rule = (word: string) => string[];

// each rule returns alternatives for one word (case kept: the first letter's case follows the original)
const RULES: Rule[] = [
  // -yev / -ev, -yeva / -eva (Tokayev/Tokaev, Ashimbayev/Ashimbaev); -iyev / -iev
  (w) => (/[aeiou]yev(a)?$/i.test(w) ? [w.replace(/yev(a)?$/i, 'ev$1')] : /[aeiou]ev(a)?$/i.test(w) ? [w.replace(/ev(a)?$/i, 'yev$1')] : []),
  // Dzh / Zh / J at the start of a word or inside it (Dzhaksybekov, Zhaksybekov, Jaksybekov; Zhomart, Jomart)
  (w) => {
    const out: string[] = [];
    if (/dzh/i.test(w)) out.push(w.replace(/dzh/gi, (m) => (m[0] === 'D' ? 'Zh' : 'zh')), w.replace(/dzh/gi, (m) => (m[0] === 'D' ? 'J' : 'j')));
    else if (/zh/i.test(w)) {
      out.push(w.replace(/zh/gi, (m) => (m[0] === 'Z' ? 'J' : 'j')));
      // and, at the start, the older Russian "Дж" (Zhaksylykov/Dzhaksylykov, Zhumagali/Dzhumagali) and its French
      // spelling, still used for Kyrgyz names (Djumabekov)
      if (/^zh/i.test(w)) out.push(w.replace(/^zh/i, (m) => (m[0] === 'Z' ? 'Dzh' : 'dzh')), w.replace(/^zh/i, (m) => (m[0] === 'Z' ? 'Dj' : 'dj')));
    }
    else if (/^j/i.test(w)) out.push(w.replace(/^j/i, (m) => (m === 'J' ? 'Zh' : 'zh')), w.replace(/^j/i, (m) => (m === 'J' ? 'Dj' : 'dj')));
    else if (/^dj/i.test(w)) out.push(w.replace(/^dj/i, (m) => (m[0] === 'D' ? 'Zh' : 'zh')), w.replace(/^dj/i, (m) => (m[0] === 'D' ? 'J' : 'j')));
    return out;
  },
  // Ye / E at the start (Yerlan/Erlan, Yessimov/Esimov, Yermek/Ermek)
  (w) => (/^ye/i.test(w) ? [w.replace(/^y(e)/i, (_m, e: string) => (w[0] === 'Y' ? 'E' : 'e') + e.slice(1))] : /^e[^aeiouy]/i.test(w) ? [w.replace(/^e/i, (m) => (m === 'E' ? 'Ye' : 'ye'))] : []),
  // double s / single s between vowels (Massimov/Masimov, Kassym/Kasym, Asset/Aset)
  (w) => (/[aeiouy]ss[aeiouy]/i.test(w) ? [w.replace(/([aeiouy])ss([aeiouy])/gi, '$1s$2')] : /[aeiouy]s[aeiouy]/i.test(w) && /^[A-Z]/.test(w) ? [w.replace(/([aeiouy])s([aeiouy])/i, '$1ss$2')] : []),
  // Kh / H at the start (Khabar/Habar is not a person, but Khakimov/Hakimov is), and inside a word as the Kazakh Latin
  // alphabet writes Х (Askhat/Ashat, Rakhimzhanov/Rahimzhanov)
  (w) => (/^kh/i.test(w) ? [w.replace(/^kh/i, (m) => (m[0] === 'K' ? 'H' : 'h'))] : /.kh/i.test(w) ? [w.replace(/(.)kh/gi, '$1h')] : []),
  // -auy- / -au- (Bauyrzhan/Baurzhan)
  (w) => (/auy/i.test(w) ? [w.replace(/auy/gi, 'au')] : []),
  // -iy / -i at the end (Sergiy/Sergei is left to data), -yy / -iy (Dmitriy/Dmitry)
  (w) => (/iy$/i.test(w) ? [w.replace(/iy$/i, 'y')] : []),
  // "son of" in Arabic names, written both ways (Abdullah II bin/ibn Al-Hussein)
  (w) => (w === 'bin' ? ['ibn'] : w === 'ibn' ? ['bin'] : []),
];

const C = 'bcdfghjklmnpqrstvwxz';
const AI = new RegExp(`([aeou])i(?=[${C}]|$)`, 'gi');
const AY = new RegExp(`([aeou])y(?=[${C}]|$)`, 'gi');
const CYC = new RegExp(`([${C}])y(?=[${C}])`, 'gi');
const CIC = new RegExp(`([${C}])i(?=[${C}])`, 'gi');
const withCase = (m: string, v: string) => (m === m.toUpperCase() ? v.toUpperCase() : v);

// One alternative: `a` applied everywhere in the word, or else `b` (the reverse); replace() with a global expression
// starts from the beginning every time, unlike test()
const either = (w: string, a: (w: string) => string, b: (w: string) => string): string[] => {
  const x = a(w);
  if (x !== w) return [x];
  const y = b(w);
  return y !== w ? [y] : [];
};

// Rules for Kazakh (and Kyrgyz) names only: letters the Kazakh alphabet has and English spells two ways
const KAZAKH_RULES: Rule[] = [
  // ай as -ai- or -ay- before a consonant or at the end (Smailov/Smaylov, Kairat/Kayrat, Baibek/Baybek)
  (w) =>
    either(
      w,
      (s) => s.replace(AI, (m, v: string) => v + withCase(m[1], 'y')),
      (s) => s.replace(AY, (m, v: string) => v + withCase(m[1], 'i')),
    ),
  // ы between consonants as y or i (Sagyntayev/Sagintayev, Zhaksybekov/Zhaksibekov, Adilbek/Adylbek)
  (w) =>
    either(
      w,
      (s) => s.replace(CYC, (m) => m[0] + withCase(m[1], 'i')),
      (s) => s.replace(CIC, (m) => m[0] + withCase(m[1], 'y')),
    ),
];

/**
 * Variants of one Latin-script personal name (the name itself first); at most `limit`. `kazakh`: the person is from
 * Kazakhstan or Kyrgyzstan, whose names also vary in the letters only those alphabets have (ай, ы).
 */
export function nameVariants(name: string, limit = 32, kazakh = false): string[] {
  const words = name.split(/(\s+|-)/);
  let forms = [words];
  for (const rule of kazakh ? [...RULES, ...KAZAKH_RULES] : RULES) {
    const next: string[][] = [];
    for (const f of forms) {
      next.push(f);
      f.forEach((w, i) => {
        if (/^(\s+|-)$/.test(w)) return;
        for (const alt of rule(w)) if (alt !== w) next.push([...f.slice(0, i), alt, ...f.slice(i + 1)]);
      });
    }
    forms = dedupe(next).slice(0, limit);
  }
  const out = dedupe(forms).map((f) => f.join(''));
  // the Arabic article joined to a family name by a hyphen or a space ("Al-Hussein", "Al Hussein")
  const article = /\b(Al|El)([ -])(?=\p{Lu})/u;
  for (const f of [...out]) if (article.test(f)) out.push(f.replace(article, (_m, a: string, sep: string) => a + (sep === ' ' ? '-' : ' ')));
  return [...new Set(out)].slice(0, limit);
}

function dedupe(forms: string[][]): string[][] {
  const seen = new Set<string>();
  return forms.filter((f) => {
    const k = f.join('');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Whether a person of this country has a Kazakh or Kyrgyz name, which the Kazakh-letter rules vary. */
export const kazakhNamed = (country: string | undefined): boolean => country === 'kz' || country === 'kg';

/** A Russian patronymic: "Кемелевич", "Абишевна". */
const RU_PATRONYMIC = /^[А-ЯЁ][а-яё]+(?:ович|евич|ьич|овна|евна|ична|инична)$/u;

/** The Kazakh patronymic of a Russian one, in Russian letters: "Кемелевич" → "Кемелулы", "Абишевна" → "Абишкызы". */
export function kazakhPatronymic(ru: string): string | undefined {
  const m = /^(.+?)(?:ович|евич|овна|евна)$/u.exec(ru);
  if (!m || m[1].length < 2) return undefined;
  return m[1] + (/вич$/.test(ru) ? 'улы' : 'кызы');
}

/** A full name the matcher knows a person by, in the script it is matched as; `surnames`: the surname alone and
 * "K. Surname" are derived from it (not from a name written surname first). */
export interface PersonNameForm {
  form: string;
  lang: Lang;
  surnames: boolean;
}

/**
 * Every full form of one written person name (the name itself first): English transliteration variants; for Kazakh
 * and Kyrgyz names also the surname-first order of lists and decrees ("Джаксыбеков Адильбек"), the Russian spelling
 * with ы as и that finds a Kazakh spelling with і (Абдыкаримов, Әбдікәрімов), and the Kazakh Latin alphabets'
 * spellings of the Kazakh Cyrillic name ("Qasym-Jomart Toqaev"). The compiler, the coverage count and
 * `tanys entities` all take a person's names from here.
 */
export function personNameForms(name: string, lang: Lang, country: string | undefined): PersonNameForm[] {
  const kazakh = kazakhNamed(country);
  if (lang === 'en') return nameVariants(name, 32, kazakh).map((form) => ({ form, lang, surnames: true }));
  const out: PersonNameForm[] = [{ form: name, lang, surnames: true }];
  // Arabic names: Russian writes the "son of" particle both ways ("Мухаммед бин Салман", "Мухаммед бен Салман")
  if (lang === 'ru' && / (?:бин|бен) /.test(name)) out.push({ form: name.replace(/ (бин|бен) /g, (_m, w: string) => (w === 'бин' ? ' бен ' : ' бин ')), lang, surnames: false });
  // Kazakh spelling, and Russian spelling of Kazakh names, write "Ж" for Russian "Дж": "Джейхун Байрамов" is
  // "Жейхун Байрамов" in Kazakh news, "Джаксыбеков" is also "Жаксыбеков"
  if (/Дж|дж/.test(name)) {
    const form = name.replace(/Дж/g, 'Ж').replace(/дж/g, 'ж');
    out.push({ form, lang: 'kk', surnames: true });
    if (kazakh && lang === 'ru') out.push({ form, lang, surnames: true });
  }
  if (!kazakh) return out;
  if (lang === 'ru' && /[ыЫ]/.test(name)) out.push({ form: name.replace(/ы/g, 'и').replace(/Ы/g, 'И'), lang, surnames: true });
  // Kazakh spelling has no soft sign: "Айгуль", "Гульнара", "Кульдиков", "Ильяс" are "Айгүл", "Гүлнара", "Күлдіков",
  // "Ілияс" (the index folds Kazakh letters onto Russian ones, so "Айгул" finds "Айгүл")
  if (lang === 'ru' && /ь/.test(name)) for (const f of [...out]) if (f.lang === 'ru' && /ь/.test(f.form)) out.push({ form: withoutSoftSign(f.form), lang: 'kk', surnames: f.surnames });
  const words = name.split(' ');
  if (words.length === 2) out.push({ form: `${words[1]} ${words[0]}`, lang, surnames: false });
  // the given name and patronymic without the surname, as a respectful address: "Касым-Жомарт Кемелевич"
  if (words.length === 3 && lang === 'ru') {
    let given: string | undefined;
    let patronymic: string | undefined;
    let surname: string | undefined;
    if (RU_PATRONYMIC.test(words[1]) && !RU_PATRONYMIC.test(words[2])) [given, patronymic, surname] = words;
    else if (RU_PATRONYMIC.test(words[2]) && !RU_PATRONYMIC.test(words[1])) [surname, given, patronymic] = words;
    if (given && patronymic && surname) {
      out.push({ form: `${given} ${patronymic}`, lang, surnames: false });
      // the Kazakh patronymic, "son of"/"daughter of" the father's name: Кемелевич → Кемелұлы, Абишевна → Әбішқызы (the
      // index folds Kazakh letters onto Russian ones, so "Кемелулы" finds "Кемелұлы")
      const kk = kazakhPatronymic(patronymic);
      if (kk) for (const form of [`${given} ${kk}`, `${given} ${kk} ${surname}`, `${surname} ${given} ${kk}`]) out.push({ form, lang: 'kk', surnames: false });
    }
  }
  if (lang === 'kk') for (const form of kazakhLatin(name)) out.push({ form, lang: 'en', surnames: true });
  return out;
}

/** A Russian spelling as Kazakh writes it, without the soft sign: "ь" before "я", "ю", "е", "ё" is "и" ("Ильяс" → "Илияс"), else dropped. */
export function withoutSoftSign(name: string): string {
  return name.replace(/ь(?=[яюеё])/g, 'и').replace(/ь/g, '');
}
