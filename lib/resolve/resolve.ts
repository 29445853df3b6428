// Turns raw matches into mentions: picks the entity each match means (country context for generic titles,
// back-references for short forms, surnames only for people the page or the date supports), then dates them.
import { KZ_ENVOY_ID, PatternType, type MatchIndex } from '../index/types';
import { pastGenitive, type Matcher, type RawMatch, type Tokens } from '../match/matcher';
import { countryOfWord, EN_COUNTRY_NAMES, EN_DEMONYM, isPostingPlace } from './countries';
import { distanceFromExistence, existsAt, heldNear, holdersAt, officesByPerson, seenNear, tenuresAt, tenuresOf, type OfficesByPerson } from './holders';
import { roleBefore, roleFits } from './roles';
import { ACRONYM as ALL_CAPS, isCyrillic, kkGenitiveEnding } from '../text/inflect';
import { LATIN_DIGRAPH_INITIAL, hasKazakhLatinLetter, isKazakhLatin, kazakhLatinToCyrillic } from '../text/kazakh-latin';
import { keyOf } from '../text/fold';
import { cyrToLatin } from '../text/translit';

export type Form = 'full' | 'generic' | 'short' | 'surname';

export interface Ref {
  id: string;
  name: string;
}

/** A mention of an entity in a text. Offsets are UTF-16 into the text, end exclusive. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  id: string;
  kind: 'person' | 'office' | 'body';
  name: string;
  form: Form;
  /** Offices: the holder on the date (null when unknown or vacant). */
  holder?: Ref | null;
  /** Offices: the holder as of the gazetteer's date, when it differs from `holder`. */
  holderNow?: Ref | null;
  /** Persons: the offices held on the date. */
  offices?: Ref[];
  /** Set when the text does not decide between several entities: the first is shown, all are listed. */
  candidates?: Ref[];
  /**
   * Offices written as a past post ("former Prime Minister Karim Massimov", «бывший аким», «экс-министр»): the person
   * named with it when the record shows them in the office before the date, else null. `holder` stays the date's.
   */
  former?: Ref | null;
}

export interface ResolveOptions {
  /** The page date, YYYY-MM-DD. */
  date: string;
}

const KIND_NAMES = ['person', 'office', 'body'] as const;
/** Offices of heads of state and government, by id. */
const LEADER_OFFICE = /\.office\.(?:(?![a-z-]*(?:deputy|vice|assistant|under)-)[a-z-]*secretary-general|president|prime-minister|chancellor|monarch|king|emperor|emir|supreme-leader|crown-prince|chairman-of-the-presidential-council)$/;
/** Words as the tokeniser keys them (folded: "аэропорт" is "аеропорт"), for the sets compared with token keys. */
function keySet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(keyOf));
}

/** An item for a match with the kinds of names it reads, not yet resolved. */
function newItem(m: RawMatch, c: Kinds): Item {
  return { m, full: c.full, generic: c.generic, short: c.short, surname: c.surname, initial: c.initial, place: c.place, context: c.context, entity: undefined, form: undefined, candidates: undefined, adjacent: undefined };
}

