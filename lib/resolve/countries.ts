import { keyOf } from '../text/fold';

// Words that name a country before or after a title: "Russian Foreign Minister", "Russia's President",
// "the Uzbek Senate", "министр иностранных дел России", "глава МИД РК". Keys are folded tokens.

// Country names that end official titles ("Minister of Foreign Affairs of Russia"): without them the title is
// generic, resolved by context. Keys are ISO codes.
export const EN_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  kz: ['Kazakhstan', 'the Republic of Kazakhstan', 'the RK'], ru: ['Russia', 'the Russian Federation'],
  us: ['the United States', 'the United States of America', 'the USA', 'the US'], cn: ['China', "the People's Republic of China"],
  uz: ['Uzbekistan', 'the Republic of Uzbekistan'], kg: ['Kyrgyzstan', 'the Kyrgyz Republic'], tj: ['Tajikistan', 'the Republic of Tajikistan'],
  tm: ['Turkmenistan'], tr: ['Turkey', 'Türkiye', 'Turkiye'], az: ['Azerbaijan'], ir: ['Iran'], de: ['Germany'], fr: ['France'],
  gb: ['the United Kingdom', 'the UK'], jp: ['Japan'], kr: ['South Korea', 'Korea', 'the Republic of Korea'], in: ['India'],
  ro: ['Romania'], bg: ['Bulgaria'], by: ['Belarus'], ua: ['Ukraine'], mn: ['Mongolia'], pk: ['Pakistan'], af: ['Afghanistan'],
  ge: ['Georgia'], am: ['Armenia'], it: ['Italy'], pl: ['Poland'], hu: ['Hungary'], qa: ['Qatar'], sa: ['Saudi Arabia'],
  ae: ['the United Arab Emirates', 'the UAE'], eg: ['Egypt'], es: ['Spain'], at: ['Austria'], be: ['Belgium'],
};
// adjectives news puts inside titles instead of the country's name ("Chairperson of the Uzbek Senate")
export const EN_DEMONYM: Readonly<Record<string, string>> = {
  kz: 'Kazakh', ru: 'Russian', uz: 'Uzbek', kg: 'Kyrgyz', tj: 'Tajik', tm: 'Turkmen', tr: 'Turkish', az: 'Azerbaijani',
  cn: 'Chinese', us: 'US', ir: 'Iranian', de: 'German', fr: 'French', gb: 'British', jp: 'Japanese', kr: 'South Korean',
  in: 'Indian', ro: 'Romanian', bg: 'Bulgarian', by: 'Belarusian', ua: 'Ukrainian', mn: 'Mongolian', pk: 'Pakistani',
  af: 'Afghan', ge: 'Georgian', am: 'Armenian', it: 'Italian', pl: 'Polish', hu: 'Hungarian', qa: 'Qatari', sa: 'Saudi',
  ae: 'Emirati', eg: 'Egyptian', es: 'Spanish', at: 'Austrian', be: 'Belgian',
};
// one-word English names of the states not listed above, folded → ISO code
const WORLD_NAMES =
  'albania al algeria dz andorra ad angola ao argentina ar bahamas bs bahrain bh bangladesh bd barbados bb belize bz benin bj bhutan bt ' +
  'bolivia bo bosnia ba botswana bw brunei bn burundi bi cambodia kh cameroon cm chile cl colombia co comoros km congo cg croatia hr ' +
  'cuba cu cyprus cy czechia cz denmark dk djibouti dj ecuador ec eritrea er estonia ee eswatini sz ethiopia et fiji fj finland fi ' +
  'gabon ga gambia gm ghana gh guatemala gt guyana gy haiti ht honduras hn iceland is indonesia id iraq iq ireland ie jamaica jm ' +
  'jordan jo kenya ke kiribati ki kosovo xk kuwait kw laos la latvia lv lebanon lb lesotho ls liberia lr libya ly liechtenstein li ' +
  'lithuania lt luxembourg lu madagascar mg malawi mw maldives mv mali ml malta mt mauritania mr mauritius mu mexico mx moldova md ' +
  'monaco mc montenegro me morocco ma mozambique mz myanmar mm namibia na nepal np nicaragua ni nigeria ng norway no oman om ' +
  'palestine ps panama pa paraguay py peru pe philippines ph portugal pt rwanda rw senegal sn serbia rs seychelles sc slovakia sk ' +
  'slovenia si somalia so sudan sd suriname sr sweden se syria sy taiwan tw tanzania tz thailand th tunisia tn uganda ug uruguay uy ' +
  'venezuela ve vietnam vn yemen ye zambia zm zimbabwe zw';
