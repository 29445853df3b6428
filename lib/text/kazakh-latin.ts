// Kazakh Cyrillic → the Kazakh Latin alphabets: the 2021 alphabet (Ä, Ğ, Q, Ñ, Ö, Ū, Ü, Ş, Ç, İ) and the 2018 one with
// acute accents (Á, Ǵ, Ń, Ó, Ú, Ý, Sh, Ch) that Kazakh Latin-script news (lat.egemen.kz, Kazinform's Latin pages) used.
// Names in these alphabets ("Qasym-Jomart Toqaev", "Erlan Qoşanov") are then found without writing each by hand.

const A2021: Record<string, string> = {
  а: 'a', ә: 'ä', б: 'b', в: 'v', г: 'g', ғ: 'ğ', д: 'd', е: 'e', ё: 'io', ж: 'j', з: 'z', и: 'i', й: 'i', к: 'k', қ: 'q',
  л: 'l', м: 'm', н: 'n', ң: 'ñ', о: 'o', ө: 'ö', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'ū', ү: 'ü', ф: 'f', х: 'h',
  һ: 'h', ц: 'ts', ч: 'ç', ш: 'ş', щ: 'şş', ъ: '', ы: 'y', і: 'ı', ь: '', э: 'e', ю: 'iu', я: 'ia',
};
const A2018: Record<string, string> = {
  ...A2021,
  ә: 'á', ғ: 'ǵ', ң: 'ń', ө: 'ó', у: 'ý', ұ: 'u', ү: 'ú', ч: 'ch', ш: 'sh', щ: 'shch', і: 'i', ю: 'iý',
};

function convert(name: string, table: Record<string, string>): string {
  let out = '';
  for (const ch of name) {
    const lower = ch.toLowerCase();
    const t = table[lower];
    if (t === undefined) out += ch;
    // a capital keeps its capital on the first letter of what it becomes (Ш → Sh, Ы → Y)
    else out += ch !== lower && t ? t[0].toUpperCase() + t.slice(1) : t;
  }
  return out;
}

/** The Kazakh Latin spellings of a name written in Kazakh Cyrillic (none when it has no Cyrillic letter). */
export function kazakhLatin(name: string): string[] {
  if (!/[\u0400-\u04FF]/.test(name)) return [];
  const forms = [convert(name, A2021), convert(name, A2018)];
  return [...new Set(forms)].filter((f) => !/[\u0400-\u04FF]/.test(f));
}

/** A Latin pair that spells one Kazakh or Russian letter at the start of a name, written as an initial: "Zh.", "Sh.". */
export const LATIN_DIGRAPH_INITIAL = /^(?:Zh|Sh|Ch|Kh|Ts|Yu|Ya|Ye)$/;

// ---------------------------------------------------------------------------------------------------------------------
// The other way: a page written in a Kazakh Latin alphabet, read as Kazakh Cyrillic, so that every name the gazetteer
// holds in Kazakh (offices and bodies as well as persons) is found on it: "Shyǵys Qazaqstan oblysynyń ákimi" is
// "Шығыс Қазақстан облысының әкімі". Letters the folding of the matcher merges need not be told apart (і and и, ұ, ү
// and у all fold alike); й is, after a vowel: ı in the 2018 alphabet ("saılaý" is «сайлау»), i in the 2021 one.

/** Letters of the 2018 alphabet that no English text uses and few others do. */
const MARK_2018 = /[áǵńóúýÁǴŃÓÚÝ]/;
/** Letters of the 2021 alphabet that Turkish, which shares ı, ğ, ş, ö and ü, does not use. */
const MARK_2021 = /[äñūÄÑŪ]/;
const ANY_MARK = /[áǵńóúýÁǴŃÓÚÝıäğñöşūüÄĞÑÖŞŪÜ]/;
/** Whether a text has a letter of either Kazakh Latin alphabet that English does not use. */
export function hasKazakhLatinLetter(text: string): boolean {
  return ANY_MARK.test(text);
}
const LATIN_WORD = /[A-Za-záǵńóúýıäğñöşūüçÁǴŃÓÚÝÄĞÑÖŞŪÜÇİ]{2,}/g;
const CYRILLIC_LETTER = /[\u0400-\u04FF]/g;
const SAMPLE_CHARS = 20_000;

/**
 * Whether a text is Kazakh written in Latin letters (the 2018 alphabet with acute accents, or the 2021 one): many of
 * its words carry the alphabet's own letters, the dotless ı among them, and it has fewer Cyrillic letters than Latin
 * words. A name or two in Spanish, Czech or Turkish spelling ("Gómez", "Erdoğan") in an English text is not enough.
 */
export function isKazakhLatin(whole: string): boolean {
  // (its first pages tell: a huge English page is not scanned to its end for a Turkish name's ğ)
  const text = whole.length > SAMPLE_CHARS ? whole.slice(0, SAMPLE_CHARS) : whole;
  if (!ANY_MARK.test(text)) return false;
  let words = 0;
  let marked2018 = 0;
  let marked2021 = 0;
  let dotless = 0;
  for (const [w] of text.matchAll(LATIN_WORD)) {
    words++;
    if (MARK_2018.test(w)) marked2018++;
    if (MARK_2021.test(w)) marked2021++;
    if (w.includes('ı')) dotless++;
  }
  if (words < 8) return false;
  const cyrillic = text.match(CYRILLIC_LETTER)?.length ?? 0;
  if (cyrillic > words) return false;
  const share = Math.max(marked2018, marked2021) / words;
  // (both alphabets use the dotless ı a lot, for и and й in 2018 and for і in 2021; German has ä, Spanish ñ and á, not ı)
  return share >= 0.08 && (marked2018 >= 3 || marked2021 >= 3) && dotless >= 2;
}

