// The match index as the extension ships it (public/data/index.bin). A page fetches and decodes this file before
// anything else, so its decoding time comes before the first highlight. The number lists (most of the file) are stored
// as little-endian arrays of 1, 2 or 4 bytes per number, whichever their largest value needs, so a page takes them as
// typed-array views of the fetched bytes, with no parsing at all; the stem keys are one UTF-8 text, one key per line;
// the rest (entities, case masks, endings) is a small JSON header. Tenures are not in the header: each office's are
// a JSON text of their own, parsed when a page first needs that office's holders, and the offices each person held
// are two more number lists.
// The JSON form (serializeIndex/parseIndex) stays for older files.
import type { Details, EntityDetail, IntList, MatchIndex, TenureRec } from './types';
import { officesByPerson, tenuresOf } from '../resolve/holders';

/** The number lists of the index, in the order the binary file stores them. */
const INT_FIELDS = ['stemStart', 'stemFlat', 'edgeStart', 'edgeBase', 'acceptNode', 'acceptStart', 'patEntity', 'patType', 'patMask'] as const;
type IntField = (typeof INT_FIELDS)[number];
/** Lists of the file that are not MatchIndex fields: byte offsets of each entity's tenure text; offices by person. */
const TENURE_FIELDS = ['tenStart', 'heldStart', 'heldList'] as const;
type TenureField = (typeof TENURE_FIELDS)[number];

// "TNY", format 7 (breadth-first trie; patterns numbered by accepting node; tenures apart from the header)
const MAGIC = [0x54, 0x4e, 0x59, 0x07];
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

/**
 * The tenure texts of an index's entities (entity i's bytes are text[tenStart[i] … tenStart[i+1]), none when it has no
 * tenure) and the offices each person held, as the resolver reads them (officesByPerson).
 */
function tenureLists(index: MatchIndex): { text: Uint8Array; lists: Record<TenureField, ArrayLike<number>> } {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const tenStart = [0];
  let bytes = 0;
  index.entities.forEach((_e, i) => {
    const ten = tenuresOf(index, i);
    if (ten?.length) {
      const b = enc.encode(JSON.stringify(ten));
      parts.push(b);
      bytes += b.length;
    }
    tenStart.push(bytes);
  });
  const text = new Uint8Array(bytes);
  let at = 0;
  for (const b of parts) {
    text.set(b, at);
    at += b.length;
  }
  const held = officesByPerson(index);
  return { text, lists: { tenStart, heldStart: held.start, heldList: held.list } };
}

