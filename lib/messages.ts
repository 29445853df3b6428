// Messages between the extension's pages, its content scripts and its background, with shape checks: the
// background answers only messages from this extension whose shape is one of these.
import type { EntityDetail } from './index/types';

export type Request =
  | { type: 'details'; ids: string[] }
  | { type: 'search'; query: string; limit?: number }
  | { type: 'page-cast' }
  | { type: 'reveal'; id: string }
  | { type: 'command'; command: 'next' | 'previous' }
  | { type: 'explain'; text: string }
  | { type: 'status' }
  | { type: 'index' };

export interface DetailsResponse {
  asOf: string;
  entities: EntityDetail[];
}

export interface CastEntry {
  id: string;
  name: string;
  kind: 'person' | 'office' | 'body';
  count: number;
}

export interface StatusResponse {
  running: boolean;
  /** False while the page is still being read (the cast may grow). */
  complete?: boolean;
  mentions: number;
  date: string;
  dateSource: string;
  /**
   * The content script's own main-thread work on this page, in milliseconds: preparing the index, and reading,
   * matching and highlighting the page (every pass), and the longest single task among them. Read by the benchmark.
   */
  workMs?: { load: number; page: number; longest: number };
}

const isStr = (v: unknown, max = 2000): v is string => typeof v === 'string' && v.length <= max;

/** The message as a Request when its shape is valid, else null. */
export function parseRequest(m: unknown): Request | null {
  if (!m || typeof m !== 'object') return null;
  const r = m as Record<string, unknown>;
  switch (r.type) {
    case 'details':
      return Array.isArray(r.ids) && r.ids.length <= 500 && r.ids.every((x) => isStr(x, 200)) ? { type: 'details', ids: r.ids as string[] } : null;
    case 'search':
      if (!isStr(r.query, 200)) return null;
      if (r.limit !== undefined && (typeof r.limit !== 'number' || r.limit < 1 || r.limit > 100)) return null;
      return { type: 'search', query: r.query, ...(r.limit !== undefined ? { limit: r.limit as number } : {}) };
    case 'page-cast':
    case 'status':
    case 'index':
      return { type: r.type };
    case 'reveal':
      return isStr(r.id, 200) ? { type: 'reveal', id: r.id } : null;
    case 'command':
      return r.command === 'next' || r.command === 'previous' ? { type: 'command', command: r.command } : null;
    case 'explain':
      return isStr(r.text, 500) ? { type: 'explain', text: r.text } : null;
    default:
      return null;
  }
}
