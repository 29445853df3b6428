// The compiled gazetteer: a compact match index the content script loads, and entity details that only cards,
// the popup and the command line need. Both are plain JSON, produced at build time by compile.ts.
import type { EntitySource, Scope, Tenure } from '../gazetteer/types';

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
}

/** [entity index, pattern type, case mask (one char per token: A all capitals, U capital first, C capital first but not all capitals, - any)]. */
export type PatternRec = [number, PatternType, string];

/** [person index, from, to ("" when current), acting (1) or not (0)]. */
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
  ten?: TenureRec[];
}

export interface MatchIndex {
  v: 1;
  asOf: string;
  /** Endings allowed by each paradigm (see lib/text/inflect.ts). */
  endings: string[][];
  /** Stem → flat [base, paradigm, base, paradigm, …]. */
  stems: Record<string, number[]>;
  /** Number of bases (distinct alias-token forms) and of trie nodes; node 0 is the root. */
  bases: number;
  nodes: number;
  /**
   * The trie over base ids in compressed rows: node n's edges are edgeBase/edgeChild[edgeStart[n] … edgeStart[n+1]),
   * sorted by base, so loading needs no hash table and a step is a short binary search.
   */
  edgeStart: number[];
  edgeBase: number[];
  edgeChild: number[];
  /** Accepting nodes and the pattern ids each accepts (parallel arrays). */
  acceptNode: number[];
  acceptPatterns: number[][];
  patterns: PatternRec[];
  entities: EntityRec[];
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