/** The binary file of an index. */
export function serializeIndexBinary(index: MatchIndex): Uint8Array {
  for (const k of index.stemKeys) if (k.includes('\n')) throw new Error(`stem key with a line break: ${JSON.stringify(k)}`);
  const tenures = tenureLists(index);
  const lists: ArrayLike<number>[] = [...INT_FIELDS.map((f) => index[f]), ...TENURE_FIELDS.map((f) => tenures.lists[f])];
  const widths = lists.map(widthOf);
  const header = {
    v: index.v,
    asOf: index.asOf,
    endings: index.endings,
    bases: index.bases,
    nodes: index.nodes,
    masks: index.masks,
    entities: index.entities.map(({ ten: _ten, ...rest }) => rest),
    stems: index.stemKeys.length,
    ints: lists.map((a, k) => [a.length, widths[k]]),
  };
  const enc = new TextEncoder();
  const head = enc.encode(JSON.stringify(header));
  const stems = enc.encode(index.stemKeys.join('\n'));
  let size = 4 + 4 + head.length + 4 + stems.length + 4 + tenures.text.length;
  const offsets = lists.map((a, k) => {
    size = align(size, widths[k]);
    const at = size;
    size += a.length * widths[k];
    return at;
  });
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  let pos = 4;
  for (const block of [head, stems, tenures.text]) {
    view.setUint32(pos, block.length, true);
    out.set(block, pos + 4);
    pos += 4 + block.length;
  }
  lists.forEach((a, k) => {
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

/**
 * Decodes what serializeIndexBinary wrote; the number lists are views of `data`. The entity records carry no `ten`:
 * `lazy` gives each office's tenures, parsed on first use. Throws on a file of another format.
 */
export function parseIndexBinary(data: ArrayBuffer | Uint8Array): MatchIndex {
  const b = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (b.length < 16 || MAGIC.some((m, i) => b[i] !== m)) throw new Error('not a Tanys index file (format 7)');
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const dec = new TextDecoder();
  let pos = 4;
  const block = (): Uint8Array => {
    if (pos + 4 > b.length) throw new Error('index file: cut short');
    const n = view.getUint32(pos, true);
    if (pos + 4 + n > b.length) throw new Error('index file: cut short');
    const out = b.subarray(pos + 4, pos + 4 + n);
    pos += 4 + n;
    return out;
  };
  const header = JSON.parse(dec.decode(block())) as Omit<MatchIndex, 'stemKeys' | IntField> & { stems: number; ints: [number, 1 | 2 | 4][] };
  const stemText = block();
  const stemKeys = header.stems ? dec.decode(stemText).split('\n') : [];
  const tenText = block();
  const fields = [...INT_FIELDS, ...TENURE_FIELDS];
  if (header.ints.length !== fields.length) throw new Error('index file: unexpected lists');
  const ints = {} as Record<IntField | TenureField, IntList>;
  fields.forEach((f, k) => {
    const [n, w] = header.ints[k];
    pos = align(pos, w);
    if (pos + n * w > b.length) throw new Error('index file: cut short');
    ints[f] = listAt(b, pos, n, w);
    pos += n * w;
  });
  if (pos !== b.length) throw new Error('index file: unexpected length');
  const { tenStart, heldStart, heldList } = ints;
  const parsed: (TenureRec[] | undefined)[] = new Array(header.entities.length);
  const tenures = (e: number): TenureRec[] | undefined => {
    const from = tenStart[e];
    const to = tenStart[e + 1];
    if (from === to) return undefined;
    return (parsed[e] ??= JSON.parse(dec.decode(tenText.subarray(from, to))) as TenureRec[]);
  };
  return {
    v: header.v,
    asOf: header.asOf,
    endings: header.endings,
    stemKeys,
    bases: header.bases,
    nodes: header.nodes,
    masks: header.masks,
    entities: header.entities,
    stemStart: ints.stemStart,
    stemFlat: ints.stemFlat,
    edgeStart: ints.edgeStart,
    edgeBase: ints.edgeBase,
    acceptNode: ints.acceptNode,
    acceptStart: ints.acceptStart,
    patEntity: ints.patEntity,
    patType: ints.patType,
    patMask: ints.patMask,
    lazy: { tenures, held: { start: heldStart, list: heldList } },
  };
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

/** The scope an id's first part implies: "kz.…" Kazakhstan's, "intl.…" international, a country code foreign. */
function scopeOfId(id: string): string {
  const head = id.slice(0, id.indexOf('.'));
  return head === 'kz' || head === 'intl' ? head : 'foreign';
}

/**
 * details.json as the extension ships it: the same JSON, with every list of source URLs ("sources", on entities,
 * tenures and lapses alike) written as positions in one table of the distinct URLs. Thousands of URLs are cited many
 * times over; the table keeps the file about a sixth smaller, and under the 5 MB that Firefox's add-on linter parses.
 */
export function serializeDetails(details: Details): string {
  const urls = new Map<string, number>();
  // the kind is the id's second part (validation makes it so), and the scope is written only where the id does not
  // imply it: both are restored by parseDetails
  const entities = details.entities.map((e) => {
    const { kind: _kind, scope, ...rest } = e;
    return scope === scopeOfId(e.id) ? rest : { ...rest, scope };
  });
  const body = JSON.stringify(entities, (key, value: unknown) => {
    if (key !== 'sources' || !Array.isArray(value)) return value;
    return value.map((u: string) => {
      let i = urls.get(u);
      if (i === undefined) urls.set(u, (i = urls.size));
      return i;
    });
  });
  return `{"asOf":${JSON.stringify(details.asOf)},"urls":${JSON.stringify([...urls.keys()])},"entities":${body}}`;
}

/** Reads what serializeDetails wrote (and a plain Details JSON, whose sources are already URLs). */
export function parseDetails(text: string): Details {
  const raw = JSON.parse(text) as { asOf: string; urls?: string[]; entities: (Partial<EntityDetail> & { id: string })[] };
  const urls = raw.urls;
  if (urls) {
    const restore = (v: unknown): void => {
      if (Array.isArray(v)) for (const x of v) restore(x);
      else if (v !== null && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        for (const k in o) {
          const x = o[k];
          if (k === 'sources' && Array.isArray(x)) {
            o[k] = x.map((i) => {
              if (typeof i !== 'number' || urls[i] === undefined) throw new Error(`details: source ${String(i)} is not in the table`);
              return urls[i];
            });
          } else if (x !== null && typeof x === 'object') restore(x);
        }
      }
    };
    restore(raw.entities);
  }
  const entities = raw.entities.map((e) => {
    const { id, kind, scope, ...rest } = e as Partial<EntityDetail> & { id: string };
    return { id, kind: kind ?? (id.split('.')[1] as EntityDetail['kind']), scope: scope ?? (scopeOfId(id) as EntityDetail['scope']), ...rest } as EntityDetail;
  });
  return { asOf: raw.asOf, entities };
}

/** The file the extension reads first: it names the parts the details are shipped in. */
export const DETAILS_MANIFEST = 'details.json';
/** What one part may weigh: well under the 5 MiB that Firefox's add-on linter parses, so a part can grow between builds. */
export const DETAILS_PART_BYTES = 3 * 1024 * 1024;
/** The most any shipped file may weigh (Firefox's add-on linter does not parse a larger JSON file). */
export const DETAILS_MAX_BYTES = 5 * 1024 * 1024;

/** One file of the shipped details: its name in the data folder and its text. */
export interface DetailsFile {
  name: string;
  text: string;
}

const utf8 = new TextEncoder();

/**
 * The details as the extension ships them: parts of whole entities, in their order, each written by serializeDetails
 * (with its own URL table) and each at most about `partBytes`, and first the manifest, details.json, which names the
 * parts. One file would outgrow what Firefox's linter parses; parts keep each file small as the gazetteer grows.
 */
export function serializeDetailsFiles(details: Details, partBytes = DETAILS_PART_BYTES): DetailsFile[] {
  const groups: EntityDetail[][] = [[]];
  let size = 0;
  for (const e of details.entities) {
    // an entity's plain JSON, URLs and all, is about what it adds to a part (the table writes each URL once)
    const n = utf8.encode(JSON.stringify(e)).length;
    if (size + n > partBytes && groups[groups.length - 1].length) {
      groups.push([]);
      size = 0;
    }
    groups[groups.length - 1].push(e);
    size += n;
  }
  const parts = groups.map((entities, i) => ({ name: `details-${i + 1}.json`, text: serializeDetails({ asOf: details.asOf, entities }) }));
  for (const p of parts) {
    const bytes = utf8.encode(p.text).length;
    if (bytes > DETAILS_MAX_BYTES) throw new Error(`details: ${p.name} is ${bytes} bytes, over the ${DETAILS_MAX_BYTES} a shipped file may have`);
  }
  const manifest = { name: DETAILS_MANIFEST, text: JSON.stringify({ asOf: details.asOf, parts: parts.map((p) => p.name) }) };
  return [manifest, ...parts];
}

/** Reads the details that serializeDetailsFiles wrote, given a reader of the data folder's files by name. */
export async function loadDetails(read: (name: string) => Promise<string>): Promise<Details> {
  const manifest = JSON.parse(await read(DETAILS_MANIFEST)) as { asOf?: unknown; parts?: unknown };
  const names = manifest.parts;
  if (typeof manifest.asOf !== 'string' || !Array.isArray(names) || !names.every((n): n is string => typeof n === 'string' && /^details-\d+\.json$/.test(n)))
    throw new Error(`details: ${DETAILS_MANIFEST} does not name its parts`);
  const parts = await Promise.all(names.map(async (n) => parseDetails(await read(n))));
  for (const [i, p] of parts.entries()) if (p.asOf !== manifest.asOf) throw new Error(`details: ${names[i]} is of ${p.asOf}, not ${manifest.asOf}`);
  return { asOf: manifest.asOf, entities: parts.flatMap((p) => p.entities) };
}
