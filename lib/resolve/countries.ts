// Words that name a country before or after a title: "Russian Foreign Minister", "Russia's President",
// "the Uzbek Senate", "министр иностранных дел России", "глава МИД РК". Keys are folded tokens.

/** Demonyms and country names in English (capitalised in text) → ISO code. */
export const EN_COUNTRY: Readonly<Record<string, string>> = {
  kazakh: 'kz', kazakhstan: 'kz', kazakhstani: 'kz', qazaq: 'kz',
  russian: 'ru', russia: 'ru', kremlin: 'ru',
  chinese: 'cn', china: 'cn',
  american: 'us', us: 'us', usa: 'us', america: 'us',
  uzbek: 'uz', uzbekistan: 'uz', uzbekistani: 'uz',
  kyrgyz: 'kg', kyrgyzstan: 'kg', kirghiz: 'kg',
  tajik: 'tj', tajikistan: 'tj', tajikistani: 'tj',
  turkmen: 'tm', turkmenistan: 'tm',
  turkish: 'tr', turkey: 'tr', turkiye: 'tr', türkiye: 'tr',
  azerbaijani: 'az', azerbaijan: 'az', azeri: 'az',
  iranian: 'ir', iran: 'ir',
  german: 'de', germany: 'de',
  french: 'fr', france: 'fr',
  british: 'gb', uk: 'gb', britain: 'gb',
  japanese: 'jp', japan: 'jp',
  korean: 'kr', korea: 'kr',
  indian: 'in', india: 'in',
  ukrainian: 'ua', ukraine: 'ua',
  belarusian: 'by', belarus: 'by',
  mongolian: 'mn', mongolia: 'mn',
  pakistani: 'pk', pakistan: 'pk',
  afghan: 'af', afghanistan: 'af',
  georgian: 'ge', georgia: 'ge', armenian: 'am', armenia: 'am',
  italian: 'it', italy: 'it', spanish: 'es', spain: 'es', polish: 'pl', poland: 'pl',
  hungarian: 'hu', hungary: 'hu', romanian: 'ro', romania: 'ro', bulgarian: 'bg', bulgaria: 'bg',
  qatari: 'qa', qatar: 'qa', saudi: 'sa', emirati: 'ae', uae: 'ae', egyptian: 'eg', egypt: 'eg',
  israeli: 'il', israel: 'il', singaporean: 'sg', singapore: 'sg', malaysian: 'my', malaysia: 'my',
  canadian: 'ca', canada: 'ca', australian: 'au', australia: 'au', brazilian: 'br', brazil: 'br',
  austrian: 'at', austria: 'at', belgian: 'be', belgium: 'be', dutch: 'nl', netherlands: 'nl', swiss: 'ch', switzerland: 'ch',
  greek: 'gr', greece: 'gr', emirates: 'ae',
};

/** Russian adjective stems (any ending) and genitive country names → ISO code. Keys are folded. */
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
export const RU_COUNTRY_WORDS: Readonly<Record<string, string>> = {
  казахстана: 'kz', казахстан: 'kz', рк: 'kz', казакстан: 'kz', россии: 'ru', россия: 'ru', рф: 'ru', сша: 'us',
  китая: 'cn', кнр: 'cn', узбекистана: 'uz', кыргызстана: 'kg', киргизии: 'kg', таджикистана: 'tj',
  туркменистана: 'tm', турции: 'tr', азербайджана: 'az', ирана: 'ir', германии: 'de', франции: 'fr',
  великобритании: 'gb', японии: 'jp', кореи: 'kr', индии: 'in', украины: 'ua', беларуси: 'by', белоруссии: 'by',
  монголии: 'mn', пакистана: 'pk', афганистана: 'af', грузии: 'ge', армении: 'am', италии: 'it', испании: 'es',
  польши: 'pl', венгрии: 'hu', румынии: 'ro', болгарии: 'bg', катара: 'qa', оаэ: 'ae', египта: 'eg', австрии: 'at',
  бельгии: 'be', канады: 'ca', малайзии: 'my', сингапура: 'sg',
  ресейдин: 'ru', кытайдын: 'cn', казакстаннын: 'kz', узбекстаннын: 'uz', кыргызстаннын: 'kg',
};

/** The country a folded word names, if any (English or Russian/Kazakh). */
const EN_MAP = new Map(Object.entries(EN_COUNTRY));
const RU_MAP = new Map(Object.entries(RU_COUNTRY_WORDS));

export function countryOfWord(key: string, capitalised: boolean): string | undefined {
  if (capitalised) {
    const en = EN_MAP.get(key);
    if (en !== undefined) return en;
  }
  const c = key.charCodeAt(0);
  // only Cyrillic words (and a few Kazakh genitives folded onto Russian letters) name a country in the other lists
  if (c < 0x400 || c > 0x4ff) return undefined;
  const ru = RU_MAP.get(key);
  if (ru !== undefined) return ru;
  for (const [stem, code] of RU_COUNTRY_STEMS) if (key.startsWith(stem)) return code;
  return undefined;
}
