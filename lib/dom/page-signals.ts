// Gathers what a page offers for dating it (see lib/date/page-date.ts). Reads the DOM only.
import type { DateSignals } from '../date/page-date';

const META_NAMES = ['article:published_time', 'datePublished', 'date', 'DC.date', 'DC.date.issued', 'pubdate', 'publishdate', 'og:published_time', 'article:modified_time'];

export function collectDateSignals(doc: Document, url: string, text: string): DateSignals {
  const meta: string[] = [];
  for (const name of META_NAMES)
    for (const el of Array.from(doc.querySelectorAll(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`))) {
      const v = el.getAttribute('content');
      if (v) meta.push(v);
    }
  const jsonld: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      findDates(JSON.parse(el.textContent ?? ''), jsonld, 0);
    } catch {
      // a broken JSON-LD block is the page's problem: other signals remain
    }
  }
  const time = Array.from(doc.querySelectorAll('time[datetime]'))
    .map((t) => t.getAttribute('datetime') ?? '')
    .filter(Boolean);
  return { meta, jsonld, time, url, text: text.slice(0, 600) };
}

function findDates(v: unknown, out: string[], depth: number) {
  if (depth > 6 || !v || typeof v !== 'object') return;
  if (Array.isArray(v)) return v.forEach((x) => findDates(x, out, depth + 1));
  const o = v as Record<string, unknown>;
  if (typeof o.datePublished === 'string') out.push(o.datePublished);
  for (const k of ['@graph', 'mainEntity', 'mainEntityOfPage']) if (o[k]) findDates(o[k], out, depth + 1);
}
