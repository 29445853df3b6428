// The match index as the extension ships it (public/data/index.bin). A page fetches and decodes this file before
// anything else, so its decoding time comes before the first highlight. The number lists (most of the file) are stored
// as little-endian arrays of 1, 2 or 4 bytes per number, whichever their largest value needs, so a page takes them as
// typed-array views of the fetched bytes, with no parsing at all; the stem keys are one UTF-8 text, one key per line;
// the rest (entities, case masks, endings) is a small JSON header.
// The JSON form (serializeIndex/parseIndex) stays for older files.
import type { IntList, MatchIndex } from './types';

/** The number lists of the index, in the order the binary file stores them. */
const INT_FIELDS = ['stemStart', 'stemFlat', 'edgeStart', 'edgeBase', 'acceptNode', 'acceptStart', 'patEntity', 'patType', 'patMask'] as const;
type IntField = (typeof INT_FIELDS)[number];

const MAGIC = [0x54, 0x4e, 0x59, 0x06]; // "TNY", format 6 (breadth-first trie; patterns numbered by accepting node)
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Bytes per number for a list: the fewest that hold its values (none are negative). */
function widthOf(a: ArrayLike<number>): 1 | 2 | 4 {
  let max = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] < 0) throw new Error('index: negative number in a list');
    if (a[i] > max) max = a[i];
  }
  return max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
}

/** The binary file of an index. */
export function serializeIndexBinary(index: MatchIndex): Uint8Array {
  for (const k of index.stemKeys) if (k.includes('\n')) throw new Error(`stem key with a line break: ${JSON.stringify(k)}`);
  const widths = INT_FIELDS.map((f) => widthOf(index[f]));
  const header = {
    v: index.v,
    asOf: index.asOf,
    endings: index.endings,
    bases: index.bases,
    nodes: index.nodes,
    masks: index.masks,
    entities: index.entities,
    stems: index.stemKeys.length,
    ints: INT_FIELDS.map((f, k) => [index[f].length, widths[k]]),
  };
  const enc = new TextEncoder();
  const head = enc.encode(JSON.stringify(header));
  const stems = enc.encode(index.stemKeys.join('\n'));
  let size = 4 + 4 + head.length + 4 + stems.length;
  const offsets = INT_FIELDS.map((f, k) => {
    size = align(size, widths[k]);
    const at = size;
    size += index[f].length * widths[k];
    return at;
  });
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint32(4, head.length, true);
  out.set(head, 8);
  view.setUint32(8 + head.length, stems.length, true);
  out.set(stems, 12 + head.length);
  INT_FIELDS.forEach((f, k) => {
    const a = index[f];
    const w = widths[k];
    for (let i = 0; i < a.length; i++) {
      const at = offsets[k] + i * w;
      if (w === 1) view.setUint8(at, a[i]);
      else if (w === 2) view.setUint16(at, a[i], true);
      else view.setInt32(at, a[i], true);
    }
  });
  return out;
}

/** Decodes what serializeIndexBinary wrote; the number lists are views of `data`. Throws on a file of another format. */
export function parseIndexBinary(data: ArrayBuffer | Uint8Array): MatchIndex {
  const b = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (b.length < 12 || MAGIC.some((m, i) => b[i] !== m)) throw new Error('not a Tanys index file (format 6)');
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const dec = new TextDecoder();
  const headLen = view.getUint32(4, true);
  const header = JSON.parse(dec.decode(b.subarray(8, 8 + headLen))) as Omit<MatchIndex, 'stemKeys' | IntField> & { stems: number; ints: [number, 1 | 2 | 4][] };
  const stemsLen = view.getUint32(8 + headLen, true);
  let pos = 12 + headLen;
  const stemKeys = header.stems ? dec.decode(b.subarray(pos, pos + stemsLen)).split('\n') : [];
  pos += stemsLen;
  const ints = {} as Record<IntField, IntList>;
  INT_FIELDS.forEach((f, k) => {
    const [n, w] = header.ints[k];
    pos = align(pos, w);
    if (pos + n * w > b.length) throw new Error('index file: cut short');
    ints[f] = listAt(b, pos, n, w);
    pos += n * w;
  });
  if (pos !== b.length) throw new Error('index file: unexpected length');
  return { v: header.v, asOf: header.asOf, endings: header.endings, stemKeys, bases: header.bases, nodes: header.nodes, masks: header.masks, entities: header.entities, ...ints };
}

const align = (n: number, w: number) => Math.ceil(n / w) * w;

/** `n` numbers of `w` bytes at `pos`: a view when the bytes are aligned (as fetched), else a copy. */
function listAt(b: Uint8Array, pos: number, n: number, w: 1 | 2 | 4): IntList {
  const at = b.byteOffset + pos;
  if (w === 1) return new Uint8Array(b.buffer, at, n);
  if (LITTLE_ENDIAN && at % w === 0) return w === 2 ? new Uint16Array(b.buffer, at, n) : new Int32Array(b.buffer, at, n);
  const out = w === 2 ? new Uint16Array(n) : new Int32Array(n);
  const view = new DataView(b.buffer, at, n * w);
  for (let i = 0; i < n; i++) out[i] = w === 2 ? view.getUint16(i * 2, true) : view.getInt32(i * 4, true);
  return out;
}

/** Base64 of bytes (for a message, which carries JSON only). */
export function toBase64(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s);
}

/** The bytes of a base64 text. */
export function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

/** Fields stored as differences in the JSON form. */
const DELTA_FIELDS = ['edgeStart', 'edgeBase', 'acceptNode', 'acceptStart', 'stemStart', 'patEntity'] as const;

type Wire = MatchIndex & { wire?: 'delta1' };

/** The JSON text of an index, with DELTA_FIELDS delta-encoded. */
export function serializeIndex(index: MatchIndex): string {
  const out: Wire = { ...index, wire: 'delta1' };
  for (const f of DELTA_FIELDS) out[f] = deltas(index[f]);
  return JSON.stringify(out, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v));
}

/** Parses what serializeIndex wrote (or a plain index). */
export function parseIndex(text: string): MatchIndex {
  const w = JSON.parse(text) as Wire;
  // version 3 listed each node's pattern ids (acceptFlat); version 4 numbers patterns by node
  if (w.v !== 4) throw new Error(`not a Tanys index of version 4 (version ${String(w.v)})`);
  if (w.wire === 'delta1') {
    for (const f of DELTA_FIELDS) sums(w[f] as number[]);
    delete w.wire;
  }
  return w;
}

function deltas(a: ArrayLike<number>): number[] {
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
