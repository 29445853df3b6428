// The gazetteer's source model (data/*.json) and its compiled forms. See ../../../shared/DESIGN.md, "Gazetteer model".

export type Kind = 'person' | 'office' | 'body';
export type Scope = 'kz' | 'intl' | 'foreign';
export type Lang = 'en' | 'ru' | 'kk';
export const LANGS: readonly Lang[] = ['en', 'ru', 'kk'];

/** Names by language. `en` holds Latin-script names (English, transliterations, Kazakh Latin). */
export type NamesByLang = Partial<Record<Lang, string[]>>;

/** A dated fact: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export type PartialDate = string;

export interface Tenure {
  person: string;
  from: PartialDate;
  /** Absent: still holds the office as of the gazetteer's `asOf` date. */
  to?: PartialDate;
  acting?: boolean;
  /**
   * The term's start and end are not known: `from` and `to` are the first and last dates a source shows the person in
   * the office, so the record says only that they held it at least between those dates. `to` is required.
   */
  seen?: boolean;
  sources: string[];
}

/**
 * A period inside an office's or body's existence with nobody in it: it did not exist (abolished, then re-created), or,
 * with `vacant`, it existed but was empty (a dissolved chamber's chairman until the next one met).
 */
export interface Lapse {
  from: PartialDate;
  /** The day it existed, or was filled, again. */
  to: PartialDate;
  vacant?: boolean;
  sources: string[];
}

/** How many seats a multi-holder office had in a period (the Mazhilis had 107 deputies until 2023, then 98). */
export interface SeatCount {
  from: PartialDate;
  /** Absent: to the office's end, or still so. */
  to?: PartialDate;
  count: number;
  sources: string[];
}

export interface NameChange {
  /** The name in force from this date on (until the next change). */
  from: PartialDate;
  name: string;
}

export interface EntitySource {
  id: string;
  kind: Kind;
  /** Canonical English name. */
  name: string;
  scope: Scope;
  /** ISO 3166-1 alpha-2, lower case: the state whose office or body this is, or whose official a person is. */
  country?: string;
  wikidata?: string;
  /** Full names: official names, common variants, acronyms (acronyms are matched in their case only). */
  names?: NamesByLang;
  /** Titles that other countries' offices share ("President", "Prime Minister", "Government"): need country context. */
  generic?: NamesByLang;
  /** Back-references valid only after the page named the entity in full ("the Assembly", "the Ministry"). */
  short?: NamesByLang;
  /**
   * Names of a building or place that news also uses for the entity ("Akorda" for the Presidential Administration,
   * "the Kremlin"): a mention, except where the text speaks of the place itself ("received him in Akorda").
   */
  places?: NamesByLang;
  /**
   * Names of the place an entity belongs to ("Almaty" for the city's akimat and maslikhat): never a mention, but once the
   * page names the place, back-references resolve to the entity ("the city's mayor", "the local maslikhat").
   */
  context?: NamesByLang;
  nameHistory?: NameChange[];
  from?: PartialDate;
  to?: PartialDate;
  /**
   * Periods between `from` and `to` when the office or body did not exist (a ministry abolished in 2014 and re-created in
   * 2020), or was vacant by record. Nobody holds an office then; the card says so, and the gap list does not count it.
   */
  lapses?: Lapse[];
  /** The body an office belongs to, or a body's parent body. */
  parent?: string;
  /** Offices only: the body this office heads. */
  heads?: string;
  replaces?: string[];
  replacedBy?: string[];
  /** Offices with several concurrent holders (deputy prime ministers, deputy chairs). */
  multi?: boolean;
  /**
   * Multi-holder offices with a fixed number of seats (deputies, senators): the seats per period, in date order. The
   * coverage report compares the holders on record with them.
   */
  seats?: SeatCount[];
  explanation?: string;
  tenures?: Tenure[];
  sources: string[];
}

export interface GazetteerFile {
  entities: EntitySource[];
}

export interface GazetteerMeta {
  asOf: string;
}
