// Compiles validated gazetteer entities into the match index and the details (see types.ts).
import type { EntitySource, Lang } from '../gazetteer/types';
import { LANGS } from '../gazetteer/types';
import { tokenize } from '../text/fold';
import { Paradigm, paradigmEndings, ruParadigm, isCyrillic, isRuAdjective, kkGenitiveEnding, KK_ACRONYM_GENITIVE, ACRONYM } from '../text/inflect';
import { personNameForms } from '../text/variants';
import { LATIN_DIGRAPH_INITIAL } from '../text/kazakh-latin';
import { EN_COUNTRY_NAMES, EN_DEMONYM, KK_STATES } from '../resolve/countries';
import { KZ_ENVOY_ID, PatternType, type Details, type EntityDetail, type EntityRec, type MatchIndex } from './types';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BODY_WORD = /\b(?:Senate|Duma|Parliament|Assembly|Council|Chamber|Government|Majlis|Mazhilis|Kurultai|Court|Bank|Cabinet|Embassy)\b/;
const CHAIR = /^(Deputy |Vice[- ]|First Deputy )?(Chairman|Chairwoman|Chairperson|Chair)\b/;
/** The one title CHAIR matches, in each of the words news writes it with. */
const CHAIR_TITLES = ['Chairman', 'Chairwoman', 'Chairperson', 'Chair'];
const DEPUTY_PRESIDING =
  /^(First )?(?:Vice[- ]President|Deputy Speaker|Vice[- ]Speaker|Deputy Chair(?:man|woman|person)?|Vice[- ]Chair(?:man|woman|person)?) of /;
