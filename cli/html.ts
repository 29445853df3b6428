// HTML files for the command line: parsed with happy-dom (no scripts run), text collected exactly as the content
// script collects it, and the page date read from the same signals.
import { Window } from 'happy-dom';
import { collectText, findArticleRoots } from '../lib/dom/collect';
import { collectDateSignals } from '../lib/dom/page-signals';
import type { DateSignals } from '../lib/date/page-date';

export function extractHtml(html: string, url: string | undefined): { text: string; signals: DateSignals } {
  const window = new Window({
    url: url ?? 'http://localhost/',
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    if (!doc.body && !doc.documentElement) throw new Error('unreadable HTML');
    const { text } = collectText(findArticleRoots(doc));
    return { text, signals: collectDateSignals(doc, url ?? '', text) };
  } finally {
    void window.happyDOM.close();
  }
}