// one letter each (see PAIRS for the pairs read first)
const TO_CYRILLIC: Record<string, string> = {
  a: 'а', á: 'ә', ä: 'ә', b: 'б', c: 'ц', ç: 'ч', d: 'д', e: 'е', f: 'ф', g: 'г', ǵ: 'ғ', ğ: 'ғ', h: 'х', i: 'і', ı: 'и',
  j: 'ж', k: 'к', l: 'л', m: 'м', n: 'н', ń: 'ң', ñ: 'ң', o: 'о', ó: 'ө', ö: 'ө', p: 'п', q: 'қ', r: 'р', s: 'с', ş: 'ш',
  t: 'т', u: 'ұ', ū: 'ұ', ú: 'ү', ü: 'ү', v: 'в', ý: 'у', y: 'ы', z: 'з', x: 'кс', w: 'у',
};
// the letters the 2021 alphabet reads otherwise: u is у there (ұ is ū), ı is і and i is и
const TO_CYRILLIC_2021: Record<string, string> = { u: 'у', ı: 'і', i: 'и' };
// pairs read before single letters ("ts" is ц in Russian loanwords and names, "Konstıtýtsııalyq", "Federatsııa"; a
// Kazakh тс, as in «айтса», is in no name)
const PAIRS: Record<string, string> = { sh: 'ш', ch: 'ч', ts: 'ц', ıa: 'я', ıý: 'ю', ia: 'я', iý: 'ю', iu: 'ю' };
const SOFT_SIGN_WORDS: readonly (readonly [string, string])[] = [['premer', 'премьер']];
const VOWEL = /[aáäeoóöuúüūyýiıAÁÄEOÓÖUÚÜŪYÝIİ]/;

/** A letter in lower case; a capital I is the 2018 ı (И, Й) more often than the 2021 ı (І), and they fold alike. */
function lowerOf(ch: string | undefined): string {
  if (ch === undefined) return '';
  return ch === 'I' ? 'ı' : ch === 'İ' ? 'i' : ch.toLowerCase();
}

export interface Transliterated {
  /** The text in Kazakh Cyrillic letters (what is not a Latin letter is kept as it is). */
  text: string;
  /** For each code unit of `text`, the offset in the original text it came from; one extra entry for the end. */
  map: Int32Array;
}

/** A Kazakh Latin text in Kazakh Cyrillic letters, with a map back to the original offsets (see isKazakhLatin). */
export function kazakhLatinToCyrillic(input: string): Transliterated {
  const y2021 = MARK_2021.test(input) && !MARK_2018.test(input);
  let out = '';
  const map: number[] = [];
  const put = (s: string, upper: boolean, from: number) => {
    for (let k = 0; k < s.length; k++) map.push(from);
    out += upper ? s.toUpperCase() : s;
  };
  for (let i = 0; i < input.length; ) {
    const ch = input[i];
    // a word whose Cyrillic spelling has a soft sign, which the Latin letters drop ("Premer-Mınıstr" «Премьер-Министр»)
    if (!/\p{L}/u.test(input[i - 1] ?? '')) {
      const soft = SOFT_SIGN_WORDS.find(([latin]) => input.slice(i, i + latin.length).toLowerCase() === latin && !/\p{L}/u.test(input[i + latin.length] ?? ''));
      if (soft) {
        const [latin, cyr] = soft;
        for (let k = 0; k < cyr.length; k++) map.push(i + Math.min(k, latin.length - 1));
        out += ch === ch.toLowerCase() ? cyr : cyr[0].toUpperCase() + cyr.slice(1);
        i += latin.length;
        continue;
      }
    }
    const lower = lowerOf(ch);
    const upper = ch !== lower && ch.toLowerCase() !== ch;
    const two = lower + lowerOf(input[i + 1]);
    const pair = PAIRS[two];
    // (but "tsh" is т and ш: "hatshy" «хатшы»)
    if (pair !== undefined && !(two === 'ts' && lowerOf(input[i + 2]) === 'h')) {
      put(pair, upper, i);
      i += 2;
      continue;
    }
    let c = (y2021 ? TO_CYRILLIC_2021[lower] : undefined) ?? TO_CYRILLIC[lower];
    if (c === undefined) put(ch, false, i);
    else {
      // й after a vowel is ı in the 2018 alphabet ("saılaý" сайлау, "Aıgerim" Айгерім) and i in the 2021 one, where ı is
      // і: "qaýipsizdik" is «қауіпсіздік» and "saiylau" «сайлау»
      if (lower === (y2021 ? 'i' : 'ı') && i > 0 && VOWEL.test(input[i - 1])) c = 'й';
      put(c, upper, i);
    }
    i++;
  }
  map.push(input.length);
  return { text: out, map: Int32Array.from(map) };
}
