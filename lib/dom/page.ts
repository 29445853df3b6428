// One page's Tanys session: collects the article text, finds mentions, paints highlights, hit-tests the pointer,
// follows page changes, and tears everything down through one AbortSignal. Reads the page; never writes its DOM.
import type { Engine } from '../engine';
import type { Mention } from '../resolve/resolve';
import type { Settings } from '../settings';
import { pageDate, todayUtc, type DateSource } from '../date/page-date';
import { collectText, findArticleRoots, INLINE_ELEMENTS, isSkipped, segmentAt, type Segment } from './collect';
import { collectDateSignals } from './page-signals';
import { nextTask } from './yield';
import { HIGHLIGHT_NAMES, highlightsSupported, rangeIn } from './highlight';

export interface PlacedMention extends Readonly<Mention> {
  /** The mention's DOM range, made on first use (most mentions of a long page are never painted or hovered). */
  readonly range: Range;
  /** The text nodes it spans, in order (one unless inline markup splits the name). */
  readonly nodes: readonly Text[];
  /** The first of them. */
  readonly node: Text;
  /** Its start offset in `node`. */
  readonly offset: number;
  /** The block element holding `node`. */
  readonly block: Element;
}

/**
 * A mention placed on the page: the engine's mention and the collected segments it spans [a, b]. Nothing is copied
 * and no DOM object is made until asked for: a long page has tens of thousands of mentions.
 */
class Placed implements PlacedMention {
  private made: Range | undefined;
  constructor(
    private readonly m: Mention,
    private readonly doc: Document,
    private readonly segments: Segment[],
    private readonly a: number,
    private readonly b: number,
  ) {}

  get start() { return this.m.start; }
  get end() { return this.m.end; }
  get text() { return this.m.text; }
  get id() { return this.m.id; }
  get kind() { return this.m.kind; }
  get name() { return this.m.name; }
  get form() { return this.m.form; }
  get holder() { return this.m.holder; }
  get holderNow() { return this.m.holderNow; }
  get offices() { return this.m.offices; }
  get candidates() { return this.m.candidates; }
  get former() { return this.m.former; }
  get node(): Text { return this.segments[this.a].node; }
  get block(): Element { return this.segments[this.a].block; }
  get offset(): number {
    const s = this.segments[this.a];
    return s.offset + this.m.start - s.start;
  }
  get nodes(): Text[] {
    const out: Text[] = [];
    for (let i = this.a; i <= this.b; i++) out.push(this.segments[i].node);
    return out;
  }

  get range(): Range {
    // a node changed since it was read: an empty range, which paints nothing and contains no point
    return (this.made ??= rangeIn(this.doc, this.segments[this.a], this.segments[this.b], this.start, this.end) ?? this.doc.createRange());
  }
}

export interface PageState {
  mentions: PlacedMention[];
  /** False while a pass is still reading the page. */
  complete: boolean;
  date: string;
  dateSource: DateSource;
}

// work per slice before yielding to the page: keeps every task well under the 50 ms long-task mark
const SLICE_MS = 12;
// text matched per step; a paragraph is never split, so steps end at the next "\n\n" after this many characters.
// The first step is short: the top of the page is highlighted before the rest is read.
const FIRST_CHUNK_CHARS = 6_000;
const CHUNK_CHARS = 20_000;
// while a long page is read, the blocks read so far are handed to the visibility observer at most this often
const WATCH_EVERY_MS = 100;
// page changes are batched: one pass at most this often
const MUTATION_DELAY_MS = 400;

export class PageSession {
  state: PageState = { mentions: [], complete: false, date: '', dateSource: 'today' };
  /** Main-thread time spent reading, matching and highlighting this page so far (all passes), in ms. */
  workMs = 0;
  /** The longest single stretch of that work (one task), in ms. */
  longestMs = 0;
  private segments: Segment[] = [];
  private byNode = new WeakMap<Node, PlacedMention[]>();
  private text = '';
  private roots: Element[] = [];
  private observer?: MutationObserver;
  private visibility?: IntersectionObserver;
  private pending = false;
  private generation = 0;
  private readonly win: Window & typeof globalThis;