function worldNames(): Record<string, string> {
  const w = WORLD_NAMES.split(' ');
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < w.length; i += 2) out[w[i]] = w[i + 1];
  return out;
}

/**
 * Demonyms and country names in English (capitalised in text) → ISO code: the one-word names and the demonyms above
 * (their last word: "South Korean" → "korean"), and other words news uses.
 */
const enCountryWords = (): Record<string, string> => ({
  ...Object.fromEntries(
    Object.entries(EN_COUNTRY_NAMES).flatMap(([code, names]) =>
      names.map((n) => n.replace(/^the /, '')).filter((n) => !n.includes(' ')).map((n) => [keyOf(n), code]),
    ),
  ),
  ...Object.fromEntries(Object.entries(EN_DEMONYM).map(([code, d]) => [keyOf(d.split(' ').at(-1)!), code])),
  kazakhstani: 'kz', qazaq: 'kz', kremlin: 'ru', american: 'us', america: 'us', uzbekistani: 'uz', kirghiz: 'kg',
  tajikistani: 'tj', azeri: 'az', britain: 'gb', emirates: 'ae',
  israeli: 'il', israel: 'il', singaporean: 'sg', singapore: 'sg', malaysian: 'my', malaysia: 'my',
  canadian: 'ca', canada: 'ca', australian: 'au', australia: 'au', brazilian: 'br', brazil: 'br',
  dutch: 'nl', netherlands: 'nl', swiss: 'ch', switzerland: 'ch', greek: 'gr', greece: 'gr',
  // the other states, by the one-word name news uses after "of" ("the Ambassador of Sudan", "the Government of
  // Ethiopia"): a title so placed is that state's, never Kazakhstan's
  ...worldNames(),
});

/** Russian adjective stems (any ending) and genitive country names → ISO code, as written (folded on first use). */
export const RU_COUNTRY_STEMS: readonly [string, string][] = [
  ['казахстанск', 'kz'], ['российск', 'ru'], ['американск', 'us'], ['китайск', 'cn'], ['узбекск', 'uz'],
  ['узбекистанск', 'uz'], ['кыргызск', 'kg'], ['киргизск', 'kg'], ['таджикск', 'tj'], ['туркменск', 'tm'],
  ['турецк', 'tr'], ['азербайджанск', 'az'], ['иранск', 'ir'], ['германск', 'de'], ['немецк', 'de'],
  ['французск', 'fr'], ['британск', 'gb'], ['японск', 'jp'], ['корейск', 'kr'], ['южнокорейск', 'kr'],
  ['индийск', 'in'], ['украинск', 'ua'], ['белорусск', 'by'], ['монгольск', 'mn'], ['пакистанск', 'pk'], ['афганск', 'af'],
  ['грузинск', 'ge'], ['армянск', 'am'], ['итальянск', 'it'], ['испанск', 'es'], ['польск', 'pl'], ['венгерск', 'hu'],
  ['румынск', 'ro'], ['болгарск', 'bg'], ['катарск', 'qa'], ['саудовск', 'sa'], ['эмиратск', 'ae'], ['египетск', 'eg'],
  ['австрийск', 'at'], ['бельгийск', 'be'], ['канадск', 'ca'], ['малайзийск', 'my'], ['сингапурск', 'sg'],
];
/**
 * States as Kazakh writes them: `words`, single words that name the state before a title, bare or in the genitive
 * ("Ресей Сыртқы істер министрі", "Германияның …"; "АҚШ-тың" is "АҚШ" and a hyphenated ending); `prefix`, how an
 * office's Kazakh name begins with the state (the first word by default); `official`, the state's official name in the
 * genitive, which news writes before the same titles ("Өзбекстан Республикасының Президенті").
 */
