// One page's Tanys session: collects the article text, finds mentions, paints highlights, hit-tests the pointer,
// follows page changes, and tears everything down through one AbortSignal. Reads the page; never writes its DOM.
import type { Engine } from '../engine';
import type { Mention } from '../resolve/resolve';
import type { Settings } from '../settings';
import { pageDate, todayUtc, type DateSource } from '../date/page-date';
import { collectText, findArticleRoots, isSkipped, segmentAt, type Segment } from './collect';
import { collectDateSignals } from './page-signals';
import { HIGHLIGHT_NAMES, highlightsSupported, rangeFor } from './highlight';

export interface PlacedMention extends Mention {
  range: Range;
}

export interface PageState {
  mentions: PlacedMention[];
  date: string;
  dateSource: DateSource;
}

// work per slice before yielding to the page: keeps every task well under the 50 ms long-task mark
const SLICE_MS = 12;
// text matched per step; a paragraph is never split, so steps end at the next "\n\n" after this many characters
const CHUNK_CHARS = 40_000;
// page changes are batched: one pass at most this often
const MUTATION_DELAY_MS = 400;

const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

export class PageSession {
  state: PageState = { mentions: [], date: '', dateSource: 'today' };
  private segments: Segment[] = [];
  private text = '';
  private roots: Element[] = [];
  private observer?: MutationObserver;
  private pending = false;
  private generation = 0;
  private readonly win: Window & typeof globalThis;
  onUpdate?: (s: PageState) => void;

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
    this.roots = findArticleRoots(this.doc);
    const { text, segments } = collectText(this.roots);
    this.text = text;
    this.segments = segments;
    const signals = collectDateSignals(this.doc, this.url, text);
    const pd = this.settings.dateMode === 'today' ? { date: todayUtc(), source: 'today' as const } : pageDate(signals, todayUtc());
    const placed: PlacedMention[] = [];
    const firstSeen = new Set<string>();
    const place = (m: Mention) => {
      if (!this.settings.kinds[m.kind]) return;
      if (this.settings.firstOnly) {
        if (firstSeen.has(m.id)) return;
        firstSeen.add(m.id);
      }
      const range = rangeFor(this.doc, segments, m.start, m.end);
      if (range) placed.push({ ...m, range });
    };
    let t0 = performance.now();
    let painted = false;
    const session = this.engine.resolver.session({ date: pd.date });
    for (let start = 0; start < text.length; ) {
      let end = Math.min(text.length, start + CHUNK_CHARS);
      if (end < text.length) {
        const br = text.indexOf('\n\n', end);
        end = br < 0 ? text.length : br;
      }
      for (const m of session.add(text.slice(start, end))) place({ ...m, start: m.start + start, end: m.end + start });
      start = end;
      // the first chunk is painted at once: the reader sees highlights while the rest of a long page is read
      if (!painted && placed.length) {
        this.state = { mentions: placed.slice(), date: pd.date, dateSource: pd.source };
        this.paint();
        painted = true;
      }
      if (performance.now() - t0 > SLICE_MS) {
        await yieldToPage();
        if (gen !== this.generation || this.signal.aborted) return;
        t0 = performance.now();
      }
    }
    // the reader's own entries fill gaps the bundled gazetteer leaves
    for (const e of this.extra)
      for (const m of e.findMentions(text, pd.date)) if (!placed.some((a) => a.start < m.end && m.start < a.end)) place(m);
    if (this.extra.length) placed.sort((a, b) => a.start - b.start);
    this.state = { mentions: placed, date: pd.date, dateSource: pd.source };
    this.paint();
    this.onUpdate?.(this.state);
  }

  private paint() {
    if (!highlightsSupported(this.win)) return;
    const groups: Record<'person' | 'office' | 'body', Range[]> = { person: [], office: [], body: [] };
    for (const m of this.state.mentions) groups[m.kind].push(m.range);
    for (const k of ['person', 'office', 'body'] as const) this.win.CSS.highlights.set(HIGHLIGHT_NAMES[k], new this.win.Highlight(...groups[k]));
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
    const i = this.segments.findIndex((s) => s.node === pos.node);
    if (i < 0) return null;
    const offset = this.segments[i].start + pos.offset;
    const list = this.state.mentions;
    // candidates: the mention containing offset, or ending right at it (caret after the last letter)
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = list[mid];
      if (offset < m.start) hi = mid - 1;
      else if (offset > m.end) lo = mid + 1;
      else return pointInRange(m.range, x, y) ? m : null;
    }
    return null;
  }

  mentionIndex(m: PlacedMention): number {
    return this.state.mentions.indexOf(m);
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
    this.observer = new MO((records) => {
      if (this.pending) return;
      // only changes to page text count: our own UI lives in <tanys-root>, which is skipped
      const relevant = records.some((r) => {
        const target = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
        if (!target || target.closest('tanys-root')) return false;
        if (isSkipped(target)) return false;
        return this.roots.some((root) => root.contains(r.target)) || r.type === 'childList';
      });
      if (!relevant) return;
      this.pending = true;
      const run = () => {
        this.pending = false;
        if (!this.signal.aborted) void this.pass();
      };
      const win = this.win as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };
      // called as a method: Firefox throws when requestIdleCallback is detached from its window
      setTimeout(() => (typeof win.requestIdleCallback === 'function' ? win.requestIdleCallback(run, { timeout: 1000 }) : run()), MUTATION_DELAY_MS);
    });
    this.observer.observe(this.doc.body ?? this.doc.documentElement, { subtree: true, childList: true, characterData: true });
  }

  stop() {
    this.observer?.disconnect();
    this.generation++;
    if (highlightsSupported(this.win)) for (const n of Object.values(HIGHLIGHT_NAMES)) this.win.CSS.highlights.delete(n);
  }

  /** Text offset → segment, for tests. */
  segmentIndexAt(pos: number): number {
    return segmentAt(this.segments, pos);
  }

  get collectedText(): string {
    return this.text;
  }
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