  constructor(
    readonly doc: Document,
    readonly engine: Engine,
    private settings: Settings,
    readonly signal: AbortSignal,
    readonly url: string,
    /** Extra engines (the reader's own entries) whose mentions fill gaps the main one leaves. */
    private readonly extra: Engine[] = [],
  ) {
    this.win = doc.defaultView as Window & typeof globalThis;
    signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  private worked(since: number) {
    const d = performance.now() - since;
    this.workMs += d;
    if (d > this.longestMs) this.longestMs = d;
  }

  /** First pass over the page, then watches it for changes. */
  async start(): Promise<PageState> {
    await this.pass();
    this.observe();
    return this.state;
  }

  updateSettings(s: Settings) {
    this.settings = s;
    void this.pass();
  }

  /** Collects, matches in slices, paints. A newer pass cancels an older one. */
  async pass(): Promise<void> {
    const gen = ++this.generation;
    let t0 = performance.now();
    this.roots = findArticleRoots(this.doc);
    const { text, segments } = collectText(this.roots);
    this.text = text;
    this.segments = segments;
    const signals = collectDateSignals(this.doc, this.url, text);
    const pd = this.settings.dateMode === 'today' ? { date: todayUtc(), source: 'today' as const } : pageDate(signals, todayUtc());
    const placed: PlacedMention[] = [];
    this.state = { mentions: placed, complete: false, date: pd.date, dateSource: pd.source };
    // highlights and the hit-test index grow with each chunk: the reader sees the top of a long page at once, and
    // nothing is redone at the end
    const painter = this.painter();
    let flushed = performance.now();
    const place = this.placer(segments, placed, []);
    const session = this.engine.resolver.session({ date: pd.date });
    for (let start = 0; start < text.length; ) {
      let end = Math.min(text.length, start + (start === 0 ? FIRST_CHUNK_CHARS : CHUNK_CHARS));
      if (end < text.length) {
        const br = text.indexOf('\n\n', end);
        end = br < 0 ? text.length : br;
      }
      const from = placed.length;
      for (const m of session.add(text.slice(start, end))) {
        m.start += start;
        m.end += start;
        place(m);
      }
      // the top of the page is painted at once, before the visibility observer first reports (a frame later)
      painter.add(from, start === 0);
      start = end;
      // the blocks read since are watched a few times a second, not after every slice: each new batch of
      // watched blocks makes the browser render a frame
      if (performance.now() - flushed > WATCH_EVERY_MS) {
        painter.flush();
        flushed = performance.now();
      }
      if (performance.now() - t0 > SLICE_MS) {
        this.worked(t0);
        await nextTask();
        if (gen !== this.generation || this.signal.aborted) return;
        t0 = performance.now();
      }
    }
    painter.flush();
    // the reader's own entries fill gaps the bundled gazetteer leaves
    if (this.extra.length) {
      for (const e of this.extra)
        for (const m of e.findMentions(text, pd.date)) if (!placed.some((a) => a.start < m.end && m.start < a.end)) place(m);
      placed.sort((a, b) => a.start - b.start);
      this.paint();
    }
    this.state.complete = true;
    this.worked(t0);
  }

  /**
   * Fresh highlights for a new pass, registered at once; `add` takes the mentions placed from index `from` on into
   * the hit-test index and the highlights, `flush` hands the blocks added since to the visibility observer. Only
   * mentions in blocks near the viewport are highlighted (an IntersectionObserver adds and removes them as the reader
   * scrolls): browsers re-validate every highlighted range whenever a highlight changes, so tens of thousands of
   * ranges would cost hundreds of milliseconds on a long page, while the reader only ever sees a screenful.
   */
  private painter(): { add(from: number, eager?: boolean): void; flush(): void } {
    this.byNode = new WeakMap();
    this.visibility?.disconnect();
    this.visibility = undefined;
    const none = () => {};
    if (!highlightsSupported(this.win)) return { add: (from) => this.state.mentions.slice(from).forEach((m) => this.indexMention(m)), flush: none };
    const groups = { person: new this.win.Highlight(), office: new this.win.Highlight(), body: new this.win.Highlight() };
    for (const k of ['person', 'office', 'body'] as const) this.win.CSS.highlights.set(HIGHLIGHT_NAMES[k], groups[k]);
    const IO = this.win.IntersectionObserver;
    if (typeof IO !== 'function')
      return {
        add: (from) => {
          const ms = this.state.mentions;
          for (let i = from; i < ms.length; i++) {
            this.indexMention(ms[i]);
            groups[ms[i].kind].add(ms[i].range);
          }
        },
        flush: none,
      };
    const byBlock = new Map<Element, PlacedMention[]>();
    // blocks whose mentions are in the highlights now (only those have ranges to take out)
    const shown = new Set<Element>();
    // how many of each block's mentions are in the hit-test index: only blocks that came near the viewport can be
    // hovered, so the others are indexed when they do
    const indexed = new Map<Element, number>();
    const io = new IO(
      (entries) => {
        const t0 = performance.now();
        for (const e of entries) {
          if (e.isIntersecting === shown.has(e.target)) continue;
          if (e.isIntersecting) shown.add(e.target);
          else shown.delete(e.target);
          const list = byBlock.get(e.target) ?? [];
          if (e.isIntersecting && (indexed.get(e.target) ?? 0) < list.length) {
            for (let i = indexed.get(e.target) ?? 0; i < list.length; i++) this.indexMention(list[i]);
            indexed.set(e.target, list.length);
          }
          for (const m of list) {
            if (e.isIntersecting) groups[m.kind].add(m.range);
            else groups[m.kind].delete(m.range);
          }
        }
        this.worked(t0);
      },
      { rootMargin: '100% 0px 100% 0px' },
    );
    this.visibility = io;
    // blocks not yet handed to the observer
    let pending: Element[] = [];
    const add = (from: number, eager = false) => {
      const ms = this.state.mentions;
      for (let i = from; i < ms.length; i++) {
        const m = ms[i];
        const block = m.block;
        let list = byBlock.get(block);
        if (!list) {
          byBlock.set(block, (list = []));
          if (eager) io.observe(block);
          else pending.push(block);
        }
        list.push(m);
        // the top of the page is painted and hoverable at once (the observer reports a frame later), and so is a
        // mention added to a block already near the viewport
        if (eager || shown.has(block)) {
          // (the index holds a prefix of each block's list; the observer adds the rest when it reports)
          if ((indexed.get(block) ?? 0) === list.length - 1) {
            this.indexMention(m);
            indexed.set(block, list.length);
          }
          groups[m.kind].add(m.range);
        }
      }
    };
    const flush = () => {
      for (const b of pending) io.observe(b);
      pending = [];
    };
    return { add, flush };
  }

  /**
   * A function that turns mentions into placed ones (a DOM range each) in `into`, honouring the kinds to show and
   * "first mention only" (`already` are mentions placed before).
   */
  private placer(segments: Segment[], into: PlacedMention[], already: PlacedMention[]): (m: Mention) => void {
    const firstSeen = new Set(this.settings.firstOnly ? already.map((m) => m.id) : []);
    return (m) => {
      if (!this.settings.kinds[m.kind]) return;
      if (this.settings.firstOnly) {
        if (firstSeen.has(m.id)) return;
        firstSeen.add(m.id);
      }
      const a = segmentAt(segments, m.start);
      const b = segmentAt(segments, m.end - 1);
      if (a < 0 || b < 0 || !segments[a].node.isConnected) return;
      into.push(new Placed(m, this.doc, segments, a, b));
    };
  }

  /** Highlights and indexes the current mentions afresh. */
  private paint() {
    const p = this.painter();
    p.add(0);
    p.flush();
  }

  /** Marks one mention as the active one (keyboard navigation, "reveal"). */
  setActive(m: PlacedMention | null) {
    if (!highlightsSupported(this.win)) return;
    if (m) this.win.CSS.highlights.set(HIGHLIGHT_NAMES.active, new this.win.Highlight(m.range));
    else this.win.CSS.highlights.delete(HIGHLIGHT_NAMES.active);
  }

  /** The mention under the viewport point (x, y), if the point is really on its text. */
  mentionAtPoint(x: number, y: number): PlacedMention | null {
    const pos = caretAt(this.doc, x, y);
    if (!pos) return null;
    // mentions by the text nodes they touch: robust to page changes, unlike offsets into the collected text
    for (const m of this.byNode.get(pos.node) ?? []) {
      let inside = false;
      try {
        inside = m.range.isPointInRange(pos.node, pos.offset) || (m.range.endContainer === pos.node && m.range.endOffset === pos.offset);
      } catch {
        inside = false;
      }
      if (inside && pointInRange(m.range, x, y)) return m;
    }
    return null;
  }

  private indexMention(m: PlacedMention) {
    for (const n of m.nodes) this.indexNode(n, m);
  }

  private indexNode(n: Node, m: PlacedMention) {
    const l = this.byNode.get(n);
    if (l) l.push(m);
    else this.byNode.set(n, [m]);
  }

  /** The entities on this page with their counts, in order of first mention. */
  cast(): { id: string; name: string; kind: Mention['kind']; count: number }[] {
    const byId = new Map<string, { id: string; name: string; kind: Mention['kind']; count: number }>();
    for (const m of this.state.mentions) {
      const e = byId.get(m.id);
      if (e) e.count++;
      else byId.set(m.id, { id: m.id, name: m.name, kind: m.kind, count: 1 });
    }
    return [...byId.values()];
  }

  private observe() {
    const MO = this.win.MutationObserver;
    const changed = new Set<Node>();
    this.observer = new MO((records) => {
      for (const r of records) {
        const target = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
        // our own UI lives in <tanys-root>; skipped areas (inputs, editors, code) are never read
        if (!target || target.closest('tanys-root') || isSkipped(target)) continue;
        changed.add(r.target);
      }
      if (!changed.size || this.pending) return;
      this.pending = true;
      const run = () => {
        this.pending = false;
        const nodes = [...changed];
        changed.clear();
        if (!this.signal.aborted) void this.update(nodes);
      };
      const win = this.win as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };
      // batched: one update at most this often, in idle time; requestIdleCallback is called as a method (Firefox
      // throws when it is detached from its window)
      setTimeout(() => (typeof win.requestIdleCallback === 'function' ? win.requestIdleCallback(run, { timeout: 1000 }) : run()), MUTATION_DELAY_MS);
    });
    this.observer.observe(this.doc.body ?? this.doc.documentElement, { subtree: true, childList: true, characterData: true });
  }

