// Collects an article's visible text into one string with a map back to (Text node, offset). Block elements become
// "\n\n" so that no match crosses a paragraph; <br> becomes "\n". Skips code, inputs, editable areas, navigation
// and Tanys' own UI. Reads the DOM only: never writes to it.

/** Elements whose text is never collected. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'CODE', 'PRE', 'KBD', 'SAMP',
  'NAV', 'FOOTER', 'ASIDE', 'FORM', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'MATH', 'HEAD',
  'TITLE', 'TANYS-ROOT',
]);
/** Elements that do not break the flow of text: a name may run across them. */
export const INLINE_ELEMENTS: ReadonlySet<string> = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'MARK', 'Q', 'S', 'SMALL',
  'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'LABEL', 'NOBR',
]);

/** One run of collected text: `text.slice(start, end)` is `node.data.slice(offset, offset + end - start)`. */
export interface Segment {
  node: Text;
  start: number;
  end: number;
  /** Offset in the node where the segment starts (always 0 today: whole nodes are collected). */
  offset: number;
  /** The nearest block element holding the node (what is re-read, and watched for visibility, as one unit). */
  block: Element;
}

export interface Collected {
  text: string;
  segments: Segment[];
}

/** True for elements whose text a reader does not read as article text or may be typing into. */
export function isSkipped(el: Element): boolean {
  if (SKIP.has(el.nodeName.toUpperCase())) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return true;
  if (el.getAttribute('role') === 'navigation' || el.getAttribute('role') === 'textbox') return true;
  return false;
}

/** Collects the text under `roots` (in order; nested roots are skipped). */
export function collectText(roots: Element[]): Collected {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let pendingBreak = '';
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const brk = (s: string) => {
    if (length > 0 && s.length > pendingBreak.length) pendingBreak = s;
  };
  // whether an element shows the line breaks of its source text (white-space: pre, pre-wrap, pre-line, break-spaces)
  const keepsBreaks = new Map<Element, boolean>();
  const showsBreaks = (el: Element | null): boolean => {
    if (!el) return false;
    let v = keepsBreaks.get(el);
    if (v === undefined) {
      const ws = el.ownerDocument.defaultView?.getComputedStyle(el).whiteSpace ?? '';
      v = ws.startsWith('pre') || ws === 'break-spaces';
      keepsBreaks.set(el, v);
    }
    return v;
  };
  const walk = (node: Node, outer: Element) => {
    if (node.nodeType === 3) {
      const t = node as Text;
      let data = t.data;
      if (!data) return;
      // a line break in the page's source that the browser shows as a space ("Nursultan\n    Nazarbayev" in a
      // paragraph) is a space to the matcher too, or a name wrapped in the source is missed; one character for one,
      // so that offsets still map to the node (a text of spaces alone needs no look at the style)
      if ((data.includes('\n') || data.includes('\r')) && (!data.trim() || !showsBreaks(t.parentElement))) data = data.replace(/[\r\n]/g, ' ');
      if (pendingBreak) {
        push(pendingBreak);
        pendingBreak = '';
      }
      segments.push({ node: t, start: length, end: length + data.length, offset: 0, block: outer });
      push(data);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (isSkipped(el)) return;
    const name = el.nodeName.toUpperCase();
    if (name === 'BR') return brk('\n');
    const block = !INLINE_ELEMENTS.has(name);
    if (block) brk('\n\n');
    const inner = block ? el : outer;
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c, inner);
    if (block) brk('\n\n');
  };
  const done: Element[] = [];
  for (const r of roots) {
    if (done.some((d) => d.contains(r))) continue;
    done.push(r);
    brk('\n\n');
    walk(r, r);
  }
  return { text: parts.join(''), segments };
}

/** Finds the segment holding text offset `pos` (binary search); -1 when none. */
export function segmentAt(segments: Segment[], pos: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const ARTICLE_SELECTORS = [
  '[itemprop="articleBody"]', 'article', '[role="article"]', '.article-body', '.article__body', '.article-text',
  '.article_text', '.news-text', '.post-content', '.entry-content', '.content-text', 'main', '[role="main"]',
];

/** The article body (the candidate with the most text) and the headline, or the whole body when none is found. */
export function findArticleRoots(doc: Document): Element[] {
  let best: Element | null = null;
  let bestLen = 0;
  for (const sel of ARTICLE_SELECTORS)
    for (const el of Array.from(doc.querySelectorAll(sel))) {
      const len = (el.textContent ?? '').length;
      if (len > bestLen * 1.5 || (best && best.contains(el) && len > bestLen * 0.7)) {
        best = el;
        bestLen = len;
      }
    }
  const body = doc.body ?? doc.documentElement;
  if (!best || bestLen < 200) return [body];
  const roots: Element[] = [];
  const h1 = doc.querySelector('h1');
  if (h1 && !best.contains(h1)) roots.push(h1);
  roots.push(best);
  return roots;
}
