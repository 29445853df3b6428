// Russian and Kazakh inflection for matching: an alias token (folded) becomes a stem plus the set of endings a
// text token may add to it. The matcher strips candidate endings from Cyrillic text tokens and looks the stem up,
// so the index stores one entry per alias token instead of every inflected form.
// Endings are folded like all text (Kazakh letters onto Russian ones: тың → тын, қа → ка, ні → ни).
import { foldUnit } from './fold';

/**
 * The Kazakh genitive endings written after an acronym with a hyphen ("ОСК-ның төрағасы", "АҚШ-тың Сауда министрі"):
 * like the genitive of a word before a possessed head (Paradigm.KkGen), news writes them or not, so the matcher and
 * the compiler both pass over them. Other cases change the meaning ("АҚШ-тағы елшісі" is the envoy in the USA).
 */
export const KK_ACRONYM_GENITIVE: ReadonlySet<string> = new Set(['ның', 'нің', 'дың', 'дің', 'тың', 'тің']);

/** Two or more capitals: an acronym ("АҚШ", "ОСК", "UN"). */
export const ACRONYM = /^\p{Lu}{2,}$/u;

export const enum Paradigm {
  Exact = 0,
  /** Russian noun ending in a consonant, or a surname in -ов/-ев/-ин: Токаев, Токаева, Токаеву, Токаевым. */
  RuHard = 1,
  /** Russian noun in -а: Ассамблея is RuYa; партия is RuIya; палата → палаты, палате, палату, палатой. */
  RuA = 2,
  /** Russian noun in -я (not -ия): Ассамблея → Ассамблеи, Ассамблее, Ассамблею, Ассамблеей. */
  RuYa = 3,
  /** Russian noun in -ия: партия → партии, партию, партией. */
  RuIya = 4,
  /** Russian noun in -ь: секретарь → секретаря, секретарю, секретарём. */
  RuSoft = 5,
  /** Russian neuter in -о: министерство → министерства, министерству, министерством. */
  RuO = 6,
  /** Russian neuter in -е: управление → управления, управлением. */
  RuE = 7,
  /** Russian adjective: национальный, национального, национальном, государственная… */
  RuAdj = 8,
  /** Russian noun in -й: курултай → курултая, курултае, курултаем. */
  RuJ = 9,
  /** Kazakh: case and possessive endings appended to the whole word: Тоқаевтың, Мәжілісі, Президентке. */
  Kk = 10,
  /**
   * Kazakh: a word before a possessed head may take the genitive, as news writes an office's name either way:
   * "Сенат төрағасы" and "Сенаттың төрағасы", "Ассамблеясы төрағасы" and "Ассамблеясының төрағасы".
   */
  KkGen = 11,
  /** Russian feminine noun in -ь (-сть, -чь, -шь, -щь, -жь): область → области, областью. */
  RuSoftF = 12,
  /**
   * Kazakh: "our" in place of the possessive "-сы/-сі" of a head noun, on the stem without it: "Мемлекет басшысы" →
   * "Мемлекет басшымыз" (our Head of State), "басшымыздың".
   */
  KkOur = 13,
  /**
   * Russian noun in the plural, the head of a few bodies' names (set by the compiler, not by ruParadigm): "Вооружённые
   * силы" → "Вооружённых сил", "силам", "силами", "силах"; "Внутренние войска" → "Внутренних войск".
   */
  RuPlural = 14,
}

/** True for the Kazakh paradigms, whose endings are read only on a page with Kazakh letters. */
export function isKazakhParadigm(p: number): boolean {
  return p === Paradigm.Kk || p === Paradigm.KkGen || p === Paradigm.KkOur;
}

const fold = (s: string) => [...s].map((c) => foldUnit(c.charCodeAt(0))).join('');

const RU_ADJ_ENDINGS = ['ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ом', 'ем', 'ую', 'юю', 'ых', 'их', 'ыми', 'ими', 'ей'];