/** The office of Kazakhstan's head of state. */
const PRESIDENT_OF_KAZAKHSTAN = 'kz.office.president';
// Words that open a sentence before a surname without being anybody's given name ("Then Yermekbayev said", «Затем
// Ермекбаев», «Кейін Ермекбаев»): at the start of a sentence any other capitalised word right before a Kazakhstan
// surname is taken for an unknown given name ("Samgat Yermekbayev" is not Nurlan Yermekbayev)
const SENTENCE_OPENERS = keySet([
  'then', 'later', 'earlier', 'also', 'meanwhile', 'today', 'yesterday', 'tomorrow', 'now', 'when', 'as', 'if', 'but', 'and',
  'so', 'while', 'after', 'before', 'since', 'where', 'here', 'there', 'thus', 'however', 'finally', 'first', 'second', 'third',
  'recently', 'previously', 'formerly', 'currently', 'next', 'besides', 'moreover', 'furthermore', 'additionally', 'instead',
  'still', 'yet', 'indeed', 'notably', 'specifically', 'similarly', 'likewise', 'accordingly', 'consequently', 'therefore',
  'otherwise', 'again', 'once', 'even', 'only', 'perhaps', 'at', 'in', 'on', 'for', 'with', 'by', 'from', 'to', 'of', 'under',
  'per', 'via', 'between', 'among', 'during', 'upon', 'whereas', 'although', 'though', 'because', 'unless', 'until', 'whether',
  'both', 'either', 'neither', 'not', 'nor', 'or', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their',
  'our', 'its', 'what', 'who', 'whom', 'whose', 'which', 'how', 'why', 'said', 'says', 'told', 'added', 'noted', 'stressed',
  'emphasized', 'emphasised', 'asked', 'replied', 'answered', 'explained', 'continued', 'concluded', 'welcomed', 'thanked',
  'congratulating', 'ex', 'acting', 'incumbent', 'outgoing', 'senator', 'deputy', 'secretary', 'minister', 'ambassador',
  'mayor', 'governor', 'akim', 'chairman', 'chairwoman', 'chair', 'president', 'premier', 'speaker', 'professor', 'general',
  'colonel', 'academician', 'comrade', 'citizen', 'councillor', 'director', 'spokesman', 'spokeswoman', 'journalist', 'lawyer',
  'judge', 'prosecutor', 'commissioner', 'candidate', 'envoy', 'counsellor', 'advisor', 'adviser', 'head', 'leader',
  'затем', 'потом', 'позже', 'позднее', 'ранее', 'сегодня', 'вчера', 'завтра', 'теперь', 'сейчас', 'когда', 'как', 'если',
  'но', 'и', 'а', 'так', 'пока', 'после', 'до', 'кроме', 'однако', 'наконец', 'сначала', 'также', 'еще', 'уже', 'вот',
  'именно', 'даже', 'лишь', 'только', 'при', 'в', 'во', 'на', 'с', 'со', 'по', 'для', 'от', 'к', 'о', 'об', 'у', 'за', 'из',
  'между', 'среди', 'через', 'тогда', 'здесь', 'там', 'поэтому', 'впрочем', 'кстати', 'итак', 'сам', 'сама', 'глава',
  'министр', 'аким', 'депутат', 'сенатор', 'посол', 'председатель', 'президент', 'спикер', 'премьер', 'генерал', 'полковник',
  'профессор', 'академик', 'экс', 'врио', 'вице', 'судья', 'прокурор', 'адвокат', 'журналист', 'советник', 'директор',
  'кейін', 'бұдан', 'бүгін', 'кеше', 'ертең', 'енді', 'қазір', 'алайда', 'сонымен', 'осы', 'сол', 'ал', 'және', 'бірақ',
  'мысалы', 'соңында', 'біріншіден', 'екіншіден', 'бұл', 'онда', 'мұнда', 'сондықтан', 'яғни', 'әрі', 'тек', 'тіпті',
  'әсіресе', 'сонда', 'әкім', 'елші', 'төраға', 'мәжіліс', 'сенат', 'бас', 'аға', 'кеңесші', 'басшы',
]);
// a man's surname in the nominative, Russian or Kazakh (not «Токаева», which may be a genitive)
const CYRILLIC_NOMINATIVE_SURNAME = /(?:ов|ев|ёв|ин|ын|ий|ый|ко|ук|юк|ұлы|улы|қызы|кызы)$/u;
/** A Kazakh plural of heads and secretaries, any case: "басшылары", "хатшыларының", "төрағаларымен". */
const KK_PLURAL_OFFICERS = /^(?:басшы|хатшы|төраға|жетекші)(?:лар|лер)/u;
/** Nouns "министрлік" modifies as an adjective (ministerial): a meeting, a level, a conference. */
const KK_MINISTERIAL_NOUN = /^(?:кездесу|деңгей|отырыс|конференция|кеңес|форум|диалог|саммит)/u;
/** An English possessive and a capitalised title after a body's name: "'s Secretary", "'s Deputy Chairman". */
const EN_POSSESSIVE_TITLE = /^['’]s ((?:First |Deputy |Vice[- ])*(?:Secretary(?: General)?|Chair(?:man|woman|person)?|Head|Director|Speaker|President|Prosecutor|Commissioner|Ombudsman))(?![\p{L}-])/u;
/** A deputy's English title right before a body's name: "First Deputy Chairperson of the ", "deputy head of ". */
const EN_DEPUTY_TITLE_BEFORE = /(?<![\p{L}-])(?:[Ff]irst )?(?:[Dd]eputy|[Vv]ice)[- ]([Cc]hair(?:man|woman|person)?|[Hh]ead|[Dd]irector|[Ss]peaker|[Pp]resident|[Gg]overnor|[Mm]inister) of (?:the )?$/u;
/** "First Deputy ", "Deputy ", "Vice-" right before a head's title, in English. */
const EN_DEPUTY_LEAD = /(?<![\p{L}-])(?:(?:First|first) )?(?:Deputy|deputy|Vice|vice)[- ]$/u;
/** "honorary", «почетный» (any case), «құрметті» right before a title: a distinction named after the post. */
const HONORARY_BEFORE = /(?<![\p{L}-])(?:[Hh]onorary|[Пп]оч[её]тн[а-яё]+|[Құ]ұрметті) $/u;
const HONORIFICS = keySet(['mr', 'mrs', 'ms', 'dr', 'sir', 'madam', 'mister', 'господин', 'г', 'н', 'госпожа']);

/** The entities a match's patterns name, by the kind of name (shared by every match with the same patterns). */
interface Kinds {
  readonly full: readonly number[];
  readonly generic: readonly number[];
  readonly short: readonly number[];
  readonly surname: readonly number[];
  readonly initial: boolean;
  /** The full names are only names of a place that stands for the entity ("Akorda", "the Kremlin"). */
  readonly place: boolean;
  /** Entities whose place this is ("Almaty": the city's akimat), when nothing else matched here: named, not mentioned. */
  readonly context: readonly number[];
}

interface Item extends Kinds {
  m: RawMatch;
  entity: number | undefined;
  form: Form | undefined;
  candidates: readonly number[] | undefined;
  /** The person named right after this title (see personAfter), once computed: -1 none. */
  adjacent: number | undefined;
}

const NONE: number[] = [];
/** `list` with `e` added once (a new array the first time, so the shared empty one is never changed). */
const add = (list: number[], e: number): number[] => (list === NONE ? [e] : list.includes(e) ? list : (list.push(e), list));

/**
 * A title alone names a post of Kazakhstan from a year before it exists (news names a post planned for the coming
 * months: "the Kurultai" in early 2026) to fifteen years after it last existed (a past post in a biography: "Minister
 * of Information and Communications" in 2021); beyond those it is another's.
 */
const DAYS_AHEAD = 365;
const DAYS_AFTER = 15 * 365;
// how far from a sighting of a person in an office a page naming that person with the title is taken at its word
const SEEN_REACH_DAYS = 365;
// Russian prepositions of place: a state named after one is where something happens ("в Египте", "из Китая")
const PLACE_PREPOSITION_RU = new Set(['в', 'во', 'на', 'из', 'по']);
// a Kazakh office or body gone this long is not what its bare title means where another state's of that name exists
const DAYS_GONE = 3 * 365;

/** Prepared resolution state for one index (per-person tenures), reused across documents. */
export class Resolver {
  private byPersonRows?: OfficesByPerson;
  constructor(
    readonly matcher: Matcher,
    readonly index: MatchIndex = matcher.index,
  ) {}

  /** The offices a person held, one per tenure (an office held twice comes twice); the table is built on first use (a page without people named in it never needs it). */
  private heldBy(person: number): number[] {
    const { start, list } = (this.byPersonRows ??= officesByPerson(this.index));
    const out: number[] = [];
    for (let k = start[person]; k < start[person + 1]; k++) out.push(list[k]);
    return out;
  }

  private memoDate = '';
  private memoOffices = new Map<number, number[]>();
  private memoHolders = new Map<number, number[]>();

  /**
   * "Нурлан Кудиярович Бекназаров": where a given name and a patronymic stand right before a surname, the start of the
   * whole name when the given name and the surname make one of the person's full names, else undefined.
   */
  private givenPatronymicStart(text: string, start: number, end: number, person: number): number | undefined {
    const before = GIVEN_PATRONYMIC_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
    if (!before) return undefined;
    const given = before[0].slice(0, before[0].indexOf(' '));
    const probe = `${given} ${text.slice(start, end)}`;
    const full = this.matcher.find(probe).matches.some((m) => m.start === 0 && m.end === probe.length && this.kindsOf(m.patterns).full.includes(person));
    return full ? start - before[0].length : undefined;
  }

  /**
   * The entities named by the same place as `e` count as named at `pos`; those that share only a wider place with it
   * just before, so that a back-reference prefers the closer ones: «Мұнайлы ауданы әкімдігі … аудандық мәслихат» is
   * Munaily's maslikhat, not another district's of the same region.
   */
  private seeSiblings(e: number, pos: number, lastSeen: Map<number, number>) {
    const rec = this.index.entities[e];
    const sib = rec.sib;
    if (!sib) return;
    const close = rec.sc ?? sib.length;
    for (let i = 0; i < sib.length; i++) lastSeen.set(sib[i], i < close ? pos : pos - 0.5);
  }

  /** Where the page last named one of the entities `e` replaced (see EntityRec.r), -1 when none. */
  private replacedSeenAt(e: number, lastSeen: Map<number, number>): number {
    let at = -1;
    for (const x of this.index.entities[e].r ?? NONE) at = Math.max(at, lastSeen.get(x) ?? -1);
    return at;
  }

  /** Entities named by the same place (see EntityRec.sib). */
  private siblings(e: number): readonly number[] {
    return this.index.entities[e].sib ?? NONE;
  }

  private officesByBody?: Map<number, number[]>;
  /** The offices that belong to a body (made on first use). */
  private officesOf(body: number): readonly number[] {
    if (!this.officesByBody) {
      this.officesByBody = new Map();
      this.index.entities.forEach((e, i) => {
        if (e.k !== 1 || e.p === undefined) return;
        const l = this.officesByBody!.get(e.p);
        if (l) l.push(i);
        else this.officesByBody!.set(e.p, [i]);
      });
    }
    return this.officesByBody.get(body) ?? NONE;
  }

  /**
   * The deputy's office of a body whose English name begins with the deputy's title and the head's word ("Deputy
   * Chairman of …" for "(First) Deputy Chairman"), when there is one.
   */
  private deputyOf(body: number, headWord: string): number | undefined {
    const low = headWord.toLowerCase().replace(/[^\p{L}-]/gu, '');
    // (a chair by any of its words: "Deputy Chairperson" is the "Deputy Chairman")
    // (and an akim by the English words for the post: "first deputy mayor of the city of Astana" is a Deputy Akim)
    const word = /^chair/.test(low) ? 'chair(?:man|woman|person)?' : /^(?:akim|mayor|governor)$/.test(low) ? '(?:akim|mayor|governor)' : low;
    const title = new RegExp(`^(?:first )?(?:deputy|vice)[- ]${word} of `);
    const ents = this.index.entities;
    const fits = this.officesOf(body).filter((o) => ents[o].h === undefined && title.test(ents[o].n.toLowerCase()));
    return fits.length === 1 ? fits[0] : undefined;
  }

  /** The one office of a body whose English name begins with `title` and " of " ("Secretary" → "Secretary of the …"). */
  private officeOfBody(body: number, title: string): number | undefined {
    const lead = `${title.toLowerCase()} of `;
    const fits = this.officesOf(body).filter((o) => this.index.entities[o].n.toLowerCase().startsWith(lead));
    return fits.length === 1 ? fits[0] : undefined;
  }

  private headsByBody?: Map<number, number[]>;
  /** The offices that head a body (made on first use). */
  private headsOf(body: number): readonly number[] {
    if (!this.headsByBody) {
      this.headsByBody = new Map();
      this.index.entities.forEach((e, i) => {
        if (e.k === 1 && e.h !== undefined) {
          const l = this.headsByBody!.get(e.h);
          if (l) l.push(i);
          else this.headsByBody!.set(e.h, [i]);
        }
      });
    }
    return this.headsByBody.get(body) ?? NONE;
  }

  /**
   * Whether a back-reference is followed by a body named in full (" of the …", or a Russian genitive) to which none of
   * the entities it may refer to belongs.
   */
  private ofOtherBody(text: string, it: Item, next: Item | undefined): boolean {
    if (next === undefined || !next.full.length || !this.allBodies(next.full)) return false;
    const between = text.slice(it.m.end, next.m.start);
    if (!/^ of (?:the )?$/.test(between) && !(between === ' ' && /[а-яё]/.test(text.slice(it.m.start, it.m.end)) && !kazakhText(text.slice(it.m.start, next.m.end)))) return false;
    return !it.short.some((e) => next.full.some((b) => b === e || this.under(e, b)));
  }

  /** Whether an entity belongs to a body: the body is its parent, the body it heads, or above them. */
  private under(e: number, body: number): boolean {
    const ents = this.index.entities;
    let b: number | undefined = ents[e].h ?? ents[e].p;
    for (let n = 0; n < 5 && b !== undefined; n++) {
      if (b === body) return true;
      b = ents[b].p;
    }
    return false;
  }

  /**
   * A body's name, its acronym in brackets, then the rest of a name that begins with the acronym: "the Shanghai
   * Cooperation Organization (SCO) Council of Heads of State", "the Eurasian Economic Union (EAEU) intergovernmental
   * council" are one mention of the council (or the office), not of the organisation. Replaces the items in place.
   */
  private joinAcronymNames(text: string, tokens: Tokens, items: Item[]): void {
    for (let k = 0; k + 1 < items.length; k++) {
      const body = items[k];
      const acr = items[k + 1];
      if (!body.full.length || !this.allBodies(body.full) || text.slice(body.m.end, acr.m.start) !== ' (' || text[acr.m.end] !== ')' || text[acr.m.end + 1] !== ' ') continue;
      if (!acr.full.some((e) => body.full.includes(e))) continue;
      const acronym = text.slice(acr.m.start, acr.m.end);
      const restFrom = acr.m.end + 2;
      const probe = `${acronym} ${text.slice(restFrom, restFrom + 120)}`;
      const m0 = this.matcher.find(probe).matches[0];
      if (!m0 || m0.start !== 0 || m0.end <= acronym.length + 1) continue;
      const kinds = this.kindsOf(m0.patterns);
      const owner = body.full.filter((b) => acr.full.includes(b));
      const full = kinds.full.filter((e) => owner.some((b) => this.under(e, b)));
      if (!full.length) continue;
      const end = restFrom + (m0.end - acronym.length - 1);
      let last = acr.m.lastToken;
      while (last + 1 < tokens.starts.length && tokens.ends[last + 1] <= end) last++;
      if (tokens.ends[last] !== end) continue;
      const joined = newItem({ ...body.m, end, lastToken: last, patterns: m0.patterns }, { ...kinds, full, generic: NONE, short: NONE, surname: NONE, initial: false, context: NONE });
      let j = k + 2;
      while (j < items.length && items[j].m.start < end) j++;
      items.splice(k, j - k, joined);
    }
  }

  /**
   * Two titles joined by "and" that share the second one's complement: "Press Secretary and Advisor to the President" is
   * the President's press secretary and his adviser. A first title that is only a generic one takes the offices its
   * words make with the complement.
   */
  private shareComplement(text: string, items: Item[]): void {
    for (let k = 0; k + 1 < items.length; k++) {
      const first = items[k];
      const second = items[k + 1];
      if (first.full.length || !first.generic.length || !(second.full.length || second.generic.length) || text.slice(first.m.end, second.m.start) !== ' and ') continue;
      const complement = / (?:of|to|for) (?:the )?\p{Lu}.*$/u.exec(text.slice(second.m.start, second.m.end));
      if (!complement) continue;
      const probe = text.slice(first.m.start, first.m.end) + complement[0];
      const m0 = this.matcher.find(probe).matches[0];
      if (!m0 || m0.start !== 0 || m0.end !== probe.length) continue;
      // (the titles the two words make with it, full or generic as the whole is: "Press Secretary to the President" is any
      // state's, decided as the second title is)
      const kinds = this.kindsOf(m0.patterns);
      const full = kinds.full.filter((e) => this.index.entities[e].k === 1);
      const generic = kinds.generic.filter((e) => this.index.entities[e].k === 1);
      if (full.length || generic.length) items[k] = newItem(first.m, { ...first, full, generic: generic.length ? generic : first.generic });
    }
  }

  /** Whether a body is above the body an office heads or sits in (its parent, or the parent's parent …), not that body. */
  private bodyAbove(office: number, body: number): boolean {
    const ents = this.index.entities;
    return ents[body].k === 2 && (ents[office].h ?? ents[office].p) !== body && this.under(office, body);
  }

  /** The state named in the possessive between a title and a body: " of Kyrgyzstan's " → "kg". */
  private possessiveStateOf(between: string): string | undefined {
    const m = /^ of (?:the )?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)['’]s $/u.exec(between);
    return m ? (TWO_WORD_COUNTRIES.get(m[1].toLowerCase()) ?? countryOfWord(keyOf(m[1]), true)) : undefined;
  }

  private chairLikeMemo = new Map<number, boolean>();
  /** Whether an office's English name calls its holder a chairman, head, director, president or the like (not a minister). */
  private chairLike(office: number): boolean {
    let v = this.chairLikeMemo.get(office);
    if (v === undefined) {
      const names = this.index.entities[office].n;
      v = CHAIR_LIKE.test(names);
      this.chairLikeMemo.set(office, v);
    }
    return v;
  }

  private givenNames?: Map<string, number>;
  /**
   * Whether an unknown name in Latin letters follows the match ("Senator Steve Daines") whose given name, among the
   * gazetteer's people, only foreigners bear (1: some of Kazakhstan's people, 2: only others).
   */
  private foreignNameAfter(text: string, tokens: Tokens, m: RawMatch, matchedToken: Uint8Array): boolean {
    const t = m.lastToken + 1;
    const { starts, ends } = tokens;
    if (t + 1 >= starts.length || matchedToken[t] || starts[t] - m.end !== 1 || starts[t + 1] - ends[t] !== 1) return false;
    if (text[m.end] !== ' ' || text[ends[t]] !== ' ' || !/^\p{Lu}\p{Ll}+$/u.test(text.slice(starts[t], ends[t])) || !/^\p{Lu}/u.test(text[starts[t + 1]])) return false;
    if (!/^[A-Za-z]/.test(text[starts[t]])) return false;
    return this.givenNameOf(tokens.key(t)) === 2;
  }

  /** True when one initial ("Б.", "B. ", "Zh.") stands right before the match, after no other initial. */
  private otherInitial(text: string, tokens: Tokens, m: RawMatch): boolean {
    const { starts, ends } = tokens;
    // one capital, or a Latin pair for one Kazakh letter ("Zh.", "Sh.")
    const initialAt = (t: number, next: number) =>
      t >= 0 && (ends[t] - starts[t] === 1 || LATIN_DIGRAPH_INITIAL.test(text.slice(starts[t], ends[t]))) && isUpper(text.charCodeAt(starts[t])) && /^\. ?$/.test(text.slice(ends[t], next));
    const b = m.firstToken - 1;
    return initialAt(b, m.start) && !initialAt(b - 1, starts[b]);
  }

  /** 1 when some of Kazakhstan's people in the gazetteer bear this given name (a folded key), 2 when only others, 0 when none. */
  private givenNameOf(key: string): number {
    if (!this.givenNames) {
      this.givenNames = new Map();
      for (const e of this.index.entities)
        if (e.k === 0) {
          const given = e.n.slice(0, e.n.indexOf(' ')).toLowerCase();
          if (given) this.givenNames.set(given, (this.givenNames.get(given) ?? 0) | (e.s === 'kz' ? 1 : 2));
        }
    }
    return this.givenNames.get(key) ?? 0;
  }

  private resetMemo(date: string) {
    if (date === this.memoDate) return;
    this.memoDate = date;
    this.memoOffices.clear();
    this.memoHolders.clear();
    this.memoOfficeRefs.clear();
    this.memoActive.clear();
    this.existsMemo = new Uint8Array(this.index.entities.length);
  }

  private memoActive = new Map<readonly number[], readonly number[]>();
  /** The entities of a (cached, shared) candidate list that exist on the current date, memoised per list. */
  private activeOf(list: readonly number[], date: string): readonly number[] {
    if (date !== this.memoDate) return list.filter((e) => this.exists(e, date));
    let a = this.memoActive.get(list);
    if (!a) {
      a = list.filter((e) => this.exists(e, date));
      if (this.memoActive.size >= 50_000) this.memoActive.clear();
      this.memoActive.set(list, a);
    }
    return a;
  }

  private memoHoldersNow = new Map<number, number[]>();
  /** Holders (person indexes) of an office on `date`, memoised for the current date and for the gazetteer's date. */
  private holdersOn(office: number, date: string): number[] {
    const memo = date === this.memoDate ? this.memoHolders : date === this.index.asOf ? this.memoHoldersNow : undefined;
    if (!memo) return holdersAt(tenuresOf(this.index, office), date);
    let h = memo.get(office);
    if (!h) {
      h = holdersAt(tenuresOf(this.index, office), date);
      memo.set(office, h);
    }
    return h;
  }

  /** Offices (indexes) a person held on `date`. */
  officesAt(person: number, date: string): number[] {
    if (date === this.memoDate) {
      let o = this.memoOffices.get(person);
      if (!o) {
        o = this.computeOfficesAt(person, date);
        this.memoOffices.set(person, o);
      }
      return o;
    }
    return this.computeOfficesAt(person, date);
  }

  private computeOfficesAt(person: number, date: string): number[] {
    const out: number[] = [];
    for (const o of this.heldBy(person)) if (!out.includes(o) && tenuresAt(tenuresOf(this.index, o), date).some((t) => t[0] === person)) out.push(o);
    // and, after those, a term that ended that day: the person held it that day too
    for (const o of this.heldBy(person)) if (!out.includes(o) && tenuresOf(this.index, o)?.some((t) => t[0] === person && t[2] === date)) out.push(o);
    return out;
  }

  /** The person was President of Kazakhstan before `date`. */
  private formerHeadOfState(person: number, date: string): boolean {
    for (const o of this.everHeld(person)) {
      if (this.index.entities[o].id !== PRESIDENT_OF_KAZAKHSTAN) continue;
      if (tenuresOf(this.index, o)?.some((t) => t[0] === person && t[1] < date)) return true;
    }
    return false;
  }

  /** The person ever held one of `offices`. */
  private heldAny(person: number, offices: readonly number[]): boolean {
    const held = this.everHeld(person);
    return offices.some((o) => held.has(o));
  }

  private readonly heldMemo = new Map<number, ReadonlySet<number>>();
  /** Every office a person ever held (the date does not matter: "Foreign Minister Lavrov" names his office). */
  private everHeld(person: number): ReadonlySet<number> {
    let h = this.heldMemo.get(person);
    if (!h) {
      h = new Set(this.heldBy(person));
      this.heldMemo.set(person, h);
    }
    return h;
  }

  // keyed by the list object (the matcher shares one per accepting group); bounded, as merged lists are new each time
  private readonly kindsCache = new Map<readonly number[], Kinds>();
  /** Sorts a match's patterns by kind of name; the matcher shares pattern lists, so this runs once per list. */
  private kindsOf(patterns: readonly number[]): Kinds {
    let k = this.kindsCache.get(patterns);
    if (k) return k;
    const { patEntity, patType } = this.index;
    let full = NONE;
    let generic = NONE;
    let short = NONE;
    let surname = NONE;
    let initial = false;
    let named = false;
    let placed = false;
    let context = NONE;
    for (const p of patterns) {
      const e = patEntity[p];
      const type = patType[p];
      if (type === PatternType.Full) {
        full = add(full, e);
        named = true;
      } else if (type === PatternType.Place) {
        full = add(full, e);
        placed = true;
      } else if (type === PatternType.Context) context = add(context, e);
      else if
      (type === PatternType.Generic) generic = add(generic, e);
      else if (type === PatternType.Short) short = add(short, e);
      else {
        surname = add(surname, e);
        if (type === PatternType.Initial) initial = true;
      }
    }
    const other = full.length + generic.length + short.length + surname.length > 0;
    k = { full, generic, short, surname, initial, place: placed && !named, context: other ? NONE : context };
    if (this.kindsCache.size >= 50_000) this.kindsCache.clear();
    this.kindsCache.set(patterns, k);
    return k;
  }

  /** Finds and resolves the mentions in `text`. */
  resolve(text: string, opts: ResolveOptions): Mention[] {
    return this.session(opts).add(text);
  }

  /**
   * A resolution session over consecutive chunks of one page: what earlier chunks named (full names, titles)
   * carries over to later ones, so a page can be processed in slices.
   */
  session(opts: ResolveOptions): ResolveSession {
    return new ResolveSession(this, opts);
  }

  /** @internal */
  resolveChunk(text: string, matches: RawMatch[], tokens: Tokens, opts: ResolveOptions, st: SessionState): Mention[] {
    const { date } = opts;
    this.resetMemo(date);
    const ents = this.index.entities;
    // a page in Kazakh (this chunk or an earlier one), not a Russian one with a Kazakh name
    const kazakhPage = (st.kazakh ||= kazakhText(text));
    // on a page not in Kazakh, a match read only with a Kazakh ending is none: "Филиппин" (the Philippines) is no
    // Kazakh genitive of Philippe, "кандидатов в президенты" no Kazakh possessive of "президент"
    // (and of a match read both ways, only the readings without it: "Мамина" is Mamin's, not Kairat Mami's with the
    // Kazakh dative "-на")
    if (!kazakhPage) matches = matches.map((m) => this.withoutKazakhEndings(tokens, m)).filter((m) => m !== undefined);
    const items: Item[] = matches.map((m) => newItem(m, this.kindsOf(m.patterns)));
    this.joinAcronymNames(text, tokens, items);
    this.shareComplement(text, items);

    // "заместитель председателя партии «Нур Отан»", "Deputy Chairman of the Nur Otan party": a deputy's post is not the
    // office named, but the body named inside it is a mention of its own
    for (let k = 0; k < items.length; k++) {
      const it = items[k];
      if (!it.full.length || it.m.firstToken === it.m.lastToken || !this.allOffices(it.full) || this.subordinate(text, tokens, it) !== 'deputy') continue;
      // words joined by hyphens only are an identifier or a compound ("first-deputy-chairman-of-nur-otan"), not prose
      if (!/\s/.test(text.slice(it.m.start, it.m.end))) continue;
      // (in Kazakh the title comes last: "Халық Кеңесі төрағасының екі орынбасары" names the body first)
      const titleLast = KAZAKH_LETTER.test(text.slice(it.m.start, it.m.end));
      const first = titleLast ? it.m.firstToken : it.m.firstToken + 1;
      const from = tokens.starts[first];
      const inner: Item[] = [];
      for (const m of this.matcher.find(text.slice(from, titleLast ? tokens.ends[it.m.lastToken - 1] : it.m.end)).matches) {
        const c = this.kindsOf(m.patterns);
        if (!c.full.length || !this.allBodies(c.full)) continue;
        const shifted = { ...m, start: m.start + from, end: m.end + from, firstToken: m.firstToken + first, lastToken: m.lastToken + first };
        inner.push(newItem(shifted, { ...c, generic: NONE, short: NONE, surname: NONE, initial: false, context: NONE }));
      }
      items.splice(k + 1, 0, ...inner);
      k += inner.length;
    }

    // persons named in full anywhere on the page (so far) license their surname alone
    const namedInFull = st.namedInFull;
    for (const it of items)
      if (it.full.length === 1 && ents[it.full[0]].k === 0) {
        namedInFull.add(it.full[0]);
        // the surname as written there, for a later surname spelt otherwise ("Смайылов" … "Смайловтың")
        // (a last word with a surname's ending: "Смайылов Әлихан", written surname first, ends in a given name)
        const written = text.slice(it.m.start, it.m.end);
        const word = written.slice(written.lastIndexOf(' ') + 1);
        const last = surnameSkeleton(word);
        if (written.includes(' ') && last.length >= 4 && (SURNAME_END.test(word) || LATIN_SURNAME_END.test(word))) st.fullSurname.set(it.full[0], last);
        // and, in Latin letters, as it was written, for a misspelt surname later ("Nurleu" after "Murat Nurtleu")
        if (written.includes(' ') && LATIN_WORD.test(word)) st.latinSurname.set(it.full[0], keyOf(word));
      }

    const lastSeen = st.lastSeen;
    const introduce = (e: number, pos: number) => {
      const rec = ents[e];
      lastSeen.set(e, pos);
      // what it belongs to, two levels up: "Chairman of the … Committee of the Senate" names the Senate too (not a
      // diplomat's ministry at home: "the minister" an ambassador meets is the host state's)
      if (rec.p !== undefined && !ENVOY_ID.test(rec.id)) {
        lastSeen.set(rec.p, pos);
        const up = ents[rec.p].p;
        if (up !== undefined) lastSeen.set(up, pos);
      }
      if (rec.h !== undefined) {
        lastSeen.set(rec.h, pos);
        this.seeSiblings(rec.h, pos, lastSeen);
      }
      this.seeSiblings(e, pos, lastSeen);
      if (rec.k === 0) for (const o of this.officesAt(e, date)) lastSeen.set(o, pos);
    };
    const matchedToken = new Uint8Array(tokens.starts.length);
    for (const it of items) for (let t = it.m.firstToken; t <= it.m.lastToken; t++) matchedToken[t] = 1;
    if (st.kzAt === Infinity) this.namedStates(text, tokens, items, st);

    // places named (context only), by their first token
    const contextAt = new Map<number, readonly number[]>();
    st.placesAhead = items.filter((it) => it.context.length).map((it) => ({ start: it.m.start, ents: it.context }));
    for (const it of items) if (it.context.length) {
      contextAt.set(it.m.firstToken, it.context);
      for (let t = it.m.firstToken; t <= it.m.lastToken; t++) matchedToken[t] = 2;
    }
    let place = -1;
    let sub: 'deputy' | 'lower' | undefined;
    items.forEach((it, k) => {
      const pos = st.base + it.m.start;
      place = -1;
      if (namesAThing(text, tokens, it.m, matchedToken)) {
        // "Ak Zhol street", "Baiterek tower", "улица Абая", "minister-level talks": part of another thing's name
      } else if (!it.full.length && CHAMBER_DESCRIBED.test(text.slice(it.m.start, it.m.end + 60))) {
        // "the upper chamber of Kazakhstan's Parliament, the Senate": a description of the chamber, whose mention is the
        // Parliament named in it (and the chamber's name beside it)
      } else if (!it.surname.length && !it.context.length && !this.anyPerson(it) && countedBefore(text, it.m.start, kazakhPage)) {
        // "11 мемлекет басшысы", "үш министр", "два министра": a number of posts or bodies, none of them named (Kazakh
        // and Russian count with the singular; English "two ministers" has the plural no name has)
      } else if (kazakhPage && !it.surname.length && !this.anyPerson(it) && this.allBodies(it.full) && this.allBodies(it.generic) && this.allBodies(it.short) && this.kazakhModifierOfPlural(text, tokens, it.m, !it.full.length && !it.generic.length)) {
        // "мемлекет және үкімет басшылары", "қауіпсіздік кеңесі хатшыларының", "СІМ басшылары": Kazakh, a body's name as
        // the modifier of a plural of its officers (the heads of governments, the secretaries of security councils), or
        // "министрлік кездесу" (a ministerial meeting): no body named
      } else if (kazakhPage && it.m.firstToken > 0 && KK_MEETING_BEFORE.has(tokens.key(it.m.firstToken - 1)) && tokens.starts[it.m.firstToken] - tokens.ends[it.m.firstToken - 1] === 1 && KK_MEETING.test(tokens.key(it.m.firstToken))) {
        // "алқа мәжілісі" (a board meeting), "баспасөз мәслихаты" (a press conference): a meeting, in any case of letters
        // ("БІЛІМ САЛАСЫНЫҢ АЛҚА МӘЖІЛІСІ ӨТТІ")
      } else if (it.m.firstToken === it.m.lastToken && KK_COMMON_NOUNS.has(kkStem(tokens.key(it.m.firstToken))) && kkLowerWord(text, it.m) && this.allBodies([...it.full, ...it.generic, ...it.short])) {
        // "мәжіліс өтеді" (a meeting), "партияның құрылтайы" (a congress): in Kazakh the word in lower case is the
        // common noun; the chamber is written "Мәжіліс", "Құрылтай" (Russian "мажилис" in lower case is the chamber);
        // a member's title made of it is no meeting ("мәжілісмен Ерлан Сайыров")
      } else if (!it.full.length && inCompound(text, it.m.start)) {
        // "co-speaker", "Inter-Chamber Commission", "вице-министр": a title, back-reference or surname inside a compound
        // word is part of another word
      } else if (!it.full.length && stateBodyAfter(text, tokens, it.m, matchedToken)) {
        // "Head of the State Revenue Department": the start of a state body's name
      } else if (it.context.length) {
        // "Almaty": its akimat and maslikhat count as named, for "the city's mayor" and "the local maslikhat"
        for (const e of it.context) {
          lastSeen.set(e, pos);
          // a city within a region names the region too, just before ("В Кызылорде … аким области"), so a bare "the
          // akim" stays the city's; a parent no place names (a ministry over its regional department) is not named
          const up = ents[e].p;
          const region = up === undefined ? NONE : this.siblings(up);
          for (let i = region.length ? -1 : 0; i < region.length; i++) {
            const x = i < 0 ? up! : region[i];
            // (at the very start of the page, too: "КАРАГАНДА. КАЗИНФОРМ – Аким области …")
            if ((lastSeen.get(x) ?? -Infinity) < pos - 1) lastSeen.set(x, pos - 1);
          }
        }
      } else if (it.place && (atPlace(text, tokens, it.m) || (KK_PLACE_CASE.test(text.slice(it.m.start, it.m.end)) && this.kazakhEndingOnly(tokens, it.m)))) {
        // "received him in Akorda": the building, not the institution named after it
      } else if (!it.full.length && this.allBodies(it.generic) && this.allBodies(it.short) && lowerBodyBefore(text, tokens, it.m)) {
        // "the territorial election commission", "участковой избирательной комиссии", "district police department": a lower body of
        // the same kind, not the national one
      } else if ((sub = this.subordinate(text, tokens, it)) !== undefined) {
        // "Deputy Minister of Energy", "заместитель акима", "district akim": another post than the office named; a lower
        // post of the same kind is what a later bare "the akim" means
        if (sub === 'lower') for (const e of it.short.length ? it.short : [...it.full, ...it.generic]) st.otherPost.set(e, pos);
        else {
          // "deputy chairman of the Financial Monitoring Agency": in English, the deputy's office of the body the head's
          // title names, when the gazetteer has one by that title
          const lead = EN_DEPUTY_LEAD.exec(text.slice(Math.max(0, it.m.start - 24), it.m.start));
          const bodies = new Set([...it.full, ...it.generic].map((e) => ents[e].h));
          const [body] = bodies;
          const word = /^\p{L}+/u.exec(text.slice(it.m.start, it.m.end))?.[0];
          const dep = lead && bodies.size === 1 && body !== undefined && word ? this.deputyOf(body, word) : undefined;
          if (dep !== undefined && this.exists(dep, date)) {
            it.entity = dep;
            it.form = 'generic';
            it.m = { ...it.m, start: it.m.start - lead![0].length };
          }
        }
      } else if (it.full.length && this.allPostings(it.full) && postedElsewhere(text, tokens, it.m)) {
        // "Посол США в России", "the Ambassador of Russia to the United States": that state's envoy to another state,
        // not the one to Kazakhstan
      } else if (it.full.length && this.allOffices(it.full) && statesListedAfter(text, tokens, it.m)) {
        // "главы Кыргызстана, Турции, Узбекистана", "the Presidents of Kyrgyzstan and Uzbekistan": a title of several
        // states listed, the heads of all of them, none named
      } else if (it.full.length) {
        this.pickFull(it, date);
        this.preferExisting(it, date, lastSeen, text);
      } else if (it.generic.length && !it.short.length && (afterExPrefix(text, it.m.start) || HONORARY_BEFORE.test(text.slice(Math.max(0, it.m.start - 12), it.m.start)))) {
        // "Ex-Senator", "экс-премьер": a title the person no longer holds, not a mention of the office; "honorary senator",
        // «почетного сенатора», «құрметті сенатор»: a distinction, not the post
      } else if (it.generic.length && !it.short.length && (toOtherCountry(text, tokens, it.m) || (this.allPostings(it.generic) && postedElsewhere(text, tokens, it.m)))) {
        // "German Ambassador to Russia", "Russia's ambassador in Washington": a posting the gazetteer does not have, not
        // the one to Kazakhstan
      } else if (!kazakhPage && !it.short.length && it.generic.length && it.generic.every((e) => ents[e].k === 2) && isCyrillic(text.slice(it.m.start, it.m.end)) && (place = placeAfter(text, tokens, it.m)) >= 0 && !contextAt.has(place) && !matchedToken[place] && countryOfWord(tokens.key(place), true) === undefined) {
        // "правительства Тяньцзиня": the body of a place the gazetteer does not name, not Kazakhstan's
      } else if (!it.generic.length && it.short.length && (place = placeAfter(text, tokens, it.m)) >= 0 && !contextAt.has(place) && !matchedToken[place]) {
        // "the mayor of Paris", "мэр Москвы": a back-reference word tied to a place the gazetteer does not name
        for (const e of it.short) st.otherPost.set(e, pos);
      } else if (!it.full.length && (it.generic.length || it.short.length) && organAfter(text, tokens, it.m, matchedToken, items[k + 1])) {
        // "председатель совета директоров", "Chairman of the Board": the title in an organ the gazetteer does not have,
        // or one only a back-reference names ("председатель Совета"), which the pass below joins to the title
      } else if (!it.generic.length && it.short.length && genitiveBefore(text, tokens, it.m, matchedToken)) {
        // "Банктің төрағасы": in Kazakh, the title of something named before it that the gazetteer does not have
      } else if (!it.generic.length && it.short.length && kazakhNameBefore(text, tokens, it.m, matchedToken)) {
        // "Кәсіпкерлер палатасының төрағасы", "аудиторлық палатаның төрағасы": in Kazakh, a back-reference word that a
        // word before it makes part of a longer name the gazetteer does not have; its words are then free, so the title
        // after it reads as that name's ("… палатаның төрағасы", see genitiveBefore)
        for (let t = it.m.firstToken; t <= it.m.lastToken; t++) matchedToken[t] = 0;
      } else if (!it.generic.length && it.short.length && this.ofOtherBody(text, it, items[k + 1])) {
        // "the Council of Foreign Ministers of the Organization of Turkic States", «Совет министров иностранных дел ОТГ»:
        // a back-reference word tied to another body named right after it is that body's organ, which the gazetteer lacks
      } else if (!it.generic.length && it.short.length && namedBefore(text, tokens, it.m, matchedToken)) {
        // "Healthcare Minister", "KTZ Chairman": a back-reference word after a name of its own is another post; another
        // body so named ("the People's Congress of Kazakhstan Party") is the one a later "the party chairman" speaks of
        if (this.allBodies(it.short) && COUNTRY_BEFORE_BACKREF.has(tokens.key(it.m.firstToken - 1))) for (const e of it.short) for (const x of [e, ...this.headsOf(e)]) st.otherPost.set(x, pos);
      } else if ((it.short.length || (it.generic.length && !it.full.length && !isUpper(text.charCodeAt(it.m.start)))) && afterIndefinite(tokens, it.m) && !this.oneOfSeveralIn(text, it)) {
        // "raised to the level of a Consulate General", "a Council": a back-reference is never indefinite
      } else if (it.generic.length && !it.full.length && modifiedKazakhGenitive(text, tokens, it.m, matchedToken)) {
        // "қабылдаушы мемлекеттің басшысы" (the head of the receiving state): a head of some state, no one's title
      } else if (!it.generic.length && it.short.length && this.allBodies(it.short) && nounAfter(text, tokens, it.m, matchedToken)) {
        // "the Party Charter", "Government House": the word names something of the body's, not the body
      } else if (it.generic.length || it.short.length) {
        const adjacent = it.generic.length ? this.adjacentOf(text, items, k, namedInFull, date) : undefined;
        let country = it.generic.length ? (this.countryContext(text, tokens, it.m, matchedToken) ?? this.stateOfJointTitle(text, it, items[k + 1]) ?? (adjacent === undefined ? this.stateOfTitleBefore(text, it, items[k - 1]) : undefined) ?? this.pressServiceOwn(text, it)) : undefined;
        // "the speaker of the lower house of the Parliament": what follows "of" is no state, but the whole the title's
        // body belongs to, which says nothing against the title
        if (country === NO_STATE && this.ofWholeAfter(text, it, items[k + 1])) country = undefined;
        // "KTZ President", "Nazarbayev University President", "Federation President Adilbek Zhaksybekov": a title that
        // belongs to the name before it, when no country, and no holder of the office named after it, say otherwise
        if (it.generic.length && country === undefined && (adjacent === undefined || !this.heldAny(adjacent, it.generic)) && ownerBefore(text, tokens, it.m, matchedToken)) return;
        // "Senator Steve Daines": a title before a name the gazetteer does not have, whose given name only foreigners in it
        // bear, is a foreign post, not Kazakhstan's
        if (it.generic.length && country === undefined && adjacent === undefined && this.foreignNameAfter(text, tokens, it.m, matchedToken)) return;
        // "the Tokyo National Museum": a body's generic name after a capitalised word inside a sentence, which nothing
        // matched, ends a longer name of another body
        if (it.generic.length && !it.full.length && country === undefined && this.allBodies(it.generic) && namedBefore(text, tokens, it.m, matchedToken) && !matchedToken[it.m.firstToken - 1] && !isSentenceStart(text, tokens.starts[it.m.firstToken - 1])) return;
        // "Government House", "Parliament Building": a one-word body title that starts a name of its own
        if (it.generic.length && country === undefined && this.allBodies(it.generic) && this.allBodies(it.short) && nounAfter(text, tokens, it.m, matchedToken)) return;
        // "the mayor of Shymkent": the place named right after it counts as named first
        if (place >= 0) for (const e of contextAt.get(place) ?? NONE) lastSeen.set(e, pos);
        // a back-reference to what the page named ("the Assembly" after "the Assembly of People of Kazakhstan") wins
        // over a title that nothing around it ties to a country
        // "областной аким", "городского акима": the region's or the city's, whichever the page named last
        const level = it.short.length && it.m.firstToken > 0 && it.m.start - tokens.ends[it.m.firstToken - 1] === 1 ? LEVEL_BEFORE.get(tokens.key(it.m.firstToken - 1)) : undefined;
        const leveled = level === undefined ? it : { ...it, short: it.short.filter((e) => REGION_NAME.test(ents[e].n) === (level === 'region')) };
        const short = leveled.short.length ? this.pickShort(leveled, date, lastSeen, st, text, tokens.key(it.m.lastToken), this.nameSoonAfter(text, items, k)) : undefined;
        // a word in lower case that is the generic name of a body not yet set up on the date and the back-reference word
        // of one in being is that one's, named first or not: «на заседании курултая» in March 2026 is the National
        // Kurultai, not the parliament of that name set up in July; but not where the page named what that body
        // replaces, which speaks of the reform («реформа парламента … переименовать в курултай»)
        // (and the back-reference to the one in being gives way to that body where the page named what it replaces since)
        const future = it.generic.length > 0 && !country && adjacent === undefined && it.generic.every((e) => ents[e].k === 2 && (ents[e].f ?? '') > date);
        let reformAt = -1;
        if (future) for (const e of it.generic) reformAt = Math.max(reformAt, this.replacedSeenAt(e, lastSeen));
        const inBeing = short === undefined && future && reformAt < 0 && !isUpper(text.charCodeAt(it.m.start)) ? it.short.filter((e) => this.exists(e, date)) : NONE;
        // (so does a name given: «„Құрылтай“ атты бір палаталы парламент», «под названием «Курултай»», "named Kurultai")
        const nameGiven = future && nameGivenAround(text, it.m);
        if (short !== undefined && (!it.generic.length || (!country && adjacent === undefined)) && !(future && reformAt > (lastSeen.get(short) ?? -1)) && !nameGiven) {
          it.entity = short;
          it.form = 'short';
        } else if (inBeing.length === 1) {
          it.entity = inBeing[0];
          it.form = 'short';
        } else if (it.generic.length) this.pickGeneric(it, date, pos, country, adjacent, lastSeen, text, kazakhPage, st);
      } else if (it.surname.length) {
        this.pickSurname(text, tokens, items, k, it, namedInFull, st.otherBearer, matchedToken, date, st.fullSurname);
      }
      if (it.entity !== undefined) {
        introduce(it.entity, pos);
        const rec = ents[it.entity];
        if (rec.k !== 0) st.titledAt.set(it.entity, pos);
        // a body named as a part of a whole, for another part of it named after ("the United Nations Security Council,
        // the General Assembly")
        if (rec.k === 2 && rec.p !== undefined && it.form === 'full') st.partNamedAt.set(rec.p, pos);
        if (rec.k === 1 && rec.c !== 'kz') for (let t = it.m.firstToken; t <= it.m.lastToken; t++) st.foreignTitleAt.set(tokens.key(t), pos);
      }
    });

    // a bare title and the body it heads, named as one: "Chairman of the Agency", "председатель Агентства",
    // "Агенттіктің төрағасы" is the office of that body's head
    const span = new Map<Item, [number, number]>();
    for (let k = 0; k + 1 < items.length; k++) {
      const a = items[k];
      const b = items[k + 1];
      // only neighbours: a title and a body with at most " of the " between them, or the body's state in the possessive
      // ("Speaker of Kyrgyzstan's Jogorku Kenesh")
      // (or "the country's", the state the page speaks of, which the body's own resolution read: "Speaker of the country's
      // Senate")
      const statesBody = b.m.start - a.m.end > 8 && b.entity !== undefined && ents[b.entity].k === 2 && ents[b.entity].c !== undefined && (this.possessiveStateOf(text.slice(a.m.end, b.m.start)) === ents[b.entity].c || COUNTRYS_GAP.test(text.slice(a.m.end, b.m.start)));
      // or the board between them: "Председатель Правления АБР"
      const boardGap = BOARD_GAP.test(text.slice(a.m.end, b.m.start));
      // or the other members named with the head: "the Chairman and judges of the Supreme Court", «председателя и судей
      // Верховного суда» (the title alone is the head's; the body stays a mention of its own)
      const members = !boardGap && MEMBERS_GAP.test(text.slice(a.m.end, b.m.start));
      // or, in Kazakh, "new" or "former" between the body in the genitive and the title: «комиссияның жаңа төрағасы»,
      // «Мәжілістің бұрынғы төрағасы» (a past post: see KK_PAST_INSIDE)
      const newGap = KK_NEW_GAP.test(text.slice(a.m.end, b.m.start)) && a.entity !== undefined && ents[a.entity].k === 2 && kkGenitiveEnding(text.slice(a.m.start, a.m.end)) > 0;
      if (b.m.start - a.m.end > 8 && !statesBody && !boardGap && !members && !newGap) continue;
      const bodyFirst = a.entity !== undefined && ents[a.entity].k === 2;
      const title = bodyFirst ? b : a;
      const body = bodyFirst ? a : b;
      if (body.entity === undefined || ents[body.entity].k !== 2 || title.form === 'full') continue;
      // a title left unresolved on purpose stays so: "Deputy Chairman of the Agency", "ex-Chairman", "Банктің төрағасы"
      // ("председатель банка" names another bank's chairman only when the bank is not the one the page named)
      if (title.entity !== undefined ? ents[title.entity].k !== 1 : (!title.generic.length && !title.short.length) || this.subordinate(text, tokens, title) !== undefined || afterExPrefix(text, title.m.start) || (title === b && namesAThing(text, tokens, title.m))) continue;
      // an acronym in brackets before the title joins it as a name does: "the Asian Development Bank (ADB) Vice-President"
      const bracketed = bodyFirst && text.slice(a.m.end, b.m.start) === ') ' && text[a.m.start - 1] === '(';
      const join = statesBody ? ' of ' : bracketed || boardGap || newGap ? ' ' : members ? (isCyrillic(text.slice(b.m.start, b.m.end)) ? ' ' : ' of ') : text.slice(a.m.end, b.m.start);
      const titleText = text.slice(title.m.start, title.m.end);
      // the body first ("Агенттіктің төрағасы") or a title with no "of" ("председатель Агентства") only in Cyrillic, or
      // after a body's acronym in brackets ("the Asian Development Bank (ADB) President")
      if (!HEAD_JOIN.test(join) || ((title === b || join === ' ') && !isCyrillic(titleText) && !bracketed)) continue;
      // (the body first only in Kazakh: in Russian the body in the genitive before a title is the end of another phrase,
      // "в ходе заседания правительства премьер-министр поручил")
      if (title === b && !bracketed && !boardGap && !newGap && !kazakhPage) continue;
      // in Kazakh the owner comes first: a body named after a Kazakh title is not its body ("Сенат Төрағасы АҚШ
      // Конгресі … мүшесімен кездесті": the Senate Chairman met a member of the US Congress)
      if (title === a && join === ' ' && KAZAKH_LETTER.test(text.slice(a.m.start, b.m.end))) continue;
      // "the Head of the International Monetary Fund mission": the head of a part of the body, not of the body; "the
      // Chairman of the Fund's Board of Directors": of another organ of it
      if (UNIT_AFTER.test(text.slice(b.m.end, b.m.end + 30)) || POSSESSIVE_ORGAN_AFTER.test(text.slice(b.m.end, b.m.end + 40))) continue;
      // a body named by a back-reference word ("председателю палаты Алихану Смаилову"): the one whose head is the person
      // named right after, when there is one, rather than the one the page named last
      const after = items[k + 2];
      if (body.form === 'short' && body.short.length > 1 && after && after.m.start - b.m.end <= 2) {
        const people = [...after.full, ...after.surname].filter((p) => ents[p].k === 0);
        const held = body.short.find((c) => this.headsOf(c).some((h) => this.holdersOn(h, date).some((p) => people.includes(p))));
        if (held !== undefined) body.entity = held;
      }
      let head = title.entity !== undefined && ents[title.entity].h === body.entity ? title.entity : [...title.generic, ...title.short].find((o) => ents[o].h === body.entity);
      // a head's title the body's own head office does not list ("председатель банка" after the National Bank)
      if (head === undefined && HEAD_WORD.test(titleText)) {
        const heads = this.headsOf(body.entity);
        if (heads.length === 1) head = heads[0];
      }
      // the office whose name begins with the title: "(ADB) President" is the "President of the Asian Development Bank"
      if (head === undefined && bracketed) {
        const lead = `${titleText.toLowerCase()} `;
        const heads = this.headsOf(body.entity).filter((h) => ents[h].n.toLowerCase().startsWith(lead));
        if (heads.length === 1) head = heads[0];
      }
      if (head === undefined) {
        // a post in another state's body is no office of the title's state: "государственный секретарь Министерства
        // иностранных дел Венгрии" is not Kazakhstan's State Secretary
        const tc = title.entity !== undefined ? ents[title.entity].c : undefined;
        const bc = ents[body.entity].c;
        // and a head's title right before a body named in full whose head the gazetteer lacks heads that body, not the
        // body the page named before: "избран председателем Межгосударственного совета … СНГ" after an agency's chairman
        const otherHead = HEAD_WORD.test(titleText) && title === a && (body.form ?? 'full') === 'full' && title.entity !== undefined && ents[title.entity].h !== body.entity;
        if ((tc && bc && tc !== bc && !title.short.length) || otherHead) {
          title.entity = undefined;
          title.candidates = undefined;
        }
        continue;
      }
      title.entity = head;
      title.form ??= 'generic';
      title.candidates = undefined;
      if (members) {
        introduce(head, st.base + title.m.start);
        continue;
      }
      // the body's full name before its bracketed acronym is part of the title: "Asian Development Bank (ADB) President"
      const named = bracketed && k > 0 ? items[k - 1] : undefined;
      const whole = named !== undefined && named.entity === body.entity && named.m.end === a.m.start - 2 && text[named.m.end] === ' ';
      span.set(title, [whole ? named.m.start : a.m.start, b.m.end]);
      if (whole) named.entity = undefined;
      body.entity = undefined;
      introduce(head, st.base + title.m.start);
      k++;
    }

    // a head's title around a body whose one head office is a chairman's, director's or the like, with a company's
    // legal forms and quotes: "CEO of Kazakhstan Temir Zholy", "Chairman of the Management Board of NC KazMunayGas JSC",
    // "председатель правления АО «Kazakh Invest»", "«Самұрық-Қазына» АҚ басқарма төрағасы" name that office
    for (let k = 0; k < items.length; k++) {
      const body = items[k];
      if (body.entity === undefined || ents[body.entity].k !== 2 || (body.form ?? 'full') !== 'full') continue;
      const heads = this.headsOf(body.entity);
      if (heads.length !== 1 || !this.chairLike(heads[0])) continue;
      const join = headAround(text, body.m.start, body.m.end);
      if (!join || UNIT_AFTER.test(text.slice(join[1], join[1] + 30))) continue;
      // a title before a body written in Kazakh with its genitive ending: Kazakh, where the genitive belongs to the noun
      // after it ("Президент Ұлттық құрылтайдың алғашқы отырысына қатысады": the Kurultai's first session); nor, on a
      // Kazakh page, where the owner comes first, before one not in quotes (a company's name in quotes may stand in a
      // Russian title): the title is someone's and the body the subject of what follows ("Президент Ұлттық құрылтай
      // туралы бастаманы қолдаған баршаға…": the President thanked all who backed the idea of the Kurultai)
      const written = text.slice(body.m.start, body.m.end);
      const quoted = /[«"“„]/.test(text.charAt(body.m.start - 1));
      if (join[0] < body.m.start && KAZAKH_LETTER.test(written) && (kkGenitiveEnding(written) > 0 || (kazakhPage && !quoted))) continue;
      const [start, end] = join;
      // the words around must be free: only titles that nothing else claimed ("Chairman" before " of the Board of")
      const inside: Item[] = [];
      for (let j = k - 1; j >= 0 && items[j].m.end > start; j--) inside.push(items[j]);
      for (let j = k + 1; j < items.length && items[j].m.start < end; j++) inside.push(items[j]);
      if (inside.some((it) => it.m.start < start || it.m.end > end || it.form === 'full' || (it.entity !== undefined && ents[it.entity].k !== 1))) continue;
      for (const it of inside) it.entity = undefined;
      body.entity = heads[0];
      body.m = { ...body.m, start, end };
      introduce(heads[0], st.base + start);
    }

    // a body's head named by a word that names no office by itself: the Russian «глава» or «руководитель» right before a
    // body the page names in the genitive ("руководитель министерства", "глава акимата"), "head of" before one ("Head of
    // the MFA of the Republic of Kazakhstan"), "chairman of" before one a chairman heads, or a head's title after the
    // English possessive ("the National Security Committee's chairman", "the Senate's Speaker"); the body's one head
    for (const body of items) {
      // (or a back-reference word no body the page named before resolved, «Ведомство басшысы Берік Асылов» opening a
      // page: the person named right after decides, below)
      const open = body.entity === undefined && body.short.length > 1 && !body.full.length && !body.generic.length && this.allBodies(body.short);
      if ((body.entity === undefined && !open) || (body.entity !== undefined && ents[body.entity].k !== 2) || span.has(body)) continue;
      let { start, end } = body.m;
      const lead = BODY_HEAD_BEFORE.exec(text.slice(Math.max(0, start - 50), start));
      // (Kazakhstan's possessive only before a body of Kazakhstan's)
      if (lead && /['’]s $/.test(lead[0]) && body.entity !== undefined && ents[body.entity].c !== 'kz') continue;
      // (an adjective between only before a back-reference word, and none naming another state: «глава финансового
      // ведомства», not «глава российского ведомства», nor a new one the page has not named: «главой нового ведомства»)
      const adj = lead?.groups?.adj;
      if (adj && ((body.form !== 'short' && !open) || ADJ_OF_STATE.test(adj) || adj === 'нового')) continue;
      const tail = lead ? null : (EN_POSSESSIVE_HEAD.exec(text.slice(end, end + 16)) ?? ((body.form === 'short' || open) && kazakhPage ? KK_HEAD_AFTER.exec(text.slice(end, end + 24)) : null));
      if (lead) start -= lead[0].length;
      else if (tail) end += tail[0].length;
      else continue;
      if (lead && BEFORE_HEAD_TITLE.test(text.slice(Math.max(0, start - 20), start))) continue;
      // the head of a part of the body: "head of the Ministry's press service", "head of the MFA department"
      if (lead && (UNIT_AFTER.test(text.slice(end, end + 30)) || /^['’]s? /.test(text.slice(end, end + 3)))) continue;
      // a body named by a back-reference word («глава ведомства Жулдыз Сулейменова»): the one whose head is the person
      // named right after, when there is one, rather than the one the page named last
      if ((body.form === 'short' || open) && body.short.length > 1) {
        const after = items.find((x) => x.m.start >= end && x.m.start - end <= 2);
        const people = after ? [...after.full, ...after.surname].filter((p) => ents[p].k === 0) : NONE;
        const held = people.length ? body.short.find((c) => this.headsOf(c).some((h) => this.holdersOn(h, date).some((p) => people.includes(p)))) : undefined;
        if (held !== undefined) body.entity = held;
        // (or none of Kazakhstan's, when the person heads another state's: «Израиль мемлекетінің сыртқы саяси ведомство
        // басшысы Гидеон Саар»)
        else if (people.some((p) => this.officesAt(p, date).some((o) => ents[o].c !== 'kz'))) {
          body.entity = undefined;
          continue;
        } else if (open) continue;
      }
      const heads = this.headsOf(body.entity!);
      if (heads.length !== 1 || !this.exists(heads[0], date)) continue;
      // a chairman's title only before a body a chairman heads ("chairman of Kazakhstan's National Security Committee"),
      // not one a minister or a director heads
      if (lead?.groups?.chair && !/^Chair/.test(ents[heads[0]].n)) continue;
      // the title after the possessive is part of this one ("the Senate's Speaker")
      const inside = items.filter((x) => x !== body && x.m.start >= body.m.end && x.m.start < end);
      if (inside.some((x) => x.entity !== undefined && ents[x.entity].k !== 1)) continue;
      for (const x of inside) x.entity = undefined;
      body.entity = heads[0];
      body.form ??= 'short';
      body.m = { ...body.m, start, end };
      introduce(heads[0], st.base + start);
    }

    // a deputy's English title that no item matched before a body the page named: "Deputy Chairperson of the
    // Commission", "deputy chairman of the Agency" is that body's deputy office, when the gazetteer has one by that title
    for (const body of items) {
      if (body.entity === undefined || ents[body.entity].k !== 2 || span.has(body) || body.m.start < 12) continue;
      const lead = EN_DEPUTY_TITLE_BEFORE.exec(text.slice(Math.max(0, body.m.start - 50), body.m.start));
      if (!lead) continue;
      const dep = this.deputyOf(body.entity, lead[1]);
      if (dep === undefined || !this.exists(dep, date)) continue;
      const start = body.m.start - lead[0].length;
      // (only over titles nothing else claimed: a person or a body inside leaves it alone)
      const inside = items.filter((x) => x !== body && x.m.start >= start && x.m.start < body.m.start);
      if (inside.some((x) => x.entity !== undefined && ents[x.entity].k !== 1)) continue;
      for (const x of inside) x.entity = undefined;
      body.entity = dep;
      body.form = 'generic';
      body.m = { ...body.m, start };
      introduce(dep, st.base + start);
    }

    // another of a body's offices after its English possessive, by the words its title begins with: "the Kurultai's
    // Secretary is Aida Balaeva" (the head's title is read above)
    for (const body of items) {
      if (body.entity === undefined || ents[body.entity].k !== 2 || span.has(body)) continue;
      const tail = EN_POSSESSIVE_TITLE.exec(text.slice(body.m.end, body.m.end + 40));
      if (!tail) continue;
      const office = this.officeOfBody(body.entity, tail[1]);
      if (office === undefined || !this.exists(office, date)) continue;
      const end = body.m.end + tail[0].length;
      // (only over titles nothing else claimed: a person or a body inside leaves it alone)
      const inside = items.filter((x) => x !== body && x.m.start >= body.m.end && x.m.start < end);
      if (inside.some((x) => x.entity !== undefined && ents[x.entity].k !== 1)) continue;
      for (const x of inside) x.entity = undefined;
      body.entity = office;
      body.form = 'generic';
      body.m = { ...body.m, end };
      introduce(office, st.base + body.m.start);
    }

    // the body a title's body belongs to, written after the title or, in Kazakh, before it: "Chairwoman of the
    // Federation Council of the Federal Assembly of Russia", "Олий Мажлисі Сенатының Төрағасы" name one office
    for (let k = 0; k < items.length; k++) {
      const it = items[k];
      if (it.entity === undefined || ents[it.entity].k !== 1) continue;
      const [start, end] = span.get(it) ?? [it.m.start, it.m.end];
      // (the item after the title's span: "Спикером Мажилиса" is a title and a body joined above)
      let after = k + 1;
      while (after < items.length && items[after].m.start < end) after++;
      const next = items[after];
      // (in Russian the body in the genitive right after: «Спикером Мажилиса Парламента»)
      const between = text.slice(end, next?.m.start ?? end);
      const ruGenitive = between === ' ' && next !== undefined && /^[А-ЯЁ][а-яё]+$/u.test(text.slice(next.m.start, next.m.end)) && /[а-яё]$/.test(text.slice(start, end)) && !kazakhText(text.slice(start, next.m.end));
      if (next?.entity !== undefined && next.form !== 'short' && this.bodyAbove(it.entity, next.entity) && (/^ of (?:the )?$/.test(between) || ruGenitive)) {
        let to = next.m.end;
        // and the state, when the body's name left it out: "… of the Oliy Majlis of Uzbekistan"
        const state = stateAfter(text, to);
        if (state && state[1] === ents[it.entity].c) to += state[0];
        span.set(it, [start, to]);
        next.entity = undefined;
        k = after;
        continue;
      }
      // the title's own body written right after it: "Speaker of the Oliy Majlis Legislative Chamber of Uzbekistan"
      if (next?.entity !== undefined && (next.form ?? 'full') === 'full' && ents[it.entity].h === next.entity && text.slice(end, next.m.start) === ' ' && !kazakhText(text.slice(start, next.m.end))) {
        span.set(it, [start, next.m.end]);
        next.entity = undefined;
        k = after;
        continue;
      }
      // the state after a title whose name left it out: "Chairperson of the Senate of the Oliy Majlis of Uzbekistan"
      const state = stateAfter(text, end);
      if (state && (next === undefined || next.m.start >= end + state[0]) && state[1] === ents[it.entity].c && state[1] !== 'kz') {
        span.set(it, [start, end + state[0]]);
        continue;
      }
      const prev = items[k - 1];
      if (prev?.entity !== undefined && (prev.form ?? 'full') === 'full' && this.bodyAbove(it.entity, prev.entity) && text.slice(prev.m.end, start) === ' ' && kazakhText(text.slice(prev.m.start, end))) {
        span.set(it, [prev.m.start, end]);
        prev.entity = undefined;
      }
    }

    this.definedAcronyms(text, items, st);
    this.rolesBeforeNames(text, tokens, items, date);
    this.misspeltSurnames(text, tokens, items, matchedToken, st);

    // a party's faction named in a sentence about a maslikhat and no chamber of Parliament is the party's group in that
    // maslikhat, which the gazetteer lacks: the party ("по предложению фракции партии Amanat председателем маслихата
    // избран …"); its leader there is nobody the gazetteer knows
    for (const it of items) {
      if (it.entity === undefined || !MAZHILIS_FACTION.test(ents[it.entity].id)) continue;
      const from = Math.max(text.lastIndexOf('.', it.m.start), text.lastIndexOf('\n', it.m.start)) + 1;
      const stops = [text.indexOf('.', it.m.end), text.indexOf('\n', it.m.end)].filter((x) => x >= 0);
      const sentence = text.slice(from, stops.length ? Math.min(...stops) : text.length);
      if (!MASLIKHAT_WORD.test(sentence) || CHAMBER_WORD.test(sentence)) continue;
      const party = /-leader$/.test(ents[it.entity].id) ? undefined : this.partyOfFaction(it.entity);
      it.entity = party;
      if (party === undefined) continue;
      // the party's own words: "фракции партии Amanat" → "партии Amanat", "the Amanat faction" → "Amanat"
      const written = text.slice(it.m.start, it.m.end);
      const lead = /^(?:фракци\S*|фракция\S*|faction of(?: the)?)\s+/iu.exec(written)?.[0].length ?? 0;
      const trail = /\s+(?:faction|фракциясы\S*)$/iu.exec(written)?.[0].length ?? 0;
      it.m = { ...it.m, start: it.m.start + lead, end: it.m.end - trail };
    }

    const out: Mention[] = [];
    // where the last office written as a past post ended: a title joined to it shares the "former" ("former prime
    // minister and head of the National Security Committee Karim Massimov")
    let formerEnd = -1;
    items.forEach((it, k) => {
      if (it.entity === undefined) return;
      let e = ents[it.entity];
      let [start, end] = span.get(it) ?? [it.m.start, it.m.end];
      // "KazMunayGas Chairman of the Board of Directors": another post, which the gazetteer lacks; the company stays
      if (e.k === 1 && e.h !== undefined && this.chairLike(it.entity) && OTHER_BOARD_AFTER.test(text.slice(end, end + 40))) {
        const lead = /^(.*?\S)(?:\s+(?:JSC|NC JSC|PLC|plc))?\s+(?:Chairman|Chairwoman|Chairperson|Chair)$/.exec(text.slice(start, end));
        if (!lead) return;
        it.entity = e.h;
        e = ents[e.h];
        end = start + lead[1].length;
      }
      // a line all in Latin capitals is a site's header or menu ("TV AND RADIO COMPLEX OF THE PRESIDENT OF THE RK")
      if (inCapitalLine(text, start, end)) return;
      // "the vice president's office": a body named after a head's title, with a deputy's word before the title, is
      // the deputy's, not the head's ("the president's office" is the Presidential Administration)
      if (e.k === 2 && HEAD_TITLE_START.test(text.slice(start, end)) && DEPUTY_WORD_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return;
      // "the Chairman of the National Bank delegation": the head of a part of the body, a post the gazetteer lacks
      if (e.k === 1 && HEAD_OF_BODY.test(text.slice(start, end)) && UNIT_AFTER.test(text.slice(end, end + 30))) return;
      // "president of Kazakhstan's boxing federation": a head's title in lower case before a state's possessive heads
      // something of that state's, not the state
      if (e.k === 1 && /^[a-z]/.test(text[start]) && HEAD_OF_BODY.test(text.slice(start, end)) && /^['’]s\s+\p{Ll}/u.test(text.slice(end, end + 4))) return;
      // "KazMunayGas Chairman of the Management Board": the rest of the title, which names no other post
      if (e.k === 1 && /(?:Chairman|Chairwoman|Chairperson|Chair)$/.test(text.slice(start, end)) && this.chairLike(it.entity)) {
        const board = BOARD_AFTER.exec(text.slice(end, end + 40));
        if (board) end += board[0].length;
      }
      // a dotted acronym keeps its last full stop, which also ends the sentence: "The U.N." (not "The U.N")
      if (DOTTED_END.test(text.slice(Math.max(start, end - 4), end)) && text.charCodeAt(end) === 0x2e) end++;
      let form = it.form ?? 'full';
      if (e.k === 0) {
        // a patronymic belongs to the name: "Бекназарова Нурлана Кудияровича", "Нурлан Кудиярович Бекназаров"
        // (after a given name only: "Токаев Иванович" is no name order)
        const next = it.m.lastToken + 1;
        const after = form === 'full' && next < tokens.starts.length && patronymicAt(tokens, next) && !SURNAME_END.test(text.slice(start, end)) ? PATRONYMIC_AFTER.exec(text.slice(end, end + 40)) : null;
        if (after) end += after[0].length;
        else if (form === 'surname' && it.m.firstToken > 0 && patronymicAt(tokens, it.m.firstToken - 1)) {
          const from = this.givenPatronymicStart(text, start, end, it.entity);
          if (from !== undefined) {
            start = from;
            form = 'full';
          }
        }
      }
      const mention: Mention = {
        start,
        end,
        text: text.slice(start, end),
        id: e.id,
        kind: KIND_NAMES[e.k],
        name: e.n,
        form,
      };
      if (e.k === 1) {
        const adjacent = this.adjacentOf(text, items, k, namedInFull, date);
        mention.holder = this.holderRef(it.entity, date, adjacent);
        // "ambassador" alone before a person who holds another post and not this one is a diplomatic rank: "генеральным
        // секретарем СВМДА, послом Рамилем Гасаном"
        if (adjacent !== undefined && mention.holder?.id !== ents[adjacent].id && ENVOY_RANK.test(mention.text) && this.officesAt(adjacent, date).length) return;
        const lead = text.slice(Math.max(0, start - 16), start);
        const ten = tenuresOf(this.index, it.entity);
        // a past post ("former", "then-"): the person named held the office before the date and not on it; "then" is
        // also a plain adverb ("and then Prime Minister Mamin spoke"), so a bare "then" marks a past post only with such
        // a person named (the tenures are read only after a marker, not for every title)
        const marked = PAST_BEFORE.test(lead) || KK_PAST_INSIDE.test(mention.text);
        const chained = !marked && formerEnd >= 0 && titleJoin(text, formerEnd, start);
        const before = (marked || chained) && adjacent !== undefined && !!ten?.some((t) => t[0] === adjacent && t[1] < date) && !tenuresAt(ten, date).some((t) => t[0] === adjacent);
        const past = (marked && (before || !BARE_THEN.test(lead))) || chained;
        if (!past) {
          // the person named with the post and taken as its holder on the date ("Deputy Prime Minister Gulshara
          // Abdykalikova"; "Prosecutor General Gizat Nurdauletov" in the month his term ended): a later bare "the Deputy
          // Prime Minister", "the Prosecutor General" on the page is that person. Not on the day a single holder changed:
          // the page names the outgoing one and then, as often, the new one without a name ("the new akim")
          if (adjacent !== undefined && mention.holder !== null && mention.holder.id === ents[adjacent].id) {
            if (e.m || !ten?.some((t) => t[1] === date || t[2] === date)) st.namedHolder.set(it.entity, mention.holder);
          } else if (adjacent === undefined) {
            const named = st.namedHolder.get(it.entity);
            if (named !== undefined) mention.holder = named;
          }
        }
        // one of several holders (a deputy prime minister) has no single successor: say nothing of "now" unless the
        // person named still holds the office
        const now = this.holderRef(it.entity, this.index.asOf, adjacent);
        if ((now?.id ?? null) !== (mention.holder?.id ?? null) && !(e.m && now === null)) mention.holderNow = now;
        if (past) {
          mention.former = before ? this.ref(adjacent) : null;
          formerEnd = end;
        } else formerEnd = -1;
      } else if (e.k === 0) {
        mention.offices = this.officeRefs(it.entity, date);
      }
      if (it.candidates && it.candidates.length > 1) mention.candidates = it.candidates.map((c) => this.ref(c));
      // a name widened back over the given name and patronymic replaces the same person's mention of those two words
      // ("Тимур Асқарұлы Құлыбаев", where "Тимур Асқарұлы" alone is one of his names too)
      while (out.length && out[out.length - 1].end > start && out[out.length - 1].start >= start && out[out.length - 1].id === mention.id) out.pop();
      out.push(mention);
    });
    return out;
  }

  /**
   * An acronym in brackets right after a body's name, or after a title that ends in the name of the body it heads, that
   * the gazetteer gives to something else, is that body's on this page when its letters are the name's initials:
   * "the Regional Environmental Centre for Central Asia (CAREC)" is the Centre, not the CAREC Program, here and later on
   * the page.
   */
  private definedAcronyms(text: string, items: Item[], st: SessionState) {
    const ents = this.index.entities;
    for (let k = 0; k < items.length; k++) {
      const it = items[k];
      const written = text.slice(it.m.start, it.m.end);
      if (!ACRONYM.test(written)) continue;
      const defined = st.acronymDefined.get(written);
      if (defined !== undefined) {
        it.entity = defined;
        it.candidates = undefined;
        continue;
      }
      const prev = items[k - 1];
      if (!prev || prev.entity === undefined || text[it.m.start - 1] !== '(' || text[it.m.end] !== ')' || prev.m.end !== it.m.start - 2) continue;
      const rec = ents[prev.entity];
      const body = rec.k === 2 ? prev.entity : rec.k === 1 ? rec.h : undefined;
      // (nor the whole the body belongs to: "the Council of Heads of State of the Organization of Turkic States (OTS)")
      if (body === undefined || body === it.entity || (it.entity !== undefined && (ents[it.entity].p === body || ents[body].p === it.entity))) continue;
      // (the initials of its name or of the words the page wrote: "the National Security Council (NSC)")
      if (!initialsOf(ents[body].n, written) && !(rec.k === 2 && initialsOf(text.slice(prev.m.start, prev.m.end), written))) continue;
      st.acronymDefined.set(written, body);
      it.entity = body;
      it.form = 'full';
      it.candidates = undefined;
    }
  }

  /**
   * A capitalised Latin word that nothing matched, one letter off the surname of exactly one person the page named in
   * full ("Nurleu" after "Murat Nurtleu", "Tokaye" after "Kassym-Jomart Tokayev"): that person's surname misspelt. Not a
   * word the gazetteer knows, nor one beside another unknown capitalised word (another name), nor a plural in -s, nor
   * the other gender's form of the surname ("Smailova" after "Alikhan Smailov": another person).
   */
  private misspeltSurnames(text: string, tokens: Tokens, items: Item[], matchedToken: Uint8Array, st: SessionState) {
    if (!st.latinSurname.size) return;
    const { starts, ends } = tokens;
    const n = starts.length;
    const freeCapital = (t: number) => t >= 0 && !matchedToken[t] && isUpper(text.charCodeAt(starts[t]));
    const added: Item[] = [];
    // the surnames by first letter: a huge page names many people
    const byInitial = new Map<string, [number, string][]>();
    for (const [p, sn] of st.latinSurname) {
      const list = byInitial.get(sn[0]);
      if (list) list.push([p, sn]);
      else byInitial.set(sn[0], [[p, sn]]);
    }
    for (let t = 0; t < n; t++) {
      if (matchedToken[t] || ends[t] - starts[t] < 5 || !LATIN_CAPITALISED.test(text.slice(starts[t], ends[t]))) continue;
      const key = tokens.key(t);
      if (this.matcher.basesOf(key).length) continue;
      // beside another capitalised word nothing matched, joined by a space: part of another name
      if ((freeCapital(t - 1) && starts[t] - ends[t - 1] === 1) || (t + 1 < n && starts[t + 1] - ends[t] === 1 && isUpper(text.charCodeAt(starts[t + 1])))) continue;
      let person: number | undefined;
      let several = false;
      for (const [p, s] of byInitial.get(key[0]) ?? [])
        if (key !== s && key !== `${s}s` && key !== `${s}a` && s !== `${key}a` && oneEditApart(key, s)) {
          if (person !== undefined && person !== p) several = true;
          person = p;
        }
      if (person === undefined || several) continue;
      const m: RawMatch = { start: starts[t], end: ends[t], patterns: [], firstToken: t, lastToken: t };
      const it = newItem(m, { full: NONE, generic: NONE, short: NONE, surname: [person], initial: false, place: false, context: NONE });
      it.entity = person;
      it.form = 'surname';
      added.push(it);
      matchedToken[t] = 1;
    }
    if (!added.length) return;
    items.push(...added);
    items.sort((a, b) => a.m.start - b.m.start);
  }

  /**
   * A bare role word right before a person's name ("Minister Nurtleu", "Press Secretary Berik Uali", «аким Досаев»)
   * names the post of that kind the person holds on the date (or was seen in within a year), when the record has
   * exactly one; a back-reference the word made to another post ("Minister" after "Foreign Minister Tleuberdi") yields
   * to it, and is dropped when the person held other posts on the date but none of that kind.
   */
  private rolesBeforeNames(text: string, tokens: Tokens, items: Item[], date: string) {
    const ents = this.index.entities;
    for (let k = 0; k < items.length; k++) {
      const it = items[k];
      if (it.entity === undefined || ents[it.entity].k !== 0) continue;
      const role = roleBefore(text, it.m.start);
      if (!role) continue;
      const person = it.entity;
      let prev = k > 0 && items[k - 1].m.end > role.start ? items[k - 1] : undefined;
      // a longer title matched there ("Foreign Minister"): the title's own rules hold
      if (prev && (prev.m.start < role.start || prev.m.end !== role.end)) continue;
      if (prev && prev.entity !== undefined && (ents[prev.entity].k !== 1 || prev.form === 'full')) continue;
      // a part of the role matched ("Minister" in "Deputy Minister"): it is the role's
      const part = prev && prev.m.start > role.start ? prev : undefined;
      if (part) prev = undefined;
      const atDate = this.officesAt(person, date);
      let fits = atDate.filter((o) => roleFits(role.prefixes, ents[o].n));
      if (!fits.length) fits = [...this.everHeld(person)].filter((o) => roleFits(role.prefixes, ents[o].n) && seenNear(tenuresOf(this.index, o), person, date, SEEN_REACH_DAYS));
      if (fits.length !== 1) {
        // the person held posts on the date, none of this kind: the word is no post the record knows of
        const said = prev ?? part;
        if (!fits.length && said?.entity !== undefined && atDate.length && !atDate.includes(said.entity)) {
          said.entity = undefined;
          said.candidates = undefined;
        }
        continue;
      }
      const office = fits[0];
      if (part) {
        part.entity = undefined;
        part.candidates = undefined;
      }
      if (prev) {
        prev.entity = office;
        prev.form = 'generic';
        prev.candidates = undefined;
        prev.adjacent = person;
        continue;
      }
      let first = it.m.firstToken - 1;
      while (first > 0 && tokens.ends[first - 1] > role.start) first--;
      const m: RawMatch = { start: role.start, end: role.end, patterns: NONE, firstToken: first, lastToken: it.m.firstToken - 1 };
      items.splice(k, 0, { ...newItem(m, this.kindsOf(NONE)), entity: office, form: 'generic', adjacent: person });
      k++;
    }
  }

  /** A title that stands for an entity of a country ("Foreign Minister"): by the country, the person named, or the page. */
  private pickGeneric(it: Item, date: string, pos: number, country: string | undefined, adjacent: number | undefined, lastSeen: Map<number, number>, text: string, kazakhPage: boolean, st: SessionState) {
    const ents = this.index.entities;
    const title = text.slice(it.m.start, it.m.end);
    // (Kazakh writes another state's president with the state before the title, «Қытай Президенті»: «Президент» alone,
    // with a capital, is Kazakhstan's, even right after China's was named)
    // (and Kazakh news in Russian capitalises Kazakhstan's President and Prime Minister inside a sentence, another state's
    // not: "Си Цзиньпин выразил благодарность Президенту", «В Шанхае Премьер-Министр также примет участие»)
    // (but so do Kyrgyz and Uzbek media their own: not on a page about another state, see pageState)
    const ownHead = HEAD_OF_STATE.test(title) || (kazakhPage && KK_OWN_PRESIDENT.test(title));
    const ruOwn = !kazakhPage && RU_OWN_CAPITALISED.test(title) && !isSentenceStart(text, it.m.start);
    let cands: readonly number[];
    // the person named with the title says whose it is, even after another state's name ("a visit to Switzerland
    // President Tokayev met"); a state's name decides otherwise
    // (of the posts the person ever held, the one held on the date: "Information Minister Dauren Abayev" in 2018 is the
    // information minister's post, not the culture one he held in 2022)
    const heldOnDate = (list: readonly number[]) => {
      if (list.length < 2 || adjacent === undefined) return list;
      const at = this.officesAt(adjacent, date);
      const on = list.filter((e) => at.includes(e));
      return on.length ? on : list;
    };
    let byAdjacent = adjacent !== undefined && country ? heldOnDate(this.heldAmong(it.generic, adjacent)) : NONE;
    // an envoy named with the title who holds none of the posts it may mean on the date ("Kazakh Ambassador Kairat
    // Umarov" while he represented Kazakhstan at the UN): the mission he heads on the date, else none of them
    if (byAdjacent.length && adjacent !== undefined && byAdjacent.every((e) => KZ_ENVOY_ID.test(ents[e].id))) {
      const at = this.officesAt(adjacent, date);
      if (!byAdjacent.some((e) => at.includes(e))) {
        byAdjacent = at.filter((o) => KZ_MISSION_HEAD.test(ents[o].id));
        if (!byAdjacent.length) return;
      }
    }
    if (byAdjacent.length) cands = byAdjacent;
    else if (country) cands = this.ofCountry(it.generic, country);
    else if (adjacent !== undefined) {
      // offices held on the date are among those ever held
      const byHolder = heldOnDate(this.heldAmong(it.generic, adjacent));
      // else a post the person holds on the date whose name starts with the title ("President von der Leyen": President
      // of the European Commission, not of Germany), else a post of the person's state
      // (or, for an office's title, has it right after the organisation's name: "Vice President Antonella Bassani" is
      // the "World Bank Vice President for Europe and Central Asia", not a vice president of Kazakhstan; but "President"
      // is no "… Vice President" and no "Press Secretary of the President")
      const lead = `${title.toLowerCase()} `;
      const inside = ` ${title.toLowerCase()} `;
      const officeTitle = it.generic.every((e) => ents[e].k === 1);
      const ownPost = byHolder.length
        ? NONE
        : this.officesAt(adjacent, date).filter((o) => {
            const n = `${ents[o].n.toLowerCase()} `;
            if (n.startsWith(lead)) return true;
            const at = officeTitle ? n.indexOf(inside) : -1;
            return at > 0 && !/\b(?:vice|deputy|first|acting|of|to|the|and|for)$/.test(n.slice(0, at));
          });
      // a person of no state (an international official) holding none of them: none of the states' posts either
      const own = ents[adjacent].c;
      cands = byHolder.length ? byHolder : ownPost.length ? ownPost : own === undefined && ents[adjacent].s === 'intl' ? NONE : this.ofCountry(it.generic, own ?? 'kz');
    } else {
      // a title alone: the office or body last named with it on the page, else Kazakhstan's
      let seen = -1;
      let seenAt = -Infinity;
      for (const e of it.generic) {
        const at = lastSeen.get(e);
        if (at !== undefined && at > seenAt) {
          seen = e;
          seenAt = at;
        }
      }
      // none of them named: a member's seat in the body named last ("Сенатор" after the Federation Council is Russia's)
      if (seen < 0)
        for (const e of it.generic) {
          const at = ents[e].m && ents[e].p !== undefined ? lastSeen.get(ents[e].p!) : undefined;
          if (at !== undefined && at > seenAt) {
            seen = e;
            seenAt = at;
          }
        }
      // "the Head of State", "Глава государства" with capitals: Kazakh news's own name for Kazakhstan's president,
      // even right after a foreign leader was named
      // (and of Kazakhstan's posts the title may mean, the one the page named: "Information Minister Dauren Abayev … the
      // Information Minister" in 2018 is his ministry's, not another that also had "information" in its name)
      const kzSeen = seen >= 0 && ents[seen].c === 'kz' && this.exists(seen, date);
      cands = !ownHead && !ruOwn && seen >= 0 && ((ents[seen].c !== 'kz' && seenAt > pos - 400) || kzSeen) ? [seen] : this.ofCountry(it.generic, 'kz');
      // a page that names another state and nothing of Kazakhstan (so far) is about that state: its post, else an
      // international one, else none ("New Prime Minister appointed in Kyrgyzstan"; "the head of government" in a story
      // from Tashkent)
      // (Kazakh writes another state's posts with the state before them, and Kazakhstan's own with capitals: there only a
      // title in lower case, «ел үкіметі», «ішкі істер министрі», may be the other state's)
      const state = (seen < 0 || ruOwn) && !ownHead && st.kzAt === Infinity && !(kazakhPage && /\p{Lu}/u.test(title)) ? pageState(st, st.base + sentenceEndAfter(text, pos - st.base)) : undefined;
      if (state !== undefined) {
        // (not its envoy to Kazakhstan: "В России посол" is where the ambassador is)
        const theirs = this.ofCountry(it.generic, state).filter((e) => !POSTING_ID.test(ents[e].id));
        cands = theirs.length ? theirs : this.ofCountry(it.generic, 'intl');
      }
    }
    // one of Kazakhstan's ambassadors, by the bare title: only the post named earlier on the page, when no person is
    // named with it ("Kazakh Ambassador" alone could be any of them)
    if (cands.length > 1 && adjacent === undefined && cands.every((e) => KZ_ENVOY_ID.test(ents[e].id))) {
      const seen = cands.filter((e) => lastSeen.has(e)).sort((a, b) => lastSeen.get(b)! - lastSeen.get(a)!);
      if (!seen.length) return;
      cands = [seen[0]];
    }
    if (!cands.length) return;
    it.form = 'generic';
    if (cands.length === 1) it.entity = cands[0];
    else {
      const active = this.activeOf(cands, date);
      it.entity = (active.length ? active : cands)[0];
      if (active.length > 1) it.candidates = active;
    }
    this.preferExisting(it, date, lastSeen, text);
    const chosen = it.entity!;
    if (this.exists(chosen, date)) return;
    if (adjacent !== undefined) {
      // "State Secretary Erlan Karin" in 2025: the post that replaced the one named, which the person named with it
      // held on the date (not a past post: "Бывший министр образования и науки Асхат Аймагамбетов" two days after that
      // ministry gave way to his new one)
      if (PAST_BEFORE.test(text.slice(Math.max(0, it.m.start - 16), it.m.start))) return;
      const successor = this.officesAt(adjacent, date).find((o) => ents[o].r?.includes(chosen));
      if (successor !== undefined) {
        it.entity = successor;
        it.candidates = undefined;
      }
    } else if (country === undefined) {
      // "the Vice-President" alone on a 2017 page is somebody else's: Kazakhstan had no such post from 1996 to 2026
      const { until, since } = distanceFromExistence(ents[chosen], date);
      // a Kazakh body long gone while another state's of that name exists: "the Communist Party" on a 2025 page is no
      // longer the Communist Party of Kazakhstan (liquidated in 2015), nor surely China's
      const othersExist = since > DAYS_GONE && until > DAYS_AHEAD && it.generic.some((e) => e !== chosen && ents[e].c !== ents[chosen].c && this.exists(e, date));
      if ((until > DAYS_AHEAD && since > DAYS_AFTER) || othersExist) {
        // or, years before it was made, what it replaced, in being on the date: "the Anti-Corruption Agency" on a 2016
        // page is the Agency for Civil Service Affairs and Anti-Corruption it was made from in 2019 (not for one word,
        // which may be a common noun: "Құрылтайға", a party's congress, is no Parliament)
        it.entity = since === Infinity && it.m.lastToken > it.m.firstToken ? ents[chosen].r?.find((e) => this.exists(e, date)) : undefined;
        it.candidates = undefined;
      }
    }
  }

  private readonly heldCache = new Map<readonly number[], Map<number, readonly number[]>>();
  /** The entities of `list` (offices) that `person` ever held, cached per list and person. */
  private heldAmong(list: readonly number[], person: number): readonly number[] {
    return subsetOf(this.heldCache, list, person, this.heldOf);
  }
  private readonly heldOf = (list: readonly number[], person: number) => {
    const held = this.everHeld(person);
    return list.filter((e) => held.has(e));
  };

  /**
   * The states a page names before it first names Kazakhstan or something of it (see pageState): by the entities named
   * in full that are all of one state, and by capitalised words that name a state ("Kyrgyzstan", "Uzbek", «Узбекистана»).
   */
  private namedStates(text: string, tokens: Tokens, items: Item[], st: SessionState) {
    const ents = this.index.entities;
    let kzAt = Infinity;
    const named: [number, string][] = [];
    for (const it of items) {
      const pos = it.m.start;
      const list = it.full.length ? it.full : it.context.length ? it.context : it.surname;
      if (!list.length) continue;
      const c = ents[list[0]].c;
      if (c === undefined || !list.every((e) => ents[e].c === c)) continue;
      // (another state's envoy to Kazakhstan or its embassy there is about Kazakhstan too)
      if (c === 'kz' || POSTING_ID.test(ents[list[0]].id)) {
        kzAt = pos;
        break;
      }
      // (a person is not: "the new Secretary General of the Organization of Turkic States, Kubanychbek Omuraliev")
      if (ents[list[0]].k !== 0) named.push([pos, c]);
    }
    const { starts } = tokens;
    for (let t = 0; t < starts.length && starts[t] < kzAt; t++) {
      if (!isUpper(text.charCodeAt(starts[t]))) continue;
      const key = tokens.key(t);
      // (and a Kazakh case of the name: «Қырғызстанда», «Өзбекстанға»)
      const kk = KK_CASE_END.exec(key);
      const c = countryOfWord(key, true) ?? (kk ? countryOfWord(key.slice(0, kk.index), true) : undefined);
      if (c === 'kz') kzAt = starts[t];
      else if (c !== undefined) named.push([starts[t], c]);
    }
    named.sort((a, b) => a[0] - b[0]);
    for (const [pos, c] of named) if (pos < kzAt) st.statesNamed.push([st.base + pos, c]);
    if (kzAt !== Infinity) st.kzAt = st.base + kzAt;
  }

  private readonly countryCache = new Map<readonly number[], Map<string, readonly number[]>>();
  /** The entities of `list` that belong to `country` ('intl' for international ones), cached per list. */
  private ofCountry(list: readonly number[], country: string): readonly number[] {
    return subsetOf(this.countryCache, list, country, this.countryOf);
  }
  private readonly countryOf = (list: readonly number[], country: string) => list.filter((e) => (this.index.entities[e].c ?? 'intl') === country);

  private existsMemo = new Uint8Array(0);
  /** existsAt for the current date, memoised (0 not computed, 1 no, 2 yes). */
  private exists(e: number, date: string): boolean {
    if (date !== this.memoDate) return existsAt(this.index.entities[e], date);
    let v = this.existsMemo[e];
    if (v === 0) this.existsMemo[e] = v = existsAt(this.index.entities[e], date) ? 2 : 1;
    return v === 2;
  }

  /** A back-reference ("the Assembly"): the candidate the page named last, or the one whose parent it named. */
  private pickShort(it: Item, date: string, lastSeen: Map<number, number>, st: SessionState, text: string, word: string, next: Item | undefined): number | undefined {
    const ents = this.index.entities;
    // "дал совет", «полезные советы»: advice given or taken, no council
    if (ADVICE_BEFORE.test(text.slice(Math.max(0, it.m.start - 16), it.m.start)) && /^совет/.test(text.slice(it.m.start, it.m.end))) return undefined;
    // the word begins another body's own name, one the gazetteer lacks: "the Committee on Finance and Budget" after
    // another committee, «Комитет по делам …»
    const rest = NAME_GOES_ON.exec(text.slice(it.m.end, it.m.end + 40));
    // (but a deputy's portfolio keeps the post: "заместителя акима области по социальным вопросам")
    const portfolio = rest?.[2] !== undefined && this.allOffices(it.short) && PORTFOLIO_RU.test(text.slice(it.m.end, it.m.end + 60));
    if (rest && !CALENDAR_WORD.test(rest[1] ?? '') && !portfolio) return undefined;
    let pool = it.short;
    // an adjective before the word that the entity's name lacks makes another thing of its kind: "the interdepartmental
    // committee" after the ministry's Committee for Emergency Situations
    const adj = KIND_ADJECTIVE_BEFORE.exec(text.slice(Math.max(0, it.m.start - 30), it.m.start));
    if (adj && !PLACE_ADJECTIVE.test(adj[1])) {
      pool = pool.filter((e) => ents[e].n.toLowerCase().includes(adj[1]));
      if (!pool.length) return undefined;
    }
    // a Russian adjective of another state's name before the word: that state's agency, not one of Kazakhstan's
    // («российское ведомство», «глава американского ведомства»)
    if (FOREIGN_ADJ_BEFORE_RU.test(text.slice(Math.max(0, it.m.start - 30), it.m.start)) && pool.every((e) => ents[e].c === 'kz')) return undefined;
    // what existed on the date, and what the page itself named though it did not exist yet or any more ("the People's
    // Council of Kazakhstan, Khalyk Kenesi" proposed in January 2026, then "the Council")
    if (!pool.every((e) => this.exists(e, date))) {
      // (named by its own words: a place of a region created later, "Semey" in 2021, names none of its posts)
      const existing = pool.filter((e) => this.exists(e, date) || st.titledAt.has(e));
      if (existing.length) pool = existing;
    }
    // the person named right after the word holds one of its posts on the date: that post ("облыс әкімі Нұрлан
    // Ұранхаев", "Аким области Амандык Баталов"), whatever the page named before
    if (next && next.m.start - it.m.end <= 2 && (next.full.length || next.surname.length)) {
      const people = [...next.full, ...next.surname].filter((p) => ents[p].k === 0);
      if (people.length)
        for (const e of pool) {
          const holders = this.holdersOn(e, date);
          if (people.some((p) => holders.includes(p))) return e;
        }
    }
    // the candidate the page named last
    let best: number | undefined;
    let bestAt = -Infinity;
    for (const e of pool) {
      const at = lastSeen.get(e);
      if (at !== undefined && at > bestAt) {
        best = e;
        bestAt = at;
      }
    }
    // "the Political Council" after "Nur Otan", "the city's mayor" after "Almaty": a part of what the page named, when
    // only one candidate's whole was named last; it wins when that came after the candidate named last itself
    let via: number | undefined;
    let viaAt = -Infinity;
    let tied = false;
    // a body so, by one word: only by a capital inside a sentence; a common word in lower case or opening a sentence is
    // often none («кеңес өткізді», "дал совет", «Кеңесте …» after "Ақордада": a meeting, not a council of the
    // Administration); words of a longer name ("the journalists' club" after the Assembly) are its own
    const proper = it.m.firstToken < it.m.lastToken || (isUpper(text.charCodeAt(it.m.start)) && !/(?:^|[.!?]["'”»]?\s+|\n\s*)$/.test(text.slice(Math.max(0, it.m.start - 6), it.m.start)));
    for (const e of pool) {
      const r = ents[e];
      if (r.k === 2 && !proper) continue;
      // (a body of a whole named only as where an office sits, "Руководитель Администрации Президента", is not named
      // so: "Совет" after it is no council under the Administration; a deputy's post is, "заместитель акима" after the
      // akim)
      // (or by another body of it named in full)
      const whole = r.p === undefined ? -Infinity : r.k === 2 ? Math.max(st.titledAt.get(r.p) ?? -Infinity, st.partNamedAt.get(r.p) ?? -Infinity) : (lastSeen.get(r.p) ?? -Infinity);
      const at = Math.max(whole, r.h !== undefined ? (lastSeen.get(r.h) ?? -Infinity) : -Infinity);
      if (at === -Infinity) continue;
      if (at > viaAt) {
        via = e;
        viaAt = at;
        tied = false;
      } else if (at === viaAt && e !== via) tied = true;
    }
    let pick = via !== undefined && !tied && viaAt > bestAt ? via : best;
    let at = pick === via ? viaAt : bestAt;
    // nothing named before: the place the page names next, when it is one candidate's (regional news often names the
    // region only after "аким области", «облыстық мәслихат»), a post of an office only where nobody is named after
    // (in English only within the sentence: "maslikhat deputies" in a headline is no maslikhat of the dateline after it,
    // "NUR-SULTAN. KAZINFORM")
    if (pick === undefined && !(next && next.m.start - it.m.end <= 2)) {
      const cyrillic = isCyrillic(text.slice(it.m.start, it.m.end));
      const ahead = st.placesAhead.find((p) => p.start >= it.m.end && p.ents.some((e) => pool.includes(e)) && (cyrillic || !sentenceEndBetween(text, it.m.end, p.start)));
      const ones = ahead ? pool.filter((e) => ahead.ents.includes(e)) : NONE;
      if (ones.length === 1) return ones[0];
    }
    // but a post the page named by its own title is not displaced by another post whose place alone was named since, in
    // an earlier sentence: "Заместитель акима области Абай … отделом ЖКХ г.Семей … Замакима дал поручения" is the
    // region's deputy
    if (pick !== undefined && ents[pick].k === 1 && st.titledAt.get(pick) !== at && sentenceEndBetween(text, at - st.base, it.m.start)) {
      let titled: number | undefined;
      let titledAt = -Infinity;
      for (const e of pool) {
        const t = st.titledAt.get(e);
        if (t !== undefined && t > titledAt && ents[e].k === 1) {
          titled = e;
          titledAt = t;
        }
      }
      if (titled !== undefined && titled !== pick) {
        pick = titled;
        at = titledAt;
      }
    }
    // the word named another post after it: "the Akim of Munaily District ... the Akim" is not Astana's akim, unless
    // the person named right after it holds the post ("Аким Досаев")
    // "Jean-Yves Le Drian, Minister for Europe and Foreign Affairs, met Mukhtar Tleuberdi. The Minister said": another
    // state's post was named by this word after Kazakhstan's was named by its title, and Kazakhstan's holder was named
    // no later than in that sentence ("… Foreign Minister Muhriddin. Nurtleu then … The minister noted" is Nurtleu's)
    // (unless Kazakhstan's demonym says whose: "The Kazakh minister stressed")
    if (pick !== undefined && ents[pick].c === 'kz' && !KZ_DEMONYM_BEFORE.test(text.slice(Math.max(0, it.m.start - 16), it.m.start))) {
      const foreign = st.foreignTitleAt.get(word);
      if (foreign !== undefined && foreign > (st.titledAt.get(pick) ?? -Infinity) && (at <= foreign || !sentenceEndBetween(text, foreign - st.base, at - st.base))) return undefined;
    }
    // (a word that names the level itself is not: "Заместитель акима области" after "заместитель акима данного района")
    if (pick !== undefined && (st.otherPost.get(pick) ?? -Infinity) > at && !LEVEL_WORD.test(text.slice(it.m.start, it.m.end))) {
      if (!next || next.m.start - it.m.end > 2) return undefined;
      const holders = this.holdersOn(pick, date);
      if (!next.full.some((p) => holders.includes(p)) && !next.surname.some((p) => holders.includes(p))) return undefined;
    }
    return pick;
  }

  private partyIds: Map<string, number> | undefined;
  /** The party whose faction in the Mazhilis this is (kz.body.mazhilis-amanat-faction → kz.body.amanat). */
  private partyOfFaction(faction: number): number | undefined {
    if (!this.partyIds) {
      this.partyIds = new Map();
      this.index.entities.forEach((e, i) => {
        if (e.k === 2 && e.id.startsWith('kz.body.')) this.partyIds!.set(e.id.slice(8), i);
      });
    }
    const slug = MAZHILIS_FACTION.exec(this.index.entities[faction].id)?.[1];
    if (!slug) return undefined;
    const exact = this.partyIds.get(slug);
    if (exact !== undefined) return exact;
    for (const [id, i] of this.partyIds) if (id.startsWith(`${slug}-`)) return i;
    return undefined;
  }

  private holderRef(office: number, date: string, adjacent: number | undefined): Ref | null {
    const holders = this.holdersOn(office, date);
    if (adjacent !== undefined && holders.includes(adjacent)) return this.ref(adjacent);
    // the day a term ended, the person named with the title still held it that day ("Agriculture Minister Saparkhan
    // Omarov has been relieved of his post today")
    if (adjacent !== undefined && tenuresOf(this.index, office)?.some((t) => t[0] === adjacent && t[2] === date)) return this.ref(adjacent);
    // the person named with the title, seen in that office within a year, where the record names nobody else then
    if (adjacent !== undefined && (!holders.length || this.index.entities[office].m) && seenNear(tenuresOf(this.index, office), adjacent, date, SEEN_REACH_DAYS)) return this.ref(adjacent);
    // one of several holders (a deputy minister, a senator): only the person named beside it; the record of the others
    // is never complete enough to name one for the reader
    if (this.index.entities[office].m) return null;
    if (!holders.length) return null;
    return this.ref(holders[0]);
  }

  private readonly refs: Ref[] = [];
  /** The shared { id, name } of an entity (mentions only read it). */
  private ref(e: number): Ref {
    return (this.refs[e] ??= { id: this.index.entities[e].id, name: this.index.entities[e].n });
  }

  private memoOfficeRefs = new Map<number, Ref[]>();
  /** The offices a person held on `date`, as refs (a new array each time: callers may keep it). */
  private officeRefs(person: number, date: string): Ref[] {
    if (date !== this.memoDate) return this.officesAt(person, date).map((o) => this.ref(o));
    let r = this.memoOfficeRefs.get(person);
    if (!r) {
      r = this.officesAt(person, date).map((o) => this.ref(o));
      this.memoOfficeRefs.set(person, r);
    }
    return r.slice();
  }

  /**
   * A name of something that did not exist on the date ("Kurultai" in January 2026) yields to a back-reference
   * to what the page named that did ("the National Kurultai").
   */
  private preferExisting(it: Item, date: string, lastSeen: Map<number, number>, text: string) {
    const ents = this.index.entities;
    const chosen = ents[it.entity!];
    if (chosen.k === 0 || this.exists(it.entity!, date)) return;
    // (a name being given is the new thing's: «„Құрылтай“ атты бір палаталы парламент»)
    if (nameGivenAround(text, it.m)) return;
    // (named before the page last named what the chosen one replaces, it gives way: the page speaks of the reform,
    // «реформа парламента … переименовать в курултай» after the National Kurultai was named)
    const reformAt = this.replacedSeenAt(it.entity!, lastSeen);
    const alt = [...it.short, ...it.generic].filter((e) => e !== it.entity && this.exists(e, date) && (lastSeen.get(e) ?? -1) > reformAt).sort((a, b) => lastSeen.get(b)! - lastSeen.get(a)!);
    if (alt.length) {
      it.entity = alt[0];
      it.form = 'short';
      it.candidates = undefined;
      return;
    }
    // a name of a post set up after the date that the words also give generically to one in being then is that one's:
    // "Kazakh Deputy Education Minister" in 2020 is the deputy minister of education and science, not of enlightenment
    // (set up in 2022, and also called "of Education")
    if ((chosen.f ?? '') <= date) return;
    const then = it.generic.filter((e) => e !== it.entity && ents[e].k === chosen.k && ents[e].c === chosen.c && this.exists(e, date));
    if (then.length === 1) {
      it.entity = then[0];
      it.form = 'generic';
      it.candidates = undefined;
    }
  }

  /** Among several full-name candidates: the one active (holding an office, or existing) on the date. */
  private pickFull(it: Item, date: string) {
    const ents = this.index.entities;
    let cands = it.full;
    if (cands.length > 1) {
      const active = cands.filter((e) => (ents[e].k === 0 ? this.officesAt(e, date).length > 0 : this.exists(e, date)));
      if (active.length) cands = active;
    }
    it.entity = cands[0];
    it.form = 'full';
    if (cands.length > 1) it.candidates = cands;
  }

  /** personAfter, computed once per item. */
  private adjacentOf(text: string, items: Item[], k: number, namedInFull: Set<number>, date: string): number | undefined {
    const it = items[k];
    if (it.adjacent === undefined) it.adjacent = this.personAfter(text, items, k, namedInFull, date) ?? this.personBefore(text, items, k) ?? -1;
    return it.adjacent < 0 ? undefined : it.adjacent;
  }

  /** The person named after a title, also across a chain of titles ("Deputy Prime Minister and Foreign Minister Murat Nurtleu"). */
  private personAfter(text: string, items: Item[], k: number, namedInFull: Set<number>, date: string): number | undefined {
    // across a gloss for the reader between commas: "Chairman of the Senate, the upper house of the Kazakh Parliament,
    // Maulen Ashimbayev"
    const gloss = GLOSS_AFTER.exec(text.slice(items[k].m.end, items[k].m.end + 100));
    if (gloss) {
      const at = items[k].m.end + gloss[0].length;
      const named = items.find((x, q) => q > k && x.m.start === at);
      const persons = named ? named.full.filter((e) => this.index.entities[e].k === 0) : NONE;
      if (persons.length === 1) return persons[0];
    }
    // (titles joined after "between" are two people's: «между Главой государства и Президентом Турции Эрдоганом»)
    const between = BETWEEN_BEFORE.test(text.slice(Math.max(0, items[k].m.start - 12), items[k].m.start));
    for (let j = k; j < items.length - 1 && j < k + 4; j++) {
      const p = this.adjacentPerson(text, items[j], this.nameAfter(text, items, j), namedInFull, date);
      if (p !== undefined) return p;
      // across a membership of a body: "депутат Мажилиса и член Конституционной комиссии Марат Башимов", "Мәжіліс
      // депутаты, Конституциялық комиссия мүшесі Марат Башимов"
      const body = items[j + 1];
      if (MEMBER_JOIN.test(text.slice(items[j].m.end, body.m.start)) && this.isBody(body)) continue;
      if (j + 2 < items.length && KK_MEMBER_JOIN.test(text.slice(items[j].m.end, body.m.start)) && this.isBody(body) && KK_MEMBER_AFTER.test(text.slice(body.m.end, items[j + 2].m.start))) {
        const persons = items[j + 2].full.filter((e) => this.index.entities[e].k === 0);
        return persons.length === 1 ? persons[0] : undefined;
      }
      if (!titleJoin(text, items[j].m.end, items[j + 1].m.start) || !this.isTitle(items[j + 1])) return undefined;
      if (between && JOINT_TITLES.test(text.slice(items[j].m.end, items[j + 1].m.start))) return undefined;
    }
    return undefined;
  }

  /**
   * The person named in full right before a title in apposition, also across a chain of titles: "Kaja Kallas, the EU
   * High Representative", "Мурат Нуртлеу, заместитель премьер-министра".
   */
  private personBefore(text: string, items: Item[], k: number): number | undefined {
    let j = k;
    while (j > 0 && j > k - 4 && APPOSED_TITLES.test(text.slice(items[j - 1].m.end, items[j].m.start)) && this.isTitle(items[j - 1])) j--;
    if (j === 0) return undefined;
    const prev = items[j - 1];
    const gap = text.slice(prev.m.end, items[j].m.start);
    const ents = this.index.entities;
    // or the subject of a copula, named in full or by the surname resolved to one person ("Исимбаева являлась
    // депутатом Мажилиса", "Smailov is Prime Minister"): the holder still has to hold the post on the date
    if (COPULA.test(gap) && prev.entity !== undefined && ents[prev.entity].k === 0) return prev.entity;
    if (!APPOSITION.test(gap)) return undefined;
    const persons = prev.full.filter((e) => ents[e].k === 0);
    return persons.length === 1 ? persons[0] : undefined;
  }

  /**
   * The item after items[k], or, when a given name and a patronymic stand between them and a surname that makes one
   * person's full name with them ("Облыс әкімі Құмар Іргебайұлы Ақсақаловтың"), the surname's item as if it began
   * there, with that person alone.
   */
  private nameAfter(text: string, items: Item[], k: number): Item {
    const ents = this.index.entities;
    for (let q = k + 1; q < items.length && q <= k + 3 && items[q].m.start - items[k].m.end < 60; q++) {
      const x = items[q];
      for (const p of x.surname) {
        if (ents[p].k !== 0) continue;
        const from = this.givenPatronymicStart(text, x.m.start, x.m.end, p);
        if (from !== undefined && from > items[k].m.end && SPACE_RUN.test(text.slice(items[k].m.end, from))) return { ...x, m: { ...x.m, start: from }, full: NONE, surname: [p] };
      }
    }
    return items[k + 1];
  }

  /** Whether " of (the) " and then a body that the body of one of the item's offices belongs to follow the item. */
  private ofWholeAfter(text: string, it: Item, next: Item | undefined): boolean {
    if (!next || !/^ of (?:the )?$/.test(text.slice(it.m.end, next.m.start))) return false;
    const ents = this.index.entities;
    const wholes = new Set<number>();
    for (const o of it.generic) {
      const h = ents[o].h;
      if (h !== undefined && ents[h].p !== undefined) wholes.add(ents[h].p!);
    }
    return [...next.full, ...next.generic, ...next.short].some((b) => wholes.has(b));
  }

  private isBody(it: Item): boolean {
    const ents = this.index.entities;
    if (it.entity !== undefined) return ents[it.entity].k === 2;
    return it.full.length + it.generic.length > 0 && [...it.full, ...it.generic].every((e) => ents[e].k === 2);
  }

  /**
   * nameAfter, or, in Russian, a person named in full after a few words in lower case that qualify the title ("аким
   * южного мегаполиса Габит Сыздыкбеков"), as if right after it (see pickShort, which takes such a person only when
   * they hold the post).
   */
  private nameSoonAfter(text: string, items: Item[], k: number): Item | undefined {
    const next = this.nameAfter(text, items, k);
    if (!next || next.m.start - items[k].m.end <= 2 || !next.full.length || !LOWER_RU_GAP.test(text.slice(items[k].m.end, next.m.start))) return next;
    return { ...next, m: { ...next.m, start: items[k].m.end + 1 } };
  }

  private isTitle(it: Item): boolean {
    const ents = this.index.entities;
    for (const e of it.full) if (ents[e].k === 1) return true;
    for (const e of it.generic) if (ents[e].k === 1) return true;
    return false;
  }

  /** The person named right after a title ("Foreign Minister Sergey Lavrov"), if any. */
  private adjacentPerson(text: string, it: Item, next: Item, namedInFull: Set<number>, date: string): number | undefined {
    const from = it.m.end;
    const to = next.m.start;
    if (to <= from) return undefined;
    if (to - from > 3 && !SPACE_RUN.test(text.slice(from, to))) {
      // the title's state between them: "посол Казахстана Аскар Женис", "Ambassador of Kazakhstan Askar Zhengis", also
      // before a comma ("the new Minister of Information of Kazakhstan, Askar Umarov")
      const between = text.slice(from, to);
      const gap = /^ (?:of (?:the )?)?(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?),? $/u.exec(between);
      // or a style of address: "President His Highness Sheikh Khalifa bin Zayed Al Nahyan"
      // or a rank: "deputy head of the police department, police colonel Abduali Nasharbekov", «генерал-майор полиции»
      // or a portfolio: "Deputy Prime Minister for Trade Chary Gylyjov"
      if (!HONORIFIC_GAP.test(between) && !RANK_GAP.test(between) && !PORTFOLIO_GAP.test(between) && (!gap || !gap[1].split(' ').every((w) => STATE_WORD.test(w) || countryOfWord(keyOf(w), true) !== undefined))) return undefined;
    } else if (!SPACED_DASH.test(text.slice(from, to)))
      for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        // spaces or a comma, on one line (or a dash with a space either side: "вице-спикер Мажилиса — Гульмира Исимбаева")
        if (c !== 0x2c && !(c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x3000)) return undefined;
      }
    const ents = this.index.entities;
    const list = next.full.length ? next.full : next.surname;
    let persons: number[] | undefined;
    for (const e of list) if (ents[e].k === 0) (persons ??= []).push(e);
    if (!persons) return undefined;
    // a surname alone that goes on with a capitalised word begins another name, unless the page named the person in
    // full: "Сыртқы істер министрі Сауд Арабиясы Короліне" (Saudi Arabia, not Nepal's minister Saud)
    if (!next.full.length && /^ \p{Lu}/u.test(text.slice(next.m.end, next.m.end + 2))) {
      persons = persons.filter((p) => namedInFull.has(p));
      if (!persons.length) return undefined;
    }
    if (persons.length === 1) return persons[0];
    const named = persons.filter((p) => namedInFull.has(p));
    if (named.length === 1) return named[0];
    // the one who held the title's office about the date ("the Akim of Zhambyl region A. Myrzakhmetov" on the day his
    // term ended, not another A. Myrzakhmetov in another post)
    if (it.entity !== undefined && ents[it.entity].k === 1) {
      const ten = tenuresOf(this.index, it.entity);
      const held = persons.filter((p) => heldNear(ten, p, date, 1));
      if (held.length === 1) return held[0];
    }
    const active = persons.filter((p) => this.officesAt(p, date).length);
    return active[0] ?? persons[0];
  }

  /**
   * Whether a title names another post than the office: a deputy's ("Deputy Minister of Energy", "заместитель акима")
   * or a lower one of the same kind ("district akim", "the akim of Bostandyk district", "аким Медеуского района",
   * "ауданының әкімі"). Only offices: "adviser to the President" still names the President.
   */
  private subordinate(text: string, tokens: Tokens, it: Item): 'deputy' | 'lower' | undefined {
    if (it.full.length + it.generic.length + it.short.length === 0 || !this.allOffices(it.full) || !this.allOffices(it.generic) || !this.allOffices(it.short)) return undefined;
    const { starts, ends } = tokens;
    const count = starts.length;
    const before = it.m.firstToken - 1;
    // the word right before, joined by a space or a hyphen
    if (before >= 0 && it.m.start - ends[before] <= 1) {
      const k = tokens.key(before);
      if (SUBORDINATE_BEFORE.has(k)) return k === 'deputy' || k === 'vice' || k === 'вице' || k === 'assistant' ? 'deputy' : 'lower';
      if (k.charCodeAt(0) >= 0x400 && k.startsWith('заместител')) return 'deputy';
      // "Тарбағатай ауданы әкімі", "ауданының әкімі", "ауылдық округінің әкімі", "аудандық әкім": a district's or village's
      if (k.charCodeAt(0) >= 0x400 && /^(?:аудан|ауыл|округ|кент)(?:ы|и|ынын|инин|нын|нин|дык|дик)?$/.test(k)) return 'lower';
      // "басқарма төрағасы", "директорлар кеңесінің төрағасы": a company board's chairman, no state body's head
      if (k === 'баскарма' || (k === 'кенесинин' && before > 0 && tokens.key(before - 1) === 'директорлар')) return 'lower';
    }
    const after = it.m.lastToken + 1;
    if (after < count && (starts[after] - it.m.end <= 2 || SPACE_RUN.test(text.slice(it.m.end, starts[after])))) {
      const k = tokens.key(after);
      if (k.charCodeAt(0) >= 0x400) {
        if (k.startsWith('орынбасар')) return 'deputy';
        // a Kazakh title in the genitive, words in lower case, then "орынбасары": "ҚХА төрағасының жаңадан
        // тағайындалған орынбасарлары" (the newly appointed deputy chairmen)
        if (kkGenitiveEnding(text.slice(it.m.start, it.m.end)) > 0)
          for (let t = after; t < count && t <= after + 3 && starts[t] - ends[t - 1] <= 2 && !isUpper(text.charCodeAt(starts[t])); t++) if (tokens.key(t).startsWith('орынбасар')) return 'deputy';
        // (in lower case: "Сельма", "Районов" are names)
        if (/^(?:район|сел(?:а|о|е|у|ом)$|сельск|поселк|аул[аеу]?$|округа)/.test(k) && !isUpper(text.charCodeAt(starts[after]))) return 'lower';
        // "аким одного из районов": a post of one of several places
        if ((k === 'одного' || k === 'одной') && after + 1 < count && tokens.key(after + 1) === 'из') return 'lower';
        // "аким Медеуского района", "заместитель акима данного района"
        if ((k.endsWith('ского') || DEMONSTRATIVE_RU.has(k)) && after + 1 < count && /^(?:район|сельск|округ)/.test(tokens.key(after + 1))) return 'lower';
      }
      // "the akim of Bostandyk district": "of", capitalised words, then the kind of place (also after an akim's gloss in
      // brackets, read as spaces: "deputy akim (governor) of the Pavlodar district")
      if (k === 'of') {
        for (let t = after + 1; t < count && t <= after + 5; t++) {
          const w = tokens.key(t);
          if (SUBORDINATE_PLACE.has(w)) return 'lower';
          if (w !== 'the' && !isUpper(text.charCodeAt(starts[t]))) break;
        }
      }
    }
    return undefined;
  }

  /**
   * Whether a Kazakh body's name stands as the modifier of the word after it: a plural of heads or secretaries
   * ("басшылары", "хатшыларының") of many such bodies, or, for "министрлік" in the nominative, a meeting or level
   * ("министрлік кездесу", "министрлік деңгейде": ministerial).
   */
  private kazakhModifierOfPlural(text: string, tokens: Tokens, m: RawMatch, onlyShort: boolean): boolean {
    const t = m.lastToken + 1;
    if (t >= tokens.starts.length || tokens.starts[t] - m.end !== 1 || text.charCodeAt(m.end) !== 0x20) return false;
    const next = text.slice(tokens.starts[t], tokens.ends[t]).toLowerCase();
    // (a body in the genitive owns them: "полиция департаментінің басшылары", its leadership; so does one named by a
    // back-reference word, "партия басшылары")
    if (KK_PLURAL_OFFICERS.test(next)) return kkGenitiveEnding(text.slice(m.start, m.end)) === 0 && !onlyShort;
    return /^министрлік$/iu.test(text.slice(m.start, m.end)) && KK_MINISTERIAL_NOUN.test(next);
  }

  /** Whether any name the match is, in any form, is a person's. */
  private anyPerson(k: Kinds): boolean {
    const ents = this.index.entities;
    for (const list of [k.full, k.generic, k.short]) for (const e of list) if (ents[e].k === 0) return true;
    return false;
  }

  private allBodies(list: readonly number[]): boolean {
    for (const e of list) if (this.index.entities[e].k !== 2) return false;
    return true;
  }

  /** The match with only the patterns it reads without a Kazakh ending (itself when it reads none), else undefined. */
  private withoutKazakhEndings(tokens: Tokens, m: RawMatch): RawMatch | undefined {
    let some = false;
    for (let t = m.firstToken; t <= m.lastToken && !some; t++) {
      const k = tokens.key(t);
      const c = k.charCodeAt(0);
      some = c >= 0x400 && c <= 0x4ff && this.matcher.kazakhReading(k);
    }
    if (!some) return m;
    const keys: string[] = [];
    for (let t = m.firstToken; t <= m.lastToken; t++) keys.push(tokens.key(t));
    const patterns = this.matcher.patternsWithoutKazakhEndings(keys, m.patterns);
    if (!patterns.length) return undefined;
    return patterns.length === m.patterns.length ? m : { ...m, patterns };
  }

  /** True when the match names what it names only with a Kazakh ending read on a Cyrillic word of it. */
  private kazakhEndingOnly(tokens: Tokens, m: RawMatch): boolean {
    return this.withoutKazakhEndings(tokens, m) === undefined;
  }

  /**
   * A seat of a body named with it ("a member of the Central Election Commission"): one of several holders, for whom an
   * indefinite article is the natural one.
   */
  private oneOfSeveralIn(text: string, it: Item): boolean {
    if (it.short.length || !it.generic.length || !/ of /.test(text.slice(it.m.start, it.m.end))) return false;
    for (const e of it.generic) if (!this.index.entities[e].m) return false;
    return true;
  }

  private allPostings(list: readonly number[]): boolean {
    for (const e of list) if (!POSTING_ID.test(this.index.entities[e].id)) return false;
    return true;
  }

  private allOffices(list: readonly number[]): boolean {
    for (const e of list) if (this.index.entities[e].k !== 1) return false;
    return true;
  }

  /**
   * "Deputy Prime Minister and Foreign Minister of Moldova", «вице-премьер – министр иностранных дел Молдовы»: one
   * person's two posts, the state named once after the second; the state of that title, when it is another state's.
   */
  private stateOfJointTitle(text: string, it: Item, next: Item | undefined): string | undefined {
    if (!next?.full.length || !JOINT_TITLES.test(text.slice(it.m.end, next.m.start))) return undefined;
    // (two people's, "between": «между Главой государства и Президентом Турции»)
    if (BETWEEN_BEFORE.test(text.slice(Math.max(0, it.m.start - 12), it.m.start))) return undefined;
    const ents = this.index.entities;
    const c = ents[next.full[0]].c;
    if (c === undefined || c === 'kz' || !next.full.every((e) => ents[e].k === 1 && ents[e].c === c)) return undefined;
    return c;
  }

  /**
   * The state of another state's title joined before this one, which shares it: "Pakistan's President and Prime
   * Minister", «Пәкістанның Президенті мен Премьер-министріне» (not when a person named after this title says whose).
   */
  private stateOfTitleBefore(text: string, it: Item, prev: Item | undefined): string | undefined {
    if (prev?.entity === undefined || !JOINT_TITLES.test(text.slice(prev.m.end, it.m.start))) return undefined;
    // (a title that goes on says whose it is itself: "… and Ambassador for the Environment")
    if (/^ (?:for|on|to|of|at|in|по|в|при) /u.test(text.slice(it.m.end, it.m.end + 5))) return undefined;
    const ents = this.index.entities;
    const c = ents[prev.entity].c;
    if (ents[prev.entity].k !== 1 || c === undefined || c === 'kz' || !it.generic.some((e) => ents[e].c === c)) return undefined;
    return c;
  }

  /**
   * Kazakhstan, for a body's bare name whose press service the page quotes ("Kazinform learned from the Senate's press
   * service", «сообщает пресс-служба Сената», «Сенаттың баспасөз қызметі»): Kazakh news's own source, even on a page
   * about another state's body of that name.
   */
  private pressServiceOwn(text: string, it: Item): string | undefined {
    if (!this.allBodies(it.generic) || !it.generic.some((e) => this.index.entities[e].c === 'kz')) return undefined;
    const after = text.slice(it.m.end, it.m.end + 24);
    const before = text.slice(Math.max(0, it.m.start - 24), it.m.start);
    return PRESS_SERVICE_AFTER.test(after) || PRESS_SERVICE_BEFORE.test(before) ? 'kz' : undefined;
  }

  /** A country named just before a title ("Russian", "Russia's", "U.S.") or just after it ("of Russia", "России"). */
  private countryContext(text: string, tokens: Tokens, m: RawMatch, matchedToken?: Uint8Array): string | undefined {
    return this.stateAround(text, tokens, m, matchedToken) ?? delegationState(text, tokens, m);
  }

  /** The state named right before the title or right after it (the first half of countryContext). */
  private stateAround(text: string, tokens: Tokens, m: RawMatch, matchedToken?: Uint8Array): string | undefined {
    const { starts, ends } = tokens;
    const count = starts.length;
    let t = m.firstToken - 1;
    // words that qualify the holder stand between the state and its title: "Uzbekistan's newly elected President",
    // "Қырғызстанның бұрынғы президенті"
    let from = m.start;
    for (let q = 0; q < 3 && t > 0 && from - ends[t] <= 2 && TITLE_QUALIFIER.test(text.slice(starts[t], ends[t])); q++) from = starts[t--];
    if (t >= 0 && from - pastGenitive(text, ends[t], from) <= 2) {
      let kt = tokens.key(t);
      if (kt === 's' && t > 0 && isApostrophe(text.charCodeAt(starts[t] - 1))) kt = tokens.key(--t);
      if (kt === 's' && t > 0 && tokens.key(t - 1) === 'u') return 'us';
      // a Kazakh case ending written after a hyphen: "АҚШ-тың", "ҚХР-дың"
      if (hyphenGenitiveAt(text, tokens, t)) kt = tokens.key(--t);
      const c = (t > 0 ? TWO_WORD_COUNTRIES.get(`${tokens.key(t - 1)} ${kt}`) : undefined) ?? countryOfWord(kt, isUpper(text.charCodeAt(starts[t])));
      // a Russian place after a preposition is where the holder is, not whose: "В Египте посол Казахстана"
      const placed = c !== undefined && t > 0 && PLACE_PREPOSITION_RU.has(tokens.key(t - 1)) && starts[t] - ends[t - 1] === 1;
      if (c && !placed) return c;
      // a word shaped like the demonym of a state the gazetteer does not cover: "the Zambian Ambassador to the United
      // States" is nobody's it knows, not Kazakhstan's
      if (c === undefined && UNKNOWN_DEMONYM.test(text.slice(starts[t], ends[t]))) return NO_STATE;
      // a state's official name in Kazakh, whatever the spelling of the rest: "Пәкстан Ислам Республикасының …"
      if (KK_STATE_FORM.test(kt))
        for (let b = t - 1; b >= 0 && b >= t - 3 && starts[b + 1] - ends[b] <= 2; b--) {
          const w = countryOfWord(tokens.key(b), isUpper(text.charCodeAt(starts[b])));
          if (w) return w;
        }
    }
    let a = m.lastToken + 1;
    // (on the same line: the dateline that starts the next line is no state of a headline's last title)
    if (a < count && starts[a] - m.end <= 2 && !text.slice(m.end, starts[a]).includes('\n')) {
      const ka = tokens.key(a);
      if (ka === 'of') {
        a++;
        if (a < count && tokens.key(a) === 'the') a++;
        // "of the Republic of Moldova", "of the Republic of Korea": the state named after "Republic of"
        if (a + 2 < count && tokens.key(a) === 'republic' && tokens.key(a + 1) === 'of' && isUpper(text.charCodeAt(starts[a + 2]))) a += 2;
        if (a < count && isUpper(text.charCodeAt(starts[a]))) {
          const c = (a + 1 < count ? TWO_WORD_COUNTRIES.get(`${tokens.key(a)} ${tokens.key(a + 1)}`) : undefined) ?? countryOfWord(tokens.key(a), true);
          // "President of the Club of Chief Editors": a title of something named after it that is no state (but "the
          // President of the Republic" is Kazakh news's own, and "of the VII convocation" a parliament's term)
          return c ?? (tokens.key(a) === 'republic' || ROMAN_NUMERAL.test(text.slice(starts[a], ends[a])) ? undefined : NO_STATE);
        }
        return undefined;
      }
      const k0 = ka.charCodeAt(0);
      if (k0 >= 0x400 && k0 <= 0x4ff) {
        // a Kazakh genitive after a title belongs to the noun after it: "Президент АҚШ-тың елшісіне", "Ресейдің"
        if (kkGenitiveEnding(text.slice(starts[a], ends[a])) > 0) return undefined;
        if ((a + 1 < count && hyphenGenitiveAt(text, tokens, a + 1)) || pastGenitive(text, ends[a], a + 1 < count ? starts[a + 1] : text.length) > ends[a]) return undefined;
        // and so does a state's official name in the genitive: "Мемлекет басшысы Түркия Республикасының 100 жылдығы"
        if (a + 1 < count && starts[a + 1] - ends[a] === 1 && KK_STATE_FORM.test(tokens.key(a + 1)) && kkGenitiveEnding(text.slice(starts[a + 1], ends[a + 1])) > 0) return undefined;
        // the state begins a name of its own: "Мемлекет басшысы Ресей Елшісін қабылдады" (Russia's ambassador)
        if (matchedToken?.[a] === 1) return undefined;
        // "КР" in Russian is the Kyrgyz Republic («госсекретаря КР»); Kazakh writes Kazakhstan «ҚР», which folds onto it
        if (text.slice(starts[a], ends[a]) === 'КР') return 'kg';
        const c = countryOfWord(ka, false);
        // an acronym the gazetteer does not have is some organisation's: "президентом ФИФА Джанни Инфантино"
        if (c === undefined && matchedToken !== undefined && /^[А-ЯЁ]{3,}$/u.test(text.slice(starts[a], ends[a]))) return NO_STATE;
        return c;
      }
    }
    return undefined;
  }

  /** A surname that is an English month used as one: "in May", "May 2019", "15 May". */
  private isDateWord(text: string, tokens: Tokens, it: Item): boolean {
    if (!MONTH.test(text.slice(it.m.start, it.m.end))) return false;
    const before = it.m.firstToken - 1;
    const after = it.m.lastToken + 1;
    if (after < tokens.starts.length && /^\s*\d/.test(text.slice(it.m.end, tokens.starts[after] + 1))) return true;
    if (before < 0) return false;
    return BEFORE_DATE.has(tokens.key(before)) || /\d/.test(text.slice(tokens.starts[before], tokens.ends[before]));
  }

  private pickSurname(text: string, tokens: Tokens, items: Item[], k: number, it: Item, namedInFull: Set<number>, otherBearer: Set<number>, matchedToken: Uint8Array, date: string, fullSurname: Map<number, string>) {
    const ents = this.index.entities;
    let cands = it.surname.filter((e) => ents[e].k === 0);
    if (!cands.length) return;
    // a Russian surname in -ой/-ою is a woman's ("вместо Назарбаевой"): not a man whose surname has the same stem
    const feminine = /(?:ев|ёв|ов|ин)(?:ой|ою)$/u.test(text.slice(it.m.start, it.m.end));
    if (feminine) {
      cands = cands.filter((e) => /a$/.test(ents[e].n));
      if (!cands.length) return;
    }
    const named = cands.filter((e) => namedInFull.has(e));
    // another spelling of the surname of a person the page named in full ("Әлихан Смайылов … Смайловтың"), when none of
    // the people spelt this way was named: that person, not a namesake spelt so
    if (!named.length && !it.initial) {
      const sk = surnameSkeleton(text.slice(it.m.start, it.m.end));
      const other: number[] = [];
      for (const [p, s] of fullSurname) if (sk.startsWith(s) && sk.length - s.length <= 4 && !cands.includes(p) && (!feminine || /a$/.test(ents[p].n))) other.push(p);
      if (other.length === 1) {
        it.entity = other[0];
        it.form = 'surname';
        return;
      }
    }
    // a surname of one letter is a word ("И", Wang Yi's given name read as a surname, is "and"); of two, it is taken only
    // for a person the page named in full ("Li" alone could be any Li); an English month is a date ("in May 2019")
    const letters = it.m.end - it.m.start;
    if (letters < 2 || (letters === 2 && !named.length) || this.isDateWord(text, tokens, it)) return;
    // a surname that is also a common Kazakh word is that word unless the page named the person: "Тау" (mountain),
    // "Кім" (who), which folds onto "Ким", "Рухани" (spiritual: «Рухани жаңғыру»), Rouhani's surname in Russian; so are
    // an English word, a language and a city ("Key agenda", "learn English", the dateline "Muscat:")
    const word = text.slice(it.m.start, it.m.end).toLowerCase();
    if ((!named.length && COMMON_WORD_SURNAMES.has(word)) || KAZAKH_PRONOUN_FORMS.has(word)) return;
    // the surname before the initials of the given name and patronymic, as lists and minutes write it ("Смаилов А.А.",
    // "Donakov T.S."): the person whose given name the first initial begins, else somebody else
    // (not "U.S." or "U.K." after a name: "Trump U.S. policy")
    const written = !it.initial ? INITIALS_AFTER.exec(text.slice(it.m.end, it.m.end + 12)) : null;
    const inits = written && !/^ (?:U\. ?[SKN]|E\. ?U)\.$/.test(written[0]) ? written : null;
    if (inits) {
      const fits = cands.filter((e) => initialFits(inits[1], ents[e].n));
      if (!fits.length) {
        for (const e of cands) otherBearer.add(e);
        return;
      }
      const known = fits.filter((e) => namedInFull.has(e));
      const active = fits.filter((e) => this.officesAt(e, date).length > 0);
      const pick = known.length ? known : active.length ? active : fits;
      it.entity = pick[0];
      it.form = 'surname';
      if (pick.length > 1) it.candidates = pick;
      it.m = { ...it.m, end: it.m.end + inits[0].length };
      return;
    }
    // "Б.Тәжібаев", "B. Tazhibayev": an initial that is not the person's (theirs matches with the surname as one form)
    // makes it somebody else; two initials ("Н.Ә.Назарбаев": the given name's and the patronymic's) are left alone
    if (!it.initial && this.otherInitial(text, tokens, it.m)) {
      for (const e of cands) otherBearer.add(e);
      return;
    }
    const { starts, ends } = tokens;
    const before = it.m.firstToken - 1;
    const after = it.m.lastToken + 1;
    const capAt = (t: number) => /^\p{Lu}/u.test(text.slice(starts[t], ends[t]));
    // a capitalised word right before it, joined by one character and matched as nothing
    const freeCapitalBefore = before >= 0 && !matchedToken[before] && starts[it.m.firstToken] - ends[before] === 1 && capAt(before);
    // a capitalised word right after it, joined by a space: an unknown one, or one matched only as somebody's surname
    // ("Рашидом Мынбаевым")
    const nextItem = items[k + 1];
    const surnameNext = nextItem !== undefined && nextItem.m.firstToken === after && !nextItem.full.length && !nextItem.generic.length && !nextItem.short.length;
    // (not an acronym after a surname not in capitals: "Қ.Тұрғанқұлов ҚР ОСК-ның", "Smailov RK")
    const acronymAfter = after < starts.length && ALL_CAPS.test(text.slice(starts[after], ends[after])) && !ALL_CAPS.test(text.slice(it.m.start, it.m.end));
    const capitalAfter = after < starts.length && starts[after] - it.m.end === 1 && text[it.m.end] === ' ' && capAt(after) && !acronymAfter && (!matchedToken[after] || surnameNext);
    if (named.length) {
      // "Иван Петрович Бекназаров" after Nurlan Beknazarov: another given name and a patronymic, so another person
      if (it.m.firstToken > 0 && patronymicAt(tokens, it.m.firstToken - 1) && GIVEN_PATRONYMIC_BEFORE.test(text.slice(Math.max(0, it.m.start - 60), it.m.start)) && named.every((e) => this.givenPatronymicStart(text, it.m.start, it.m.end, e) === undefined)) return;
      // "Askar Nurtleu" after Murat Nurtleu: somebody's given name (in the gazetteer's English names) right before it, not
      // matched with it as the person's own, makes it another person's
      if (!it.initial && freeCapitalBefore && this.givenNameOf(tokens.key(before)) !== 0) {
        for (const e of named) otherBearer.add(e);
        return;
      }
      // "Central Park" after Park Jin: a capitalised word before a surname that is a kind of place names that place
      if (freeCapitalBefore && THING_AFTER.has(tokens.key(it.m.firstToken))) return;
      // "Park Ichiro" after Park Jin: a name written surname first, with another word where the given name stands
      const written = text.slice(it.m.start, it.m.end);
      if (!it.initial && capitalAfter && named.every((e) => ents[e].n.startsWith(`${written} `))) return;
      cands = named;
    } else {
      // a surname next to an unknown capitalised word is part of somebody else's name ("Karin Keller-Sutter"); at the
      // start of a sentence the word may be capitalised only for that, which is given the benefit of the doubt for
      // Kazakhstan's people, not for foreign surnames ("Genghis Khan"), nor when the word is a given name some name in
      // the gazetteer starts with ("Aidos Beknazarov said" is not Senator Nurlan Beknazarov)
      const key = (t: number) => tokens.key(t);
      // a word matched only as somebody's surname ("Bolat", "Aidos") is a given name here, not a title
      const prevItem = items[k - 1];
      const surnameOnly = prevItem !== undefined && prevItem.m.lastToken === before && !prevItem.full.length && !prevItem.generic.length && !prevItem.short.length;
      // a given name and a patronymic before it that make the person's name ("Нурлан Кудиярович Бекназаров")
      const withPatronymic = it.m.firstToken > 0 && patronymicAt(tokens, it.m.firstToken - 1) ? cands.filter((e) => this.givenPatronymicStart(text, it.m.start, it.m.end, e) !== undefined) : NONE;
      if (withPatronymic.length) {
        it.entity = withPatronymic[0];
        it.form = 'surname';
        if (withPatronymic.length > 1) it.candidates = withPatronymic;
        return;
      }
      // (and the page's later surname alone is that other person's too, when the word is a given name: "Askhat Smailov …
      // Smailov added"; a capitalised word of an English headline, "Putin Meets Tokayev", says nothing of the others)
      if (!it.initial && before >= 0 && starts[it.m.firstToken] - ends[before] === 1 && /\s/.test(text[ends[before]]) && capAt(before) && (!matchedToken[before] || surnameOnly) && !HONORIFICS.has(key(before)) && !CALENDAR_WORD.test(text.slice(starts[before], ends[before])) && (!isSentenceStart(text, starts[before]) || cands.every((e) => ents[e].s !== 'kz') || this.matcher.startsName(key(before)))) {
        // (a word nobody's given name starts with is one too right after a title none of them holds: "Advisor to the
        // Minister of Energy Shingis Ilyasov … According to Ilyasov"; after one of theirs it may spell their own given
        // name another way)
        const afterTitle = prevItem !== undefined && prevItem.m.lastToken === before - 1 && prevItem.entity !== undefined && ents[prevItem.entity].k === 1 && starts[before] - ends[before - 1] === 1 && !this.holdersOn(prevItem.entity, date).some((p) => cands.includes(p));
        if (this.givenNameOf(key(before)) !== 0 || isCyrillic(text.slice(starts[before], ends[before])) || afterTitle) for (const e of cands) otherBearer.add(e);
        return;
      }
      // an unknown capitalised word opening the sentence is an unknown given name unless it is a word that opens
      // sentences, a role word ("Speaker Volodin") or a state's name ("Kazakhstan's Tokayev"); in Cyrillic only before a
      // surname in the nominative, as a given name stands (before a genitive it is a noun: «Визит Токаева»)
      if (!it.initial && before >= 0 && starts[it.m.firstToken] - ends[before] === 1 && /\s/.test(text[ends[before]]) && capAt(before) && !matchedToken[before] && isSentenceStart(text, starts[before]) && !SENTENCE_OPENERS.has(key(before)) && !HONORIFICS.has(key(before)) && !CALENDAR_WORD.test(text.slice(starts[before], ends[before])) && countryOfWord(key(before), true) === undefined && !roleBefore(text, it.m.start) && !/[-’'.\d]/.test(text.slice(starts[before], ends[before])) && !ALL_CAPS.test(text.slice(starts[before], ends[before])) && (!isCyrillic(text.slice(it.m.start, it.m.end)) || CYRILLIC_NOMINATIVE_SURNAME.test(text.slice(it.m.start, it.m.end)))) return;
      // the same after it ("Смаилов Асхат": a Russian name written surname first; "Tokayev Meets" is a headline)
      if (capitalAfter) {
        if (isCyrillic(text.slice(starts[after], ends[after]))) for (const e of cands) otherBearer.add(e);
        return;
      }
      // a title right before the surname ("Defence Minister Tasmagambetov") supports it
      // (also across the initials of the given name and patronymic, which may have matched as a one-letter name of
      // nobody: "Премьер-министр А.У.Мамин")
      let pk = k - 1;
      while (pk >= 0 && items[pk].entity === undefined && items[pk].m.end - items[pk].m.start === 1 && text[items[pk].m.end] === '.' && it.m.start - items[pk].m.end <= 4) pk--;
      const prev = items[pk];
      const titled = prev && prev.entity !== undefined && ents[prev.entity].k === 1 && TITLE_SURNAME_GAP.test(text.slice(prev.m.end, it.m.start));
      // a surname the page gave somebody else, with another given name, is that person's unless a title says otherwise
      if (!titled && !it.initial && cands.every((e) => otherBearer.has(e))) return;
      // in office on the date: any office for Kazakhstan's people; a foreign person's surname alone ("Magyar", "Khan",
      // "Lee") is taken for them only while they lead their state or government (Putin, Xi, Erdogan)
      // a former President of Kazakhstan keeps his surname alone ("Nazarbayev" in 2024) when he is the only candidate
      const active = cands.filter((e) => (ents[e].s === 'kz' ? this.officesAt(e, date).length > 0 || (cands.length === 1 && this.formerHeadOfState(e, date)) : this.officesAt(e, date).some((o) => LEADER_OFFICE.test(ents[o].id))));
      // or a bare role word right before it that names a post the person holds on the date ("Speaker Volodin", "Minister
      // Lavrov"), though the word alone named no office on the page
      const role = titled || active.length ? undefined : roleBefore(text, it.m.start);
      const roled = role ? cands.filter((e) => this.officesAt(e, date).some((o) => roleFits(role.prefixes, ents[o].n))) : NONE;
      if (titled) {
        const ten = tenuresOf(this.index, prev.entity!);
        const holders = holdersAt(ten, date);
        // (or whose term in it ended that day: "the Akim of Zhambyl region A. Myrzakhmetov" on the day he was replaced)
        const h = cands.filter((c) => holders.includes(c) || !!ten?.some((t) => t[0] === c && t[2] === date));
        cands = h.length ? h : active.length ? active : cands;
      } else if (active.length) cands = active;
      else if (roled.length) cands = roled;
      else if (!it.initial) return;
      else {
        // an initial and a surname alone ("Т.Ибраев" signing a column): news writes a foreign official so only after the
        // full name or a title, which it did not here, and one of Kazakhstan's while in office or within a few years of it
        cands = cands.filter((e) => ents[e].s === 'kz' && [...this.everHeld(e)].some((o) => heldNear(tenuresOf(this.index, o), e, date, INITIAL_REACH_DAYS)));
        if (!cands.length) return;
      }
    }
    it.entity = cands[0];
    it.form = 'surname';
    if (cands.length > 1) it.candidates = cands;
  }
}

/** A word that makes the title after it a past post: "former", "ex-", "then-", "the then", «бывший», «экс-», «тогдашний», «бұрынғы», «сол кездегі» (any case). */
const PAST_BEFORE =
  /(?:^|[^\p{L}])(?:former|ex|then|previous|бывш(?:ий|его|ему|им|ая|ей|ую)|экс|тогдашн(?:ий|его|ему|им|ем|яя|ей|юю)|прежн(?:ий|его|ему|им|ем|яя|ей|юю)|бұрынғы|сол кездегі)[\s-]+$/iu;
/** "then" with neither "the" before nor a hyphen after: maybe the adverb */
const BARE_THEN = /(?:^|[^\p{L}])(?<!the )then\s+$/iu;

/** A bare envoy's title, which is also a diplomatic rank. */
const ENVOY_RANK = /^(?:ambassador|посл(?:ом|а|у|е)?|посол|елші(?:сі)?)$/iu;

/** An English gloss between commas after a title, before the holder's name: ", the upper house of the Kazakh Parliament, ". */
const GLOSS_AFTER = /^, (?:the|a|an) [^,.;:()"«»\n]{3,80}, (?=\p{Lu})/u;

/** Between a title and a surname: a space or comma, or the initials of the given name and patronymic (" А.У.", " А. У. "). */
const TITLE_SURNAME_GAP = /^(?:[\s,]{1,2}| (?:\p{Lu}\. ?){1,2}|[ \t\u00a0]{3,40})$/u;
/** Spaces alone (where a gloss in brackets was, or a line break of the page's source). */
const SPACE_RUN = /^[ \t\u00a0]+$/;

/** How long after leaving office (or before taking it) an official is still named by initial and surname alone. */
const INITIAL_REACH_DAYS = 3 * 365;

/** A party's faction in the Mazhilis, or its leader, by id: the party's slug captured. */
const MAZHILIS_FACTION = /^kz\.(?:body|office)\.mazhilis-([a-z-]+?)-faction(?:-leader)?$/;
const MASLIKHAT_WORD = /маслихат|мәслихат|maslikhat|maslihat/iu;
const CHAMBER_WORD = /мажилис|мәжіліс|majilis|mazhilis|парламент|parliament|сенат|senate/iu;

/** Kazakhstan's heads of mission abroad: its ambassadors and permanent representatives. */
const KZ_MISSION_HEAD = /^kz\.office\.(?:ambassador-to-|permanent-representative-)/;

/** A chamber described by its place in a parliament: "upper chamber of Kazakhstan's Parliament", «нижней палаты парламента». */
const CHAMBER_DESCRIBED = /^(?:[Uu]pper|[Ll]ower) (?:[Cc]hamber|[Hh]ouse) of (?:the )?(?:[\p{Lu}][\p{L}'’]* )*[Pp]arliament|^(?:[Вв]ерхн|[Нн]ижн)\p{L}+ палат\p{L}* (?:\p{L}+ )?[Пп]арламент/u;

/** A press service right after a body's name or before it in the genitive. */
const PRESS_SERVICE_AFTER = /^(?:['’]s)? (?:press service|press office)\b|^(?:тың|тің|дың|дің|ның|нің) баспасөз қызмет/u;
const PRESS_SERVICE_BEFORE = /(?:press service of (?:the )?|пресс-служб\p{L}* )$/u;
/** Kazakhstan's demonym or possessive right before a word. */
const KZ_DEMONYM_BEFORE = /(?<![\p{L}-])(?:Kazakh|Kazakhstan['’]s|Kazakhstani|[Кк]азахстанск\p{L}+|[Ққ]азақстандық) $/u;
/** "between" right before a title: the titles joined after it are two people's. */
const BETWEEN_BEFORE = /(?<![\p{L}-])(?:[Bb]etween(?: the)?|[Мм]ежду) $/u;
/** The start of a body's name that is a head's title: "president's office", «президентский …» is not one. */
const HEAD_TITLE_START = /^(?:[Pp]resident|[Pp]rime [Mm]inister|[Mm]inister|[Cc]hairman|[Pp]remier|[Пп]резидент|[Пп]ремьер|[Мм]инистр|[Пп]редседател)[\p{L}’']*\s/u;
/** A deputy's word right before: "vice ", "Vice-", "deputy ", «вице-». */
const DEPUTY_WORD_BEFORE = /(?<!\p{L})(?:[Vv]ice|VICE|[Dd]eputy|[Вв]ице)[- ]$/u;
/** A name being given, after it or before it: «„Құрылтай“ атты», «под названием «Курултай»», "be named Kurultai". */
const NAME_GIVEN_AFTER = /^[»"”“]?\s+(?:атты|деп аталатын|деп аталады|деп аталуы|деген)(?![\p{L}])/u;
const NAME_GIVEN_BEFORE = /(?:под названием|(?:be |was |is )?(?:named|called|renamed)|называться|назвать|переименовать в)\s+[«"“„]?$/u;
/** Whether a name is being given to what the match names (see NAME_GIVEN_AFTER). */
function nameGivenAround(text: string, m: RawMatch): boolean {
  return NAME_GIVEN_AFTER.test(text.slice(m.end, m.end + 20)) || NAME_GIVEN_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start));
}
/** One to three Russian words in lower case between spaces: " южного мегаполиса ". */
const LOWER_RU_GAP = /^ (?:[а-яё]+ ){1,3}$/u;
/** A capitalised word shaped like a demonym in English: "Zambian", "Nepalese" (see stateAround). */
const UNKNOWN_DEMONYM = /^\p{Lu}\p{Ll}{2,}(?:ian|ese)$/u;
/** Between a title and its body: " of the country's ", " of the nation's ". */
const COUNTRYS_GAP = /^ of the (?:country|nation)['’]s $/;
/** Between a title and a body its holder is a member of, before the person: " и член ", ", and a member of the ". */
const MEMBER_JOIN = /^(?:,? and (?:a )?member of (?:the )?|,? и член(?:ом)? )$/;
/** The same in Kazakh, where "member" follows the body: ", " or " және " before it, " мүшесі " after it. */
const KK_MEMBER_JOIN = /^(?:,| және) $/;
const KK_MEMBER_AFTER = /^ мүшесі,? $/;
/** What joins one person's two titles, or two persons' of one state: "and", «и», «және», «мен», a dash. */
const JOINT_TITLES = /^(?: and (?:the )?| и | және | мен | бен | пен | ?[–—-] ?)$/;

/** A state named in English right after a title, " of (the) Uzbekistan", " of the Russian Federation": [length, state]. */
function stateAfter(text: string, at: number): [number, string] | undefined {
  const m = / of (?:the )?(?=\p{Lu})/uy;
  m.lastIndex = at;
  const r = m.exec(text);
  if (!r) return undefined;
  const from = at + r[0].length;
  MULTI_WORD_STATES ??= Object.entries(EN_COUNTRY_NAMES).flatMap(([code, names]) => names.map((n) => [n.replace(/^the /, ''), code] as [string, string]).filter(([n]) => n.includes(' ')));
  for (const [name, code] of MULTI_WORD_STATES) if (text.startsWith(name, from) && !/^[\p{L}\p{N}-]/u.test(text.slice(from + name.length, from + name.length + 1))) return [r[0].length + name.length, code];
  const w = /\p{Lu}[\p{L}-]*(?![\p{L}\p{N}])/uy;
  w.lastIndex = from;
  const word = w.exec(text)?.[0];
  if (!word) return undefined;
  DEMONYM_KEYS ??= new Set(Object.values(EN_DEMONYM).map((d) => keyOf(d.split(' ').at(-1)!)));
  const key = keyOf(word);
  if (DEMONYM_KEYS.has(key)) return undefined;
  const state = countryOfWord(key, true);
  return state ? [r[0].length + word.length, state] : undefined;
}
let MULTI_WORD_STATES: [string, string][] | undefined;
let DEMONYM_KEYS: Set<string> | undefined;

/** The form of a state in a Kazakh official name, in the genitive or not, folded: "Республикасының", "Корольдігі". */
const KK_STATE_FORM = /^(?:республикасы|федерациясы|корольдиги|штаттары|амирлиги|мемлекети)(?:нын|нин)?$/;

/** «, “, „ or a straight quote. */
function isOpenQuoteChar(c: number): boolean {
  return c === 0xab || c === 0x201c || c === 0x201e || c === 0x22;
}

/** A word that qualifies a title's holder, between a state's name and the title (English, Russian, Kazakh). */
const TITLE_QUALIFIER = /^(?:former|then|new|newly|re|elected|appointed|acting|current|incumbent|outgoing|incoming|interim|late|sitting|first|second|third|fourth|fifth|sixth|seventh|нов(?:ый|ого|ому|ым|ом)|бывш(?:ий|его|ему|им|ем)|избранн(?:ый|ого|ому|ым|ом)|действующ(?:ий|его|ему|им|ем)|бұрынғы|жаңа|жаңадан|қазіргі|сайланған|тағайындалған|қайта|(?:бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)(?:інші|ыншы|нші|ншы))$/iu;

/** A country code no entity has: the title belongs to something that is not a state. */
const NO_STATE = '-';

/** The initials of a given name and a patronymic after a surname: " А.А.", " Т. С.", " T.S." (the first captured). */
const INITIALS_AFTER = /^ (\p{Lu})\. ?(?:\p{Lu}\.)?(?![\p{L}])/u;
/** Latin letters English spellings of given names also begin with, besides the usual transliteration of the folded
 * Cyrillic initial: Е as "Yerlan", Ж as "Jomart", К (and Қ) as "Qasym", Х (and Һ) as "Hakim". */
const INITIAL_ALSO: Readonly<Record<string, string>> = { е: 'y', ж: 'j', к: 'q', х: 'h' };
/** Whether an initial (Latin or Cyrillic) can begin the given name of a person known by this (English) name. */
function initialFits(initial: string, name: string): boolean {
  const key = keyOf(initial);
  const first = name[0]?.toLowerCase() ?? '';
  return cyrToLatin(key)[0] === first || (INITIAL_ALSO[key] ?? '') === first;
}

/** Common Kazakh words, as written, that are also a surname some official has (see pickSurname). */
const COMMON_WORD_SURNAMES = new Set(['тау', 'кім', 'рухани', 'key', 'muscat', 'english']);
/** Forms of the Kazakh pronoun "this" that fold onto a case of the surname Moon (Мун): never the surname, which Kazakh
 * writes with у. */
const KAZAKH_PRONOUN_FORMS = new Set(['мұны', 'мұнда', 'мұнан', 'мұның', 'мұнымен', 'мұнсыз']);
// letters only Kazakh Cyrillic has (and the Latin schwa Kazakh sites type for ә)
const KAZAKH_LETTER = /[әғқңөұүһіӘҒҚҢӨҰҮҺІəƏ]/;
// a word in lower case with a letter only Kazakh has
const KAZAKH_WORD = /(?<![\p{L}\p{M}-])[а-яёәғқңөұүһіə]*[әғқңөұүһіə][а-яёәғқңөұүһіə]*(?![\p{L}\p{M}])/u;
const KAZAKH_LETTER_WORD = /[\p{L}\p{M}-]*[әғқңөұүһіӘҒҚҢӨҰҮҺІəƏ][\p{L}\p{M}-]*/gu;
/**
 * Kazakh text, not a Kazakh name in a Russian one ("район Жаңасемей"): a word in lower case with a letter only Kazakh
 * has, or two different words with one ("АҚШ Мемлекеттік хатшысы").
 */
function kazakhText(text: string): boolean {
  if (!KAZAKH_LETTER.test(text)) return false;
  if (KAZAKH_WORD.test(text)) return true;
  let first: string | undefined;
  for (const m of text.matchAll(KAZAKH_LETTER_WORD)) {
    if (first === undefined) first = m[0];
    else if (m[0] !== first) return true;
  }
  return false;
}

// Kazakh words that name a chamber when capitalised and a meeting or congress otherwise (folded stems)
const KK_COMMON_NOUNS = keySet(['мажилис', 'курылтай']);
// Russian and Kazakh adjectives of a region's and of a city's post before a bare back-reference ("областной аким",
// "городского акима", "облыстық әкім", "қалалық әкім"), folded; and the English names of a region's posts and bodies
const LEVEL_BEFORE = new Map<string, 'region' | 'city'>([
  ...['областной', 'областного', 'областному', 'областным', 'областном', 'облыстық'].map((w) => [keyOf(w), 'region'] as const),
  ...['городской', 'городского', 'городскому', 'городским', 'городском', 'қалалық'].map((w) => [keyOf(w), 'city'] as const),
]);
const REGION_NAME = /\bRegion\b/;
// Kazakh words before "мәжіліс" or "мәслихат" that make it a meeting ("алқа мәжілісі": a board meeting; "баспасөз
// мәслихаты": a press conference), folded; and the stems of those two words, folded
const KK_MEETING_BEFORE = keySet(['алқа', 'алқалық', 'баспасөз']);
const KK_MEETING = /^(?:мажилис|маслихат)/;
/** The word without a Kazakh case or possessive ending, as far as KK_COMMON_NOUNS needs: "құрылтайы" → "курылтай". */
function kkStem(key: string): string {
  for (const w of KK_COMMON_NOUNS) if (key.startsWith(w)) return w;
  return key;
}
/** True when the match is written in lower case with a letter only Kazakh has (ә, і, ң, ғ, ү, ұ, қ, ө, һ). */
function kkLowerWord(text: string, m: RawMatch): boolean {
  const w = text.slice(m.start, m.end);
  return w === w.toLowerCase() && KAZAKH_LETTER.test(w);
}

// States whose English name is two words, the first of which names no state alone ("the United States")
const TWO_WORD_COUNTRIES = new Map([
  ['united states', 'us'], ['united kingdom', 'gb'], ['united arab', 'ae'], ['south korea', 'kr'], ['north korea', 'kp'],
  ['saudi arabia', 'sa'], ['south africa', 'za'], ['new zealand', 'nz'], ['czech republic', 'cz'], ['sri lanka', 'lk'],
]);

// A Russian or Kazakh patronymic in any case ("Кудиярович", "Кудияровича", "Кемелевичем", "Абишевна", "Кемелұлы")
const PATRONYMIC_END = String.raw`(?:(?:ович|евич|ьич)(?:а|у|ем|ом|е)?|(?:овн|евн|ичн)(?:а|ы|е|у|ой)|[ұу]лы|[қк]ызы)`;
const PATRONYMIC = String.raw`[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+${PATRONYMIC_END}`;
/** A patronymic right after a name written surname first. */
const PATRONYMIC_AFTER = new RegExp(`^ ${PATRONYMIC}(?![\\p{L}-])`, 'u');
/** Token t, folded, ends like a patronymic (a quick test before the regular expressions above). */
function patronymicAt(tokens: Tokens, t: number): boolean {
  return PATRONYMIC_KEY.test(tokens.key(t));
}
// A Russian or Kazakh patronymic in Latin letters: "Kemelevich", "Abishevna", "Uzakbaiuly", "Abishkyzy"
const LATIN_PATRONYMIC_END = '(?:ovich|evich|ovna|evna|ichna|uly|kyzy|qyzy)';
// the same endings on a folded token (ұ and қ folded to у and к; Latin in lower case, after a stem of three letters
// or more: "July" is no patronymic)
const PATRONYMIC_KEY = new RegExp(`(?:${PATRONYMIC_END}|[a-z]{3}${LATIN_PATRONYMIC_END})$`);

/**
 * A surname with the letters spellings of Kazakh names vary in dropped (и, ы, й, і; i, y, j), folded: "Смайылов",
 * "Смаилов" and "Смайлов" are all "смалов", "Smaiylov" and "Smailov" "smalov". A case ending stays at the end.
 */
function surnameSkeleton(word: string): string {
  return keyOf(word).replace(/[иыйіiyj]/g, '');
}

/** A word in Latin letters, and one capitalised (a name's form). */
const LATIN_WORD = /^[A-Za-z][A-Za-z'’-]+$/;
const LATIN_CAPITALISED = /^[A-Z][a-z]+$/;

/**
 * The state a Russian list of delegations names before the title in the same clause: «От Молдавии будет участвовать
 * премьер-министр, от Туркменистана — вице-премьер».
 */
function delegationState(text: string, tokens: Tokens, m: RawMatch): string | undefined {
  const { starts, ends } = tokens;
  for (let t = m.firstToken - 1; t > m.firstToken - 6 && t >= 0; t--) {
    if (/[.!?;\n]/.test(text.slice(ends[t], t + 1 === m.firstToken ? m.start : starts[t + 1]))) return undefined;
    if (tokens.key(t) === 'от' && t + 1 < m.firstToken && starts[t + 1] - ends[t] === 1) return countryOfWord(tokens.key(t + 1), isUpper(text.charCodeAt(starts[t + 1])));
  }
  return undefined;
}

/** An acronym of three to eight capitals. */
const ACRONYM = /^[A-Z]{3,8}$/;

/** True when every letter of `acronym` is the initial of a capitalised word of `name`, each word used once. */
function initialsOf(name: string, acronym: string): boolean {
  const initials = (name.match(/\b[A-Z]/g) ?? []).join('');
  let left = initials;
  for (const c of acronym) {
    const i = left.indexOf(c);
    if (i < 0) return false;
    left = left.slice(0, i) + left.slice(i + 1);
  }
  return true;
}

/** True when two words differ by one letter put in, left out or changed. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A Kazakh or Russian surname's ending in Latin letters: "Smailov", "Smaiylova", "Zhumagulov", "Kemeluly". */
const LATIN_SURNAME_END = /(?:ov|ev|yov|in|yn|ova|eva|ina|yna|uly|kyzy)$/;
/** A name that ends in a Russian or Kazakh surname ending, in any case. */
const SURNAME_END = /(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|ская)(?:а|у|ым|ом|е|ой|ого|ому)?$/u;
/** A given name and a patronymic right before a surname. */
// (or in Latin letters: "Askar Uzakbaiuly Mamin", "Kassym-Jomart Kemelevich Tokayev")
const GIVEN_PATRONYMIC_BEFORE = new RegExp(
  `(?<![\\p{L}-])(?:[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)? ${PATRONYMIC}|[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z]{2,}${LATIN_PATRONYMIC_END}) $`,
  'u',
);

/** Between a bare title and the body it heads: "Chairman of the Agency", "председатель Агентства". */
const HEAD_JOIN = /^(?: of the | of | )$/;
/** The members named with a head between the head's title and the body: " and judges of the ", « и членов ». */
const MEMBERS_GAP = /^ (?:and (?:the )?(?:judges|members|deputies)(?: of(?: the)?)?|и (?:судей|членов|депутатов)) $/u;
/** The board between a Russian head's title and the body: " Правления " (English ones go with headAround, legal forms and all). */
const BOARD_GAP = /^ [Пп]равления $/u;
/** Kazakh "new", "former", "newly elected", "newly appointed" between a body in the genitive and its head's title. */
const KK_NEW_GAP = /^ (?:жаңа|қазіргі|бұрынғы|жаңадан (?:сайланған|тағайындалған)) $/u;
/** Kazakh "former" inside a title joined across it: «Мәжілістің бұрынғы төрағасы». */
const KK_PAST_INSIDE = /(?<![\p{L}-])бұрынғы /u;
/** «басшысы» (its head) after a body named by a short word on a Kazakh page: «Ведомство басшысы», «министрлік басшысы» (not
 * its deputy: «басшысының орынбасары»). */
const KK_HEAD_AFTER = /^ басшы(?:сы|сының|сына|сын|сымен|сынан|сында)(?![\p{L}-])(?! орынбасар)/u;
/** A head's title after a body's name in the English possessive: "'s chairman", "’s Head", "'s CEO". */
const EN_POSSESSIVE_HEAD = /^['’]s (?:[Cc]hair(?:man|woman|person)?|[Hh]ead|[Dd]irector|[Ss]peaker|CEO|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?)(?![\p{L}-])/u;
/**
 * The Russian «глава» or «руководитель» in any case, or the English "head of (the)" or "chief of (the)", alone before a
 * body's name, also with Kazakhstan's possessive between ("the head of Kazakhstan's National Security Committee", "the
 * chief of the Central Asian nation's State Guard Service").
 */
const BODY_HEAD_BEFORE =
  /(?<![\p{L}\p{M}-])(?:[Гг]лав(?:а|ы|е|у|ой)|[Рр]уководител(?:ь|я|ю|ем|е))(?:\s(?<adj>[а-яё]+(?:ого|его)))?\s$|(?<![\p{L}\p{M}-])(?:[Hh]ead|[Cc]hief|CEO|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|(?<chair>[Cc]hair(?:man|woman|person)?)) of (?:the )?(?:(?:Kazakhstan|the country|the Central Asian (?:nation|country|republic))['’]s )?$/u;
// The stems of Russian adjectives of other states' names: «российск(ий)», «американск(ого)», «китайск(ое)»
const RU_STATE_ADJ_STEM =
  '(?:российск|американск|китайск|узбекск|кыргызск|киргизск|таджикск|туркменск|турецк|немецк|германск|французск|британск|английск|японск|корейск|южнокорейск|индийск|иранск|украинск|белорусск|азербайджанск|грузинск|армянск|итальянск|испанск|польск|венгерск|монгольск|афганск|пакистанск|израильск|канадск|австрийск|швейцарск|шведск|финск|норвежск|датск|чешск|сербск|болгарск|румынск|молдавск|молдовск|латвийск|литовск|эстонск|катарск|саудовск|египетск|малайзийск|индонезийск|вьетнамск|таиландск|сингапурск|австралийск|бразильск|мексиканск|аргентинск|эмиратск|кувейтск|оманск|бахрейнск|иорданск|ливанск|сирийск|иракск|голландск|нидерландск|бельгийск|греческ|кипрск|словацк|хорватск|словенск)';
/** A Russian adjective of another state's name in the genitive («российского»), as the whole word. */
const ADJ_OF_STATE = new RegExp(`^${RU_STATE_ADJ_STEM}(?:ого|его)$`, 'u');
/** A Russian adjective of another state's name, in any case, right before a word («российское »). */
const FOREIGN_ADJ_BEFORE_RU = new RegExp(`(?<![\\p{L}-])${RU_STATE_ADJ_STEM}(?:ое|ого|ому|им|ом|ая|ой|ую|ие|их|ий)\\s$`, 'iu');
/** A bare title any body's head has. */
const HEAD_WORD = /^(?:Chairman|Chairwoman|Chairperson|Chair|Head|Speaker|Председател[ьяюем]+|Руководител[ьяюем]+|Глав[аыеуо]й?|Төраға(?:сы\p{L}*)?|Басшысы\p{L}*)$/iu;
/** Kazakhstan's President and Prime Minister as Kazakh news in Russian writes them inside a sentence (see pickGeneric). */
const RU_OWN_CAPITALISED = /^(?:Президент(?:а|у|ом|е)?|Премьер-Министр(?:а|у|ом|е)?)$/u;
/** «Президент» alone on a Kazakh page, in the cases news uses (see pickGeneric). */
const KK_OWN_PRESIDENT = /^Президент(?:ке|ті|тің|пен|те|тен)?$/u;
// The capitalised "Head of State" in English, Russian (any case) and Kazakh
const HEAD_OF_STATE = /^(?:Head of State|Глав[аыеоу]й? государства|Мемлекет басшы)/u;

const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** A lower-case English adjective right before a back-reference word: "interdepartmental", "parliamentary", "executive". */
const KIND_ADJECTIVE_BEFORE = /(?<![\p{L}-])([a-z]{3,}(?:al|ary|ive)) $/u;
/** Adjectives of place and rank that back-references carry without changing what they name ("the regional akimat"). */
const PLACE_ADJECTIVE = /^(?:regional|local|municipal|national|central|general|capital|provincial|federal|presidential|governmental|official|additional|total|final|several|usual|actual|initial|formal|active|respective|relative)$/;
/** An office's title that names it as the head of a body: "Chairman of …", "Head of …", "Director of …". */
const HEAD_OF_BODY = /^(?:(?:First |Deputy |Vice[- ])*(?:Chairman|Chairwoman|Chairperson|Chair|Head|Director|Director General|President|Chief|Governor|Managing Director)) of /i;
/** A part of a body named after it: "… mission", "… office in Kazakhstan", "… delegation". */
const UNIT_AFTER = /^ (?:mission|office|delegation|representative office|country office|resident mission|team|branch|regional office|department|departments|division|directorate|unit|committee|commission)\b/i;
/** After a back-reference word, the rest of a longer name: " on Finance", " for Religious Affairs", « по делам». */
const NAME_GOES_ON = /^ (?:(?:on|for) (?:the )?(\p{Lu}\p{L}*)|по ([а-яё]+))/u;
/** A deputy's portfolio after the title: « по социальным вопросам», « по вопросам строительства». */
const PORTFOLIO_RU = /^ по (?:[а-яё]+(?:ым|им) )?вопросам(?![а-яё])/u;
/** A month or a day of the week, which may stand right before a surname ("In July Tokayev said", "On Monday Smailov"). */
const CALENDAR_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const BEFORE_DATE = keySet(['in', 'since', 'until', 'till', 'by', 'from', 'of', 'early', 'late', 'mid', 'last', 'next', 'this', 'during', 'before', 'after', 'on', 'to', 'between', 'and']);

interface SessionState {
  namedInFull: Set<number>;
  /** The surname (see surnameSkeleton) each person named in full was written with on the page. */
  fullSurname: Map<number, string>;
  /** The Latin surname (folded) of each person the page named in full in Latin letters, as written there. */
  latinSurname: Map<number, string>;
  /** Acronyms the page defined in brackets after a body's name, and the body (see definedAcronyms). */
  acronymDefined: Map<string, number>;
  lastSeen: Map<number, number>;
  /**
   * Where a back-reference word last named a post of another place than the entities it stands for ("the Akim of
   * Munaily District", "the mayor of Paris"), by entity: a later bare "the Akim" means that post, not one named before.
   */
  otherPost: Map<number, number>;
  /** Persons whose surname the page gave somebody else, with a given name not theirs ("Askhat Smailov"). */
  otherBearer: Set<number>;
  /** Where an office or body was last named by its own words (not only through its holder's name), by entity. */
  titledAt: Map<number, number>;
  /** The places this chunk names (context only), in order: where each starts and the entities it names. */
  placesAhead: { start: number; ents: readonly number[] }[];
  /** Where the page last named a body of each whole in full (see pickShort). */
  partNamedAt: Map<number, number>;
  /** Where a post of another state or of an international body was last named, by each word of its title. */
  foreignTitleAt: Map<string, number>;
  /** The holder last named with each post that has several holders (a deputy prime minister, a senator). */
  namedHolder: Map<number, Ref>;
  /** Whether the page so far reads as Kazakh (see kazakhText; else Kazakh endings are not read). */
  kazakh: boolean;
  /** Whether the page so far is Kazakh in Latin letters (see isKazakhLatin: it is then read in Cyrillic ones). */
  kazakhLatin: boolean;
  /** Where the page first names Kazakhstan or something of it (Infinity until it does). */
  kzAt: number;
  /** The states the page names before that, where (see pageState). */
  statesNamed: [number, string][];
  /** Offset of the current chunk in the page text. */
  base: number;
}

/** Resolves consecutive chunks of one page with shared context (see Resolver.session). */
export class ResolveSession {
  private readonly st: SessionState = {
    namedInFull: new Set(),
    fullSurname: new Map(),
    latinSurname: new Map(),
    acronymDefined: new Map(),
    lastSeen: new Map(),
    otherPost: new Map(),
    otherBearer: new Set(),
    titledAt: new Map(),
    partNamedAt: new Map(),
    placesAhead: [],
    namedHolder: new Map(),
    foreignTitleAt: new Map(),
    kazakh: false,
    kazakhLatin: false,
    kzAt: Infinity,
    statesNamed: [],
    base: 0,
  };
  constructor(
    private readonly resolver: Resolver,
    private readonly opts: ResolveOptions,
  ) {}

  /** Marks entities (by id) as named earlier on the page: back-references and surnames may then point at them. */
  seed(ids: string[]) {
    const want = new Set(ids);
    this.resolver.index.entities.forEach((e, i) => {
      if (!want.has(e.id)) return;
      this.st.lastSeen.set(i, -1);
      if (e.k === 0) this.st.namedInFull.add(i);
      if (e.p !== undefined && !this.st.lastSeen.has(e.p)) this.st.lastSeen.set(e.p, -1);
      if (e.h !== undefined && !this.st.lastSeen.has(e.h)) this.st.lastSeen.set(e.h, -1);
    });
  }

  /** Mentions in the next chunk; offsets relative to the chunk. */
  add(text: string): Mention[] {
    // a page in Kazakh written in Latin letters is read in Cyrillic ones, and what is found is placed back on the
    // page's own text (later chunks of such a page need only some of the alphabet's letters)
    if (isKazakhLatin(text) || (this.st.kazakhLatin && hasKazakhLatinLetter(text))) {
      this.st.kazakhLatin = true;
      const cyr = kazakhLatinToCyrillic(text);
      const out = this.resolveText(cyr.text);
      for (const m of out) {
        m.start = cyr.map[m.start];
        m.end = cyr.map[m.end];
        m.text = text.slice(m.start, m.end);
      }
      return out;
    }
    return this.resolveText(text);
  }

  private resolveText(text: string): Mention[] {
    // "Akim (Mayor) of the city of Semey", "акимом (главой) Алма-Аты": the gloss in brackets is read as spaces, so that
    // the title runs on across it, and what is found keeps the page's own text (one character for one)
    const read = maskTitleGlosses(text);
    const { matches, tokens } = this.resolver.matcher.find(read);
    const out = this.resolver.resolveChunk(read, matches, tokens, this.opts, this.st);
    if (read !== text) for (const m of out) m.text = text.slice(m.start, m.end);
    this.st.base += text.length + 2;
    return out;
  }
}

/** An akim's title and the gloss in brackets English and Russian news put after it: "Akim (Governor)", «акимом (главой)». */
const TITLE_GLOSS = /(\b(?:[Aa]kim|AKIM)|(?<![\p{L}])[Аа]ким[а-я]*)( \((?:[Gg]overnor|[Mm]ayor|GOVERNOR|MAYOR|[Hh]ead|глав[а-я]*|мэр[а-я]*|губернатор[а-я]*)\))/gu;

/** The text with every akim's gloss in brackets turned into as many spaces. */
function maskTitleGlosses(text: string): string {
  if (!text.includes('(')) return text;
  return text.replace(TITLE_GLOSS, (_, title: string, gloss: string) => title + ' '.repeat(gloss.length));
}

/** Russian words before «совет» that make it advice: a verb of giving or following one, or a word praising one. */
const ADVICE_BEFORE = /(?<![\p{L}-])(?:дал[аи]?|дать|дава(?:л[аи]?|ть|ли)|да[её]т|дают|даю|дам|даст|дадим|дадут|последовал[аи]?|послушал[аи]?|полезн\p{L}+|добр\p{L}+|мудр\p{L}+|практическ\p{L}+|ценн\p{L}+) $/u;

/** Kazakh case endings, folded (ғ→г, қ→к), that a state's name takes: locative, dative, ablative, instrumental. */
const KK_CASE_END = /(?:да|де|та|те|га|ге|ка|ке|дан|ден|тан|тен|нан|нен|мен|бен|пен)$/;

/** Where the sentence that goes on at `pos` ends: its full stop, question or exclamation mark, or line end. */
function sentenceEndAfter(text: string, pos: number): number {
  const re = /[.!?](?=\s|$)|\n/g;
  re.lastIndex = pos;
  const e = re.exec(text);
  return e ? e.index : text.length;
}

/**
 * The state a page is about while it names nothing of Kazakhstan: the one it names most up to `upto` (the end of the
 * sentence a title stands in: "New Prime Minister appointed in Kyrgyzstan"), if it names one by then.
 */
function pageState(st: SessionState, upto: number): string | undefined {
  const count = new Map<string, number>();
  let best: string | undefined;
  let most = 0;
  for (const [pos, c] of st.statesNamed) {
    if (pos > upto) break;
    const n = (count.get(c) ?? 0) + 1;
    count.set(c, n);
    if (n > most) {
      best = c;
      most = n;
    }
  }
  return best;
}

function isSentenceStart(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ' ' || c === '\u00a0' || c === '"' || c === '«' || c === '“') continue;
    return c === '.' || c === '!' || c === '?' || c === '\n';
  }
  return true;
}

/**
 * A subset of a shared candidate list, made by `make` once per list and key. Bounded: lists merged for one match are
 * new objects each time, so the cache is emptied when it grows large.
 */
function subsetOf<K>(cache: Map<readonly number[], Map<K, readonly number[]>>, list: readonly number[], key: K, make: (list: readonly number[], key: K) => readonly number[]): readonly number[] {
  let byKey = cache.get(list);
  if (!byKey) {
    if (cache.size >= 50_000) cache.clear();
    cache.set(list, (byKey = new Map()));
  }
  let out = byKey.get(key);
  if (!out) byKey.set(key, (out = make(list, key)));
  return out;
}

/**
 * The token of a capitalised word naming a place right after a back-reference word, else -1: "the mayor of Paris",
 * "the akim of Shymkent" (English, after "of"), "мэр Москвы" (Russian, the genitive right after). The caller
 * decides: a place the gazetteer knows makes its official the one meant; a word no name covers, another place's.
 */
function placeAfter(text: string, tokens: Tokens, m: RawMatch): number {
  const { starts, ends } = tokens;
  let t = m.lastToken + 1;
  // a gloss in brackets between the title and the place: "акимом (главой) Алма-Аты", "Akim (Governor) of …"
  const gloss = / \([\p{L} -]{2,30}\)(?= )/uy;
  gloss.lastIndex = m.end;
  const g = gloss.exec(text);
  const from = g ? m.end + g[0].length : m.end;
  if (g) while (t < starts.length && starts[t] < from) t++;
  if (t >= starts.length || starts[t] - from !== 1 || text.charCodeAt(from) !== 0x20) return -1;
  const k = tokens.key(t);
  if (k === 'of') {
    t++;
    if (t < starts.length && tokens.key(t) === 'the' && starts[t] - ends[t - 1] === 1) t++;
    if (t >= starts.length || starts[t] - ends[t - 1] !== 1) return -1;
  } else if (k.charCodeAt(0) < 0x400) return -1;
  // in Kazakh the place comes before the title, in the genitive: a word after "аймақ басшысы" begins the next phrase
  else if (KAZAKH_LETTER.test(text.slice(m.start, m.end))) return -1;
  // two capitalised words in Cyrillic are a person's name ("аким области Иван Петров"), not a place in the genitive
  else if (t + 1 < starts.length && starts[t + 1] - ends[t] === 1 && text.charCodeAt(ends[t]) === 0x20 && isUpper(text.charCodeAt(starts[t + 1]))) return -1;
  return isUpper(text.charCodeAt(starts[t])) ? t : -1;
}

/**
 * True when a title is followed by "to" or "в" and another state than Kazakhstan ("Ambassador to Russia", "to the UK",
 * "посол Германии в России"): a posting elsewhere.
 */
function toOtherCountry(text: string, tokens: Tokens, m: RawMatch): boolean {
  const { starts, ends } = tokens;
  let t = m.lastToken + 1;
  // "посол Германии в России": the sending state's name, then "в" and the host state ("в" alone is as often where a
  // visit takes place: "Глава государства в Турции")
  let sender = false;
  if (t < starts.length && starts[t] - m.end === 1 && countryOfWord(tokens.key(t), false) !== undefined) {
    t++;
    sender = true;
  }
  if (t >= starts.length || starts[t] - ends[t - 1] !== 1) return false;
  const to = tokens.key(t);
  if (sender && (to === 'в' || to === 'во')) {
    t++;
    if (t >= starts.length || starts[t] - ends[t - 1] !== 1) return false;
    const c = countryOfWord(tokens.key(t), false);
    return c !== undefined && c !== 'kz';
  }
  if (to !== 'to') return false;
  return elsewhereAt(text, tokens, t + 1);
}

/**
 * True when a capitalised word at token t (after "the", if any) names a state other than Kazakhstan, an international
 * organisation or a foreign capital: the place of a posting ("to the UN", "в США", "in Washington").
 */
function elsewhereAt(text: string, tokens: Tokens, t: number): boolean {
  const { starts, ends } = tokens;
  if (t < starts.length && tokens.key(t) === 'the' && starts[t] - ends[t - 1] === 1) t++;
  if (t >= starts.length || starts[t] - ends[t - 1] !== 1 || !isUpper(text.charCodeAt(starts[t]))) return false;
  const k = tokens.key(t);
  const c = countryOfWord(k, true);
  return c !== undefined ? c !== 'kz' : isPostingPlace(k);
}
const POSTING_ID = /^[a-z]{2}\.(?:office\.ambassador-to-kazakhstan|body\.embassy-in-kazakhstan)$/;
// the word for a state in its official name: "Республики Казахстан", "Republic of …"
const STATE_WORD = /^(?:Республики|Republic)$/u;
// a diplomat's post abroad: an ambassador, consul or permanent representative of any state
const ENVOY_ID = /^[a-z]{2}\.office\.(?:ambassador-to-|consul-|permanent-representative)/;

/**
 * True when another state's ambassador to Kazakhstan ("Посол США", "Ambassador of Russia", "Russia's ambassador") is
 * followed by "в", "во", "to" or "in" and another place: "Посол США в России", "Ambassador of Russia to the United States".
 */
function postedElsewhere(text: string, tokens: Tokens, m: RawMatch): boolean {
  const t = m.lastToken + 1;
  const { starts } = tokens;
  if (t >= starts.length || starts[t] - m.end !== 1) return false;
  const k = tokens.key(t);
  return (k === 'в' || k === 'во' || k === 'to' || k === 'in') && elsewhereAt(text, tokens, t + 1);
}

/**
 * True where a place's name speaks of the place: right after "in", "at", "inside", "outside", "near" or "into", also
 * with "the" between ("at the Kremlin"). Russian "в Кремле" is left alone: it as often means the institution ("в
 * Кремле заявили").
 */
function atPlace(text: string, tokens: Tokens, m: RawMatch): boolean {
  const { starts, ends } = tokens;
  let t = m.firstToken - 1;
  if (t >= 0 && tokens.key(t) === 'the' && starts[t + 1] - ends[t] <= 1) t--;
  if (t < 0 || starts[t + 1] - ends[t] > 1) return false;
  if (AT_PLACE.has(tokens.key(t))) return true;
  // «в холле Акорды», «в здании Акорды»: a part of the building
  if (t > 0 && RU_BUILDING_PART.has(tokens.key(t)) && starts[t] - ends[t - 1] === 1 && AT_PLACE_RU.has(tokens.key(t - 1))) return true;
  // «встреча состоялась в Акорде», «принял в Акорде»: where a meeting or ceremony took place; not «в Акорде сообщили»,
  // «сообщили в Акорде» (the press service said) nor «в Акорде он работал» (its staff)
  if (!AT_PLACE_RU.has(tokens.key(t))) return false;
  // (in the same sentence)
  const lead = text.slice(Math.max(0, m.start - 50), m.start);
  const from = Math.max(lead.lastIndexOf('.'), lead.lastIndexOf('!'), lead.lastIndexOf('?'), lead.lastIndexOf('\n')) + 1;
  const tail = text.slice(m.end, m.end + 30);
  return EVENT_NEAR_RU.test(lead.slice(from) + tail.split(/[.!?\n]/)[0]) && !REPORTED_AFTER_RU.test(tail);
}
const AT_PLACE = keySet(['in', 'at', 'inside', 'outside', 'near', 'into']);
/** Russian "in", "at", "near", "into" (before a place in the prepositional or accusative case). */
const AT_PLACE_RU = keySet(['в', 'во', 'у', 'возле', 'около']);
/** "branch" in a Russian case (not the Kazakh possessive «филиалы», «филиалының»). */
const RU_BRANCH = /^филиал(?:а|е|у|ом)?$/;
/** Russian words of a meeting, a reception or a ceremony, near a place's name. */
const EVENT_NEAR_RU = /встреч|встрет|состоял|прош(?:ел|ёл|л[аио])|принял|принима|приветствовал|церемони|переговор|вручил|вручени|торжествен|заседани|совещани|открыл|выступ/iu;
/** Russian nouns of a part of a building, in the prepositional case, before its name in the genitive («в холле Акорды»). */
const RU_BUILDING_PART = keySet(['холле', 'здании', 'зале', 'стенах', 'фойе', 'кабинете', 'резиденции']);
/** A Russian verb of saying right after a place, which makes the place its people ("в Акорде сообщили"). */
const REPORTED_AFTER_RU = /^,? (?:сообщ|рассказ|заяв|прокомментир|ответ|отмет|объясн|поясн|уточн|подчеркн|опроверг|подтверд|напомн)/u;
/** The same in Kazakh: a place's name in the locative or the dative case ("Ақордада", "Ақордаға"), written in Kazakh. */
const KK_PLACE_CASE = /[\p{L}](?:да|де|та|те|ға|ге|қа|ке)$/u;

/**
 * True where the match is part of the name of a street, building or other thing: an acronym before a hyphen and a word
 * ("DBK-Leasing"), a title whose last words are a possessive ("President of Russia's Republic of Tatarstan"), a kind of
 * thing right after it
 * ("Ak Zhol street", "Baiterek tower", "Nazarbayev International Airport", "Абай көшесі", "Абай атындағы"), right
 * before it ("улица Абая", "имени Абая", "проспект «Ак Жол»"), or "-level" ("minister-level talks"); or names a
 * branch's body ("политсовет алматинского филиала") or an officer of another organisation ("President of the company",
 * "Президент компании", "компания президенті"), or a quoted name that goes on with a number («МИР 24»). A word before
 * it that ends another match (`matchedToken`) names nothing.
 */
function namesAThing(text: string, tokens: Tokens, m: RawMatch, matchedToken?: Uint8Array): boolean {
  // «МИР 24», "Khabar 24": a quoted name that goes on with a number is a channel's or a product's
  if (isOpenQuoteChar(text.charCodeAt(m.start - 1)) && /^ \d+[»"”]/.test(text.slice(m.end, m.end + 8))) return true;
  // "DBK-Leasing", "KTZ-Express": an acronym that begins a hyphenated name of its own (a subsidiary's)
  if (text.charCodeAt(m.end) === 0x2d && /^\p{Lu}\p{Ll}/u.test(text.slice(m.end + 1, m.end + 3)) && /^[\p{Lu}\d]{2,}$/u.test(text.slice(m.start, m.end))) return true;
  // "the Government of Russia-aligned country": a state's name that ends the match begins a compound adjective
  if (text.charCodeAt(m.end) === 0x2d && /^\p{Ll}/u.test(text.slice(m.end + 1, m.end + 2)) && / of (?:the )?\p{Lu}[\p{L}-]*$/u.test(text.slice(m.start, m.end)) && countryOfWord(tokens.key(m.lastToken), true) !== undefined) return true;
  // "President of Russia's Republic of Tatarstan", "Chairman of the Senate's Committee on …": the title of what the
  // possessive names, not of the place or body itself
  if (isApostrophe(text.charCodeAt(m.end)) && text.startsWith('s ', m.end + 1) && isUpper(text.charCodeAt(m.end + 3)) && text.slice(m.start, m.end).includes(' of ')) return true;
  // "the Day of the First President", «День Первого Президента», "First President Day", «Тұңғыш Президент күні»: a
  // holiday's name
  if (isUpper(text.charCodeAt(m.start)) && (HOLIDAY_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) || HOLIDAY_AFTER.test(text.slice(m.end, m.end + 16)))) return true;
  const { starts, ends } = tokens;
  const n = starts.length;
  let t = m.lastToken + 1;
  if (t < n && starts[t] - m.end === 1) {
    const sep = text.charCodeAt(m.end);
    if ((sep === 0x2d || sep === 0x2013) && tokens.key(t) === 'level') return true;
    if (sep === 0x20 || sep === 0xa0) {
      let k = tokens.key(t);
      if ((k === 'international' || k === 'national') && t + 1 < n && starts[t + 1] - ends[t] === 1) k = tokens.key(++t);
      // "Park" before a capitalised word is a Korean surname: "Foreign Minister of South Korea Park Jin"
      // "Department of State Revenues of Almaty": a Kazakh revenue department, not the US State Department
      if ((k === 'revenue' || k === 'revenues') && /\bState$/.test(text.slice(m.start, m.end))) return true;
      if (THING_AFTER.has(k) && !(k === 'park' && isUpper(text.charCodeAt(starts[t])) && t + 1 < n && starts[t + 1] - ends[t] === 1 && isUpper(text.charCodeAt(starts[t + 1])))) return true;
      // "pre-term President elections": the title as the noun's modifier
      if (k.startsWith('election') && m.firstToken === m.lastToken && tokens.key(m.firstToken) === 'president') return true;
      // "президент сайлауы" (a presidential election), "президент сайлауындағы": Kazakh, the title as the noun's modifier
      // (an acronym is the body's name: "ОСК сайлауалды насихат …" is the commission)
      // (in the genitive the title is the owner, not a modifier: "Президенттің сайлауалды платформасы", the President's
      // election platform)
      if (k.startsWith('сайлау') && m.firstToken === m.lastToken && !ALL_CAPS.test(text.slice(m.start, m.end)) && kkGenitiveEnding(text.slice(m.start, m.end)) === 0) return true;
      // "Бәйтерек ауылы", "Абай ауданының", "Нұра кентінде": Kazakh, a village, district or settlement of that name
      if (KK_PLACE_AFTER.test(k)) return true;
      // "Президент паркі", "Президент мұрағаты", "Президент мәдени орталығы", "Президент Телерадиокешенінің":
      // Kazakh, an institution named "Presidential …" (the title without the genitive, as the noun's modifier)
      if (m.firstToken === m.lastToken && tokens.key(m.firstToken) === 'президент') {
        if (KK_PRESIDENTIAL_MODIFIER.has(k) && t + 1 < n && starts[t + 1] - ends[t] === 1) k = tokens.key(t + 1);
        if (KK_PRESIDENTIAL_THING.test(k)) return true;
      }
    }
  }
  // "President of Kazakhstan Tourist Association", "President of Kazakhstan Football Federation": a title in an
  // organisation whose name begins with the state's
  if (ORG_NAME_AFTER.test(text.slice(m.end, m.end + 80)) && / of (?:the )?\p{Lu}[\p{L}-]*$/u.test(text.slice(m.start, m.end))) return true;
  // "President of the company", "Президент компании", "компания президенті": a post in another organisation
  t = m.lastToken + 1;
  if (t < n && starts[t] - m.end <= 2) {
    let k = tokens.key(t);
    if (k === 'of' && t + 1 < n) {
      k = tokens.key(++t);
      if ((k === 'the' || k === 'a' || k === 'an') && t + 1 < n) k = tokens.key(++t);
      if (OTHER_ORG.has(k) && !isUpper(text.charCodeAt(starts[t]))) return true;
      // "President of JSC KazDorNII": a company's, by its legal form
      if (LEGAL_FORM.has(k) && tokens.key(m.firstToken) === 'president') return true;
    } else if (OTHER_ORG_RU.has(k)) return true;
    // "президент АО "КазДорНИИ"", "президента ТОО": a company's, by its legal form
    else if (LEGAL_FORM.has(k) && tokens.key(m.firstToken).startsWith('президент')) return true;
  }
  const before = m.firstToken - 1;
  // (and "электронды үкімет", "портал электронного правительства", "electronic government": e-government, a service)
  if (before >= 0 && m.start - ends[before] === 1 && (OTHER_ORG_KK.has(tokens.key(before)) || ELECTRONIC.has(tokens.key(before)))) return true;
  // "Омбы облысы үкіметі", "Калифорния штатының үкіметі": Kazakh, a region's or a federal state's government
  if (before >= 0 && m.start - ends[before] === 1 && KK_REGION_OWNER.test(tokens.key(before)) && tokens.key(m.firstToken).startsWith('укимет')) return true;
  // "«КазДорНИИ» АҚ президенті": a joint-stock company's (in capitals: "сондай-ақ" is "also")
  if (before >= 0 && m.start - ends[before] === 1 && text.slice(starts[before], ends[before]) === 'АҚ') return true;
  // "федерациясының президенті", "компаниясының төрағасы": Kazakh, a president or chairman of the organisation in the
  // genitive before the bare title
  if (before >= 0 && m.start - ends[before] === 1 && m.firstToken === m.lastToken && KK_HEAD_TITLE.test(tokens.key(m.firstToken)) && KK_ORG_GENITIVE.test(tokens.key(before))) return true;
  // "политсовета алматинского филиала партии": the body of a branch, not the national one
  t = m.lastToken + 1;
  // (Russian cases only: in Kazakh the party comes first, «"Нұр Отан" партиясының облыстық филиалы», and a party's
  // branch is the party)
  for (let k = t; k < n && k <= t + 1 && starts[k] - (k === t ? m.end : ends[k - 1]) <= 2; k++) if (RU_BRANCH.test(tokens.key(k))) return true;
  const b = m.firstToken - 1;
  if (b < 0 || m.start - ends[b] > 2) return false;
  // only spaces and opening quotes between ("улица «Ак Жол»")
  for (let i = ends[b]; i < m.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0 && c !== 0xab && c !== 0x22 && c !== 0x201c && c !== 0x201e) return false;
  }
  // "от имени Игоря Бабушкина" is "on behalf of", not "named after"
  // "Синьцзян-Уйгурского автономного района Эркин Тунияз": an autonomous region's official, not a district named so
  if (b > 0 && tokens.key(b).startsWith('район') && tokens.key(b - 1).startsWith('автономн')) return false;
  // "Аким Бородулихинского района Айдар Ибраев": the word ends a title named before, whose holder follows
  if (matchedToken?.[b] === 1) return false;
  // (a place is named with a capital: "на активе Турксибского района аким Алматы" is the city's akim; but a bare title
  // there is the place's: «В Таскалинском районе акимом избрали»)
  if (PLACE_BEFORE.has(tokens.key(b)) && m.firstToken < m.lastToken && !isUpper(text.charCodeAt(m.start)) && !isOpenQuoteChar(text.charCodeAt(m.start - 1))) return false;
  return THING_BEFORE.has(tokens.key(b)) && !(tokens.key(b) === 'имени' && b > 0 && tokens.key(b - 1) === 'от');
}
// the words of a holiday's name before and after a title
const HOLIDAY_BEFORE = /(?:\bDay of (?:the )?|(?<![\p{L}-])(?:День|Дня|Дню|Днём|Днем) )$/u;
const HOLIDAY_AFTER = /^ (?:Day\b|күн(?:і|ін|іне|інде|іміз)(?![\p{L}-])(?! бойы))/u;
// capitalised words that end in the kind of a non-state organisation, right after a title
const ORG_NAME_AFTER = /^ (?:\p{Lu}[\p{L}'’-]*\s){0,3}(?:Association|Federation|Union|Society|Club|Confederation|League|Foundation)(?![\p{L}-])/u;
// folded (Kazakh letters on Russian ones): English nouns after a name, Kazakh "street", "avenue", "square", "airport",
// "named after"
const THING_AFTER = keySet([
  'street', 'st', 'avenue', 'ave', 'boulevard', 'prospekt', 'square', 'microdistrict', 'hotel', 'tower', 'monument', 'palace', 'residence',
  'building', 'stadium', 'arena', 'airport', 'station', 'museum', 'library', 'mosque', 'cathedral', 'bridge', 'highway', 'embankment',
  'checkpoint', 'crossing', 'terminal', 'park', 'village', 'settlement', 'commonwealth',
  // "Baiterek district", "Abai raion": a district of that name, not the holding or the region
  'district', 'raion',
  'кошеси', 'дангылы', 'аланы', 'ауежайы', 'атындагы',
  // "Auyl amanaty", "Zher amanaty": state programmes named "… trust"
  'amanaty',
  // "Central Asian Security Council Secretaries": the posts of several states' bodies of that kind, none of them named
  'secretaries', 'chairmen', 'speakers',
]);
// Kazakh "village", "district", "settlement" with the possessive that joins them to a name, in any case after it, and
// "district's" (folded): the place of that name ("Бәйтерек ауылы"); not "ауылға" ("Президент ауылға барды": to a village)
const KK_PLACE_AFTER = /^(?:(?:ауыл|аудан)(?:ы|дык)|кенти|селосы)/;
// Kazakh nouns of institutions and things named "Presidential …", with the possessive that joins them to the title, in
// any case (folded: "паркі" is "парки"; "сарайға", "to a palace", has no possessive and names none), and adjectives between
const KK_PRESIDENTIAL_THING = /^(?:парки|мурагаты|оркестри|орталыгы|полки|телерадиокешени|китапханасы|сарайы|резиденциясы|стипендиясы|гранты|сыйлыгы|жулдеси|кубогы|резерви)(?:н|нын|нин|на|не|нда|нде|ндагы|ндеги|нан|нен)?$/;
const KK_PRESIDENTIAL_MODIFIER = keySet(['мәдени', 'жастар', 'кадр', 'кадрлық']);
// organisations whose officers share a state title: English after "of (the)", Russian in the genitive after the title,
// Kazakh before it (folded)
const OTHER_ORG = keySet(['company', 'corporation', 'bank', 'fund', 'club', 'federation', 'association', 'university', 'academy', 'holding', 'group', 'school', 'foundation', 'firm', 'plant', 'factory', 'college']);
const OTHER_ORG_RU = keySet(['компании', 'корпорации', 'банка', 'фонда', 'клуба', 'федерации', 'ассоциации', 'университета', 'академии', 'холдинга', 'группы', 'концерна', 'общества', 'фирмы', 'завода', 'школы', 'колледжа', 'лицея', 'товарищества']);
const OTHER_ORG_KK = keySet(['жшс', 'компания', 'корпорация', 'банк', 'кор', 'клуб', 'федерация', 'кауымдастык', 'университет', 'академия', 'холдинг', 'мектеп', 'зауыт', 'сериктестик', 'колледж']);
// the same Kazakh nouns with the possessive and the genitive that join them to a title after them (folded: "қорының" is
// "корынын"); "president" and "chairman" with the possessive (folded)
const KK_ORG_GENITIVE = /^(?:(?:компания|корпорация|федерация|ассоциация|конфедерация|академия)(?:сы|сынын)|(?:банк|университет|холдинг|колледж)(?:и|инин|тин)|(?:кор|клуб|зауыт)(?:ы|ынын)|кордын|кауымдастыгы(?:нын)?|мектеби(?:нин)?|сериктестиги(?:нин)?)$/;
const KK_HEAD_TITLE = /^(?:президенти|торагасы)(?:мен|нын|нин|на|не|н|нда|нде)?$/;
// legal forms of companies, Russian and English, as the tokeniser keys them
const LEGAL_FORM = keySet(['ао', 'тоо', 'оао', 'зао', 'ооо', 'пао', 'нао', 'jsc', 'llp', 'llc', 'plc']);
// a Kazakh region, federal state or province with the possessive (and the genitive), folded
const KK_REGION_OWNER = /^(?:облысы|штаты|провинциясы|аймагы|олкеси)(?:нын)?$/;
// "electronic" (folded) in Kazakh, Russian (every case) and English, before "government"
const ELECTRONIC = keySet(['электронды', 'электрондық', 'электронное', 'электронного', 'электронному', 'электронным', 'электронном', 'electronic']);
const PLACE_BEFORE_WORDS = ['район', 'района', 'районе', 'району', 'село', 'села', 'селе', 'поселок', 'поселка', 'поселке'];
const PLACE_BEFORE = keySet(PLACE_BEFORE_WORDS);
// Russian nouns before a name: street, avenue, boulevard, square, airport, microdistrict, hotel, "named after"
const THING_BEFORE = keySet([
  'улица', 'улице', 'улицы', 'улицу', 'ул', 'проспект', 'проспекте', 'проспекта', 'бульвар', 'бульваре', 'бульвара', 'площадь', 'площади',
  'аэропорт', 'аэропорта', 'аэропорту', 'мкр', 'микрорайон', 'микрорайоне', 'гостиница', 'гостинице', 'гостиницы', 'отель', 'отеле', 'имени', 'им',
  // a district or village of that name ("района Байтерек", "села Самал")
  ...PLACE_BEFORE_WORDS,
]);

// words before an office's title that make it another post ("Deputy Minister", "district akim", "вице-министр")
const SUBORDINATE_BEFORE = keySet(['deputy', 'vice', 'assistant', 'district', 'village', 'rural', 'raion', 'вице', 'районный', 'районного', 'районному', 'районным', 'сельский', 'сельского', 'сельскому', 'сельским']);
/** A word in a back-reference that names a region's or a city's level ("акима области", "облыс әкімі", "the region's"). */
const LEVEL_WORD = /(?:област|облыс|\bregion|\boblast|город|қала|\bcity)/iu;
/** Russian "this", "that", "the given", "neighbouring" in the genitive, before the kind of a place. */
const DEMONSTRATIVE_RU = keySet(['данного', 'этого', 'того', 'соседнего', 'нашего', 'каждого']);
/** The end of a dotted acronym without its last full stop: "U.N", "U.S" (one capital after a full stop). */
const DOTTED_END = /(?:^|[^\p{L}])\p{Lu}\.\p{Lu}$/u;
// kinds of place whose akim is not the city's or region's ("the akim of Bostandyk district")
const SUBORDINATE_PLACE = keySet(['district', 'village', 'rural', 'raion', 'aul', 'settlement']);

// between a person's name and a title in apposition: a comma, with an article in English
const APPOSITION = /^, (?:the )?$/;
/** A copula between a person and a title: "is", "was", «является», «являлась», «был», «стал». */
const COPULA = /^ (?:is|was|became|remains|является|являлся|являлась|был|была|стал|стала|остаётся|остается) (?:the |a |an )?$/u;
/**
 * A portfolio in capitals after a title, before its holder's name: " for Trade ", " for Economic, Banking and Finance ";
 * or the state as "this country": "Deputy Minister of Foreign Affairs of this country Hakdod Mahmud".
 */
const PORTFOLIO_GAP = /^ (?:(?:for|on) (?:the )?\p{Lu}[\p{L}-]*(?:,? (?:(?:and|of|the) )*\p{Lu}[\p{L}-]*){0,7}|of (?:this|that|the) country,?) $/u;
/** A style of address between a title and a name: "His Highness Sheikh", "H.E.", «Его Высочество шейх» */
const HONORIFIC_GAP = /^ (?:(?:(?:His|Her) (?:Royal )?(?:Highness|Majesty|Excellency)|H\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Его (?:Высочество|Величество|Превосходительство)|Ее (?:Высочество|Величество|Превосходительство)|господин(?:а|у|ом)?|госпож[аиуе]|Мәртебелі)(?: (?:Sheikh|Sultan|Emir|Prince|King|шейх|султан|эмир|принц|король))?|Sheikh|шейх) $/u;
/** A military, police or civil-service rank between a title and a name, in English or Russian. */
const RANK_GAP =
  /^,? (?:(?:(?:police|justice|militia|customs) )?(?:(?:major|lieutenant|colonel|brigadier|rear|vice)[ -])?(?:general|colonel|major|captain|lieutenant|admiral)(?: of (?:the )?(?:police|justice|militia|customs))?|(?:генерал-(?:майор|лейтенант|полковник)|генерал армии|полковник|подполковник|майор|капитан)(?: (?:полиции|юстиции|таможенной службы|финансовой полиции))?) $/iu;
// between two titles in apposition: "…, the EU High Representative, and the Vice-President of the Commission"
const APPOSED_TITLES = /^(?:\s*[,–—-]\s*|,? (?:and|и|және) )(?:the )?$/;
// between two titles of one chain: a comma or dash, or "and" ("Deputy Prime Minister and Foreign Minister")
const TITLE_JOIN = /^(?:\s*[,–—-]\s*|\s+(?:and|и|және)\s+)$/;
function titleJoin(text: string, from: number, to: number): boolean {
  return to > from && to - from <= 12 && TITLE_JOIN.test(text.slice(from, to));
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x02bc;
}

/** True for an upper-case letter (a letter whose lower case differs). */
function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

// Capitalised words that may stand before a back-reference word without naming another post ("The Minister", "Kazakh
// Minister")
const BEFORE_BACKREF = keySet([
  'the', 'a', 'an', 'this', 'that', 'then', 'later', 'when', 'while', 'as', 'and', 'but', 'so', 'also', 'now', 'today', 'yesterday', 'our', 'his', 'her', 'its', 'their', 'mr', 'mrs', 'ms', 'dr',
  // words that qualify the holder ("Elena Ivanova, Acting Head of the Regional Health Department")
  'acting', 'interim', 'new', 'newly', 'incoming', 'outgoing', 'current', 'former',
]);
/** The state's own name or adjective before a back-reference word: "the Kazakhstan Ministry", "Kazakh Government". */
const COUNTRY_BEFORE_BACKREF = keySet(['kazakh', 'kazakhstan', 'kazakhstani']);

/**
 * A Kazakh title in lower case that begins with a genitive, after a participle or a word like "each" that qualifies it:
 * "қабылдаушы мемлекеттің басшысы", "әр мемлекеттің басшысы" speak of a head of some state.
 */
function modifiedKazakhGenitive(text: string, tokens: Tokens, m: RawMatch, matchedToken: Uint8Array): boolean {
  const first = text.slice(tokens.starts[m.firstToken], tokens.ends[m.firstToken]);
  if (isUpper(first.charCodeAt(0)) || !isCyrillic(first) || kkGenitiveEnding(first) === 0) return false;
  const t = m.firstToken - 1;
  if (t < 0 || matchedToken[t] || m.start - tokens.ends[t] !== 1 || text.charCodeAt(m.start - 1) !== 0x20) return false;
  const word = text.slice(tokens.starts[t], tokens.ends[t]).toLowerCase();
  // "VIII сайланған парламенттің", "жаңадан шақырылған мәслихаттың": the convocation of a chamber, which a participle
  // of electing or convening names, not another chamber
  return KK_MODIFIER.test(word) && !KK_CONVOCATION.test(word);
}
const KK_CONVOCATION = /^(?:сайланған|шақырылған)$/u;
// a Kazakh participle or a word like "each", "own", "every" before a noun: "қабылдаушы", "жіберген", "әр", "өз"
const KK_MODIFIER = /^(?:[а-яәғқңөұүһі]+(?:ушы|уші|йтын|йтін|атын|етін|ған|ген|қан|кен)|әр|өз|барлық|басқа)$/u;

/** "a" or "an" (Kazakh "бір") right before the match. */
function afterIndefinite(tokens: Tokens, m: RawMatch): boolean {
  const t = m.firstToken - 1;
  if (t < 0 || m.start - tokens.ends[t] !== 1) return false;
  const k = tokens.key(t);
  // Kazakh "бір" ("бір мемлекеттің басшысы", the head of a state) and the words that make a Kazakh noun one of several
  // ("бірнеше министрліктің", of several ministries; "барлық", "әр", "кейбір", "басқа"), folded
  return k === 'a' || k === 'an' || k === 'another' || k === 'each' || k === 'every' || KK_NOT_ONE.has(k);
}
// (and a number: Kazakh counts with the singular, "төрт әкімді", four akims)
const KK_NOT_ONE = keySet(['бір', 'бірнеше', 'барлық', 'әр', 'әрбір', 'кейбір', 'көптеген', 'түрлі', 'басқа', 'өзге', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз']);

/**
 * The organ named right after a title, by a word that is no name of the gazetteer's or only a back-reference:
 * "председатель совета директоров", "Chairman of the Board".
 */
function organAfter(text: string, tokens: Tokens, m: RawMatch, matchedToken: Uint8Array, next: Item | undefined): boolean {
  const n = tokens.starts.length;
  let t = m.lastToken + 1;
  if (t >= n || tokens.starts[t] - m.end !== 1) return false;
  const k = tokens.key(t);
  if (k === 'of') {
    if (++t < n && tokens.key(t) === 'the') t++;
    if (t >= n) return false;
  }
  if (matchedToken[t] && !(next && next.m.firstToken === t && !next.full.length && !next.generic.length)) return false;
  if ((k === 'of' ? ORGAN_EN : ORGAN_RU).has(tokens.key(t))) return true;
  // "Президента Международного олимпийского комитета", "президентом Федерации футбола": an organisation the gazetteer
  // does not have, after up to three adjectives in the genitive
  if (k !== 'of') {
    let j = t;
    while (j < t + 3 && j + 1 < n && !matchedToken[j] && RU_GENITIVE_ADJ.test(tokens.key(j)) && tokens.starts[j + 1] - tokens.ends[j] === 1) j++;
    // (the last word may be a back-reference word alone: "комитета")
    const free = !matchedToken[j] || (j > t && next !== undefined && next.m.firstToken === j && next.m.lastToken === j && !next.full.length && !next.generic.length);
    if (free && (ORGANISATION_RU.has(tokens.key(j)) || (j > t && ORGAN_RU.has(tokens.key(j))))) return true;
  }
  // "Honorary President of the Kazakhstan Boxing Federation", "Chairman of the Ethics Commission": a name the gazetteer
  // does not have, in capitals, whose last word says it is an organisation or an organ of its own
  if (k !== 'of') return false;
  // (or a body's back-reference ending so, which names no post of the gazetteer's: "Chairman of the Statistics Committee")
  if (matchedToken[t]) return next !== undefined && next.m.firstToken === t && next.m.lastToken > t && ORGAN_EN.has(tokens.key(next.m.lastToken));
  for (let j = t; j < n && j < t + 6 && !matchedToken[j]; j++) {
    if (j > t && tokens.starts[j] - tokens.ends[j - 1] !== 1) return false;
    const key = tokens.key(j);
    if (ORGANISATION_EN.has(key) || ORGAN_EN.has(key)) return j > t;
    if (!isUpper(text.charCodeAt(tokens.starts[j])) && key !== 'of' && key !== 'and') return false;
  }
  return false;
}

/** True when a sentence ends, or a line breaks, between two offsets of the text (false when either is outside it). */
function sentenceEndBetween(text: string, from: number, to: number): boolean {
  if (from < 0 || to > text.length) return false;
  return /[.!?]["'”»]?\s|\n/.test(text.slice(from, to));
}

/**
 * True when [start, end) is in Latin capitals on a line of at least three words that has no small letter: a site's
 * header, menu or banner rather than the article's text.
 */
function inCapitalLine(text: string, start: number, end: number): boolean {
  let latin = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x41 && c <= 0x5a) latin = true;
    else if ((c >= 0x61 && c <= 0x7a) || c >= 0x80) return false;
  }
  if (!latin) return false;
  const from = text.lastIndexOf('\n', start) + 1;
  let to = text.indexOf('\n', end);
  if (to < 0) to = text.length;
  if (to - from > 200) return false;
  const line = text.slice(from, to);
  return !/\p{Ll}/u.test(line) && line.trim().split(/\s+/).length >= 3;
}

const ORGANISATION_EN = keySet(['federation', 'association', 'company', 'corporation', 'university', 'foundation', 'club', 'academy', 'institute', 'league', 'society', 'college', 'hospital', 'confederation', 'bank']);
/** A dash with a space on either side, between a title and the name of its holder. */
const SPACED_DASH = /^[ \u00a0][-\u2013\u2014][ \u00a0]$/u;
/** Russian words, in the genitive, that end an organisation's name: "Федерации футбола", "олимпийского комитета". */
const ORGANISATION_RU = keySet(['федерации', 'ассоциации', 'фонда', 'университета', 'академии', 'института', 'клуба', 'лиги', 'корпорации', 'компании', 'общества', 'конфедерации', 'холдинга']);
/** A Russian adjective in the genitive (or another oblique case): "Международного", "олимпийской". */
const RU_GENITIVE_ADJ = /^\p{L}{3,}(?:ого|его|ой|ей|ых|их)$/u;
const ORGAN_EN = keySet(['board', 'council', 'committee', 'commission', 'department', 'union', 'directors', 'trustees', 'supervisory', 'presidium', 'chamber']);
// folded, as the tokens are (ё → е)
const ORGAN_RU = keySet(['совета', 'правления', 'комитета', 'комиссии', 'союза', 'палаты', 'департамента', 'управления', 'директоров', 'организации', 'объединения', 'движения', 'коллегии', 'президиума', 'попечительского', 'наблюдательного', 'общественного', 'профсоюза', 'суда', 'партии',
  // a province or state of another country: "премьер-министр провинции Западный Кейп", "губернатор штата"
  'провинции', 'штата', 'кантона', 'префектуры', 'эмирата']);

/** A Kazakh word in the genitive right before the match, not itself a name the gazetteer has: "Банктің төрағасы". */
function genitiveBefore(text: string, tokens: Tokens, m: RawMatch, matchedToken: Uint8Array): boolean {
  let t = m.firstToken - 1;
  if (t < 0 || matchedToken[t] || m.start - tokens.ends[t] !== 1) return false;
  let word = text.slice(tokens.starts[t], tokens.ends[t]);
  // an adjective between ("ұйымының орталық кеңесі"): the genitive before it
  if (!kkGenitiveEnding(word) && KK_ADJECTIVE.test(word) && t > 0 && !matchedToken[t - 1] && tokens.starts[t] - tokens.ends[t - 1] === 1) word = text.slice(tokens.starts[--t], tokens.ends[t]);
  const end = kkGenitiveEnding(word);
  return end > 0 && /[а-яәғқңөұүһі]/iu.test(word.charAt(word.length - end - 1));
}
/**
 * True when, in Kazakh, the word right before a back-reference word makes it part of a longer name: a relational
 * adjective that is not one of place or rank ("аудиторлық палатаның", but not "облыстық мәслихат"), or a noun the word
 * is joined to by its possessive ending ("Кәсіпкерлер палатасының", "Сауда-өнеркәсіп палатасы"; "Парламенттің
 * палатасы", with a genitive, is the chamber of what was named).
 */
function kazakhNameBefore(text: string, tokens: Tokens, m: RawMatch, matchedToken: Uint8Array): boolean {
  const t = m.firstToken - 1;
  if (t < 0 || matchedToken[t] || m.start - tokens.ends[t] !== 1 || text.charCodeAt(m.start - 1) !== 0x20) return false;
  const first = text.slice(m.start, tokens.ends[m.firstToken]).toLowerCase();
  const word = text.slice(tokens.starts[t], tokens.ends[t]).toLowerCase();
  if (!isCyrillic(first.charAt(0)) || !isCyrillic(word.charAt(0)) || KK_NOT_A_NAME.has(word)) return false;
  if (KK_RELATIONAL.test(word)) return !KK_PLACE_ADJECTIVE.has(word);
  return KK_POSSESSIVE.test(first) && !kkGenitiveEnding(word) && !KK_ADJECTIVE.test(word) && !/\d/.test(word);
}
/** A Kazakh relational adjective: "аудиторлық", "кәсіподақтық", "халықаралық". */
const KK_RELATIONAL = /^[а-яәғқңөұүһі-]+(?:лық|лік|дық|дік|тық|тік)$/u;
/** Kazakh adjectives of place and rank that back-references carry without changing what they name. */
const KK_PLACE_ADJECTIVE = new Set(['облыстық', 'қалалық', 'аудандық', 'республикалық', 'ұлттық', 'орталық', 'мемлекеттік', 'жергілікті']);
/** A Kazakh noun with a vowel stem and the third person's possessive ending, in any case: "палатасы", "партиясының". */
const KK_POSSESSIVE = /^[а-яәғқңөұүһі-]+[аәеиоөұүыіуяэю](?:сы|сі)(?:ның|нің|на|не|н|нда|нде|нан|нен|мен)?$/u;
/** Kazakh words before a back-reference word that make no name of it: demonstratives, conjunctions, "new", "former". */
const KK_NOT_A_NAME = new Set(['бұл', 'осы', 'сол', 'аталған', 'жаңа', 'бұрынғы', 'қазіргі', 'және', 'мен', 'бен', 'пен', 'да', 'де', 'та', 'те', 'ал', 'әрі', 'не', 'немесе', 'яғни', 'оның', 'олардың', 'біздің', 'елдің', 'еліміздің', 'ел', 'елімізде', 'бүгін', 'кеше', 'сондай-ақ', 'тағы', 'барлық', 'әр', 'әрбір', 'екі', 'үш', 'бірінші', 'жоғарғы', 'төменгі']);
/** A Kazakh adjective in lower case: "орталық", "облыстық", "қалалық", "жергілікті", "халықаралық". */
const KK_ADJECTIVE = /^[а-яәғқңөұүһі]+(?:лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі)$/u;

/**
 * True when a capitalised word stands right before the match, joined by one space ("Healthcare Minister", "Kazakhstan
 * Temir Zholy Chairman"): the title belongs to that name, not to the post the page named last.
 */
function namedBefore(text: string, tokens: Tokens, m: RawMatch, matchedToken?: Uint8Array): boolean {
  const t = m.firstToken - 1;
  // (an acronym in brackets too: "the Asian Development Bank (ADB) Vice-President")
  const gap = m.start - tokens.ends[t];
  if (t < 0 || text.charCodeAt(m.start - 1) !== 0x20 || (gap !== 1 && !(gap === 2 && text.charCodeAt(m.start - 2) === 0x29))) return false;
  // Latin only: Russian and Kazakh put such words after the title, and a capital before it starts the sentence
  if (tokens.key(t).charCodeAt(0) >= 0x400 || !isUpper(text.charCodeAt(tokens.starts[t]))) return false;
  // "the People's Congress of Kazakhstan Party": the state's name ends a longer name the word completes, one the page did
  // not match ("People's Assembly of Kazakhstan Council" is the Assembly's Council)
  if (COUNTRY_BEFORE_BACKREF.has(tokens.key(t))) return t > 0 && tokens.key(t - 1) === 'of' && tokens.starts[t] - tokens.ends[t - 1] === 1 && !matchedToken?.[t];
  return !BEFORE_BACKREF.has(tokens.key(t)) && !HONORIFICS.has(tokens.key(t));
}

/**
 * A capitalised name right before a one-word generic title that is not a country's: a name the page matched (not a
 * place), or any capitalised word inside a sentence ("… met Nazarbayev University President …").
 */
function ownerBefore(text: string, tokens: Tokens, m: RawMatch, matchedToken: Uint8Array): boolean {
  // a one-word title only (hyphens allowed: "Vice-President"): a longer one ("Ministry of Information and
  // Communications") names its office itself
  if ((m.firstToken !== m.lastToken && /\s/.test(text.slice(m.start, m.end))) || !namedBefore(text, tokens, m)) return false;
  const t = m.firstToken - 1;
  if (matchedToken[t] === 2) return false;
  return matchedToken[t] === 1 || !isSentenceStart(text, tokens.starts[t]);
}

/**
 * A capitalised Latin word right after a one-word match, joined by one space and not matched itself ("Party Charter",
 * "Government House"): the two make a name of their own.
 */
function nounAfter(text: string, tokens: Tokens, m: RawMatch, matchedToken: Uint8Array): boolean {
  const t = m.lastToken + 1;
  if (m.firstToken !== m.lastToken || t >= tokens.starts.length || matchedToken[t] || tokens.starts[t] - m.end !== 1 || text.charCodeAt(m.end) !== 0x20) return false;
  // "the Majilis and maslikhat elections": elections to such bodies, not one of them (but a chamber with a capital is
  // the chamber: "the Senate elections")
  if (ELECTION_WORD.has(tokens.key(t))) return !isUpper(text.charCodeAt(m.start));
  // (an English name: a Cyrillic word before a Latin one, or a Roman numeral, "маслихата VIII созыва", names nothing)
  return text.charCodeAt(m.start) < 0x400 && tokens.key(t).charCodeAt(0) < 0x400 && isUpper(text.charCodeAt(tokens.starts[t])) && !ROMAN_NUMERAL.test(text.slice(tokens.starts[t], tokens.ends[t]));
}
const ROMAN_NUMERAL = /^[IVXLC]+$/;
const ELECTION_WORD = new Set(['election', 'elections']);

/** An office's English name that calls its holder a chairman, head or the like. */
const CHAIR_LIKE = /^(?:Chairman|Chairwoman|Chairperson|Chair|Head|Chief Executive|CEO|President|Director|Director General|General Director|Managing Director|Governor|Rector)\b/;
const LEGAL_EN = String.raw`(?:(?:NC|JSC|NMH|NHC|SWF|NWF|JSC NC|National Company|National Managing Holding|Sovereign Wealth Fund)\s+)?`;
const LEGAL_RU = String.raw`(?:(?:АО|НК|ФНБ|НУХ|НХ|ТОО|РГП|РГКП|ГКП|на ПХВ|акционерного общества|[Нн]ациональн(?:ой|ая) компани[ия]|[Нн]ацкомпани[ия]|фонда|холдинга|компании|банка|корпорации)\s*[«"“]?\s*)*`;
/** A head's title right before a body (quotes and legal forms allowed between), at the end of the text before it. */
const HEAD_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:(?:[Cc]hairman|[Cc]hairwoman|[Cc]hairperson|[Cc]hair|[Hh]ead|[Pp]resident|CEO|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|[Dd]irector[- ][Gg]eneral|[Gg]eneral [Dd]irector|[Mm]anaging [Dd]irector)(?: of the (?:[Mm]anagement |[Ee]xecutive )?[Bb]oard)? of (?:the )?${LEGAL_EN}[«"“]?` +
    String.raw`|(?:[Пп]редседател[ьяюеи]м?|[Гг]лав[аыуеой]й?|[Рр]уководител[ьяюеи]м?|[Гг]енеральн(?:ый|ого|ому|ым) директор(?:а|у|ом)?|[Пп]резидент(?:а|у|ом)?)(?: правления)? ${LEGAL_RU})$`,
  'u',
);
const BEFORE_HEAD_TITLE = /(?:^|[^\p{L}])(?:deputy|vice|first deputy|former|ex|экс|вице|заместител[ьяюеи]м?|бывш(?:ий|его|ему|им)|орынбасары)[\s-]*$/iu;
/** A legal form or a Kazakh head's title after a body: " JSC", "» АО", "» АҚ басқарма төрағасы". */
const HEAD_AFTER_KK = /^[»"”]?\s*(?:(?:АҚ|ҰК|ҰӘҚ|ЖШС|ММ|РММ|КММ|РМК|КМК|МКК|ШЖҚ (?:РМК|КМК|МКК)|ұлттық компаниясы(?:ның)?|қорының|компаниясының|холдингінің|банкінің)[»"”]?\s+)*(?:басқарма(?:сының)? төрағасы|басқарма төрайымы|бас директоры|басшысы)(?![\p{L}-])(?! орынбасар)/u;
/** The management board a company's chairman heads, after the title ("… Chairman of the Management Board"). */
const BOARD_AFTER = /^ of the (?:(?:[Mm]anagement|[Ee]xecutive) )?[Bb]oard(?![\p{L}\p{N}-])(?!\s+of\s)/u;
/** A board other than the management board a company's chairman heads ("Chairman of the Board of Directors"). */
const OTHER_BOARD_AFTER = /^ of the (?:[Bb]oard of (?:[Dd]irectors|[Tt]rustees)|[Ss]upervisory [Bb]oard)(?![\p{L}\p{N}-])/u;
const LEGAL_AFTER = /^(?:\s+(?:JSC|NC JSC|LLP|PLC|plc|АО|АҚ))(?![\p{L}\p{N}-])/u;
/** The same after a body's possessive: "the Chairman of the Fund's Board of Directors". */
const POSSESSIVE_ORGAN_AFTER = /^['’]s (?:[Bb]oard of (?:[Dd]irectors?|[Tt]rustees)|[Ss]upervisory [Bb]oard)(?![\p{L}\p{N}-])/u;

/**
 * The span of a head's title written around a body at [from, to): "Chairman of the Management Board of NC … JSC",
 * "председатель правления АО «…»", "«…» АҚ басқарма төрағасы"; undefined when there is none or it is a deputy's.
 */
function headAround(text: string, from: number, to: number): [number, number] | undefined {
  const lead = text.slice(Math.max(0, from - 100), from);
  const before = HEAD_BEFORE.exec(lead);
  if (before) {
    const start = from - lead.length + before.index;
    if (BEFORE_HEAD_TITLE.test(text.slice(Math.max(0, start - 20), start))) return undefined;
    let end = to;
    // the quotes opened before the body close after it; nested ones may close with one mark («НК «КТЖ»)
    const opened = (before[0].match(/[«"“]/g) ?? []).length;
    let open = opened;
    while (open > 0 && /[»"”]/.test(text[end] ?? '')) {
      end++;
      open--;
    }
    // a body's name that has quotes of its own closes the ones before it with its last mark: "АО «Фонд национального
    // благосостояния «Самрук-Казына»"
    if (open > 0 && open === opened && /[»"”]$/.test(text.slice(from, to)) && /[«"“]/.test(text.slice(from, to - 1))) open--;
    if (open > 0 && open === opened) return undefined;
    const legal = LEGAL_AFTER.exec(text.slice(end, end + 10));
    if (legal) end += legal[0].length;
    return [start, end];
  }
  const after = HEAD_AFTER_KK.exec(text.slice(to, to + 80));
  if (!after) return undefined;
  // a quote closed after the body was opened right before it: the span takes both or neither
  const quoted = /^[»"”]/.test(after[0]);
  if (quoted !== /[«"“]/.test(text[from - 1] ?? '')) return undefined;
  return [quoted ? from - 1 : from, to + after[0].length];
}

/** Words, folded, that make a body a lower one of its kind: "territorial", "precinct", "участковая", "аумақтық". */
const LOWER_BODY = /^(?:territorial|precinct|constituency|polling|district|территориальн\p{L}*|участков\p{L}*|окружн\p{L}*|районн\p{L}*|аумактык|учаскелик|округтик|аудандык)$/u;

/** Election commissions below the central one, which the gazetteer does not list: "regional", «областной», «қалалық». */
const LOWER_ELECTION_BODY = /^(?:regional|city|oblast|municipal|областн\p{L}*|городск\p{L}*|облыстык|калалык)$/u;
const ELECTORAL = /election|избират|сайлау/iu;

/**
 * A word of LOWER_BODY right before the match, or before one word ("territorial election commission"); for an election
 * commission also a region's or city's ("the regional election commission", «областной избирательной комиссии»).
 */
function lowerBodyBefore(text: string, tokens: Tokens, m: RawMatch): boolean {
  const election = ELECTORAL.test(text.slice(m.start, m.end));
  for (let t = m.firstToken - 1; t >= 0 && t >= m.firstToken - 2; t--) {
    if (tokens.starts[t + 1] - tokens.ends[t] > 1) return false;
    const key = tokens.key(t);
    if (LOWER_BODY.test(key) || (election && LOWER_ELECTION_BODY.test(key))) return true;
  }
  return false;
}

/** Token t is a whole Kazakh genitive ending written after a hyphen onto the token before it: "АҚШ-тың", "ҚХР-дың". */
function hyphenGenitiveAt(text: string, tokens: Tokens, t: number): boolean {
  const { starts, ends } = tokens;
  return t > 0 && text.charCodeAt(starts[t] - 1) === 0x2d && starts[t] - 1 === ends[t - 1] && kkGenitiveEnding(text.slice(starts[t], ends[t])) === ends[t] - starts[t];
}

/**
 * A word that begins after a letter and a hyphen: the second half of a compound. Not a second title after a first one
 * ending in "Minister" or "PM" ("Deputy Prime Minister-Foreign Minister"): one person's two posts; nor a title after
 * "then-" ("then-Prime Minister"): the post at the time told of.
 */
function inCompound(text: string, pos: number): boolean {
  return pos >= 2 && text.charCodeAt(pos - 1) === 0x2d && /\p{L}/u.test(text[pos - 2]) && !TITLE_BEFORE_HYPHEN.test(text.slice(Math.max(0, pos - 10), pos));
}
const TITLE_BEFORE_HYPHEN = /(?<![\p{L}-])(?:Minister|PM|[Tt]hen)-$/u;

/**
 * "Head of the State Revenue Department": a title ending in "State" right before a capitalised word nothing matched
 * begins the name of a state body, and is no title of its own.
 */
function stateBodyAfter(text: string, tokens: Tokens, m: RawMatch, matchedToken: Uint8Array): boolean {
  const t = m.lastToken + 1;
  if (tokens.key(m.lastToken) !== 'state' || t >= tokens.starts.length || matchedToken[t] || tokens.starts[t] - m.end !== 1 || text.charCodeAt(m.end) !== 0x20) return false;
  return isUpper(text.charCodeAt(tokens.starts[t])) && !isUpper(text.charCodeAt(tokens.starts[t] + 1));
}

// a count before a noun that takes the singular after it: up to three digits (not a year, "2019 Президент", nor a
// number, "№ 5"), or a number word or word of quantity ("бірнеше", "әр": several, each) of the page's language (Russian
// "он" is "he"; Kazakh "бір" alone is "a")
const COUNT_DIGITS = /(?<![\p{L}\p{N}\p{P}\p{S}])(?<!№ )\d{1,3} +$/u;
const KK_TENS = '(?:он|жиырма|отыз|қырық|елу|алпыс|жетпіс|сексен|тоқсан|жүз|мың)';
const COUNT_KK = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${KK_TENS}\\s+бір|(?:${KK_TENS}\\s+)?(?:екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз)|${KK_TENS}|бірнеше|әр|әрбір) +$`, 'iu');
// (with an adjective between: «два отдельных ведомства»)
const COUNT_RU = /(?<![\p{L}\p{N}-])(?:два|две|три|четыре|оба|обе|полтора)(?: +[а-яё]+(?:ых|их))? +$/iu;
// Kazakh words that stand between a count and its noun ("3 саяси партия": three political parties)
const KK_COUNTED_QUALIFIER = /(?<= )(?:саяси|жаңа|шетелдік) +$/iu;
/**
 * Whether a count ends right before `pos`, on the same line, and the noun is Cyrillic: "11 мемлекет басшысы", "екі
 * министр", "3 саяси партия", "три министра".
 */
function countedBefore(text: string, pos: number, kazakh: boolean): boolean {
  const c = text.charCodeAt(pos);
  if (c < 0x400 || c > 0x4ff) return false;
  let before = text.slice(Math.max(0, pos - 40), pos);
  if (kazakh) before = before.replace(KK_COUNTED_QUALIFIER, '');
  return COUNT_DIGITS.test(before) || (kazakh ? COUNT_KK : COUNT_RU).test(before);
}

/**
 * A title that ends in a state's name followed by another state's, after a comma or "и", "and", "мен": a list of
 * states sharing the title ("главы Кыргызстана, Турции", "President of Kyrgyzstan and Uzbekistan").
 */
function statesListedAfter(text: string, tokens: Tokens, m: RawMatch): boolean {
  if (countryOfWord(tokens.key(m.lastToken), true) === undefined) return false;
  const next = /^(?:, ?| (?:и|and|мен|және) )(\p{Lu}[\p{L}-]+)/u.exec(text.slice(m.end, m.end + 40));
  return next !== null && countryOfWord(keyOf(next[1]), true) !== undefined;
}

/** True when `pos` follows "ex-" / "экс-" ("Ex-Senator Gani Kasymov"). */
function afterExPrefix(text: string, pos: number): boolean {
  if (pos < 3 || text.charCodeAt(pos - 1) !== 0x2d) return false;
  const w = text.slice(Math.max(0, pos - 5), pos - 1).toLowerCase();
  const m = /(?:^|[^\p{L}])(ex|экс)$/u.exec(w);
  return m !== null;
}
