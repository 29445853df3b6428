// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectText, findArticleRoots, segmentAt } from '../../lib/dom/collect';
import { rangeFor } from '../../lib/dom/highlight';
import { collectDateSignals } from '../../lib/dom/page-signals';
import { pageDate } from '../../lib/date/page-date';
import { PageSession } from '../../lib/dom/page';
import { normalizeSettings } from '../../lib/settings';
import { ASOF, engine, FIXTURE } from '../fixtures/gazetteer';
import { compile } from '../../lib/index/compile';
import { createEngine } from '../../lib/engine';
import { ContentController, type CardView } from '../../lib/dom/controller';
import type { EntitySource } from '../../lib/gazetteer/types';

const setBody = (html: string) => {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
};

describe('collecting text', () => {
  it('maps every collected character back to its text node and offset', () => {
    setBody('<p>Kassym-Jomart <b>Tokayev</b> met</p><p>the <i>Senate</i></p>');
    const { text, segments } = collectText([document.body]);
    expect(text).toBe('Kassym-Jomart Tokayev met\n\nthe Senate');
    for (let i = 0; i < text.length; i++) {
      const s = segmentAt(segments, i);
      if (text[i] === '\n') {
        expect(s).toBe(-1);
        continue;
      }
      const seg = segments[s];
      expect(seg.node.data[seg.offset + i - seg.start]).toBe(text[i]);
    }
  });

  it('reads a line break of the source inside a paragraph as the space the browser shows, and keeps it where the style shows it', () => {
    setBody('<p>Kazakh President Nursultan\n    Nazarbayev said</p><p style="white-space: pre-line">Prime Minister\nSerik Akhmetov</p>');
    const { text, segments } = collectText([document.body]);
    expect(text).toBe('Kazakh President Nursultan     Nazarbayev said\n\nPrime Minister\nSerik Akhmetov');
    // one character for one: every offset still maps into its node
    const first = segments[segmentAt(segments, text.indexOf('Nazarbayev'))];
    expect(first.node.data.slice(text.indexOf('Nazarbayev') - first.start, text.indexOf('Nazarbayev') - first.start + 10)).toBe('Nazarbayev');
    const found = engine.findMentions(text, '2012-09-26').map((m) => m.text);
    expect(found).toContain('Nursultan     Nazarbayev');
  });

  it('separates blocks so that no name crosses a paragraph', () => {
    setBody('<div>Kassym-Jomart</div><div>Tokayev</div>');
    expect(collectText([document.body]).text).toBe('Kassym-Jomart\n\nTokayev');
  });

  it('skips scripts, styles, inputs, textareas, editable areas, code, navigation and its own UI', () => {
    setBody('<nav>Menu President</nav><p>Text</p><script>var President</script><style>.x{}</style><textarea>Senate</textarea><input value="Mazhilis"><div contenteditable="true">Majilis</div><pre>code</pre><tanys-root>card</tanys-root><footer>© Senate</footer>');
    expect(collectText([document.body]).text.trim()).toBe('Text');
  });

  it('prefers the article body and its headline over the page chrome', () => {
    setBody(`<header><h1>Tokayev meets Lavrov</h1></header><nav>Politics</nav><main><div class="ad">Buy now</div><div itemprop="articleBody"><p>${'Long article text. '.repeat(30)}</p></div></main>`);
    const roots = findArticleRoots(document);
    expect(roots.map((r) => r.nodeName)).toEqual(['H1', 'DIV']);
    expect(collectText(roots).text).not.toContain('Buy now');
  });

  it('turns mentions into DOM ranges across inline elements', () => {
    setBody('<p>Kassym-Jomart <b>Tokayev</b> said</p>');
    const { text, segments } = collectText([document.body]);
    const m = engine.findMentions(text, '2024-01-01')[0];
    const r = rangeFor(document, segments, m.start, m.end)!;
    expect(r.toString()).toBe('Kassym-Jomart Tokayev');
  });

  it('reads date signals from the page', () => {
    document.head.innerHTML = '<meta property="article:published_time" content="2021-06-09T11:20:00+06:00"><script type="application/ld+json">{"@graph":[{"datePublished":"2020-01-01"}]}</script>';
    document.body.innerHTML = '<time datetime="2019-01-01">x</time>';
    const s = collectDateSignals(document, 'https://x.kz/', '');
    expect(s.meta).toEqual(['2021-06-09T11:20:00+06:00']);
    expect(s.jsonld).toEqual(['2020-01-01']);
    expect(s.time).toEqual(['2019-01-01']);
    expect(pageDate(s, '2026-01-01').date).toBe('2021-06-09');
  });
});

