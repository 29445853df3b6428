// The content script's behaviour on a page: hover and keyboard open cards, Esc and leaving close them, commands
// step through mentions. Browser APIs come in through `deps`, so this runs in DOM tests as it runs in a tab.
import type { Engine } from '../engine';
import type { Settings } from '../settings';
import type { DetailsResponse } from '../messages';
import type { EntityDetail } from '../index/types';
import { cardModel, type CardModel } from '../card-model';
import { PageSession, type PlacedMention } from './page';

export interface CardView {
  model: CardModel;
  /** The mention's box in viewport coordinates: the card sits below it, or above when there is no room. */
  anchor: { left: number; top: number; right: number; bottom: number };
  /** Opened from the keyboard: announce politely, keep focus where it is. */
  pinned: boolean;
}

export interface ControllerDeps {
  doc: Document;
  url: string;
  engine: Engine;
  extra?: Engine[];
  settings: Settings;
  signal: AbortSignal;
  fetchDetails(ids: string[]): Promise<DetailsResponse>;
  search(text: string): Promise<string | null>;
  render(view: CardView | null): void;
  /** The card's host element, so pointer movement over the card keeps it open. */
  isOverCard(target: EventTarget | null): boolean;
}

// after the pointer leaves a mention or the card, the card stays this long (lets the pointer travel to the card)
const GRACE_MS = 300;

export class ContentController {
  readonly session: PageSession;
  private open: { mention: PlacedMention | null; id: string } | null = null;
  private dwell?: ReturnType<typeof setTimeout>;
  private grace?: ReturnType<typeof setTimeout>;
  private hovered: PlacedMention | null = null;
  private lastPoint: { x: number; y: number; target: EventTarget | null } | null = null;
  private frame = 0;
  private active = -1;
  private requestSeq = 0;
  private settings: Settings;

  constructor(readonly deps: ControllerDeps) {
    this.settings = deps.settings;
    this.session = new PageSession(deps.doc, deps.engine, deps.settings, deps.signal, deps.url, deps.extra ?? []);
  }

  async start() {
    const { doc, signal } = this.deps;
    const win = doc.defaultView!;
    doc.addEventListener('pointermove', (e) => this.onPointer(e), { passive: true, signal });
    doc.addEventListener('pointerdown', (e) => {
      if (!this.deps.isOverCard(e.target)) this.close();
    }, { passive: true, signal });
    win.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.open) this.close();
    }, { signal });
    win.addEventListener('scroll', () => {
      if (this.open && !this.open.mention) return;
      if (this.open) this.close();
    }, { passive: true, signal });
    signal.addEventListener('abort', () => {
      clearTimeout(this.dwell);
      clearTimeout(this.grace);
      cancelAnimationFrame(this.frame);
      this.deps.render(null);
    });
    await this.session.start();
  }

  updateSettings(s: Settings) {
    this.settings = s;
    this.session.updateSettings(s);
  }

  private onPointer(e: PointerEvent) {
    this.lastPoint = { x: e.clientX, y: e.clientY, target: e.target };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.checkPointer();
    });
  }

  private checkPointer() {
    const p = this.lastPoint;
    if (!p) return;
    if (this.deps.isOverCard(p.target)) {
      clearTimeout(this.grace);
      return;
    }
    const el = p.target instanceof Element ? p.target : null;
    // never for images, media or form controls
    const m = el && el.closest('img, picture, video, svg, input, textarea, select, [contenteditable]:not([contenteditable="false"])') ? null : this.session.mentionAtPoint(p.x, p.y);
    if (m === this.hovered) return;
    this.hovered = m;
    clearTimeout(this.dwell);
    if (m) {
      clearTimeout(this.grace);
      if (this.open?.mention === m) return;
      this.dwell = setTimeout(() => void this.show(m, false), this.settings.hoverDelay);
    } else if (this.open) {
      clearTimeout(this.grace);
      this.grace = setTimeout(() => this.close(), GRACE_MS);
    }
  }

  /** Opens the card for a mention. */
  async show(m: PlacedMention, pinned: boolean) {
    const seq = ++this.requestSeq;
    const ids = [m.id, ...(m.candidates?.map((c) => c.id) ?? [])];
    const res = await this.deps.fetchDetails(ids);
    if (seq !== this.requestSeq || this.deps.signal.aborted) return;
    const byId = new Map<string, EntityDetail>(res.entities.map((e) => [e.id, e]));
    const entity = byId.get(m.id);
    if (!entity) return;
    const date = this.session.state.date;
    const model = cardModel(entity, date, res.asOf, (id) => byId.get(id), m.text, m.candidates?.map((c) => c.id), m.holder?.id, m.former?.id);
    const r = m.range.getBoundingClientRect();
    this.open = { mention: m, id: m.id };
    this.deps.render({ model, anchor: { left: r.left, top: r.top, right: r.right, bottom: r.bottom }, pinned });
  }

  close() {
    clearTimeout(this.dwell);
    clearTimeout(this.grace);
    if (!this.open) return;
    this.open = null;
    this.requestSeq++;
    this.session.setActive(null);
    this.deps.render(null);
  }

  /** Keyboard: the next (+1) or previous (-1) mention; scrolls it into view and opens its card. */
  async step(dir: 1 | -1) {
    const list = this.session.state.mentions;
    if (!list.length) return;
    this.active = this.active < 0 ? (dir > 0 ? 0 : list.length - 1) : (this.active + dir + list.length) % list.length;
    const m = list[this.active];
    const el = m.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.session.setActive(m);
    await this.show(m, true);
  }

  /** Scrolls to the first mention of an entity and marks it briefly (popup's "On this page"). */
  reveal(id: string): boolean {
    const m = this.session.state.mentions.find((x) => x.id === id);
    if (!m) return false;
    m.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.session.setActive(m);
    setTimeout(() => {
      if (!this.open) this.session.setActive(null);
    }, 2000);
    return true;
  }

  /** Context menu: explains a selected phrase through the search. */
  async explain(text: string) {
    const id = await this.deps.search(text);
    if (!id) return false;
    const sel = this.deps.doc.getSelection();
    const range = sel && sel.rangeCount ? sel.getRangeAt(0) : null;
    const r = range?.getBoundingClientRect() ?? { left: 20, top: 20, right: 20, bottom: 20 };
    const res = await this.deps.fetchDetails([id]);
    const byId = new Map(res.entities.map((e) => [e.id, e]));
    const entity = byId.get(id);
    if (!entity) return false;
    const model = cardModel(entity, this.session.state.date, res.asOf, (x) => byId.get(x), text);
    this.open = { mention: null, id };
    this.deps.render({ model, anchor: { left: r.left, top: r.top, right: r.right, bottom: r.bottom }, pinned: true });
    return true;
  }
}