const KK_CASE = [
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің',
  'ға', 'ге', 'қа', 'ке', 'на', 'не', 'а', 'е',
  'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'н',
  'да', 'де', 'та', 'те', 'нда', 'нде',
  'дан', 'ден', 'тан', 'тен', 'нан', 'нен',
  'мен', 'бен', 'пен', 'менен',
  'дағы', 'дегі', 'тағы', 'тегі', 'ндағы', 'ндегі',
  'ша', 'ше', 'дай', 'дей', 'тай', 'тей',
];
const KK_POSSESSIVE = ['ы', 'і', 'сы', 'сі'];
const KK_GENITIVE = ['', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің'];
const KK_GENITIVE_END = new RegExp(`(?:${KK_GENITIVE.filter(Boolean).join('|')})$`, 'iu');
/** The length of the Kazakh genitive ending a written (unfolded) word ends with, 0 when none: "Сенаттың" → 3. */
export function kkGenitiveEnding(word: string): number {
  return KK_GENITIVE_END.exec(word)?.[0].length ?? 0;
}

/** "Our": "Президентіміз" (our President), "Елбасымыздың", with the cases news puts after it. */
const KK_OUR = ['ымыз', 'іміз', 'мыз', 'міз'];
const KK_OUR_CASE = ['', 'дың', 'дің', 'ға', 'ге', 'ды', 'ді', 'да', 'де', 'дан', 'ден', 'бен', 'дағы', 'дегі'];

function kkEndings(): string[] {
  const out = new Set<string>(['']);
  for (const c of KK_CASE) out.add(c);
  for (const p of KK_POSSESSIVE) {
    out.add(p);
    for (const c of KK_CASE) out.add(p + c);
  }
  for (const p of KK_OUR) for (const c of KK_OUR_CASE) out.add(p + c);
  return [...out];
}

let endings: readonly (readonly string[])[] | undefined;
/**
 * Endings each paradigm allows, folded, indexed by Paradigm. Made on first use (by the compiler): the content script
 * reads the endings from the index and should not fold these lists while the page loads.
 */
export function paradigmEndings(): readonly (readonly string[])[] {
  return (endings ??= [
    [''],
    // singular only: a plural ("советов безопасности стран Центральной Азии", "акимы областей") names no one entity
    // (-ем after ц, ж, ш, ч, щ: принцем, Шольцем)
    ['', 'а', 'у', 'ом', 'ем', 'ым', 'е', 'ой', 'ою'],
    ['а', 'ы', 'и', 'е', 'у', 'ой', 'ою'],
    ['я', 'и', 'е', 'ю', 'ей', 'ею'],
    ['я', 'и', 'ю', 'ей', 'ею'],
    ['ь', 'я', 'ю', 'ем', 'ём', 'е'],
    ['о', 'а', 'у', 'ом', 'е'],
    ['е', 'я', 'ю', 'ем', 'и'],
    RU_ADJ_ENDINGS,
    ['й', 'я', 'ю', 'ем', 'е'],
    kkEndings(),
    // and the possessive before it: "Ресей мемлекетінің басшысы" (the head of the Russian state)
    [...KK_GENITIVE, 'ының', 'інің', 'сының', 'сінің'],
    ['ь', 'и', 'ью'],
    KK_OUR.filter((e) => e.startsWith('м')).flatMap((p) => KK_OUR_CASE.map((c) => p + c)),
    ['ы', 'и', 'а', '', 'ов', 'ей', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях'],
  ].map((list) => [...new Set(list.map(fold))]));
}

/** Russian adjective test on a folded word. */
export function isRuAdjective(word: string): boolean {
  // a neuter noun in -ние/-тие (управление, объединение, развитие) is not a plural adjective; a soft adjective in -нние,
  // -шние, -хние, -дние is (внутренние, внешние, верхние, средние)
  return /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$/.test(word) && (!/[нт]ие$/.test(word) || /(?:нн|[шжхдч]н)ие$/.test(word)) && word.length > 3;
}

/** The Russian paradigm of a folded Russian word, and the stem its endings attach to. */
export function ruParadigm(word: string): { stem: string; paradigm: Paradigm } {
  if (word.length < 3) return { stem: word, paradigm: Paradigm.Exact };
  if (isRuAdjective(word)) return { stem: word.slice(0, -2), paradigm: Paradigm.RuAdj };
  if (word.endsWith('ия')) return { stem: word.slice(0, -1), paradigm: Paradigm.RuIya };
  const last = word[word.length - 1];
  switch (last) {
    case 'а':
      return { stem: word.slice(0, -1), paradigm: Paradigm.RuA };
    case 'я':
      return { stem: word.slice(0, -1), paradigm: Paradigm.RuYa };
    case 'ь':
      // область, власть, часть are feminine: "Туркестанской области"; секретарь, председатель masculine
      return { stem: word.slice(0, -1), paradigm: /(?:ст|[чшщж])ь$/.test(word) ? Paradigm.RuSoftF : Paradigm.RuSoft };
    case 'о':
      return { stem: word.slice(0, -1), paradigm: Paradigm.RuO };
    case 'е':
      return { stem: word.slice(0, -1), paradigm: Paradigm.RuE };
    case 'й':
      return { stem: word.slice(0, -1), paradigm: Paradigm.RuJ };
    default:
      if (/[бвгджзклмнпрстфхцчшщ]$/.test(word)) return { stem: word, paradigm: Paradigm.RuHard };
      return { stem: word, paradigm: Paradigm.Exact };
  }
}

/** All surface forms (folded) a paradigm generates from a stem: the reference the matcher's lookup is tested against. */
export function formsOf(stem: string, paradigm: Paradigm): string[] {
  return paradigmEndings()[paradigm].map((e) => stem + e);
}

export const isCyrillic = (s: string) => /[\u0400-\u04FF]/.test(s);
