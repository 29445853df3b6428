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