export const KK_STATES: Readonly<Record<string, { words: readonly string[]; prefix?: string; official?: string }>> = {
  kz: { words: ['Қазақстан', 'Қазақстанның'] },
  uz: { words: ['Өзбекстан', 'Өзбекстанның'], official: 'Өзбекстан Республикасының' },
  kg: { words: ['Қырғызстан', 'Қырғызстанның'], official: 'Қырғыз Республикасының' },
  tj: { words: ['Тәжікстан', 'Тәжікстанның'], official: 'Тәжікстан Республикасының' },
  tm: { words: ['Түрікменстан', 'Түрікменстанның'] },
  // (Kazakh news also spells it «Әзірбайжан»)
  az: { words: ['Әзербайжан', 'Әзербайжанның', 'Әзірбайжан', 'Әзірбайжанның'], official: 'Әзербайжан Республикасының' },
  tr: { words: ['Түркия', 'Түркияның'], official: 'Түркия Республикасының' },
  by: { words: ['Беларусь', 'Беларусьтің'], official: 'Беларусь Республикасының' },
  am: { words: ['Армения', 'Арменияның'], official: 'Армения Республикасының' },
  ru: { words: ['Ресей', 'Ресейдің'], official: 'Ресей Федерациясының' },
  cn: { words: ['Қытай', 'Қытайдың', 'ҚХР'], official: 'Қытай Халық Республикасының' },
  kr: { words: ['Корея', 'Кореяның'], prefix: 'Оңтүстік Корея', official: 'Корея Республикасының' },
  in: { words: ['Үндістан', 'Үндістанның'], official: 'Үндістан Республикасының' },
  fr: { words: ['Франция', 'Францияның'], official: 'Франция Республикасының' },
  it: { words: ['Италия', 'Италияның'], official: 'Италия Республикасының' },
  pl: { words: ['Польша', 'Польшаның'], official: 'Польша Республикасының' },
  de: { words: ['Германия', 'Германияның'], official: 'Германия Федеративтік Республикасының' },
  ir: { words: ['Иран', 'Иранның'], official: 'Иран Ислам Республикасының' },
  pk: { words: ['Пәкістан', 'Пәкістанның', 'Пәкстан', 'Пәкстанның'], official: 'Пәкістан Ислам Республикасының' },
  us: { words: ['АҚШ'], official: 'Америка Құрама Штаттарының' },
  jp: { words: ['Жапония', 'Жапонияның'] },
  mn: { words: ['Моңғолия', 'Моңғолияның'] },
  gb: { words: ['Ұлыбритания', 'Ұлыбританияның'] },
  ua: { words: ['Украина', 'Украинаның'] },
};