describe('a page session', () => {
  it('finds mentions, honours kinds and first-only settings, and leaves the DOM unchanged', async () => {
    setBody('<article><p>President Kassym-Jomart Tokayev met the Mazhilis. Tokayev thanked the Mazhilis.</p></article>');
    const before = document.body.innerHTML;
    const abort = new AbortController();
    const s = new PageSession(document, engine, normalizeSettings({ kinds: { body: false }, firstOnly: true }), abort.signal, 'https://www.inform.kz/en/x');
    const state = await s.start();
    expect(state.mentions.map((m) => m.text)).toEqual(['President', 'Kassym-Jomart Tokayev']);
    expect(state.dateSource).toBe('today');
    expect(document.body.innerHTML).toBe(before);
    expect(s.cast()).toEqual([
      { id: 'kz.office.president', name: 'President of Kazakhstan', kind: 'office', count: 1 },
      { id: 'kz.person.tokayev-kassym-jomart', name: 'Kassym-Jomart Tokayev', kind: 'person', count: 1 },
    ]);
    abort.abort();
  });

  it('re-reads only a changed paragraph, keeping the rest and the page’s context', async () => {
    setBody("<article><p id=a>The People's Assembly of Kazakhstan met. President Kassym-Jomart Tokayev spoke.</p><p id=b>Weather was fine.</p></article>");
    const abort = new AbortController();
    const s = new PageSession(document, engine, normalizeSettings({}), abort.signal, 'https://www.inform.kz/en/x');
    await s.start();
    const before = s.state.mentions.map((m) => m.range);
    expect(s.state.mentions.map((m) => m.text)).toEqual(["People's Assembly of Kazakhstan", 'President', 'Kassym-Jomart Tokayev']);
    const b = document.getElementById('b')!;
    b.textContent = 'The Assembly agreed with Tokayev.';
    await s.update([b.firstChild!]);
    expect(s.state.mentions.map((m) => [m.text, m.id])).toEqual([
      ["People's Assembly of Kazakhstan", 'kz.body.apk'],
      ['President', 'kz.office.president'],
      ['Kassym-Jomart Tokayev', 'kz.person.tokayev-kassym-jomart'],
      ['Assembly', 'kz.body.apk'],
      ['Tokayev', 'kz.person.tokayev-kassym-jomart'],
    ]);
    // the unchanged paragraph's mentions are the same objects: it was not read again
    s.state.mentions.slice(0, 3).forEach((m, i) => expect(m.range).toBe(before[i]));
    abort.abort();
  });
});

describe('a page in Kazakh written in Latin letters', () => {
  it('is read in Cyrillic letters and highlighted on its own text, dated by its Latin dateline', async () => {
    setBody(
      '<article><p>14:55, 9 Maýsym 2021</p><p><b>Memleket basshysy</b> Qasym-Jomart Toqaev Almaty qalasynyń <i>ákimi</i> Erbolat Dosaevty qabyldady, dep habarlaıdy QazAqparat tilshisi. ' +
        'Kezdesýde Prezıdentke qalanyń damýy týraly baıandaldy.</p></article>',
    );
    const before = document.body.innerHTML;
    const abort = new AbortController();
    const s = new PageSession(document, engine, normalizeSettings({}), abort.signal, 'https://qz.inform.kz/news/x');
    const state = await s.start();
    expect(state.date).toBe('2021-06-09');
    expect(state.mentions.map((m) => [m.text, m.id])).toEqual(
      expect.arrayContaining([
        ['Memleket basshysy', 'kz.office.president'],
        ['Qasym-Jomart Toqaev', 'kz.person.tokayev-kassym-jomart'],
        ['Almaty qalasynyń ákimi', 'kz.office.akim-almaty'],
        ['Prezıdentke', 'kz.office.president'],
      ]),
    );
    // each highlight covers exactly the words written on the page, across the inline elements
    for (const m of state.mentions) expect(m.range.toString()).toBe(m.text);
    expect(document.body.innerHTML).toBe(before);
    abort.abort();
  });
});

describe('the content controller', () => {
  it('gives the card the holder the page names with the title, seen in the office near the page date', async () => {
    const src = ['https://example.org/source'];
    const deputy: EntitySource = {
      id: 'kz.office.apk-deputy', kind: 'office', name: 'Deputy Chairman of the Assembly', scope: 'kz', country: 'kz', multi: true, names: { en: ['Deputy Chairman of the Assembly'] },
      explanation: 'A deputy.', sources: src, tenures: [{ person: 'kz.person.nurtleu-murat', from: '2022-03-01', to: '2022-03-01', seen: true, sources: src }],
    };
    const { index, details } = compile([...FIXTURE, deputy], ASOF);
    setBody('<article><p>Deputy Chairman of the Assembly Murat Nurtleu spoke.</p></article>');
    document.head.innerHTML = '<meta property="article:published_time" content="2022-06-01T10:00:00+06:00">';
    const abort = new AbortController();
    const views: (CardView | null)[] = [];
    const c = new ContentController({
      doc: document, url: 'https://www.inform.kz/en/x', engine: createEngine(index), settings: normalizeSettings({}), signal: abort.signal,
      fetchDetails: async () => ({ asOf: ASOF, entities: details.entities }), search: async () => null, render: (v) => views.push(v), isOverCard: () => false,
    });
    await c.start();
    expect(c.session.state.date).toBe('2022-06-01');
    const office = c.session.state.mentions.find((m) => m.id === 'kz.office.apk-deputy')!;
    await c.show(office, true);
    expect(views.at(-1)?.model.holdersThen).toEqual([{ id: 'kz.person.nurtleu-murat', name: 'Murat Nurtleu', when: '2022', seen: true }]);
    abort.abort();
  });
});