const DEPUTY_PRESIDING_TITLES = [
  'Vice President',
  'Vice-President',
  'Deputy Speaker',
  'Vice Speaker',
  'Deputy Chairman',
  'Vice Chairman',
  'Deputy Chairperson',
];
const PRESIDING = /^(?:President|Speaker|Chair(?:man|woman|person)?) of /;
const PRESIDING_TITLES = ['Speaker', 'Chairman', 'President'];
/** A legislative chamber, by the words its English names use. */
const CHAMBER =
  /^(?:the )?(?:(?:[A-Z][\w'’-]* )*(?:Chamber of Deputies|Senate|National Assembly|State Duma|Duma|Federation Council|Legislative Chamber|Sejm|Parliament|Mazhilis|Majilis|Majlis|Mejlis|Jogorku Kenesh|House of Representatives|House of Commons|House of Lords|Bundestag|Knesset|Verkhovna Rada|Oliy Majlis|Kurultai|National People's Congress|Grand National Assembly)|Council of the Republic)\b/;
const RU_COUNTRY_SUFFIX =
  /\s+(?:Республики Казахстан|Казахстана|РК|Российской Федерации|России|РФ|Республики Узбекистан|Узбекистана|Кыргызской Республики|Кыргызстана|Таджикистана|Китая|КНР|США)$/u;
/** "Посольство Казахстана во Франции" → "Посольство во Франции": a mission abroad without its country. */
const RU_KZ_MISSION = /^(.+?)\s+(?:Республики Казахстан|Казахстана|РК)\s+((?:в|во|при)\s+\S.*)$/u;
/** How a holder holds a post, written before the title: no title stands alone with it (see institutionForms). */
const HOLDING_QUALIFIER = /^(?:acting|interim|caretaker|исполняющ\p{L}* обязанности|и\. ?о\.|временно|уақытша)\s/iu;
const BARE_HEAD = /^(?:Chairman|Chairwoman|Chairperson|Chair|Head|Director|Secretary|Speaker|Minister)$/;
/** Acronyms Russian reads as words and declines like nouns ("МИД" → "МИДа", "ЦИК" → "ЦИКом"). */
const RU_DECLINED_ACRONYM = /^(МИД|ЦИК)(?=\s|$)/u;
const KK_COUNTRY_PREFIX = /^Қазақстан Республикасы(?:ның)?\s+/u;
/** The last word of a Kazakh title of a post, after its owner: "… елшісі", "… әкімі", "… төрағасы". */
const KK_HEAD_LAST = /\s((?:[Ее]лшісі|[Әә]кімі|[Тт]өрағасы|[Тт]өрайымы|[Мм]инистрі|[Бб]асшысы|[Дд]иректоры|[Хх]атшысы|[Пп]рокуроры|[Бб]астығы|[Ққ]олбасшысы|[Рр]екторы|[Өө]кілі))$/u;

const KZ_ENVOY_TITLES: Record<Lang, string[]> = { en: ['Ambassador', 'ambassador'], ru: ['посол', 'Посол'], kk: ['елшісі', 'Елшісі'] };

/** Words and phrases Kazakh names of offices and bodies write either way; `oneWay`: only the first becomes the others. */
const KK_SYNONYMS: { words: string[]; oneWay?: boolean }[] = [
  { words: ['жөніндегі', 'бойынша'], oneWay: true },
  { words: ['арнайы', 'арнаулы'] },
  { words: ['Орталық Азия', 'Орта Азия'] },
  { words: ['Еуропалық Одақтың', 'Еуропа Одағының', 'ЕО-ның'] },
];

/**
 * Forms news uses of an office's or body's official name: "of the Republic of Kazakhstan" ↔ "of Kazakhstan",
 * "Secretary General of the Council" ↔ "of Council", "First" ↔ "1st"; and the title without its country, as a
 * generic form ("Ministry of Internal Affairs of Kazakhstan" → "Ministry of Internal Affairs").
 */
export function institutionForms(name: string, lang: Lang, country: string | undefined): { full: string[]; generic: string[] } {
  const full = new Set<string>([name]);
  const generic = new Set<string>();
  if (lang === 'en') {
    // the country's other names: "of Kazakhstan" ↔ "of the Republic of Kazakhstan", "of Russia" ↔ "of the Russian Federation"
    const countryNames = country ? (EN_COUNTRY_NAMES[country] ?? []) : [];
    for (const c of countryNames) if (name.endsWith(` of ${c}`)) for (const other of countryNames) full.add(name.slice(0, -c.length) + other);
    for (const f of [...full]) if (/ of the /.test(f)) full.add(f.replace(/ of the /g, ' of '));
    for (const f of [...full]) if (/^First /.test(f)) full.add(f.replace(/^First /, '1st '));
    // the full diplomatic title: "Ambassador Extraordinary and Plenipotentiary of Kazakhstan to Hungary"
    for (const f of [...full]) if (/^Ambassador (?:of|to) /.test(f)) full.add(f.replace(/^Ambassador /, 'Ambassador Extraordinary and Plenipotentiary '));
    // "Russian envoy to Kazakhstan", "Kazakh envoy to Germany": news's other word for an ambassador named by country
    for (const f of [...full]) {
      const m = /^(.+) Ambassador ((?:to|in) .+)$/.exec(f);
      if (m && !/ of /.test(m[1])) full.add(`${m[1]} envoy ${m[2]}`);
    }
    // a title and its body in apposition: "Deputy Chairman, Security Council of Russia"
    for (const f of [...full]) {
      const m =
        /^((?:First |Deputy |Vice[- ])*(?:Chairman|Chairwoman|Chairperson|Chair|President|Secretary|Head|Director|Governor|Speaker|Minister)) of (?:the )?(.+)$/.exec(
          f,
        );
      if (m && BODY_WORD.test(m[2])) full.add(`${m[1]}, ${m[2]}`);
    }
    // "Chairman", "Chairwoman", "Chairperson" and "Chair" are one title, and news calls any chairman the "Head" of his
    // body (not the other way round: the Head of the Presidential Administration is no chairman)
    for (const f of [...full]) {
      const m = CHAIR.exec(f);
      if (m)
        for (const t of [...CHAIR_TITLES, 'Head'])
          if (t !== 'Head' || !f.includes(',')) full.add(f.replace(CHAIR, `${m[1] ?? ''}${t}`));
    }
    // a chamber's presiding officer and deputies go by any of these titles in English news: "Vice President of the
    // Chamber of Deputies", "Deputy Speaker", "Vice Chairman"
    for (const f of [...full]) {
      const m = DEPUTY_PRESIDING.exec(f);
      if (m && CHAMBER.test(f.slice(m[0].length))) for (const t of DEPUTY_PRESIDING_TITLES) full.add(`${m[1] ?? ''}${t} of ${f.slice(m[0].length)}`);
      // and the presiding officer: "Speaker", "Chairman" or "President" of the chamber
      const p = PRESIDING.exec(f);
      if (p && CHAMBER.test(f.slice(p[0].length))) for (const t of PRESIDING_TITLES) full.add(`${t} of ${f.slice(p[0].length)}`);
    }
    // "… of the Senate of Uzbekistan" → "… of the Uzbek Senate"; "Senate of Uzbekistan" → "Uzbek Senate"
    const adj = country ? EN_DEMONYM[country] : undefined;
    if (adj && country && EN_COUNTRY_NAMES[country])
      for (const f of [...full])
        for (const c of EN_COUNTRY_NAMES[country]) {
          const m = new RegExp(`^(?:(.+) of )?(?:the )?([A-Z][\\w'’ -]*?) of ${escapeRe(c)}$`).exec(f);
          if (!m || / of /.test(m[2]) || !BODY_WORD.test(m[2])) continue;
          full.add(m[1] ? `${m[1]} of the ${adj} ${m[2]}` : `${adj} ${m[2]}`);
        }
    if (country && EN_COUNTRY_NAMES[country])
      for (const f of [...full])
        for (const c of EN_COUNTRY_NAMES[country]) {
          // the title without its country, for context to decide: "Minister of Foreign Affairs of Russia" → "Minister
          // of Foreign Affairs"; a mission abroad too: "Ambassador of Kazakhstan to Hungary" → "Ambassador to Hungary"
          const suffix = ` of ${c}`;
          // (not where what is left ends in an acronym, "Chairman of the CEC": that names the body of the page's own
          // state, which the title and the acronym name together)
          // (nor where "the Bank" is left: "Bank of Russia" is no generic "Bank", "Chairman of the Bank of Russia" no
          // "Chairman of the Bank", which any bank has; "Chairman of the Central Bank" stays)
          if (f.endsWith(suffix) && f.length > suffix.length + 3 && !/(?:\bRepublic|(?:^| of (?:the )?|, )Bank)$/.test(f.slice(0, -suffix.length)) && !/\b[A-Z]{2,}$/.test(f.slice(0, -suffix.length))) generic.add(f.slice(0, -suffix.length));
          const m = new RegExp(`^(.+) of ${escapeRe(c)} ((?:in|to) \\S.*)$`).exec(f);
          if (m) generic.add(`${m[1]} ${m[2]}`);
        }
    // "Minister of Healthcare" → "Healthcare Minister", "Kazakh Healthcare Minister" (also from the name itself, when it
    // has no country to drop: a generic title's forms are all generic, see compile)
    for (const g of [...generic, name]) {
      const m = /^((?:First )?(?:Deputy |Vice )?)Minister (?:of|for) ((?:[A-Z][a-z]+)(?:,? (?:and )?[A-Z][a-z]+){0,3})$/.exec(g);
      if (!m) continue;
      generic.add(`${m[1]}${m[2]} Minister`);
      if (adj) full.add(`${adj} ${m[1]}${m[2]} Minister`);
    }
    // "Agency for Religious Affairs" → "Religious Affairs Agency", "Chairman of the Agency of Statistics" → "Chairman of
    // the Statistics Agency", as news writes them
    for (const g of [...generic]) {
      const m = /^((?:(?:First )?(?:Deputy )?(?:Chairman|Chairwoman|Chairperson|Chair|Head) of the )?)(Agency|Committee) (?:for|of|on) ((?:[A-Z][a-z]+)(?:,? (?:and )?[A-Z][a-z]+){0,3})$/.exec(g);
      if (m) generic.add(`${m[1]}${m[3]} ${m[2]}`);
    }
    // a region's akim is also called its "mayor" in English news: "the mayor of Karaganda region" (not the city's)
    for (const f of [...full]) {
      const m = /^Akim of (.+ (?:Region|region|Oblast|oblast))$/.exec(f);
      if (m && country === 'kz') full.add(`Mayor of ${m[1]}`);
    }
    // "Deputy Minister", "Deputy Prime Minister" → "Vice Minister", "Vice Prime Minister", as Kazinform often writes
    for (const set of [full, generic])
      for (const f of [...set]) if (/^(?:First )?Deputy [A-Za-z ]*\bMinister\b/.test(f)) set.add(f.replace(/^(First )?Deputy /, '$1Vice '));
    // "E&P" is also written "E & P", which the matcher reads as "E and P"
    for (const set of [full, generic]) for (const f of [...set]) if (/\S&\S/.test(f)) set.add(f.replace(/(\S)&(?=\S)/g, '$1 & '));
    // a generic title matches in the case written: "the head of the Supreme Court" as well as "Head of the Supreme Court"
    for (const g of [...generic]) {
      const lower = g.replace(/^(?:First )?(?:Deputy )?Head of /, (m) => m.toLowerCase());
      if (lower !== g) generic.add(lower);
      // and a minister's whole title, which news often writes in lower case: "minister of finance Madi Takiyev"
      if (/^(?:First )?(?:Deputy |Vice )?(?:Prime )?Minister\b/.test(g)) generic.add(g.toLowerCase());
      // and a ministry's: "the ministry of energy", "Kazakhstan's ministry of transport"
      if (/^Ministry (?:of|for) [A-Z]/.test(g)) generic.add(g.toLowerCase());
      // an envoy's title before the place, the place keeping its capitals: "the ambassador to the United States"
      const envoy = /^(?:Ambassador|Permanent Representative|Consul General)(?= (?:to|in) )/.exec(g);
      if (envoy) generic.add(envoy[0].toLowerCase() + g.slice(envoy[0].length));
    }
  } else if (lang === 'ru') {
    if (/^Посол /.test(name)) full.add(name.replace(/^Посол /, 'Чрезвычайный и Полномочный Посол '));
    // a region's akim is "the head of the region" in Russian news: "аким Костанайской области" → "глава Костанайского
    // региона"
    const region = /^[Аа]ким (\S+)ской области$/u.exec(name);
    if (region) full.add(`глава ${region[1]}ского региона`);
    // the title without its country ("Министр иностранных дел России" → "Министр иностранных дел"), but not where the
    // country is the place of the post ("Посол Казахстана в США" is no "Посол Казахстана в")
    if (RU_COUNTRY_SUFFIX.test(name)) {
      const bare = name.replace(RU_COUNTRY_SUFFIX, '');
      // nor where what is left is only "head" or "leader" ("глава КНР", "лидер Китая"): said of any head of anything
      // (nor "the Bank" or its head: "Банк России" is no bare "Банк", "Председатель Банка России" no "Председатель
      // Банка", which any bank has; nor a chamber described by its place, "нижняя палата парламента Таджикистана": "нижняя
      // палата парламента" alone is a description of any parliament's chamber)
      if (!/\s(?:в|во|при|на|к|из|для)$/u.test(bare) && !/^(?:глава|лидер|руководитель|банк)$/iu.test(bare) && !/^\S+ Банка$/u.test(bare) && !/^(?:нижн|верхн)\p{L}* палат\p{L}* парламента$/iu.test(bare)) generic.add(bare);
    }
    // "Министр здравоохранения РК": the country's abbreviation, as Russian-language news writes it
    if (/ Республики Казахстан$/u.test(name)) full.add(name.replace(/ Республики Казахстан$/u, ' РК'));
    const m = RU_KZ_MISSION.exec(name);
    if (m) generic.add(`${m[1]} ${m[2]}`);
    // the few acronyms Russian reads as words decline: "МИДа России", "в МИДе", "ЦИКом"
    for (const set of [full, generic])
      for (const f of [...set]) {
        const m = RU_DECLINED_ACRONYM.exec(f);
        if (m) for (const e of ['а', 'у', 'ом', 'е']) set.add(m[1] + e + f.slice(m[1].length));
      }
    // "г." for "города", as Russian news abbreviates it: "аким г. Астаны", "маслихат г.Алматы"
    for (const set of [full, generic]) for (const f of [...set]) if (/ города \p{Lu}/u.test(f)) set.add(f.replace(/ города (?=\p{Lu})/u, ' г. '));
    // "глава" (head) is what Russian news writes for any chairman or head: "глава Национального банка"
    for (const set of [full, generic]) for (const f of [...set]) if (/^(?:Председатель|Руководитель) \S/u.test(f)) set.add(f.replace(/^\S+/u, 'Глава'));
  } else {
    if (KK_COUNTRY_PREFIX.test(name)) {
      const g = name.replace(KK_COUNTRY_PREFIX, '');
      generic.add(g);
      // without the country, news drops the possessive too: "Парламент Сенатының төрағасы"
      if (/^Парламенті /u.test(g)) generic.add(g.replace(/^Парламенті /u, 'Парламент '));
      // "ҚР Президенті": the country's abbreviation, as Kazakh news writes it
      full.add(name.replace(KK_COUNTRY_PREFIX, 'ҚР '));
    }
    // the full diplomatic title: "Қазақстанның Түркиядағы Төтенше және Өкілетті Елшісі"
    if (/\S(?:дағы|дегі|тағы|тегі) /u.test(name) && /\s[Ее]лшісі$/u.test(name)) full.add(name.replace(/\s[Ее]лшісі$/u, ' Төтенше және Өкілетті Елшісі'));
    // "Қазақстанның Германиядағы елшісі" is also written with the state's official name or its abbreviation
    // (and "ҚР-ның Түркиядағы елшісі", the abbreviation with its genitive ending)
    // (the full diplomatic title too: "Қазақстан Республикасының Өзбекстандағы Төтенше және Өкілетті Елшісі")
    for (const f of [...full]) if (/^Қазақстанның\s/u.test(f)) for (const p of ['Қазақстан Республикасының', 'ҚР', 'ҚР-ның']) full.add(f.replace(/^Қазақстанның/u, p));
    // a deputy's title of Kazakhstan's after the country's official name, which the principal's title takes too (else
    // "Қазақстан Республикасы Қорғаныс министрі" would hide "… Қорғаныс министрінің бірінші орынбасары")
    if (country === 'kz' && /^\p{Lu}/u.test(name) && !/^(?:Қазақстан|ҚР)/u.test(name) && /орынбасар|вице-/u.test(name)) full.add(`Қазақстан Республикасы ${name}`);
    // and the official name in the genitive or not, as official texts and news write either: "Қазақстан Республикасы
    // Премьер-Министрі", "Қазақстан Республикасының Премьер-Министрі"
    for (const f of [...full]) {
      const m = /^Қазақстан Республикасы(ның)? /u.exec(f);
      if (m) full.add(`Қазақстан Республикасы${m[1] ? '' : 'ның'} ${f.slice(m[0].length)}`);
    }
    // a foreign state's official name before the title, in the genitive or not: "Өзбекстан Республикасының
    // Президенті", "Өзбекстан Республикасы Президенті"
    const state = country ? KK_STATES[country] : undefined;
    if (state?.official) {
      const prefix = state.prefix ?? state.words[0];
      const officials = [state.official, state.official.replace(/(?:ның|нің|дың|дің|тың|тің)$/u, '')];
      for (const set of [full, generic])
        for (const f of [...set]) if (f.startsWith(`${prefix} `)) for (const o of officials) if (!f.startsWith(`${o} `)) set.add(o + f.slice(prefix.length));
    }
    // words Kazakh news writes either way inside a name: "… Орталық Азия жөніндегі арнайы өкілі" is also "… Орта Азия
    // бойынша арнаулы өкілі", "Еуропа Одағының …" (but "облысы бойынша", by region, is never "жөніндегі")
    for (const { words, oneWay } of KK_SYNONYMS)
      for (const set of [full, generic])
        for (const f of [...set])
          (oneWay ? words.slice(0, 1) : words).forEach((w) => {
            // (capitalised too, opening a name: "Арнайы операциялар күштері" is also "Арнаулы …")
            const re = new RegExp(`(?<!\\p{L})${escapeRe(w)}(?!\\p{L})`, 'iu');
            const found = re.exec(f);
            const first = found?.[0][0];
            if (first !== undefined) for (const o of words) if (o !== w) set.add(f.replace(re, first === w[0] ? o : (first === first.toUpperCase() ? o[0].toUpperCase() : o[0].toLowerCase()) + o.slice(1)));
          });
    // "басшысы" (head) is what Kazakh news writes for any chairman: "Ұлттық Банк басшысы"
    // (either case: a name often capitalises the title, "Федерация Кеңесінің Төрағасы")
    for (const set of [full, generic]) for (const f of [...set]) if (/\s[Тт]өрағасы$/u.test(f)) set.add(f.replace(/([Тт])өрағасы$/u, (_, t: string) => (t === 'Т' ? 'Басшысы' : 'басшысы')));
    // and "төрайымы" for a woman in the chair: "Сенат төрайымы"
    for (const set of [full, generic]) for (const f of [...set]) if (/\s[Тт]өрағасы$/u.test(f)) set.add(f.replace(/([Тт])өрағасы$/u, '$1өрайымы'));
    // "new" before the title of a post that was named with its owner: "АҚШ-тың Қазақстандағы жаңа елшісі", "Алматы
    // облысының жаңа әкімі" (the news of an appointment or of credentials)
    // (and "current": "Көкпекті ауданының қазіргі әкімі")
    for (const set of [full, generic]) for (const f of [...set]) if (KK_HEAD_LAST.test(f) && !/(?<!\p{L})(?:жаңа|қазіргі)\s/iu.test(f)) for (const w of ['жаңа', 'қазіргі']) set.add(f.replace(KK_HEAD_LAST, ` ${w} $1`));
  }
  for (const g of generic) full.delete(g);
  // a lone title every body's head has ("Chairman of the People's Republic of China" → "Chairman") says nothing of whose;
  // nor does one that begins with how its holder holds it ("Acting Prime Minister of Afghanistan" → "Acting Prime
  // Minister", which hid "Prime Minister" in "the Acting Prime Minister" of any state)
  return { full: [...full], generic: [...generic].filter((g) => /\p{L}{3}/u.test(g) && !BARE_HEAD.test(g) && !HOLDING_QUALIFIER.test(g)) };
}

// Words that make a "name" a title rather than a personal name: no surname is derived from such names
const TITLE_WORDS =
  /^(?:President|Президент|Первый|First|Тұңғыш|Elbasy|Елбасы|Leader|Лидер|Head|Chairman|of|the|Республики|Republic|Kazakhstan|Казахстана|Казахстан|Қазақстан|Sultan|Emperor|King|Queen|Pope|Supreme|Sheikh|Shaikh|Emir)$/u;

const REGNAL = /^[IVXLC]+$/;
const SURNAME_PARTICLE = /^(?:Al|El|Abu|Ibn|Bin|Van|Von|De|Da|Di|Du|Le|La)$/;
/** The same particles of European names in lower case, as written inside a name: "de Mistura", "von der Leyen". */
const LOWER_PARTICLE = /^(?:de|da|di|du|dos|das|del|della|van|von|der|den|ter|la|le)$/;

/**
 * Countries whose personal names put the family name first, in English and Russian alike (Xi Jinping, Си Цзиньпин), and
 * whom news calls by it ("Xi"). Vietnamese and Mongolian leaders are called by the last part ("Chinh", "Khurelsukh").
 */
const FAMILY_NAME_FIRST = new Set(['cn', 'kr', 'kp', 'tw']);

interface AliasToken {
  key: string;
  /** Original spelling of the token, for case rules. */
  raw: string;
  /** A comma, an ampersand or a slash follows the token in the alias ("Deputy Chairman, Security Council", "KMG E&P", "OSCE/ODIHR"): only then may one in the text. */
  comma?: boolean;
  /** (stem, paradigm) pairs this position accepts. */
  forms: [string, Paradigm][];
}

/** Splits an alias into tokens and decides which of them inflect and how. */
const HEAD_TITLE =
  /^((?:First |Deputy |Vice[- ])*(?:Chairman|Chairwoman|Chairperson|Chair|Head|Director|Director General|Governor|Speaker|Secretary General|Secretary-General|Secretary|Commissioner|Rector|Chief Executive Officer|CEO)) of (?:the )?/;

/**
 * The titles an office's English names give it "of" one of the body's names (lower case, without "the"): "Chairman of
 * the Agency …" → "Chairman". Only a title "of" the body itself: "Governor of Abai Region" is of the region, not of its
 * akimat.
 */
function headTitlesOf(office: EntitySource, known: ReadonlySet<string>): Set<string> {
  const titles = new Set<string>();
  for (const n of office.names?.en ?? []) {
    const m = HEAD_TITLE.exec(n);
    if (m && known.has(n.slice(m[0].length).toLowerCase())) titles.add(m[1]);
  }
  return titles;
}

/**
 * Titles written after the body an office heads, as English news does: "Chairman of the Supreme Audit Chamber" →
 * "Supreme Audit Chamber Chairman", "CEC Chairman", "Kazakh Senate Speaker". Only from the body's names without
 * "of" ("Agency Chairman of Kazakhstan" is not English); a one-word name in the possessive too ("Kazatomprom's CEO").
 * Full body names give full forms; generic ones, generic forms.
 */
export function headedForms(office: EntitySource, body: EntitySource): { full: string[]; generic: string[] } {
  const names = body.names?.en ?? [];
  const forms = names.map((n) => institutionForms(n, 'en', body.country));
  const full0 = new Set(forms.flatMap((f) => f.full));
  const gen0 = new Set([...forms.flatMap((f) => f.generic), ...(body.generic?.en ?? [])]);
  const known = new Set([...full0, ...gen0].map((n) => n.replace(/^the /i, '').toLowerCase()));
  const titles = headTitlesOf(office, known);
  for (const t of [...titles]) {
    const c = CHAIR.exec(t);
    if (c) for (const other of CHAIR_TITLES) titles.add(t.replace(CHAIR, `${c[1] ?? ''}${other}`));
  }
  const full = new Set<string>();
  const generic = new Set<string>();
  if (!titles.size) return { full: [], generic: [] };
  // not a mission ("Embassy in Belgium Head") nor a transliterated name ("Joǵarǵy esep palatasy Chairman")
  const usable = (n: string) => !/ (?:of|in|to) |^the |[,;:]|^Qazaq/i.test(n) && /^[A-Z][\x20-\x7E’]*$/.test(n);
  for (const t of titles) {
    for (const n of full0)
      if (usable(n)) {
        full.add(`${n} ${t}`);
        // a one-word name also in the possessive: "Kazatomprom's CEO", "KTZ's Chairman"
        if (!/\s/.test(n)) full.add(`${n}'s ${t}`);
      }
    // a lone generic word ("Council Chairman") says too little
    // generic forms are matched with their capitals: news also writes the title in lower case after the capitalised
    // body ("the Anti-Corruption Agency chairman"), which names the office as well
    for (const n of gen0)
      if (usable(n) && !full0.has(n) && /\s/.test(n)) {
        generic.add(`${n} ${t}`);
        if (t !== t.toUpperCase()) generic.add(`${n} ${t.toLowerCase()}`);
      }
  }
  return { full: [...full], generic: [...generic] };
}

/**
 * The office's title "of" each other full name of the body it heads, as news writes it: "Chairman of the Agency for
 * Regulation and Development of the Financial Market" → "Chairman of the Financial Market Regulation and Development
 * Agency". Only the titles the office has "of" one of the body's names (see headedForms), and only names in title case:
 * not a description ("Kazakh financial regulator") nor a possessive. Not from generic names ("MFA", "Presidential
 * Executive Office"), which several states' bodies share: the resolver makes "Head of the MFA" from the title and the
 * body, for the body the page means, and a title made here for one state's office would hide the others'.
 */
export function headOfForms(office: EntitySource, body: EntitySource, shared: (name: string) => boolean = () => false): string[] {
  const bodyNames = (body.names?.en ?? []).map((n) => n.replace(/^the /i, ''));
  const titles = headTitlesOf(office, new Set([...bodyNames, ...(body.generic?.en ?? []).map((n) => n.replace(/^the /i, ''))].map((n) => n.toLowerCase())));
  const own = new Set([...(office.names?.en ?? []), ...(office.generic?.en ?? [])].map((n) => n.toLowerCase()));
  const titleCase = (n: string) => !/['’]s\b|[,;:()]/.test(n) && n.split(' ').every((w) => /^[A-Z0-9]/.test(w) || /^(?:of|the|and|for|on|in|to|de)$/.test(w));
  const out = new Set<string>();
  for (const t of titles)
    for (const n of bodyNames) {
      // (nor a name another entity has too: "Presidential Executive Office" is Russia's body and Kazakhstan's)
      if (!titleCase(n) || shared(n)) continue;
      const f = `${t} of the ${n}`;
      if (!own.has(f.toLowerCase()) && !own.has(`${t} of ${n}`.toLowerCase())) out.add(f);
    }
  return [...out];
}

const RU_HEAD = /^(Председатель|Руководитель|Директор|Глава|Управляющий|Генеральный директор)\s/u;
const KK_HEAD = /\s(төрағасы|басшысы|директоры|жетекшісі)$/u;
const CYR_ACRONYM = /^[А-ЯЁӘҒҚҢӨҰҮҺІ]{2,}(?: РК)?$/u;

/**
 * The same in Russian and Kazakh, for the body's acronyms: "Председатель ВАП", "глава КНБ", "ВАП төрағасы". An acronym
 * names one body, so these are full names.
 */
export function headedAcronymForms(office: EntitySource, body: EntitySource): { ru: string[]; kk: string[] } {
  const ruTitles = new Set<string>();
  for (const n of office.names?.ru ?? []) {
    const m = RU_HEAD.exec(n);
    if (m) ruTitles.add(m[1]);
  }
  const kkTitles = new Set<string>();
  for (const n of office.names?.kk ?? []) {
    const m = KK_HEAD.exec(n);
    if (m) kkTitles.add(m[1]);
  }
  // "глава" is what news writes for any head ("глава КНБ")
  if (ruTitles.size) ruTitles.add('глава');
  const ru = (body.names?.ru ?? []).filter((a) => CYR_ACRONYM.test(a)).flatMap((a) => [...ruTitles].map((t) => `${t} ${a}`));
  const kk = (body.names?.kk ?? []).filter((a) => CYR_ACRONYM.test(a)).flatMap((a) => [...kkTitles].map((t) => `${a} ${t}`));
  return { ru, kk };
}

/** A minister's title, not a deputy's. */
const MINISTER_TITLE = /^(?!.*\b(?:Deputy|Vice)\b).*\bMinister\b/;
const RU_CONSONANT_END = /[бвгджзклмнпрстфхцчшщ]$/u;

/** A ministry's Russian name in the genitive, as it stands after "глава": "Министерства финансов", "Минфина РК". */
export function ruMinistryGenitive(name: string): string | undefined {
  if (/^Министерство\s/u.test(name)) return name.replace(/^Министерство/u, 'Министерства');
  // an acronym, alone or with the country after it ("МИД Казахстана")
  if (CYR_ACRONYM.test(name) || /^[А-ЯЁ]{2,}(?:\s[А-ЯЁ]\S*)+$/u.test(name)) return name;
  const m = /^(Мин[а-яё]{3,})((?:\s\S+)*)$/u.exec(name);
  if (!m) return undefined;
  return (RU_CONSONANT_END.test(m[1]) ? `${m[1]}а` : m[1]) + m[2];
}

/**
 * "the Minister", «министр»: the back-reference news makes to a minister of Kazakhstan the page named (see pickShort),
 * for every office that heads one of its ministries; Kazakh also says "the sector's head", "the sector's minister"
 * («сала басшысы», «сала министрі»).
 */
export function ministerShorts(office: EntitySource, body: EntitySource): Record<Lang, string[]> {
  const none = { en: [], ru: [], kk: [] };
  if (office.country !== 'kz' || !/^kz\.body\.ministry-/.test(body.id) || !isMinister(office)) return none;
  return { en: ['Minister', 'minister'], ru: ['министр'], kk: ['министр', 'сала басшысы', 'сала министрі'] };
}

/**
 * "the Vice Minister", «вице-министр»: the back-reference news makes to a deputy minister of Kazakhstan after naming
 * the post in full (see pickShort), for every ministry's deputy-minister office.
 */
export function deputyMinisterShorts(office: EntitySource): Record<Lang, string[]> {
  if (office.kind !== 'office' || office.country !== 'kz' || !/^kz\.office\.deputy-minister-of-/.test(office.id)) return { en: [], ru: [], kk: [] };
  return { en: ['Vice Minister', 'vice minister', 'Vice-Minister', 'vice-minister', 'Deputy Minister', 'deputy minister'], ru: ['вице-министр', 'замминистра'], kk: ['вице-министр'] };
}

/** The short or generic names a body goes by as a state agency: «министерство», «агентство», «комитет», «Генпрокуратура». */
const AGENCY_SHORT = /^(?:министерство|агентство|комитет|служба|генпрокуратура)$/i;

/**
 * The word Russian and Kazakh news use for any state agency named before, «ведомство» («глава ведомства», «ведомство
 * басшысы»), as a short name of each of Kazakhstan's ministries, agencies, committees and services: the one the page
 * named last is meant.
 */
export function agencyShorts(body: EntitySource): Record<Lang, string[]> {
  if (body.kind !== 'body' || body.country !== 'kz') return { en: [], ru: [], kk: [] };
  // (a ministry's committee goes by «ведомство» though not by «комитет», which would be a parliament's committee too)
  const ministryCommittee = /^Комитет\s/.test(body.names?.ru?.[0] ?? '') && (/^kz\.body\.ministry-/.test(body.parent ?? '') || (body.names?.ru ?? []).some((n) => /\sМинистерства\s/.test(n)));
  if (!ministryCommittee && ![...(body.short?.ru ?? []), ...(body.generic?.ru ?? [])].some((n) => AGENCY_SHORT.test(n))) return { en: [], ru: [], kk: [] };
  return { en: [], ru: ['ведомство'], kk: ['ведомство'] };
}

/** Per language, no full and no generic forms yet. */
function noForms(): Record<Lang, { full: string[]; generic: string[] }> {
  return { en: { full: [], generic: [] }, ru: { full: [], generic: [] }, kk: { full: [], generic: [] } };
}
/** An office with a minister's title, not a deputy's. */
function isMinister(office: EntitySource): boolean {
  return (office.names?.en ?? []).some((n) => MINISTER_TITLE.test(n));
}

/**
 * A minister's title from each name of the ministry the office heads, as news writes it: "Ministry of Healthcare and
 * Social Development" → "Minister of Healthcare and Social Development", «Министерство юстиции» → «Министр юстиции»,
 * «Әділет министрлігі» → «Әділет министрі». The ministry's names carry every spelling and every name it has had, which
 * the office's own list may lack. Names from the ministry's names, generic titles from its generic names; both then
 * go through institutionForms like the office's own.
 */
export function ministerNames(office: EntitySource, body: EntitySource): Record<Lang, { full: string[]; generic: string[] }> {
  const out = noForms();
  if (!isMinister(office)) return out;
  const own = new Set(LANGS.flatMap((l) => [...(office.names?.[l] ?? []), ...(office.generic?.[l] ?? [])]));
  for (const [names, generic] of [
    [body.names, false],
    [body.generic, true],
  ] as const) {
    const add = (lang: Lang, n: string) => {
      if (!own.has(n)) (generic ? out[lang].generic : out[lang].full).push(n);
    };
    for (const n of names?.en ?? []) {
      if (/^Ministry (?:of|for) [A-Z]/.test(n) && !/['’]s\b/.test(n)) add('en', n.replace(/^Ministry/, 'Minister'));
      // "the Energy Ministry of Kazakhstan" → "the Energy Minister of Kazakhstan", "Kazakh Energy Ministry" → "Kazakh Energy Minister"
      else if (/^[A-Z][\w-]*(?: (?:and )?[A-Z][\w-]*)* Ministry(?: of [A-Z].*)?$/.test(n)) add('en', n.replace(/ Ministry\b/, ' Minister'));
    }
    for (const n of names?.ru ?? []) if (/^Министерство\s\p{Ll}/u.test(n)) add('ru', n.replace(/^Министерство/u, 'Министр'));
    for (const n of names?.kk ?? []) if (/\sминистрлігі(?=$|\s)/u.test(n)) add('kk', n.replace(/(\s)министрлігі(?=$|\s)/u, '$1министрі'));
  }
  return out;
}

/**
 * A minister named as the head of the ministry, as news often does: "Head of the Ministry of Energy", "глава
 * Министерства финансов", "глава Минфина", "Қаржы министрлігінің басшысы". Full forms from the ministry's full names,
 * generic ones from its generic names (English generic forms in both cases of "head", as they match in the case written).
 */
export function ministryHeadForms(office: EntitySource, body: EntitySource): Record<Lang, { full: string[]; generic: string[] }> {
  const out = noForms();
  if (!isMinister(office)) return out;
  for (const [names, generic] of [
    [body.names, false],
    [body.generic, true],
  ] as const) {
    for (const n of names?.en ?? [])
      if (/\bMinistry\b/.test(n) && !/['’]s\b/.test(n)) {
        if (generic) out.en.generic.push(`Head of the ${n}`, `head of the ${n}`);
        else out.en.full.push(`Head of the ${n}`);
      }
    for (const n of names?.ru ?? []) {
      const g = ruMinistryGenitive(n);
      if (!g) continue;
      // the acronyms Russian declines also stand in the genitive: "глава МИДа Казахстана"
      const forms = RU_DECLINED_ACRONYM.test(g) ? [g, g.replace(RU_DECLINED_ACRONYM, '$1а')] : [g];
      for (const f of forms) for (const t of ['Глава', 'Руководитель']) (generic ? out.ru.generic : out.ru.full).push(`${t} ${f}`);
      // and Kazakhstan's by the adjective, as the foreign press writes it: "глава казахстанского МИДа"
      if (office.country === 'kz')
        for (const f of forms) {
          const m = /^(.+) (?:Казахстана|Республики Казахстан|РК)$/u.exec(f);
          if (m) out.ru.full.push(`Глава казахстанского ${m[1]}`);
        }
    }
    for (const n of names?.kk ?? []) if (/\sминистрлігі$/u.test(n) && !KK_COUNTRY_PREFIX.test(n)) (generic ? out.kk.generic : out.kk.full).push(`${n} басшысы`);
  }
  return out;
}

/** Russian plural nouns that begin bodies' names (folded): "Силы специальных операций", "Органы внутренних дел". */
const RU_PLURAL_HEAD = new Set(['силы', 'войска', 'органы']);

/** Russian nouns of agents that decline as the first half of a hyphenated title: "директор", "секретарь", "председатель". */
const RU_AGENT_NOUN = /^\p{L}{3,}(?:тор|тель|тарь)$/u;

export function aliasTokens(alias: string, lang: Lang, person: boolean): AliasToken[] {
  const words = alias.split(/\s+/).filter(Boolean);
  const out: AliasToken[] = [];
  // "&" standing alone is the word "and", as the matcher reads it in the text ("Exploration & Production")
  const wordTokens = words.map((w) => (w === '&' ? [{ key: 'and', raw: '&', start: 0, end: 1 }] : tokenize(w).map((t) => ({ key: t.key, raw: w.slice(t.start, t.end), start: t.start, end: t.end }))));
  // the genitive after an acronym is passed over, as the matcher does in the text: "АҚШ-тың Сауда министрі"
  wordTokens.forEach((toks, wi) => {
    if (toks.length === 2 && ACRONYM.test(toks[0].raw) && toks[1].start === toks[0].end + 1 && /^[-‐‑]$/u.test(words[wi][toks[0].end]) && KK_ACRONYM_GENITIVE.has(toks[1].raw)) toks.pop();
  });
  const nonEmpty = wordTokens.map((t, i) => (t.length ? i : -1)).filter((i) => i >= 0);
  const lastWord = nonEmpty[nonEmpty.length - 1];
  // Russian: leading adjectives and the first noun inflect; the words after it are genitive complements that do not
  let ruHeadDone = false;
  // the word before was a plural adjective: "Вооружённые силы", "Внутренние войска" (the noun is plural too)
  let pluralBefore = false;
  wordTokens.forEach((toks, wi) => {
    // a second title after a dash has a head of its own that inflects too: "председателя Кабинета министров –
    // руководителя Администрации"
    if (!toks.length && /^[-‐-—]$/.test(words[wi])) ruHeadDone = false;
    toks.forEach((t, ti) => {
      const isLastOfWord = ti === toks.length - 1;
      const forms: [string, Paradigm][] = [];
      const cyr = isCyrillic(t.raw);
      if (!cyr || lang === 'en') forms.push([t.key, Paradigm.Exact]);
      else {
        let ru = false;
        if (!isLastOfWord && lang === 'ru' && !person && !ruHeadDone && RU_AGENT_NOUN.test(t.key)) {
          // the first of two nouns joined by a hyphen declines with the second: "директор-распорядитель" →
          // "директора-распорядителя", "директором-распорядителем" (unlike a prefix: "премьер-министра", "вице-министра")
          ru = true;
        } else if (isLastOfWord && (lang === 'ru' || person)) {
          if (person) ru = true;
          else if (!ruHeadDone && t.key === 'и') {
            // "Экономическая и социальная комиссия": adjectives joined by "и" all agree with the noun
          } else if (!ruHeadDone && wi === 0 && wi + 1 < words.length && /^[А-ЯЁ]\p{Ll}+(?:ов|ев|ёв|ин|ын)$/u.test(t.raw) && /^[А-ЯЁ]/u.test(words[wi + 1])) {
            // a surname standing as a brand before the noun: "Назарбаев Университет" declines the noun ("в Назарбаев
            // Университете"), not the name
          } else if (!ruHeadDone) {
            ru = true;
            // (a neuter noun in -ние is the head: "управление культуры" does not decline "культуры")
            if (!isRuAdjective(t.key)) ruHeadDone = true;
          }
        }
        const kk = isLastOfWord && wi === lastWord && (lang === 'kk' || person);
        // a Kazakh word before a possessed head ("төрағасы", "министрі", "Ассамблеясы") or a genitive ("төрағасының
        // орынбасары") may be genitive or not
        const kkGen =
          !kk &&
          !person &&
          lang === 'kk' &&
          isLastOfWord &&
          wi + 1 < words.length &&
          kkPossessedNext(words, wi);
        if (ru) {
          let p = ruParadigm(t.key);
          // a given name of two letters before the surname declines: "Ян Гамачек" → "Яна Гамачека"
          if (person && wi < lastWord && t.key.length === 2 && /[бвгджзклмнпрстфхцчшщ]$/.test(t.key)) p = { stem: t.key, paradigm: Paradigm.RuHard };
          // names in -о/-е do not decline in Russian ("Де Кро", "Шевченко"), and a stem of two letters would match
          // abbreviations ("Кро" → "кр" would match "ҚР")
          // ("Цой" → "Цоя", "Цою" keeps its two-letter stem: a name in -й declines, and no abbreviation ends in -я/-ю/-ем)
          // (the last part of a hyphenated word keeps a short stem: the parts before it are matched too, "Алма-Ата" →
          // "Алма-Аты")
          // (nor a name in -ь: "Юн Сок Ель" → "Юн Сок Еля")
          // (and a given name before the surname keeps its short stem, see above)
          if ((person && (p.paradigm === Paradigm.RuO || p.paradigm === Paradigm.RuE)) || (p.stem.length < 3 && ti === 0 && !(person && (p.paradigm === Paradigm.RuJ || p.paradigm === Paradigm.RuSoft || wi < lastWord))))
            p = { stem: t.key, paradigm: Paradigm.Exact };
          // a head noun in the plural, as a few bodies' names have it: after a plural adjective ("Внутренние войска" →
          // "Внутренних войск", "Азербайджанские железные дороги") or a plural the name starts with ("Силы специальных
          // операций" → "Сил …", "силами")
          else if (!person && t.key.length >= 4 && ((pluralBefore && /[ыиа]$/.test(t.key)) || (wi === 0 && RU_PLURAL_HEAD.has(t.key))) && !isRuAdjective(t.key))
            p = { stem: t.key.slice(0, -1), paradigm: Paradigm.RuPlural };
          forms.push([p.stem, p.paradigm]);
          // a given name in -ий is a noun, not an adjective: Дмитрий → Дмитрия, Дмитрию, Дмитрием (a surname in -ский,
          // -цкий declines as an adjective: Достоевского)
          if (person && t.key.length >= 4 && t.key.endsWith('ий') && !/[кгх]ий$/.test(t.key)) forms.push([t.key.slice(0, -1), Paradigm.RuJ]);
          // a fleeting vowel: посол → посла, послом; отец → отца (not in an acronym: «АНОК» is no «АНК»; nor in a
          // person's name, which keeps it: «Адера», and «АДР» is no «Адер»)
          if (!person && p.paradigm === Paradigm.RuHard && /[бвгджзклмнпрстфхцчшщ][оеё][лцкнр]$/.test(t.key) && t.key.length >= 4 && !ACRONYM.test(t.raw))
            forms.push([t.key.slice(0, -2) + t.key.slice(-1), Paradigm.RuHard]);
        }
        if (kk) {
          forms.push([t.key, Paradigm.Kk]);
          // "басшысы" → "басшымыз" (our head): the head noun of a title, after a vowel; not a person's name
          if (!person && t.key.length >= 5 && /[аеиоуыэюя]с[ыи]$/.test(t.key)) forms.push([t.key.slice(0, -2), Paradigm.KkOur]);
        } else if (kkGen && !ru) forms.push([t.key, Paradigm.KkGen]);
        else if (!ru) forms.push([t.key, Paradigm.Exact]);
      }
      // (a dash standing alone between two words is kept as a comma is: "Aide to the President – Press Secretary")
      const comma = /[,&/]/.test(words[wi].slice(t.end, ti + 1 < toks.length ? toks[ti + 1].start : undefined)) || (isLastOfWord && /^[-‐-—]$/.test(words[wi + 1] ?? ''));
      out.push({ key: t.key, raw: t.raw, forms, ...(comma ? { comma } : {}) });
      if (isLastOfWord) pluralBefore = cyr && lang === 'ru' && !person && /(?:ые|ие)$/.test(t.key) && isRuAdjective(t.key);
    });
  });
  return out;
}

/**
 * Whether the word after words[wi] is a possessed head or a genitive, also past "new" or "current" («Үкімет жаңа
 * басшысы», which news writes «Үкіметтің жаңа басшысы»).
 */
function kkPossessedNext(words: string[], wi: number): boolean {
  let next = words[wi + 1];
  if (/^(?:жаңа|қазіргі)$/iu.test(next) && wi + 2 < words.length) next = words[wi + 2];
  return (/\p{L}[ыі]$/u.test(next) || kkGenitiveEnding(next) > 0) && isCyrillic(next);
}

function caseMask(tokens: AliasToken[], enforceCapital: boolean, notShouting = false): string {
  return tokens
    .map((t) => {
      const letters = t.raw.replace(/[^\p{L}]/gu, '');
      let m = '-';
      if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) m = 'A';
      else if (enforceCapital && letters && letters[0] !== letters[0].toLowerCase()) m = notShouting && letters.length > 1 ? 'C' : 'U';
      // a comma after the token: the same rule in lower case ('_' for '-')
      return t.comma ? (m === '-' ? '_' : m.toLowerCase()) : m;
    })
    .join('');
}

/**
 * The region a Kazakh entity is named after, in the other spellings its own English names use: "Mangistau region" for
 * an entity whose context is "Mangystau Region" and one of whose names is "Akimat of Mangistau Region".
 */
export function contextSpellings(e: EntitySource): string[] {
  const context = e.context?.en;
  if (!context?.length || e.country !== 'kz') return [];
  const kinds = new Set(context.map((c) => REGION_KIND.exec(c)?.[2]).filter((k) => k !== undefined));
  if (!kinds.size) return [];
  const have = new Set(context.map((c) => REGION_KIND.exec(c)?.[1]));
  const out = new Set<string>();
  for (const n of e.names?.en ?? [])
    for (const m of n.matchAll(REGION_IN_NAME))
      if (!have.has(m[1])) for (const k of ['Region', 'region', 'oblast']) out.add(`${m[1]} ${k}`);
  return [...out];
}
const REGION_KIND = /^(.+) (Region|region|Oblast|oblast)$/;
const REGION_IN_NAME = /\b((?:North|South|East|West)[ -]Kazakhstan|[A-Z][a-z'-]+) (?:Region|Oblast|region|oblast)\b/g;

/** Surname forms of a person's full name: the last word (first for family-name-first countries), and initial + surname. */
export function surnameForms(name: string, country: string | undefined): { surname: string; initial?: string; digraph?: string; alts?: string[] } | null {
  const words = name.split(/\s+/).filter(Boolean);
  const arabic = arabicSurname(words);
  if (arabic !== undefined) return arabic;
  // a European particle in lower case belongs to the surname ("Staffan de Mistura", "Ursula von der Leyen"); any other
  // word in lower case ("bin" in "Mohamad Adli bin Abdullah": "son of") makes no surname to use alone
  if (words.length < 2 || words.length > 4 || words.some((w, i) => !(/^\p{Lu}/u.test(w) || (i > 0 && LOWER_PARTICLE.test(w))) || TITLE_WORDS.test(w))) return null;
  // a monarch's regnal number ("Harald V", "Carl XVI Gustaf", "Карл XVI Густав"): the name has no surname to use alone
  if (words.some((w) => REGNAL.test(w))) return null;
  if (country && FAMILY_NAME_FIRST.has(country)) return { surname: words[0] };
  // a family name after a particle keeps it: "Abdullah Al Al-Sheikh", "Charles De Gaulle" ("Al-Sheikh" alone is not his)
  const last = words.length - 1;
  let first = last;
  while (first - 1 >= 1 && (SURNAME_PARTICLE.test(words[first - 1]) || LOWER_PARTICLE.test(words[first - 1]))) first--;
  const surname = words.slice(first).join(' ');
  // a Latin given name that begins with a letter Kazakh and Russian write as two ("Zhenis" for Жеңіс) has that pair as
  // its initial too: "Zh. Kassymbek", "Sh. Mirziyoyev"
  const pair = /^\p{Lu}\p{Ll}/u.exec(words[0])?.[0];
  return { surname, initial: `${[...words[0]][0]}. ${surname}`, ...(pair && LATIN_DIGRAPH_INITIAL.test(pair) ? { digraph: `${pair}. ${surname}` } : {}) };
}

/**
 * An Arabic family name with its article: "Abdullatif bin Rashid Al Zayani", "Adel bin Ahmed Al-Jubeir", "Mohammed Shia
 * al-Sudani", "Abdel Fattah el-Sisi". News calls the person by it with the article however written ("Al Zayani",
 * "Al-Zayani", "al-Sudani") or without it ("Sisi", "Jubeir"); the "bin …" (son of) before it is no obstacle. The name of
 * a ruling house ("Al Thani", "Al Saud", "Al Nahyan") is every prince's, so it makes no surname; undefined when the name
 * does not end in such a family name.
 */
function arabicSurname(words: string[]): { surname: string; alts: string[] } | null | undefined {
  if (words.length < 2 || words.length > 7) return undefined;
  const last = words[words.length - 1];
  let article: string;
  let base: string;
  let rest: string[];
  const joined = /^(al|el|Al|El|аль|ас|аш|аз|ад|ар|ат|ан|эль|Аль|Эль|әл|әс|әш|әз|әд|әр|әт|ән)-(\p{Lu}\p{Ll}+)$/u.exec(last);
  if (joined) [article, base, rest] = [joined[1], joined[2], words.slice(0, -1)];
  else if (words.length >= 3 && /^(?:Al|El)$/.test(words[words.length - 2]) && /^\p{Lu}\p{Ll}+$/u.test(last)) [article, base, rest] = [words[words.length - 2], last, words.slice(0, -2)];
  else return undefined;
  if (!rest.every((w) => /^\p{Lu}/u.test(w) || /^(?:bin|bint|ibn|бин|ибн)$/.test(w)) || rest.some((w) => TITLE_WORDS.test(w) || REGNAL.test(w))) return undefined;
  if (RULING_HOUSE.test(base)) return null;
  if (TITLE_WORDS.test(base)) return undefined;
  const surname = `${article}${joined ? '-' : ' '}${base}`;
  const alts = new Set([`${article}-${base}`, ...(/^\p{Lu}/u.test(article) ? [`${article} ${base}`] : []), ...(base.length >= 4 ? [base] : [])]);
  alts.delete(surname);
  return { surname, alts: [...alts] };
}
const RULING_HOUSE = /^(?:Saud|Thani|Nahyan|Khalifa|Maktoum|Said|Sabah|Qasimi|Nuaimi|Sharqi|Mualla|Hussein|Hashemi|Сауд|Тани|Нахайян|Халифа|Мактум|Саид|Сабах|Хусейн)$/;

export interface CompileResult {
  index: MatchIndex;
  details: Details;
  stats: { patterns: number; bases: number; nodes: number; stems: number };
}

/** Compiles entities (already validated) into the match index and details. */
export function compile(entities: EntitySource[], asOf: string): CompileResult {
  const sorted = [...entities].sort((a, b) => (a.id < b.id ? -1 : 1));
  const byId = new Map(sorted.map((e) => [e.id, e]));
  // institutionForms of each name once: the shared-name count below and the patterns both need them
  const formsMemo = new Map<string, { full: string[]; generic: string[] }>();
  const formsOf = (n: string, lang: Lang, country: string | undefined) => {
    const key = `${lang}\u0000${country ?? ''}\u0000${n}`;
    let f = formsMemo.get(key);
    if (!f) formsMemo.set(key, (f = institutionForms(n, lang, country)));
    return f;
  };
  // English names and generic titles more than one entity has (lower case)
  const enNameOwners = new Map<string, number>();
  // (with the forms institutionForms makes of them: "Presidential Executive Office of Russia" is Russia's "Presidential
  // Executive Office")
  for (const e of sorted) {
    if (e.kind === 'person') continue;
    const all = [...(e.generic?.en ?? [])];
    for (const n of e.names?.en ?? []) {
      const f = formsOf(n, 'en', e.country);
      all.push(...f.full, ...f.generic);
    }
    for (const n of new Set(all.map((x) => x.replace(/^the /i, '').toLowerCase()))) enNameOwners.set(n, (enNameOwners.get(n) ?? 0) + 1);
  }
  const sharedEnName = (n: string) => (enNameOwners.get(n.replace(/^the /i, '').toLowerCase()) ?? 0) > 1;
  const idx = new Map(sorted.map((e, i) => [e.id, i]));
  const recs: EntityRec[] = sorted.map((e) => {
    const r: EntityRec = { id: e.id, k: e.kind === 'person' ? 0 : e.kind === 'office' ? 1 : 2, n: e.name, s: e.scope };
    if (e.country) r.c = e.country;
    if (e.parent && idx.has(e.parent)) r.p = idx.get(e.parent);
    if (e.heads && idx.has(e.heads)) r.h = idx.get(e.heads);
    if (e.from) r.f = e.from;
    if (e.to) r.t = e.to;
    if (e.multi) r.m = 1;
    const lapses = e.lapses?.filter((l) => !l.vacant);
    if (lapses?.length) r.l = lapses.map((l) => [l.from, l.to]);
    const replaced = e.replaces?.filter((id) => idx.has(id));
    if (replaced?.length) r.r = replaced.map((id) => idx.get(id)!);
    if (e.tenures?.length)
      r.ten = e.tenures.filter((t) => idx.has(t.person)).map((t) => [idx.get(t.person)!, t.from, t.to ?? '', (t.acting ? 1 : 0) | (t.seen ? 2 : 0)]);
    return r;
  });
  // siblings: entities that share a place name in `context`
  const byPlace = new Map<string, number[]>();
  sorted.forEach((e, i) => {
    for (const [lang, names] of Object.entries(e.context ?? {}))
      for (const n of names ?? []) {
        const key = `${lang}\u0000${n.toLowerCase()}`;
        const l = byPlace.get(key);
        if (l) {
          if (!l.includes(i)) l.push(i);
        } else byPlace.set(key, [i]);
      }
  });
  // (the ones of the narrowest place first, their number in `sc` when there are others: "Мұнайлы ауданы" makes the
  // district's akimat and maslikhat close siblings, "Маңғыстау облысы" every body of the region a far one)
  const groupsOf = new Map<number, number[][]>();
  for (const group of byPlace.values())
    if (group.length > 1) for (const a of group) (groupsOf.get(a) ?? groupsOf.set(a, []).get(a)!).push(group);
  for (const [a, groups] of groupsOf) {
    const narrowest = Math.min(...groups.map((g) => g.length));
    const close = new Set<number>();
    const far = new Set<number>();
    for (const g of groups) for (const b of g) if (b !== a) (g.length === narrowest ? close : far).add(b);
    for (const b of close) far.delete(b);
    recs[a].sib = [...close, ...far];
    if (far.size) recs[a].sc = close.size;
  }

  const baseIds = new Map<string, number>();
  const stems = new Map<string, number[]>();
  const edges = new Map<string, number>();
  const edgeList: number[] = [];
  const accepts = new Map<number, number[]>();
  const patEntity: number[] = [];
  const patType: PatternType[] = [];
  const patMask: number[] = [];
  const maskIds = new Map<string, number>();
  const patternKeys = new Set<string>();
  let nodes = 1;

  const baseOf = (t: AliasToken): number => {
    const key = t.forms
      .map(([s, p]) => `${s}/${p}`)
      .sort()
      .join('|');
    let id = baseIds.get(key);
    if (id !== undefined) return id;
    id = baseIds.size;
    baseIds.set(key, id);
    for (const [stem, p] of t.forms) {
      const list = stems.get(stem) ?? [];
      list.push(id, p);
      stems.set(stem, list);
    }
    return id;
  };

  const addPattern = (raw: string, lang: Lang, entity: number, type: PatternType, person: boolean) => {
    // an article is not part of a name ("the Ministry" is "Ministry"); kept, it would start matches too early
    // and hide the longer name that follows ("the Ministry of Internal Affairs")
    const alias = lang === 'en' ? raw.replace(/^the\s+/i, '') : raw;
    const tokens = aliasTokens(alias, lang, person);
    if (!tokens.length) return;
    const enforce =
      person || ((type === PatternType.Generic || type === PatternType.Short || type === PatternType.Place || type === PatternType.Context) && lang === 'en');
    // English titles in capitals are headline typography, not the office ("PRESIDENT VISITS…")
    // (a place in capitals is a dateline, "ALMATY. KAZINFORM": it still names the place)
    const mask = caseMask(tokens, enforce, !person && lang === 'en' && type !== PatternType.Context);
    const bases = tokens.map(baseOf);
    const key = `${bases.join(',')}#${entity}#${type}#${mask}`;
    if (patternKeys.has(key)) return;
    patternKeys.add(key);
    let node = 0;
    for (const b of bases) {
      const ek = `${node},${b}`;
      let child = edges.get(ek);
      if (child === undefined) {
        child = nodes++;
        edges.set(ek, child);
        edgeList.push(node, b, child);
      }
      node = child;
    }
    const list = accepts.get(node) ?? [];
    list.push(patEntity.length);
    accepts.set(node, list);
    patEntity.push(entity);
    patType.push(type);
    let m = maskIds.get(mask);
    if (m === undefined) maskIds.set(mask, (m = maskIds.size));
    patMask.push(m);
  };

  sorted.forEach((e, i) => {
    const person = e.kind === 'person';
    for (const lang of LANGS) {
      for (const n of e.names?.[lang] ?? []) {
        const forms = person ? personNameForms(n, lang, e.country) : [{ form: n, lang, surnames: false }];
        for (const f of forms) {
          addPattern(f.form, f.lang, i, PatternType.Full, person);
          const s = f.surnames ? surnameForms(f.form, e.country) : null;
          if (s) {
            addPattern(s.surname, f.lang, i, PatternType.Surname, true);
            for (const a of s.alts ?? []) addPattern(a, f.lang, i, PatternType.Surname, true);
            if (s.initial) addPattern(s.initial, f.lang, i, PatternType.Initial, true);
            if (s.digraph) addPattern(s.digraph, f.lang, i, PatternType.Initial, true);
          }
        }
      }
      // an office's or body's name: its other forms full, the title without the country generic
      const nameForms = (n: string) => {
        const forms = formsOf(n, lang, e.country);
        for (const f of forms.full) if (f !== n) addPattern(f, lang, i, PatternType.Full, false);
        for (const g of forms.generic) addPattern(g, lang, i, PatternType.Generic, false);
      };
      if (!person) for (const n of e.names?.[lang] ?? []) nameForms(n);
      if (lang === 'en' && e.kind === 'office' && e.heads && byId.has(e.heads)) {
        // (full forms only: the title without the country, "Head of the Presidential Executive Office", would be one
        // state's generic title where the resolver makes every state's from the title and the body)
        for (const n of headOfForms(e, byId.get(e.heads)!, sharedEnName)) for (const f of formsOf(n, lang, e.country).full) addPattern(f, lang, i, PatternType.Full, false);
      }
      if (e.kind === 'office' && e.heads && byId.has(e.heads)) {
        const derived = ministerNames(e, byId.get(e.heads)!)[lang];
        for (const n of derived.full) {
          addPattern(n, lang, i, PatternType.Full, false);
          nameForms(n);
        }
        for (const n of derived.generic) for (const f of [n, ...formsOf(n, lang, e.country).full]) addPattern(f, lang, i, PatternType.Generic, false);
      }
      if (lang === 'en' && e.kind === 'office' && e.heads && byId.has(e.heads)) {
        const forms = headedForms(e, byId.get(e.heads)!);
        for (const f of forms.full) addPattern(f, lang, i, PatternType.Full, false);
        for (const g of forms.generic) addPattern(g, lang, i, PatternType.Generic, false);
      }
      if (lang !== 'en' && e.kind === 'office' && e.heads && byId.has(e.heads))
        for (const f of headedAcronymForms(e, byId.get(e.heads)!)[lang]) addPattern(f, lang, i, PatternType.Full, false);
      if (e.kind === 'office' && e.heads && byId.has(e.heads)) {
        const forms = ministryHeadForms(e, byId.get(e.heads)!)[lang];
        for (const f of forms.full) addPattern(f, lang, i, PatternType.Full, false);
        for (const g of forms.generic) addPattern(g, lang, i, PatternType.Generic, false);
      }
      // Kazakhstan's ambassadors abroad by the bare title: "Kazakh Ambassador Askar Zhengis", "посол Казахстана Аскар
      // Женис", "Қазақстан елшісі"; the person named with it, or the post named earlier, says which (see resolve.ts)
      if (KZ_ENVOY_ID.test(e.id)) for (const n of KZ_ENVOY_TITLES[lang]) addPattern(n, lang, i, PatternType.Generic, false);
      for (const n of e.generic?.[lang] ?? []) {
        addPattern(n, lang, i, PatternType.Generic, person);
        // the forms derived from a name, derived from a generic title too, and as generic: "Ұлттық банк төрағасы" →
        // "Ұлттық банк басшысы", "председатель Нацбанка" → "глава Нацбанка"
        if (!person) {
          const forms = formsOf(n, lang, e.country);
          for (const f of [...forms.full, ...forms.generic]) if (f !== n) addPattern(f, lang, i, PatternType.Generic, false);
        }
      }
      for (const n of e.short?.[lang] ?? []) addPattern(n, lang, i, PatternType.Short, person);
      if (e.kind === 'office' && e.heads && byId.has(e.heads)) for (const n of ministerShorts(e, byId.get(e.heads)!)[lang]) if (!e.short?.[lang]?.includes(n)) addPattern(n, lang, i, PatternType.Short, false);
      for (const n of agencyShorts(e)[lang]) if (!e.short?.[lang]?.includes(n)) addPattern(n, lang, i, PatternType.Short, false);
      for (const n of deputyMinisterShorts(e)[lang]) if (!e.short?.[lang]?.includes(n)) addPattern(n, lang, i, PatternType.Short, false);
      for (const n of e.places?.[lang] ?? []) addPattern(n, lang, i, PatternType.Place, false);
      for (const n of e.context?.[lang] ?? []) addPattern(n, lang, i, PatternType.Context, false);
      if (lang === 'en') for (const n of contextSpellings(e)) addPattern(n, lang, i, PatternType.Context, false);
    }
  });

  // sorted by UTF-16 code unit: the matcher finds a stem by binary search with the same < comparison
  const stemKeys = [...stems.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const stemStart = [0];
  const stemFlat: number[] = [];
  for (const k of stemKeys) {
    stemFlat.push(...stems.get(k)!);
    stemStart.push(stemFlat.length);
  }
  const { edgeStart, edgeBase, renumber } = compressTrie(edgeList, nodes);
  const acceptOld = [...accepts.keys()].sort((a, b) => renumber[a] - renumber[b]);
  const acceptNode = acceptOld.map((n) => renumber[n]);
  // patterns numbered in the order of the nodes that accept them, so a node's patterns are one run of ids
  // (acceptStart[i] … acceptStart[i+1]) and no list of ids is stored; a node's own order stays ascending
  const acceptStart = [0];
  const order: number[] = [];
  for (const n of acceptOld) {
    order.push(...accepts.get(n)!);
    acceptStart.push(order.length);
  }
  const permute = <T>(a: T[]): T[] => order.map((old) => a[old]);
  const patEntityOut = permute(patEntity);
  const patTypeOut = permute(patType);
  const patMaskOut = permute(patMask);
  const index: MatchIndex = {
    v: 4,
    asOf,
    endings: paradigmEndings().map((l) => [...l]),
    stemKeys,
    stemStart,
    stemFlat,
    edgeStart,
    edgeBase,
    bases: baseIds.size,
    nodes,
    acceptNode,
    acceptStart,
    patEntity: patEntityOut,
    patType: patTypeOut,
    patMask: patMaskOut,
    masks: [...maskIds.keys()],
    entities: recs,
  };
  return {
    index,
    details: compileDetails(sorted, asOf),
    stats: { patterns: patEntity.length, bases: baseIds.size, nodes, stems: stems.size },
  };
}

/**
 * The trie as compressed rows (see MatchIndex.edgeStart), numbered breadth-first with each node's children in base
 * order: then the child of edge k is node k + 1, so the child numbers need not be stored. Returns the rows and the new
 * number of each old node.
 */
function compressTrie(edges: number[], nodes: number): { edgeStart: number[]; edgeBase: number[]; renumber: Int32Array } {
  const children: [number, number][][] = Array.from({ length: nodes }, () => []);
  for (let i = 0; i < edges.length; i += 3) children[edges[i]].push([edges[i + 1], edges[i + 2]]);
  const renumber = new Int32Array(nodes).fill(-1);
  const order = [0];
  renumber[0] = 0;
  const edgeStart = [0];
  const edgeBase: number[] = [];
  for (let q = 0; q < order.length; q++) {
    const kids = children[order[q]].sort((a, b) => a[0] - b[0]);
    for (const [base, child] of kids) {
      renumber[child] = order.length;
      order.push(child);
      edgeBase.push(base);
    }
    edgeStart.push(edgeBase.length);
  }
  if (order.length !== nodes) throw new Error(`trie: ${nodes - order.length} node(s) unreachable from the root`);
  return { edgeStart, edgeBase, renumber };
}

const namesWithPlaces = (e: EntitySource, l: Lang) => [...(e.names?.[l] ?? []), ...(e.places?.[l] ?? [])];

/** Entity details for cards and search: names by script, explanations, tenures with sources, relations. */
export function compileDetails(entities: EntitySource[], asOf: string): Details {
  const held = new Map<string, [string, number][]>();
  const headedBy = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const e of entities) {
    e.tenures?.forEach((t, i) => {
      const l = held.get(t.person) ?? [];
      l.push([e.id, i]);
      held.set(t.person, l);
    });
    if (e.heads) headedBy.set(e.heads, [...(headedBy.get(e.heads) ?? []), e.id]);
    if (e.parent) children.set(e.parent, [...(children.get(e.parent) ?? []), e.id]);
  }
  const out: EntityDetail[] = entities.map((e) => {
    const d: EntityDetail = {
      id: e.id,
      kind: e.kind,
      name: e.name,
      scope: e.scope,
      // a place that stands for the entity is one of its names for a card and the search
      names: { en: namesWithPlaces(e, 'en'), ru: namesWithPlaces(e, 'ru'), kk: namesWithPlaces(e, 'kk') },
      sources: e.sources,
    };
    if (e.generic) d.generic = e.generic;
    if (e.country) d.country = e.country;
    if (e.wikidata) d.wikidata = e.wikidata;
    if (e.nameHistory) d.nameHistory = e.nameHistory;
    if (e.from) d.from = e.from;
    if (e.to) d.to = e.to;
    if (e.lapses) d.lapses = e.lapses.map((l) => ({ from: l.from, to: l.to, ...(l.vacant ? { vacant: true } : {}), sources: l.sources }));
    if (e.parent) d.parent = e.parent;
    if (e.heads) d.heads = e.heads;
    if (e.replaces) d.replaces = e.replaces;
    if (e.replacedBy) d.replacedBy = e.replacedBy;
    if (e.multi) d.multi = true;
    if (e.explanation) d.explanation = e.explanation;
    if (e.tenures) d.tenures = e.tenures.map((t) => ({ ...t }));
    if (held.has(e.id)) d.held = held.get(e.id);
    if (headedBy.has(e.id)) d.headedBy = headedBy.get(e.id);
    if (children.has(e.id)) d.children = children.get(e.id);
    return d;
  });
  return { asOf, entities: out };
}
