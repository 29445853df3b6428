// Highlights mentions with the CSS Custom Highlight API: no change to the page's DOM or text. Where the API is
// missing, nothing is painted (hover cards still work): wrapping text in elements would change the page.
import type { Segment } from './collect';
import { segmentAt } from './collect';

export const HIGHLIGHT_NAMES = { person: 'tanys-person', office: 'tanys-office', body: 'tanys-body', active: 'tanys-active' } as const;

/** True when this browser paints ::highlight() ranges. */
export function highlightsSupported(win: Window & typeof globalThis): boolean {
  return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}

/** A DOM range for text offsets [start, end) of the collected text, or null when the nodes are gone. */
export function rangeFor(doc: Document, segments: Segment[], start: number, end: number): Range | null {
  const a = segmentAt(segments, start);
  const b = segmentAt(segments, end - 1);
  if (a < 0 || b < 0) return null;
  return rangeIn(doc, segments[a], segments[b], start, end);
}

/** The same, for offsets already known to start in segment `sa` and end in segment `sb`. */
export function rangeIn(doc: Document, sa: Segment, sb: Segment, start: number, end: number): Range | null {
  if (!sa.node.isConnected || !sb.node.isConnected) return null;
  const r = doc.createRange();
  try {
    r.setStart(sa.node, sa.offset + start - sa.start);
    r.setEnd(sb.node, sb.offset + end - sb.start);
  } catch {
    // the text node changed length since it was collected: skip this mention until the next pass
    return null;
  }
  return r;
}

/** Adds the page stylesheet for highlights without inserting elements (constructable stylesheet). */
export function adoptStyles(doc: Document, css: string): () => void {
  try {
    const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    return () => {};
  }
}
