// The compiled gazetteer: a compact match index the content script loads, and entity details that only cards,
// the popup and the command line need. Both are plain JSON, produced at build time by compile.ts.
import type { EntitySource, Scope, Tenure } from '../gazetteer/types';

/** Kazakhstan's ambassadors to other states: offices whose bare title ("Ambassador", «посол», «елшісі») stands for them. */
export const KZ_ENVOY_ID = /^kz\.office\.ambassador-to-/;

export const enum PatternType {
  /** A full name: identifies the entity alone. */
  Full = 0,
  /** A title shared with other countries' entities: resolved by country context. */
  Generic = 1,
  /** A back-reference: valid after the page named the entity. */
  Short = 2,
  /** A person's surname alone. */
  Surname = 3,
  /** An initial and a surname ("K.Tokayev"). */
  Initial = 4,
  /** A building or place whose name also stands for the entity ("Akorda", "the Kremlin"): not where it names the place. */
  Place = 5,
  /** A place whose mention makes the entity named for back-references, without being a mention ("Almaty" → the akimat). */
  Context = 6,
}

/** [person index, from, to ("" when current), flags: 1 acting, 2 seen (from and to are first and last sightings)]. */
export type TenureRec = [number, string, string, number];

export interface EntityRec {
  id: string;
  /** 0 person, 1 office, 2 body. */
  k: 0 | 1 | 2;
  n: string;
  s: Scope;
  c?: string;
  p?: number;
  h?: number;
  f?: string;
  t?: string;
  m?: 1;
  /** Periods [from, to] when the office or body did not exist (its lapses; a vacancy is not one). */
  l?: [string, string][];
  /** The offices or bodies this one replaced (State Counsellor → State Secretary). */
  r?: number[];
  /** Entities named by the same place ("Almaty" → its akimat and maslikhat): naming one names the place for the others. */
  sib?: number[];
  /** How many of `sib` (the first ones) share the entity's narrowest place; absent when all do. */
  sc?: number;
  ten?: TenureRec[];
}

/** A list of integers: plain in the compiler's output and JSON, a typed array when decoded from the shipped file. */
export type IntList = number[] | Int32Array | Uint16Array | Uint8Array;

export interface MatchIndex {
  v: 4;
  asOf: string;
  /** Endings allowed by each paradigm (see lib/text/inflect.ts). */
  endings: string[][];
  /**
   * Stems and, for stem i, the flat pairs [base, paradigm, …] in stemFlat[stemStart[i] … stemStart[i+1]). Flat
   * arrays rather than an object of arrays: the index is parsed on every page, and flat numbers parse fastest.
   */
  stemKeys: string[];
  stemStart: IntList;
  stemFlat: IntList;
  /** Number of bases (distinct alias-token forms) and of trie nodes; node 0 is the root. */
  bases: number;
  nodes: number;
  /**
   * The trie over base ids in compressed rows: node n's edges are edgeBase[edgeStart[n] … edgeStart[n+1]), sorted by
   * base, so loading needs no hash table and a step is a short binary search. Nodes are numbered breadth-first, each
   * node's children in base order, so the child of edge k is node k + 1 and is not stored.
   */
  edgeStart: IntList;
  edgeBase: IntList;
  /** Accepting nodes; accepting node acceptNode[i] accepts the pattern ids acceptStart[i] … acceptStart[i+1] - 1. */
  acceptNode: IntList;
  acceptStart: IntList;
  /** Patterns by id, as parallel arrays: the entity, the PatternType, and the case mask (an index into masks). */
  patEntity: IntList;
  patType: IntList;
  patMask: IntList;
  /**
   * Case masks, one character per alias token (see caseMask in compile.ts): A all capitals, U capital first, C capital
   * first but not all capitals, - any; in lower case ('_' for '-') when a comma follows the token in the alias, the only
   * place a comma may stand between the tokens in the text.
   */
  masks: string[];
  entities: EntityRec[];
  /**
   * Set when the index was read from the shipped file, whose entity records carry no `ten`: their tenures, each
   * office's parsed on first use (a page needs the tenures of the few offices it names), and the offices each person
   * held, stored in the file so that nothing has to read every office's tenures.
   */
  lazy?: { tenures: (entity: number) => TenureRec[] | undefined; held: { start: IntList; list: IntList } };
}


/** A tenure as the source model writes it. */
export type TenureDetail = Tenure;

/**
 * What a card, the popup and the command line show about an entity: the source entry without the matcher's
 * back-references, with every name list present, and with relations the compiler derives.
 */
export interface EntityDetail extends Omit<EntitySource, 'names' | 'short' | 'ambiguous' | 'tenures'> {
  names: { en: string[]; ru: string[]; kk: string[] };
  /** Offices: their holders. */
  tenures?: TenureDetail[];
  /** Persons: the offices they held, as [office id, tenure index]. */
  held?: [string, number][];
  /** Bodies: offices that head them; offices and bodies that belong to them. */
  headedBy?: string[];
  children?: string[];
  /** True for entries the reader imported. */
  user?: boolean;
}

export interface Details {
  asOf: string;
  entities: EntityDetail[];
}