  /**
   * Re-reads only the blocks whose text changed; what the page named elsewhere still resolves back-references
   * there. Falls back to a full pass when the article itself was replaced or most of it changed.
   */
  async update(changedNodes: Node[]): Promise<void> {
    if (!this.roots.every((r) => r.isConnected)) return this.pass();
    const blocks: Element[] = [];
    for (const n of changedNodes) {
      const b = blockOf(n);
      if (!b || !b.isConnected || !this.roots.some((r) => r.contains(b) || b.contains(r))) continue;
      if (this.roots.some((r) => b.contains(r))) return this.pass();
      if (!blocks.some((x) => x.contains(b))) {
        for (let i = blocks.length - 1; i >= 0; i--) if (b.contains(blocks[i])) blocks.splice(i, 1);
        blocks.push(b);
      }
    }
    if (!blocks.length) return;
    const t0 = performance.now();
    const gen = ++this.generation;
    const { text, segments } = collectText(blocks);
    if (text.length > this.text.length / 2) return this.pass();
    // keep every mention outside the changed blocks whose text is still in the page
    const kept = this.state.mentions.filter((m) => m.node.isConnected && !blocks.some((b) => b.contains(m.node)));
    const session = this.engine.resolver.session({ date: this.state.date });
    session.seed(kept.map((m) => m.id));
    const added: PlacedMention[] = [];
    const place = this.placer(segments, added, kept);
    for (const m of session.add(text)) place(m);
    if (gen !== this.generation || this.signal.aborted) return;
    const all = [...kept, ...added].sort(inDocumentOrder);
    this.state = { ...this.state, mentions: all };
    this.paint();
    this.worked(t0);
  }

  stop() {
    this.observer?.disconnect();
    this.visibility?.disconnect();
    this.generation++;
    if (highlightsSupported(this.win)) for (const n of Object.values(HIGHLIGHT_NAMES)) this.win.CSS.highlights.delete(n);
  }
}

/** The nearest block element holding a node: the unit re-read when its text changes. */
function blockOf(n: Node): Element | null {
  let el = n.nodeType === 1 ? (n as Element) : n.parentElement;
  while (el && INLINE_ELEMENTS.has(el.nodeName.toUpperCase())) el = el.parentElement;
  return el;
}

/** The text position under a viewport point, in both Firefox (caretPositionFromPoint) and Chromium. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p && p.offsetNode.nodeType === 3 ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r && r.startContainer.nodeType === 3 ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** True when (x, y) lies inside one of the range's line boxes (caret APIs snap to the nearest text). */
export function pointInRange(r: Range, x: number, y: number): boolean {
  for (const rect of Array.from(r.getClientRects())) if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  return false;
}

/** Orders mentions as their text comes in the document. */
function inDocumentOrder(a: PlacedMention, b: PlacedMention): number {
  if (a.node === b.node) return a.offset - b.offset;
  return a.node.compareDocumentPosition(b.node) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1;
}
