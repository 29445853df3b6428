// The match index as the extension ships it (public/data/index.json): JSON with the long ascending number lists
// stored as differences, which are mostly one digit. A page fetches and parses this file before anything else, so
// every kilobyte counts; the in-memory MatchIndex is unchanged.
import type { MatchIndex } from './types';

/** Fields stored as differences from the previous element: ascending lists, runs of equal values, and lists whose neighbours are close. */
const DELTA_FIELDS = ['edgeStart', 'edgeBase', 'edgeChild', 'acceptNode', 'acceptStart', 'acceptFlat', 'stemStart', 'patEntity'] as const;

type Wire = MatchIndex & { wire?: 'delta1' };

/** The JSON text of an index, with DELTA_FIELDS delta-encoded. */
export function serializeIndex(index: MatchIndex): string {
  const out: Wire = { ...index, wire: 'delta1' };
  for (const f of DELTA_FIELDS) out[f] = deltas(index[f]);
  return JSON.stringify(out);
}

/** Parses what serializeIndex wrote (or a plain index). */
export function parseIndex(text: string): MatchIndex {
  const w = JSON.parse(text) as Wire;
  if (w.wire === 'delta1') {
    for (const f of DELTA_FIELDS) sums(w[f]);
    delete w.wire;
  }
  return w;
}

function deltas(a: readonly number[]): number[] {
  const out = new Array<number>(a.length);
  let prev = 0;
  for (let i = 0; i < a.length; i++) {
    out[i] = a[i] - prev;
    prev = a[i];
  }
  return out;
}

function sums(a: number[]): void {
  for (let i = 1; i < a.length; i++) a[i] += a[i - 1];
}
