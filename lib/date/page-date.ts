// The page date: from metadata when the page has it, else from the URL or a dateline, else today.
import { isFullDate } from '../gazetteer/dates';

export type DateSource = 'option' | 'meta' | 'jsonld' | 'time' | 'url' | 'text' | 'today';

/** What a page offers for dating it, gathered by lib/dom/page-signals.ts (or by hand in tests). */
export interface DateSignals {
  /** `article:published_time`, `datePublished`, `date`, `DC.date` … meta values, in document order. */
  meta?: string[];
  /** `datePublished` values found in JSON-LD blocks. */
  jsonld?: string[];
  /** `<time datetime>` values, in document order. */
  time?: string[];
  url?: string;
  /** The start of the article text, where a dateline sits. */
  text?: string;
}

/** `YYYY-MM-DD` from an ISO-like date or date-time (the calendar date as written, before any time zone). */
export function isoDay(s: string): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s]|$)/.exec(s);
  if (!m) return null;
  const d = `${m[1]}-${m[2]}-${m[3]}`;
  return isFullDate(d) ? d : null;
}

const pad = (n: number | string) => String(n).padStart(2, '0');
const valid = (y: number, m: number, d: number) => {
  const s = `${y}-${pad(m)}-${pad(d)}`;
  return y >= 1991 && y <= 2100 && isFullDate(s) ? s : null;
};

/** A date in a URL: /2024/04/15/, /2024-04-15, /20240209/, _2021_06_09. */
export function dateFromUrl(url: string): string | null {
  const patterns = [/(?:^|[/_-])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=$|[/_\-.?#])/, /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_\-.?#]|$)/];
  for (const re of patterns) {
    const m = re.exec(url);
    if (m) {
      const d = valid(Number(m[1]), Number(m[2]), Number(m[3]));
      if (d) return d;
    }
  }
  return null;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9, октября: 10, ноября: 11, декабря: 12,
  қаңтар: 1, ақпан: 2, наурыз: 3, сәуір: 4, мамыр: 5, маусым: 6, шілде: 7, тамыз: 8, қыркүйек: 9, қазан: 10, қараша: 11, желтоқсан: 12,
  // Kazakh in the 2018 and 2021 Latin alphabets
  qańtar: 1, qañtar: 1, aqpan: 2, naýryz: 3, nauryz: 3, sáýir: 4, säuır: 4, mamyr: 5, maýsym: 6, mausym: 6, shilde: 7, şılde: 7,
  tamyz: 8, qyrkúıek: 9, qyrküiek: 9, qazan: 10, qarasha: 11, qaraşa: 11, jeltoqsan: 12,
};
const MONTH_RE = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/** A dateline in text: "22 September 2020, 20:11", "September 22, 2020", "22.09.2020", "22 сентября 2020", "2020 жылғы 22 қыркүйек", "11 Qyrkúıek 2023". */
export function dateFromText(text: string): string | null {
  const head = text.slice(0, 600);
  const tries: [RegExp, (m: RegExpExecArray) => string | null][] = [
    [/\b(\d{4})-(\d{2})-(\d{2})\b/, (m) => valid(+m[1], +m[2], +m[3])],
    [new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s+(${MONTH_RE})\\.?,?\\s+(\\d{4})`, 'iu'), (m) => valid(+m[3], MONTHS[m[2].toLowerCase()], +m[1])],
    [new RegExp(`(?<![\\p{L}])(${MONTH_RE})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'iu'), (m) => valid(+m[3], MONTHS[m[1].toLowerCase()], +m[2])],
    [new RegExp(`(\\d{4})\\s+(?:жыл|jyl)\\p{L}*\\s+(\\d{1,2})\\s+(${MONTH_RE})`, 'iu'), (m) => valid(+m[1], MONTHS[m[3].toLowerCase()], +m[2])],
    [/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, (m) => valid(+m[3], +m[2], +m[1])],
  ];
  for (const [re, f] of tries) {
    const m = re.exec(head);
    if (m) {
      const d = f(m);
      if (d) return d;
    }
  }
  return null;
}

/** The page date and where it came from, in the order of DESIGN.md: meta, JSON-LD, <time>, URL, dateline, today. */
export function pageDate(s: DateSignals, today: string): { date: string; source: DateSource } {
  for (const [list, source] of [
    [s.meta, 'meta'],
    [s.jsonld, 'jsonld'],
    [s.time, 'time'],
  ] as const)
    for (const v of list ?? []) {
      const d = isoDay(v);
      if (d) return { date: d, source };
    }
  const u = s.url ? dateFromUrl(s.url) : null;
  if (u) return { date: u, source: 'url' };
  const t = s.text ? dateFromText(s.text) : null;
  if (t) return { date: t, source: 'text' };
  return { date: today, source: 'today' };
}

/** Today's date in UTC as YYYY-MM-DD. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