export const RU_COUNTRY_WORDS: Readonly<Record<string, string>> = {
  казахстана: 'kz', казахстан: 'kz', рк: 'kz', казакстан: 'kz', россии: 'ru', россия: 'ru', рф: 'ru', сша: 'us',
  китая: 'cn', кнр: 'cn', узбекистана: 'uz', кыргызстана: 'kg', киргизии: 'kg', таджикистана: 'tj',
  туркменистана: 'tm', турции: 'tr', азербайджана: 'az', ирана: 'ir', германии: 'de', франции: 'fr',
  великобритании: 'gb', японии: 'jp', кореи: 'kr', индии: 'in', украины: 'ua', беларуси: 'by', белоруссии: 'by',
  монголии: 'mn', пакистана: 'pk', афганистана: 'af', грузии: 'ge', армении: 'am', италии: 'it', испании: 'es',
  польши: 'pl', венгрии: 'hu', румынии: 'ro', болгарии: 'bg', катара: 'qa', оаэ: 'ae', египта: 'eg', австрии: 'at',
  бельгии: 'be', канады: 'ca', малайзии: 'my', сингапура: 'sg',
  молдовы: 'md', молдавии: 'md', литвы: 'lt', латвии: 'lv', эстонии: 'ee', сербии: 'rs', словакии: 'sk', чехии: 'cz',
  швеции: 'se', финляндии: 'fi', норвегии: 'no', нидерландов: 'nl', швейцарии: 'ch', греции: 'gr', израиля: 'il',
  иордании: 'jo', кувейта: 'kw', ирака: 'iq', сирии: 'sy', индонезии: 'id', вьетнама: 'vn', таиланда: 'th',
  бразилии: 'br', аргентины: 'ar', мексики: 'mx', австралии: 'au', туниса: 'tn', алжира: 'dz', эфиопии: 'et',
  // states' acronyms as Russian writes them
  фрг: 'de', кндр: 'kp', юар: 'za', кса: 'sa', ири: 'ir',
  // where a state is ("в Китае"): the prepositional forms that differ from the genitive
  казахстане: 'kz', китае: 'cn', узбекистане: 'uz', кыргызстане: 'kg', таджикистане: 'tj', туркменистане: 'tm',
  азербайджане: 'az', иране: 'ir', пакистане: 'pk', афганистане: 'af', катаре: 'qa', египте: 'eg', сингапуре: 'sg',
};

// built on first use: folding the names when the script loads would delay the page (the content script starts
// before the page is parsed)
let EN_MAP: Map<string, string> | undefined;
let RU_MAP: Map<string, string> | undefined;
let RU_STEMS: (readonly [string, string])[] | undefined;
const ruMap = () =>
  new Map([
    ...Object.entries(RU_COUNTRY_WORDS).map(([w, code]) => [keyOf(w), code] as const),
    ...Object.entries(KK_STATES).flatMap(([code, s]) => s.words.map((w) => [keyOf(w), code] as const)),
  ]);

/** The country a folded word names, if any (English or Russian/Kazakh). */
export function countryOfWord(key: string, capitalised: boolean): string | undefined {
  if (capitalised) {
    const en = (EN_MAP ??= new Map(Object.entries(enCountryWords()))).get(key);
    if (en !== undefined) return en;
  }
  const c = key.charCodeAt(0);
  // only Cyrillic words (and a few Kazakh genitives folded onto Russian letters) name a country in the other lists
  if (c < 0x400 || c > 0x4ff) return undefined;
  const ru = (RU_MAP ??= ruMap()).get(key);
  if (ru !== undefined) return ru;
  for (const [stem, code] of (RU_STEMS ??= RU_COUNTRY_STEMS.map(([w, code]) => [keyOf(w), code] as const))) if (key.startsWith(stem)) return code;
  return undefined;
}

// words after "to" or "в" that name no state in the lists above but a posting away from Kazakhstan: "the United
// States", international organisations, foreign capitals (folded on first use, as the maps above are)
let POSTING_PLACES: Set<string> | undefined;
const postingPlaces = () =>
  new Set(
    ('united un osce eu nato unesco wto iaea oic asean vatican holy washington moscow beijing london paris berlin tokyo ankara ' +
      'tashkent bishkek dushanbe ashgabat baku tehran brussels geneva vienna оон обсе ес нато юнеско вто магатэ оис ватикане ' +
      'вашингтоне москве пекине лондоне париже берлине токио анкаре ташкенте бишкеке душанбе ашхабаде баку тегеране брюсселе ' +
      'женеве вене')
      .split(' ')
      .map(keyOf),
  );

/** True when a folded word names an international organisation or a foreign capital where an envoy is posted. */
export function isPostingPlace(key: string): boolean {
  return (POSTING_PLACES ??= postingPlaces()).has(key);
}
