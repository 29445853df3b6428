import { describe, expect, it } from 'vitest';
import { ASOF, engine, FIXTURE } from '../fixtures/gazetteer';
import { distanceFromExistence, existsAt, officesByPerson } from '../../lib/resolve/holders';
import { compile } from '../../lib/index/compile';
import { createEngine } from '../../lib/engine';
import type { EntitySource } from '../../lib/gazetteer/types';
import type { MatchIndex } from '../../lib/index/types';
import { countryOfWord, KK_STATES } from '../../lib/resolve/countries';
import { keyOf } from '../../lib/text/fold';

const find = (text: string, date = '2021-06-09') => engine.findMentions(text, date).map((m) => ({ text: m.text, id: m.id, holder: m.holder?.id, offices: m.offices?.map((o) => o.id) }));

describe('resolution', () => {
  it('links a title and the name after it, with the holder on the date', () => {
    const m = find('Kazakh Secretary of State Krymbek Kusherbayev addressed the Assembly of People of Kazakhstan.');
    expect(m[0]).toMatchObject({ text: 'Secretary of State', id: 'kz.office.state-secretary', holder: 'kz.person.kusherbayev-krymbek' });
    expect(m[1]).toMatchObject({ id: 'kz.person.kusherbayev-krymbek', offices: ['kz.office.state-secretary'] });
  });

  it.each([
    ['Russian Foreign Minister Sergey Lavrov', 'ru.office.minister-of-foreign-affairs'],
    ['Foreign Minister Sergey Lavrov', 'ru.office.minister-of-foreign-affairs'],
    // a portfolio between the title and the name
    ['Foreign Minister for European Affairs and Integration Sergey Lavrov', 'ru.office.minister-of-foreign-affairs'],
    ['Minister of Foreign Affairs of this country Sergey Lavrov', 'ru.office.minister-of-foreign-affairs'],
    ["Russia's Foreign Minister", 'ru.office.minister-of-foreign-affairs'],
    ["Russia's acting Foreign Minister", 'ru.office.minister-of-foreign-affairs'],
    ["Russia's newly appointed Foreign Minister", 'ru.office.minister-of-foreign-affairs'],
    ['Kazakh Foreign Minister Murat Nurtleu', 'kz.office.minister-of-foreign-affairs'],
    ['The Foreign Minister said', 'kz.office.minister-of-foreign-affairs'],
  ])('decides the country of a generic title: %s', (text, id) => {
    expect(find(text, '2024-04-15')[0].id).toBe(id);
  });

  it.each([
    ['АҚШ-тың Мемлекеттік хатшысы айтты.', 'us.office.secretary-of-state'],
    ['АҚШ Мемлекеттік хатшысы айтты.', 'us.office.secretary-of-state'],
    ['АҚШ-тың жаңа Мемлекеттік хатшысы айтты.', 'us.office.secretary-of-state'],
    ['АҚШ-тың бұрынғы Мемлекеттік хатшысы айтты.', 'us.office.secretary-of-state'],
    ['Мемлекеттік хатшы айтты.', 'kz.office.state-secretary'],
    ['Жаңа Мемлекеттік хатшы айтты.', 'kz.office.state-secretary'],
  ])('reads a Kazakh state name before a title, also with a hyphenated case ending: %s', (text, id) => {
    expect(find(text, '2021-06-09')[0].id).toBe(id);
  });

  it('keeps a one-word title, hyphenated too, to the name whose acronym stands in brackets before it', () => {
    // a one-word title after a name's acronym in brackets is that name's
    expect(find('We met the Astana University (AU) President.', '2024-01-01').map((x) => x.id)).not.toContain('kz.office.president');
  });

  it('reads a lower-case Kazakh title after a participle or "each" as a head of some state: "қабылдаушы мемлекеттің басшысы"', () => {
    expect(find('Елші грамотаны қабылдаушы мемлекеттің басшысына табыс етті.', '2024-01-01')).toEqual([]);
    expect(find('Әр мемлекеттің басшысы сөз сөйледі.', '2024-01-01')).toEqual([]);
    // the title written for Kazakhstan's President, and after a conjunction, still is
    expect(find('Сондай-ақ мемлекеттің басшысы сөз сөйледі.', '2024-01-01').map((x) => x.id)).toEqual(['kz.office.president']);
    expect(find('Мемлекет басшысы сөз сөйледі.', '2024-01-01').map((x) => x.id)).toEqual(['kz.office.president']);
  });

  it('reads a chamber after a participle of electing or convening as the chamber, in its convocation: "VIII сайланған парламенттің"', () => {
    const parliament: EntitySource = {
      id: 'kz.body.parliament', kind: 'body', name: 'Parliament of Kazakhstan', scope: 'kz', country: 'kz',
      names: { kk: ['Қазақстан Парламенті'] }, generic: { kk: ['Парламент', 'парламент'] }, explanation: 'A body invented for the test.', sources: ['https://example.org/source'],
    };
    const eng = createEngine(compile([...FIXTURE, parliament], ASOF).index);
    const ids = (text: string) => eng.findMentions(text, '2024-01-01').map((m) => m.id);
    expect(ids('Бүгін VIII сайланған парламенттің сессиясы ашылды.')).toEqual(['kz.body.parliament']);
    expect(ids('Бүгін жаңадан шақырылған парламенттің сессиясы ашылды.')).toEqual(['kz.body.parliament']);
    // another participle still makes it some state's
    expect(ids('Бүгін қабылдаушы парламенттің сессиясы ашылды.')).toEqual([]);
  });

  it('takes the back-reference to the body of the narrowest place the page named, not of a wider one it shares', () => {
    const body = (id: string, en: string[], context: string[], short?: string[]): EntitySource => ({
      id, kind: 'body', name: en[0], scope: 'kz', country: 'kz', names: { en }, ...(short ? { short: { en: short } } : {}), context: { en: context }, explanation: 'A body invented for the test.', sources: ['https://example.org/source'],
    });
    const entities = [
      body('kz.body.akimat-testa-district', ['Testa District Akimat'], ['Testa District', 'Test Region']),
      // a district the gazetteer ties to its region only, first in the index
      body('kz.body.maslikhat-a-other-district', ['Other District Maslikhat'], ['Test Region'], ['district maslikhat']),
      body('kz.body.maslikhat-testa-district', ['Testa District Maslikhat'], ['Testa District', 'Test Region'], ['district maslikhat']),
    ];
    const index = compile(entities, ASOF).index;
    const at = (id: string) => index.entities.findIndex((e) => e.id === id);
    // the district's akimat: the district's maslikhat is its close sibling, the other district's a far one
    const akimat = index.entities[at('kz.body.akimat-testa-district')];
    expect(akimat.sib?.slice(0, akimat.sc)).toEqual([at('kz.body.maslikhat-testa-district')]);
    const ids = (text: string) => createEngine(index).findMentions(text, '2024-01-01').map((m) => m.id);
    expect(ids('The Testa District Akimat hosted the district maslikhat.')).toEqual(['kz.body.akimat-testa-district', 'kz.body.maslikhat-testa-district']);
  });

  it('reads the possessive and genitive on the word before a Kazakh head: "Қазақстан мемлекетінің басшысы"', () => {
    expect(find('Қазақстан мемлекетінің басшысы сөз сөйледі.', '2024-01-01').map((x) => x.id)).toEqual(['kz.office.president']);
  });

  it('reads no Kazakh ending on a Russian page that only names a Kazakh place', () => {
    // "акимы" is a Russian plural here, not a Kazakh possessive of "әкім"; on a Kazakh page the possessive stands
    expect(find('Аким Алматы выступил. В районе Жаңасемей избраны акимы сёл.', '2024-01-01').map((x) => x.text)).toEqual(['Аким Алматы']);
    expect(find('Алматы әкімі келді.', '2024-01-01').map((x) => x.id)).toEqual(['kz.office.akim-almaty']);
  });

  it('reads a state named by its official Kazakh name before a title, whatever the spelling of its words', () => {
    expect(find('Ресей Федерациясының Мемлекеттік хатшысы айтты.', '2021-06-09').map((x) => x.id)).not.toContain('kz.office.state-secretary');
    expect(countryOfWord(keyOf('Пәкстанның'), true)).toBe('pk');
    expect(countryOfWord(keyOf('Әзірбайжанның'), true)).toBe('az');
    // the Russian lists are compared folded, as the tokens are (э is folded to е)
    expect(countryOfWord(keyOf('ОАЭ'), true)).toBe('ae');
    expect(countryOfWord(keyOf('эмиратского'), false)).toBe('ae');
  });

  it('knows every Kazakh state word as the tokens of a text fold it', () => {
    for (const [code, s] of Object.entries(KK_STATES)) for (const w of s.words) expect(countryOfWord(keyOf(w), true), w).toBe(code);
    // Kazakh letters fold onto Russian ones: Өзбекстан is "озбекстан", never the "узбекстан" once written by hand
    expect(countryOfWord(keyOf('Өзбекстанның'), true)).toBe('uz');
    expect(countryOfWord(keyOf('Түрікменстан'), true)).toBe('tm');
  });

  it.each(['the Foreign Minister of the United States said', 'the United Kingdom Foreign Minister said', 'the Foreign Minister of South Korea said'])(
    'reads a two-word state name as a country, not as no country: %s',
    (text) => {
      expect(find(text, '2024-04-15').map((x) => x.id)).not.toContain('kz.office.minister-of-foreign-affairs');
    },
  );

  it.each([
    'Deputy Foreign Minister',
    'Vice Foreign Minister',
    'the deputy akim of Almaty',
    'the district akim',
    'the akim of Bostandyk district',
    'заместитель акима Алматы',
    'Аким Медеуского района',
    'аким одного из районов',
    'Алматы ауданының әкімі',
    'Бостандық ауданы әкімі',
    'аудандық әкім',
    'ауылдық округінің әкімі',
  ])('does not take another post for the office: %s', (text) => {
    // the page named the akim first, so "akim" alone would be a back-reference to it
    const m = find(`Almaty akim Yerbolat Dossayev spoke. ${text} attended.`, '2024-04-15');
    expect(m.map((x) => x.text)).toEqual(['Almaty akim', 'Yerbolat Dossayev']);
  });

  it('reads a bare title after a lower post of the same kind as that post, unless its holder is named with it', () => {
    // "the akim" after "the akim of Bostandyk district" is the district's akim, not the Almaty akim named before
    const m = find('Almaty akim Yerbolat Dossayev spoke. The akim of Bostandyk district met residents. The akim said roads will be repaired.', '2024-04-15');
    expect(m.map((x) => x.text)).toEqual(['Almaty akim', 'Yerbolat Dossayev']);
    const ru = find('Аким Алматы Ерболат Досаев выступил. Аким Медеуского района встретился с жителями. Аким сказал. Аким Досаев ответил.', '2024-04-15');
    expect(ru.map((x) => x.text)).toEqual(['Аким Алматы', 'Ерболат Досаев', 'Аким', 'Досаев']);
    expect(ru[2].id).toBe('kz.office.akim-almaty');
  });

  it('never reads an indefinite back-reference word as a back-reference', () => {
    const text = 'The Assembly of People of Kazakhstan met. They discussed an Assembly of young people. The Assembly approved it.';
    const m = engine.findMentions(text, '2024-04-15');
    expect(m.map((x) => [x.text, x.start, x.id])).toEqual([
      ['Assembly of People of Kazakhstan', 4, 'kz.body.apk'],
      ['Assembly', text.lastIndexOf('Assembly'), 'kz.body.apk'],
    ]);
  });

  it('still takes the office itself, and a title that only mentions it', () => {
    const m = find('Almaty akim Yerbolat Dossayev spoke. The akim said the city will grow. Adviser to the President Yerlan Karin.', '2024-04-15');
    expect(m.map((x) => [x.text, x.id])).toEqual([
      ['Almaty akim', 'kz.office.akim-almaty'],
      ['Yerbolat Dossayev', 'kz.person.dossayev-yerbolat'],
      ['akim', 'kz.office.akim-almaty'],
      ['President', 'kz.office.president'],
      ['Yerlan Karin', 'kz.person.karin-yerlan'],
    ]);
    expect(find('Kazakh Foreign Minister Murat Nurtleu', '2024-04-15')[0].id).toBe('kz.office.minister-of-foreign-affairs');
  });

  it("does not take another place's official for the one the page named", () => {
    const m = find('Almaty akim Yerbolat Dossayev met the mayor of Paris. Аким Алматы встретился с акимом Актау. Аким Досаев сказал.', '2024-04-15');
    expect(m.map((x) => x.text)).toEqual(['Almaty akim', 'Yerbolat Dossayev', 'Аким Алматы', 'Аким', 'Досаев']);
  });

  it('takes back-references to the officials of a place the page named, without marking the place', () => {
    const m = find('The President visited Almaty city shortly after the mayor was changed, and met the akimat staff.', '2024-04-15');
    expect(m.map((x) => [x.text, x.id])).toEqual([
      ['President', 'kz.office.president'],
      ['mayor', 'kz.office.akim-almaty'],
      ['akimat', 'kz.body.akimat-almaty'],
    ]);
    // a place named after the official the page named last is the one meant; another place's mayor is not
    expect(find('Almaty akim Yerbolat Dossayev spoke. В Алматы аким провел встречу. The mayor of Paris came.', '2024-04-15').map((x) => x.text)).toEqual(['Almaty akim', 'Yerbolat Dossayev', 'аким']);
    // without the place, "the mayor" alone is nobody in particular
    expect(find('The mayor was changed.', '2024-04-15')).toEqual([]);
  });

  it('takes a place that stands for an institution, except where the text speaks of the place', () => {
    const m = find('Tokayev received him in Akorda. Kazinform learnt from the Akorda press service. Akorda reports. Talks at the Akorda. Ақорда хабарлады.');
    expect(m.filter((x) => x.id === 'kz.body.presidential-administration').map((x) => x.text)).toEqual(['Akorda', 'Akorda', 'Ақорда']);
  });

  it('drops a generic title of a country the gazetteer does not cover', () => {
    expect(find('Uzbek Foreign Minister', '2024-04-15')).toEqual([]);
  });

  it('resolves "US Secretary of State" to the US office, not the Kazakh one', () => {
    expect(find('US Secretary of State', '2021-06-09')[0].id).toBe('us.office.secretary-of-state');
  });

  it('takes a back-reference to what the page named over a title no context ties to a country', () => {
    const m = find("The People's Assembly of Kazakhstan met in Astana. The Assembly adopted a plan.");
    expect(m.map((x) => [x.text, x.id])).toEqual([
      ["People's Assembly of Kazakhstan", 'kz.body.apk'],
      ['Assembly', 'kz.body.apk'],
    ]);
    // with the country named, the title is Turkmenistan's
    expect(find('The Assembly of Turkmenistan met. Turkmenistan’s Assembly adopted a plan.').map((x) => x.id)).toEqual(['tm.body.mejlis', 'tm.body.mejlis']);
  });

  it('does not take "Ex-" titles for the office', () => {
    expect(find('Ex-Foreign Minister said', '2024-04-15')).toEqual([]);
    expect(find('The Foreign Minister said', '2024-04-15').map((x) => x.id)).toEqual(['kz.office.minister-of-foreign-affairs']);
  });

  it("leaves a line all in Latin capitals alone: a site's header, not the article", () => {
    expect(find('TV AND RADIO COMPLEX OF THE PRESIDENT OF KAZAKHSTAN\nThe President of Kazakhstan spoke.', '2018-09-17').map((m) => m.text)).toEqual(['President of Kazakhstan']);
    // a dateline in capitals before the text is no such line
    expect(find('ASTANA. PRESIDENT OF KAZAKHSTAN spoke today.', '2018-09-17').map((m) => m.text)).toEqual(['PRESIDENT OF KAZAKHSTAN']);
  });

  it('resolves offices at the page date: the same words, two holders', () => {
    expect(find('President of Kazakhstan', '2018-01-01')[0].holder).toBe('kz.person.nazarbayev-nursultan');
    expect(find('President of Kazakhstan', '2020-01-01')[0].holder).toBe('kz.person.tokayev-kassym-jomart');
  });

  it('says "now" only when the holder now differs', () => {
    const then = engine.findMentions('President of Kazakhstan', '2018-01-01')[0];
    expect(then.holderNow?.id).toBe('kz.person.tokayev-kassym-jomart');
    const now = engine.findMentions('President of Kazakhstan', '2025-01-01')[0];
    expect(now.holderNow).toBeUndefined();
    // one of several deputy prime ministers, gone since: no single holder "now" to name, and not "vacant" either
    const deputy = engine.findMentions('Deputy Prime Minister Yerlan Karin', '2023-06-01')[0];
    expect(deputy.holder?.id).toBe('kz.person.karin-yerlan');
    expect(deputy).not.toHaveProperty('holderNow');
  });

  it('names the holder whose term ended on the date when nobody else\'s began that day', () => {
    // the State Counsellor's term has no end; Kusherbayev's State Secretary term ended 2022-01-11, when Karin's began
    expect(find('State Secretary of Kazakhstan', '2022-01-11')[0].holder).toBe('kz.person.karin-yerlan');
    expect(find('State Secretary of Kazakhstan', '2022-01-10')[0].holder).toBe('kz.person.kusherbayev-krymbek');
    // Karin's ended 2022-06-08 with the office: on that day he is still named, the next day nobody
    expect(find('State Secretary of Kazakhstan', '2022-06-08')[0].holder).toBe('kz.person.karin-yerlan');
    expect(find('State Secretary of Kazakhstan', '2022-06-09')[0].holder).toBeUndefined();
  });

  it('marks an office written as a past post, with the former holder the page names', () => {
    const [office] = engine.findMentions('Former President Nursultan Nazarbayev spoke.', '2021-06-09');
    // the holder on the date stays the date's; the person named is the former holder
    expect(office.holder?.id).toBe('kz.person.tokayev-kassym-jomart');
    expect(office.former?.id).toBe('kz.person.nazarbayev-nursultan');
    expect(engine.findMentions('бывший Президент Казахстана выступил.', '2021-06-09')[0].former).toBeNull();
    // a person never in the office before the date is not its former holder; nor is a title without "former" a past post
    expect(engine.findMentions('Former President Kassym-Jomart Tokayev spoke.', '2018-06-09')[0].former).toBeNull();
    expect(engine.findMentions('President Nursultan Nazarbayev spoke.', '2018-06-09')[0]).not.toHaveProperty('former');
  });

  it('reads "then-", "the then", «тогдашний», «сол кездегі» as a past post, and a bare adverb "then" only with a past holder named', () => {
    const past = (text: string, date = '2023-01-01') => engine.findMentions(text, date).find((m) => m.kind === 'office');
    // "then-" joined by a hyphen was dropped as the second half of a compound word
    expect(past('Then-Secretary of State Krymbek Kusherbayev met him.')?.former?.id).toBe('kz.person.kusherbayev-krymbek');
    expect(past('The then State Secretary Krymbek Kusherbayev met him.')?.former?.id).toBe('kz.person.kusherbayev-krymbek');
    expect(past('Тогдашний госсекретарь Крымбек Кушербаев встретился с ним.')?.former?.id).toBe('kz.person.kusherbayev-krymbek');
    expect(past('Сол кездегі Мемлекеттік хатшы Қырымбек Көшербаев кездесті.')?.former?.id).toBe('kz.person.kusherbayev-krymbek');
    expect(past('The then State Secretary said that.')?.former).toBeNull();
    // the adverb: the person named holds the office on the date, or nobody is named
    expect(past('He left, and then President Kassym-Jomart Tokayev spoke.', '2021-06-09')).not.toHaveProperty('former');
    expect(past('He left, and then State Secretary spoke.')).not.toHaveProperty('former');
    expect(past('He left, and then State Secretary Krymbek Kusherbayev spoke.', '2020-03-01')).not.toHaveProperty('former');
  });

  it('resolves back-references only after the page named the entity', () => {
    expect(find('The Assembly met.')).toEqual([]);
    const m = find("The People's Assembly of Kazakhstan met. The Assembly agreed.");
    expect(m.map((x) => x.id)).toEqual(['kz.body.apk', 'kz.body.apk']);
  });

  it('lets a longer name that starts inside a title and ends after it win the overlap', () => {
    expect(find('She is a member of the Mazhilis Committee on Finance and Budget.', '2024-01-01').map((x) => x.text)).toEqual(['Mazhilis Committee on Finance and Budget']);
    // the title alone stays a title
    expect(find('She is the member of the Mazhilis who spoke.', '2024-01-01').map((x) => x.id)).toEqual(['kz.office.mazhilis-deputy']);
  });

  it('finds the body named inside a deputy’s title, which is not the office', () => {
    expect(find('He was Deputy Chairman of the Nur Otan party.', '2012-09-25').map((x) => [x.text, x.id])).toEqual([['Nur Otan', 'kz.body.amanat']]);
    // a straight quote around a name is kept with it, as a typographic one is
    expect(find('Он был заместителем председателя партии «Нур Отан».', '2012-09-25').map((x) => [x.text, x.id])).toEqual([['Нур Отан', 'kz.body.amanat']]);
    expect(find('Он вступил в НДП "Нур Отан".', '2012-09-25').map((x) => x.text)).toEqual(['НДП "Нур Отан"']);
    expect(find('He was Chairman of the Nur Otan party.', '2012-09-25').map((x) => x.id)).toEqual(['kz.office.chairman-of-amanat']);
  });

  it('takes a city within a region as naming the region too, just before the city', () => {
    expect(find('В Кызылорде прошла сессия областного маслихата. Аким области выступил.', '2024-01-01').map((x) => x.id)).toEqual([
      'kz.body.maslikhat-kyzylorda-region',
      'kz.office.akim-kyzylorda-region',
    ]);
    // a bare "the akim" is still the city's
    expect(find('In Kyzylorda, the akim met farmers.', '2024-01-01').map((x) => x.id)).toEqual(['kz.office.akim-kyzylorda']);
  });

  it('resolves "the Ministry" to the ministry a minister heads', () => {
    const m = find('Minister of Foreign Affairs of Kazakhstan Murat Nurtleu said the Ministry is ready.', '2024-01-01');
    expect(m.at(-1)).toMatchObject({ text: 'Ministry', id: 'kz.body.ministry-of-foreign-affairs' });
  });

  it('accepts a surname alone after the full name, or for a person in office on the date', () => {
    expect(find('Krymbek Kusherbayev spoke. Kusherbayev added.').map((x) => x.id)).toEqual(['kz.person.kusherbayev-krymbek', 'kz.person.kusherbayev-krymbek']);
    expect(find('Tokayev said.', '2024-01-01')[0].id).toBe('kz.person.tokayev-kassym-jomart');
    // not in office on that date and not named in full: not guessed
    expect(find('Lavrov said.', '2001-01-01')).toEqual([]);
    expect(find('Kusherbayev said.', '2024-01-01')).toEqual([]);
  });

  it('accepts the surname alone of a former President of Kazakhstan, not of his successor before he took office', () => {
    expect(find('Nazarbayev said.', '2024-01-01').map((x) => x.id)).toEqual(['kz.person.nazarbayev-nursultan']);
    expect(find('Встреча с Назарбаевым.', '2024-01-01').map((x) => x.id)).toEqual(['kz.person.nazarbayev-nursultan']);
    expect(find('Tokayev said.', '2012-01-01')).toEqual([]);
  });

  it('takes a foreign surname alone only after the full name or a title, unless its bearer leads a state', () => {
    // a foreign minister in office is not enough: foreign surnames are often ordinary words elsewhere
    expect(find('Lavrov said.', '2024-01-01')).toEqual([]);
    expect(find('Sergey Lavrov arrived. Lavrov said.', '2024-01-01').map((x) => x.id)).toEqual(['ru.person.lavrov-sergey', 'ru.person.lavrov-sergey']);
    expect(find('Foreign Minister Lavrov said.', '2024-01-01').map((x) => x.id)).toEqual(['ru.office.minister-of-foreign-affairs', 'ru.person.lavrov-sergey']);
  });

  it('does not take a surname that is part of somebody else’s name', () => {
    expect(find('Karin Keller-Sutter spoke.', '2024-01-01')).toEqual([]);
    // at the start of a sentence too, when the word before is a given name some name starts with, or a surname
    expect(find('Nurtleu said.', '2024-04-15').map((m) => m.id)).toEqual(['kz.person.nurtleu-murat']);
    expect(find('Krymbek Nurtleu said.', '2024-04-15').map((m) => m.id)).not.toContain('kz.person.nurtleu-murat');
    expect(find('Karin Nurtleu said.', '2024-04-15').map((m) => m.id)).not.toContain('kz.person.nurtleu-murat');
    // an unknown capitalised word opening the sentence is an unknown given name, unless it is a word that opens sentences
    expect(find('Samgat Nurtleu said.', '2024-04-15')).toEqual([]);
    expect(find('Samgat Tokayev said. Then Tokayev said. Today Tokayev said.', '2024-04-15').map((m) => m.text)).toEqual(['Tokayev', 'Tokayev']);
    expect(find('Самгат Токаев сказал. Затем Токаев сказал.', '2024-04-15').map((m) => m.text)).toEqual(['Токаев']);
    // (in Cyrillic only before a nominative: a noun opens the sentence before a genitive)
    expect(find('Визит Токаева прошёл.', '2024-04-15').map((m) => m.id)).toEqual(['kz.person.tokayev-kassym-jomart']);
    // and the page's later surname alone is that other person's, unless a title ties it to the official; with the official
    // named in full too, a given name somebody in the gazetteer bears (Krymbek) still marks another person
    expect(find('Economist Krymbek Nurtleu spoke. Nurtleu added that prices grow.', '2024-04-15')).toEqual([]);
    // a capitalised word of an English headline is no given name: the surname alone later is still the official's
    expect(find('Lavrov Meets Nurtleu in Moscow\nThe talks went well. Nurtleu said the sides agreed.', '2024-04-15').map((m) => m.text)).toEqual(['Nurtleu']);
    expect(find('Economist Krymbek Nurtleu spoke. Foreign Minister Nurtleu replied.', '2024-04-15').map((m) => m.id)).toEqual([
      'kz.office.minister-of-foreign-affairs',
      'kz.person.nurtleu-murat',
    ]);
    // an initial that is not the person's is somebody else's; the person's own initial, or two initials, are left alone
    expect(find('– said B. Nurtleu. Сказал Б.Нуртлеу.', '2024-04-15')).toEqual([]);
    expect(find('– said B. Nurtleu. M. Nurtleu replied.', '2024-04-15').map((m) => m.text)).toEqual(['M. Nurtleu']);
    expect(find('– said Tokayev. – said K.K. Tokayev.', '2024-04-15').map((m) => m.id)).toEqual(['kz.person.tokayev-kassym-jomart', 'kz.person.tokayev-kassym-jomart']);
    expect(find('Economist Krymbek Nurtleu spoke. Murat Nurtleu replied. Nurtleu added.', '2024-04-15').map((m) => m.id)).toEqual([
      'kz.person.nurtleu-murat',
      'kz.person.nurtleu-murat',
    ]);
  });

  it('reads descriptive references: Head of State, Elbasy, Глава государства', () => {
    expect(find('the Head of State said', '2024-01-01')[0]).toMatchObject({ id: 'kz.office.president', holder: 'kz.person.tokayev-kassym-jomart' });
    expect(find('Elbasy said', '2020-01-01')[0].id).toBe('kz.person.nazarbayev-nursultan');
    expect(find('Глава государства поручил', '2024-01-01')[0].id).toBe('kz.office.president');
  });

  it('reads Russian and Kazakh inflections in context', () => {
    expect(find('Касым-Жомарту Токаеву доложили', '2024-01-01')[0].id).toBe('kz.person.tokayev-kassym-jomart');
    expect(find('Мемлекет басшысының тапсырмасы', '2024-01-01')[0].id).toBe('kz.office.president');
    expect(find('депутаты Мажилиса', '2024-01-01')[0].id).toBe('kz.body.mazhilis');
  });

  it('uses the existing successor for a replaced office named generically', () => {
    const m = engine.findMentions('State Counsellor Yerlan Karin', '2023-01-01');
    expect(m[0]).toMatchObject({ id: 'kz.office.state-counsellor', holder: { id: 'kz.person.karin-yerlan', name: 'Yerlan Karin' } });
  });

  it.each([' and ', ' – ', ', '])('names the holder of each title in a chain joined by "%s"', (joint) => {
    const m = find(`Deputy Prime Minister${joint}Foreign Minister Murat Nurtleu`, '2023-10-01');
    expect(m.map((x) => [x.id, x.holder])).toEqual([
      ['kz.office.deputy-prime-minister', 'kz.person.nurtleu-murat'],
      ['kz.office.minister-of-foreign-affairs', 'kz.person.nurtleu-murat'],
      ['kz.person.nurtleu-murat', undefined],
    ]);
  });

  it('names one of several holders only when the page names that person beside the title', () => {
    // on 2024-06-01 only one deputy prime minister is on record here, which is not to say there was only one
    expect(find('The Deputy Prime Minister said', '2024-06-01')[0]).toMatchObject({ id: 'kz.office.deputy-prime-minister', holder: undefined });
    expect(find('Deputy Prime Minister Murat Nurtleu said', '2024-06-01')[0]).toMatchObject({ id: 'kz.office.deputy-prime-minister', holder: 'kz.person.nurtleu-murat' });
    // a dash with a space either side between the title and the name, and a second holder named after the first
    const two = find('Deputy Prime Minister Murat Nurtleu said. Another Deputy Prime Minister – Yerlan Karin – agreed.', '2023-10-01');
    expect(two.filter((x) => x.id === 'kz.office.deputy-prime-minister').map((x) => x.holder)).toEqual(['kz.person.nurtleu-murat', 'kz.person.karin-yerlan']);
  });

  it('does not take a back-reference word that follows a name of its own ("Defence Ministry")', () => {
    const m = find('The Ministry of Foreign Affairs of Kazakhstan said. The Ministry agreed. Defence Ministry officials came. Later Ministry officials left.', '2024-01-01');
    expect(m.map((x) => x.text)).toEqual(['Ministry of Foreign Affairs of Kazakhstan', 'Ministry', 'Ministry']);
    expect(m[2].id).toBe('kz.body.ministry-of-foreign-affairs');
  });

  it('leaves a one-word title to the name before it ("University President"), not to a country with no word for it', () => {
    const text = 'He met the Astana University President and the Kazakh President.';
    const m = engine.findMentions(text, '2024-01-01');
    expect(m.map((x) => [x.start, x.id])).toEqual([[text.lastIndexOf('President'), 'kz.office.president']]);
    // a capitalised word that starts the sentence is no owner
    expect(find('Former President Nazarbayev spoke.', '2024-01-01')[0]).toMatchObject({ text: 'President', id: 'kz.office.president' });
    // nor a longer title: it names its office itself
    expect(find('Kazakhstan and EU Ministry of Foreign Affairs of Kazakhstan', '2024-01-01').map((x) => x.id)).toContain('kz.body.ministry-of-foreign-affairs');
    // a person named after it who never held the office does not make it the country's
    expect(find('We met Federation President Krymbek Kusherbayev.', '2024-01-01').map((x) => x.id)).toEqual(['kz.person.kusherbayev-krymbek']);
    expect(find('We met Kazakh President Kassym-Jomart Tokayev.', '2024-01-01').map((x) => x.id)).toEqual(['kz.office.president', 'kz.person.tokayev-kassym-jomart']);
  });

  it('does not take a body word that starts a name of its own ("Assembly Hall", "Party Charter")', () => {
    const text = 'The Assembly of People of Kazakhstan met. The Assembly Hall was full. The Assembly adopted a plan.';
    const m = engine.findMentions(text, '2024-01-01');
    expect(m.map((x) => [x.start, x.id])).toEqual([
      [text.indexOf('Assembly of People'), 'kz.body.apk'],
      [text.lastIndexOf('Assembly'), 'kz.body.apk'],
    ]);
  });

  it('does not let an article start a match: the longer name that follows wins', () => {
    expect(find('the Ministry of Foreign Affairs of Kazakhstan said', '2024-01-01')[0]).toMatchObject({ text: 'Ministry of Foreign Affairs of Kazakhstan', id: 'kz.body.ministry-of-foreign-affairs' });
  });

  it('declines Russian nouns with a fleeting vowel (посол → послом)', () => {
    expect(find('встреча с послом России в Казахстане', '2024-01-01')[0]?.id).toBe('ru.office.ambassador-to-kazakhstan');
    expect(find('встреча с послом России', '2024-01-01')[0]?.id).toBe('ru.office.ambassador-to-kazakhstan');
  });

  it('reads a Russian state after a preposition of place as where, not whose: "В России посол Казахстана"', () => {
    // the state in the genitive after the title owns it: Kazakhstan's ambassador, not Russia's
    expect(find('В России посол Казахстана выступил.', '2024-01-01').map((x) => x.id)).not.toContain('ru.office.ambassador-to-kazakhstan');
    expect(find('В России посол выступил.', '2024-01-01').map((x) => x.id)).not.toContain('ru.office.ambassador-to-kazakhstan');
    // the state right before the title, with no preposition, still owns it
    expect(find('Российский посол заявил.', '2024-01-01').map((x) => x.id)).toContain('ru.office.ambassador-to-kazakhstan');
  });

  it('resolves a name to what existed on the date: "курултай" in January 2026 is the National Kurultai', () => {
    const m = find('Национальный курултай собрался. Заседание курултая открыл Президент.', '2026-01-20');
    expect(m.filter((x) => x.id.includes('kurultai')).map((x) => x.id)).toEqual(['kz.body.national-kurultai', 'kz.body.national-kurultai']);
    expect(find('Курултай принял закон.', '2026-09-01')[0].id).toBe('kz.body.kurultai');
  });

  it('gives offsets into the text, end exclusive', () => {
    const text = '«Нур Отан» и Аманат';
    for (const m of engine.findMentions(text, '2024-01-01')) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('processes a page in chunks with shared context', () => {
    const s = engine.resolver.session({ date: '2021-06-09' });
    expect(s.add("The People's Assembly of Kazakhstan met.").map((m) => m.id)).toEqual(['kz.body.apk']);
    expect(s.add('The Assembly agreed.').map((m) => m.id)).toEqual(['kz.body.apk']);
  });
});

describe('a generic title and an international official named after it', () => {
  const src = ['https://example.org/source'];
  const extra: EntitySource[] = [
    { id: 'kz.office.vice-president', kind: 'office', name: 'Vice-President of Kazakhstan', scope: 'kz', country: 'kz', from: '2026-07-01', names: { en: ['Vice-President of Kazakhstan'] }, generic: { en: ['Vice President'] }, explanation: 'An office for the test.', sources: src },
    { id: 'intl.office.wb-vp', kind: 'office', name: 'World Bank Vice President for Europe and Central Asia', scope: 'intl', names: { en: ['World Bank Vice President for Europe and Central Asia'] }, explanation: 'An office for the test.', sources: src, tenures: [{ person: 'intl.person.bassani', from: '2022-01-01', sources: src }] },
    { id: 'intl.office.wb-spokesman', kind: 'office', name: 'Spokesman of the Vice President', scope: 'intl', names: { en: ['Spokesman of the Vice President'] }, explanation: 'An office for the test.', sources: src, tenures: [{ person: 'intl.person.other', from: '2022-01-01', sources: src }] },
    { id: 'intl.person.bassani', kind: 'person', name: 'Antonella Bassani', scope: 'intl', names: { en: ['Antonella Bassani'] }, sources: src },
    { id: 'intl.person.other', kind: 'person', name: 'Oliver Other', scope: 'intl', names: { en: ['Oliver Other'] }, sources: src },
  ];
  const eng = createEngine(compile([...FIXTURE, ...extra], ASOF).index);
  const ids = (text: string) => eng.findMentions(text, '2025-04-19').map((m) => m.id);
  it('is the post the official holds whose name has the title after the organisation\'s name', () => {
    expect(ids('The delegation met Vice President Antonella Bassani.')).toEqual(['intl.office.wb-vp', 'intl.person.bassani']);
  });
  it('is no state\'s post when the official holds none with the title ("… of the Vice President" is not one)', () => {
    expect(ids('The delegation met Vice President Oliver Other.')).toEqual(['intl.person.other']);
  });
});

describe('a bare title and the body it heads', () => {
  it.each([
    ['The Anti-Corruption Agency reported. The Chairman of the Agency Askhat Zhumagali said.', 'Chairman of the Agency'],
    ['Агентство по противодействию коррупции сообщило. Председатель Агентства сказал.', 'Председатель Агентства'],
    ['Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі хабарлады. Агенттіктің төрағасы айтты.', 'Агенттіктің төрағасы'],
    // "new" between them in Kazakh, and the title in another case
    ['Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі хабарлады. Агенттіктің жаңа төрағасы айтты.', 'Агенттіктің жаңа төрағасы'],
    ['Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі хабарлады. Агенттіктің жаңадан тағайындалған төрағасына сұрақ қойылды.', 'Агенттіктің жаңадан тағайындалған төрағасына'],
    ['Қазақстан Ұлттық Банкі хабарлады. Қазақстан Ұлттық Банкінің жаңа төрағасын таныстырды.', 'Қазақстан Ұлттық Банкінің жаңа төрағасын'],
    // a head's title the office does not list as its own short name, after the body was named
    ['The National Bank of Kazakhstan kept the rate. The Chairman of the Bank said.', 'Chairman of the Bank'],
    ['Национальный банк Казахстана сообщил, что председатель банка заявил.', 'председатель банка'],
  ])('are one mention of the office that heads the body: %s', (text, span) => {
    const m = find(text, '2024-04-15');
    const office = m.find((x) => x.text === span);
    expect(office?.id).toMatch(/^kz\.office\.chairman-of-the-/);
    expect(office?.holder).toBeDefined();
    // the body inside it is not a mention of its own
    expect(m.filter((x) => x.id.startsWith('kz.body.')).map((x) => x.text)).toHaveLength(1);
  });

  it.each([
    ['The Anti-Corruption Agency reported. The Deputy Chairman of the Agency said.'],
    ['Национальный банк Казахстана сообщил, что заместитель председателя банка заявил.'],
  ])('leaves a deputy alone: %s', (text) => {
    expect(find(text, '2024-04-15').map((x) => x.id)).not.toContain('kz.office.chairman-of-the-national-bank');
    expect(find(text, '2024-04-15').map((x) => x.id)).not.toContain('kz.office.chairman-of-the-anti-corruption-agency');
  });

  it('leaves a company board\'s chairman alone in Kazakh ("Басқарма төрағасы", "директорлар кеңесінің төрағасы")', () => {
    for (const text of ['Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі хабарлады. «Болашақ» КЕАҚ Басқарма төрағасына қатысты іс қозғалды.', 'Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі хабарлады. Компанияның директорлар кеңесінің төрағасы ұсталды.'])
      expect(find(text, '2024-04-15').map((x) => x.id)).toEqual(['kz.body.anti-corruption-agency']);
  });

  it('does not take a Kazakh title after an unknown genitive for a known office ("Банктің төрағасы")', () => {
    const m = find('Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің төрағасы айтты. Банктің төрағасы да айтты.', '2024-04-15');
    expect(m.filter((x) => x.id === 'kz.office.chairman-of-the-anti-corruption-agency').map((x) => x.text)).toEqual(['Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің төрағасы']);
    expect(find('Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің төрағасы айтты. Төрағасы да айтты.', '2024-04-15').map((x) => x.id)).toEqual(['kz.office.chairman-of-the-anti-corruption-agency', 'kz.office.chairman-of-the-anti-corruption-agency']);
  });
});

describe('patronymics', () => {
  it.each([
    ['Назначить Кушербаева Крымбека Нурмагамбетовича на должность.', 'Кушербаева Крымбека Нурмагамбетовича', 'full'],
    ['Крымбек Нурмагамбетович Кушербаев выступил.', 'Крымбек Нурмагамбетович Кушербаев', 'full'],
    ['Қырымбек Елеуұлы Көшербаев сөйледі.', 'Қырымбек Елеуұлы Көшербаев', 'full'],
    // given name and surname, then a word that only looks like a patronymic: no name is written that way
    ['Касым-Жомарт Токаев Иванович.', 'Касым-Жомарт Токаев', 'full'],
    // another given name and patronymic before the surname of a person named in full: another person
    ['Крымбек Кушербаев выступил. Иван Петрович Кушербаев ответил.', 'Крымбек Кушербаев', 'full'],
    // in Latin letters, a Russian or a Kazakh patronymic (decrees and English official biographies write them)
    ['Krymbek Nurmagambetovich Kusherbayev spoke.', 'Krymbek Nurmagambetovich Kusherbayev', 'full'],
    ['Krymbek Eleuuly Kusherbayev spoke.', 'Krymbek Eleuuly Kusherbayev', 'full'],
    // another given name with a patronymic: somebody else's
    ['Ivan Petrovich Kusherbayev, a farmer, spoke.', undefined, undefined],
  ])('belong to the name they stand in: %s', (text, span, form) => {
    const m = engine.findMentions(text, '2021-06-09').filter((x) => x.kind === 'person');
    expect(m.map((x) => [x.text, x.form])).toEqual(span ? [[span, form]] : []);
  });
});

describe('a surname spelt otherwise than the full name the page gave', () => {
  const src = ['https://example.org/source'];
  const people: EntitySource[] = [
    { id: 'kz.person.smailov-alikhan', kind: 'person', name: 'Alikhan Smailov', scope: 'kz', country: 'kz', names: { en: ['Alikhan Smailov'], ru: ['Алихан Смаилов'], kk: ['Әлихан Смайылов'] }, sources: src },
    { id: 'kz.person.smailov-askar', kind: 'person', name: 'Askar Smailov', scope: 'kz', country: 'kz', names: { en: ['Askar Smailov'], ru: ['Аскар Смайлов'] }, sources: src },
  ];
  const eng = createEngine(compile([...FIXTURE, ...people], ASOF).index);
  const ids = (text: string) => eng.findMentions(text, '2025-12-09').map((m) => [m.text, m.id]);

  it('is the person named, not a namesake spelt so', () => {
    expect(ids('Әлихан Смайылов баяндады. Смайловтың айтуынша, жоспар орындалды.')).toEqual([
      ['Әлихан Смайылов', 'kz.person.smailov-alikhan'],
      ['Смайловтың', 'kz.person.smailov-alikhan'],
    ]);
  });
  it('unless the namesake was named too', () => {
    expect(ids('Әлихан Смайылов баяндады. Аскар Смайлов да сөйледі. Смайловтың айтуынша, жоспар орындалды.').map((x) => x[1])).toEqual(['kz.person.smailov-alikhan', 'kz.person.smailov-askar', 'kz.person.smailov-askar']);
  });
});

describe('a back-reference word that begins another name', () => {
  const src = ['https://example.org/source'];
  const committee: EntitySource = {
    id: 'kz.body.senate-committee-on-legislation', kind: 'body', name: 'Committee on Constitutional Legislation of the Senate', scope: 'kz', country: 'kz',
    names: { en: ['Committee on Constitutional Legislation of the Senate'], ru: ['Комитет по конституционному законодательству Сената'] }, short: { en: ['Committee', 'committee'], ru: ['Комитет'] },
    explanation: 'A standing committee of the Senate.', sources: src,
  };
  const eng = createEngine(compile([...FIXTURE, committee], ASOF).index);
  const spans = (text: string) => eng.findMentions(text, '2021-06-09').map((m) => [m.text, m.id]);

  it('is no back-reference: "the Committee on Finance and Budget", «Комитет по делам …»', () => {
    expect(spans('The Committee on Constitutional Legislation of the Senate met. The Committee on Finance and Budget will work. The Committee on Monday approved it.')).toEqual([
      ['Committee on Constitutional Legislation of the Senate', committee.id],
      ['Committee', committee.id],
    ]);
    expect(spans('Комитет по конституционному законодательству Сената собрался. Комитет по делам молодежи сообщил. Комитет одобрил.').map((x) => x[0])).toEqual(['Комитет по конституционному законодательству Сената', 'Комитет']);
  });
  it('is no back-reference after an adjective the name lacks: "the interdepartmental committee"', () => {
    expect(spans('The Committee on Constitutional Legislation of the Senate met. The interdepartmental committee met. The regional committee and the committee approved it.').map((x) => x[0])).toEqual([
      'Committee on Constitutional Legislation of the Senate',
      'committee',
      'committee',
    ]);
  });
});

describe('a region named in another spelling', () => {
  const src = ['https://example.org/source'];
  const mangystau: EntitySource[] = [
    {
      id: 'kz.body.akimat-mangystau-region', kind: 'body', name: 'Akimat of Mangystau Region', scope: 'kz', country: 'kz',
      names: { en: ['Akimat of Mangystau Region', 'Akimat of Mangistau Region'] }, context: { en: ['Mangystau Region'] }, explanation: 'The executive office of Mangystau Region.', sources: src,
    },
    {
      id: 'kz.office.akim-mangystau-region', kind: 'office', name: 'Akim of Mangystau Region', scope: 'kz', country: 'kz', heads: 'kz.body.akimat-mangystau-region',
      names: { en: ['Akim of Mangystau Region'] }, short: { en: ['akim', 'regional akim'] }, explanation: 'The governor of Mangystau Region.', sources: src,
    },
  ];
  const eng = createEngine(compile([...FIXTURE, ...mangystau], ASOF).index);

  it('sets the region for what follows, in the spellings of its akimat\'s names', () => {
    const ids = eng.findMentions('Kyzylorda Region reported. In Mangistau region, the regional akim spoke.', '2021-06-09').map((m) => m.id);
    expect(ids).toEqual(['kz.office.akim-mangystau-region']);
  });
});

describe("a head's title before a part of the body", () => {
  it('is not the body\'s head: "the Chairman of the National Bank delegation", "Head of the Agency office in Almaty"', () => {
    expect(find('The Chairman of the National Bank delegation said.')).toEqual([]);
    expect(find('The Head of the Anti-Corruption Agency office in Almaty said.')).toEqual([]);
    expect(find('The Chairman of the Anti-Corruption Agency department for Almaty region said.')).toEqual([]);
    expect(find('The Chairman of the National Bank Committee on Payments said.')).toEqual([]);
    expect(find('The Chairman of the National Bank said.').map((x) => x.id)).toEqual(['kz.office.chairman-of-the-national-bank']);
  });
  it('in lower case before a state\'s possessive heads something of that state\'s: "president of Kazakhstan\'s boxing federation"', () => {
    expect(find("He is president of Kazakhstan's boxing federation.", '2021-06-09')).toEqual([]);
    expect(find("The President of Kazakhstan's visit ended.", '2021-06-09').map((x) => x.id)).toEqual(['kz.office.president']);
  });
  it('leaves the body named when the title was only joined to it', () => {
    const src = ['https://example.org/source'];
    const imf: EntitySource[] = [
      { id: 'intl.body.imf', kind: 'body', name: 'International Monetary Fund', scope: 'intl', names: { en: ['International Monetary Fund', 'IMF'] }, explanation: 'A fund.', sources: src },
      { id: 'intl.office.imf-md', kind: 'office', name: 'Managing Director of the International Monetary Fund', scope: 'intl', heads: 'intl.body.imf', names: { en: ['Managing Director of the International Monetary Fund'] }, explanation: 'Its head.', sources: src },
    ];
    const eng = createEngine(compile([...FIXTURE, ...imf], ASOF).index);
    const spans = (text: string) => eng.findMentions(text, '2017-02-08').map((m) => [m.text, m.id]);
    expect(spans('Mark Horton, the Head of the International Monetary Fund mission in Kazakhstan, spoke.')).toEqual([['International Monetary Fund', 'intl.body.imf']]);
    expect(spans('The Head of the International Monetary Fund spoke.')).toEqual([['Head of the International Monetary Fund', 'intl.office.imf-md']]);
  });
  it('reads a title after the body\'s acronym in brackets as the office whose name begins with it: "Asian Development Bank (ADB) President"', () => {
    const src = ['https://example.org/source'];
    const adb: EntitySource[] = [
      { id: 'intl.body.adb', kind: 'body', name: 'Asian Development Bank', scope: 'intl', names: { en: ['Asian Development Bank', 'ADB'], ru: ['Азиатский банк развития', 'АБР'] }, explanation: 'A bank.', sources: src },
      { id: 'intl.office.adb-president', kind: 'office', name: 'President of the Asian Development Bank', scope: 'intl', heads: 'intl.body.adb', names: { en: ['ADB President'] }, explanation: 'Its head.', sources: src },
      { id: 'intl.office.adb-vice-president', kind: 'office', name: 'Vice-President of the Asian Development Bank', scope: 'intl', parent: 'intl.body.adb', multi: true, names: { en: ['ADB Vice-President'] }, explanation: 'One of its deputies.', sources: src },
    ];
    const eng = createEngine(compile([...FIXTURE, ...adb], ASOF).index);
    const spans = (text: string) => eng.findMentions(text, '2024-02-08').map((m) => [m.text, m.id]);
    expect(spans('Asian Development Bank (ADB) President Masatsugu Asakawa spoke.')).toEqual([['Asian Development Bank (ADB) President', 'intl.office.adb-president']]);
    // the title is the office only when the bank has one head office by that name; the country's President stays out
    expect(spans('Asian Development Bank (ADB) Director said.')).toEqual([
      ['Asian Development Bank', 'intl.body.adb'],
      ['ADB', 'intl.body.adb'],
    ]);
    expect(spans('We met the Astana University (AU) President.').map((x) => x[1])).not.toContain('kz.office.president');
    // the board between a head's title and the body: the body's head
    expect(spans('Председатель Правления АБР выступил.')).toEqual([['Председатель Правления АБР', 'intl.office.adb-president']]);
  });
});

describe("a title joined to another state's body or province", () => {
  const src = ['https://example.org/source'];
  const extra: EntitySource[] = [
    { id: 'hu.body.mfa', kind: 'body', name: 'Ministry of Foreign Affairs of Hungary', scope: 'foreign', country: 'hu', names: { en: ['Ministry of Foreign Affairs of Hungary'], ru: ['Министерство иностранных дел Венгрии'] }, explanation: 'A ministry.', sources: src },
    { id: 'hu.office.foreign-minister', kind: 'office', name: 'Minister of Foreign Affairs of Hungary', scope: 'foreign', country: 'hu', heads: 'hu.body.mfa', names: { en: ['Minister of Foreign Affairs of Hungary'] }, explanation: 'Its head.', sources: src },
    { id: 'kz.office.pm', kind: 'office', name: 'Prime Minister of Kazakhstan', scope: 'kz', country: 'kz', names: { en: ['Prime Minister of Kazakhstan'] }, generic: { ru: ['премьер-министр'] }, explanation: 'The head of government.', sources: src },
  ];
  const eng = createEngine(compile([...FIXTURE, ...extra], ASOF).index);
  const ids = (text: string) => eng.findMentions(text, '2021-06-09').map((m) => m.id);

  it('is no office of the title\'s own state: "госсекретарь Министерства иностранных дел Венгрии"', () => {
    expect(ids('Встреча с госсекретарем Министерства иностранных дел Венгрии.')).toEqual(['hu.body.mfa']);
    expect(ids('Встреча с госсекретарем.')).toEqual(['kz.office.state-secretary']);
  });
  it('is the province\'s, not the state\'s: "премьер-министр провинции Западный Кейп"', () => {
    expect(ids('Встреча с премьер-министром провинции Западный Кейп.')).toEqual([]);
    expect(ids('Встреча с премьер-министром.')).toEqual(['kz.office.pm']);
  });
});

describe('a person named with a title where the record has only a sighting', () => {
  const src = ['https://example.org/source'];
  const extra: EntitySource[] = [
    { id: 'kz.person.azilkhanov-marat', kind: 'person', name: 'Marat Azilkhanov', scope: 'kz', country: 'kz', names: { en: ['Marat Azilkhanov'] }, sources: src },
    { id: 'kz.person.other-deputy', kind: 'person', name: 'Aidar Other', scope: 'kz', country: 'kz', names: { en: ['Aidar Other'] }, sources: src },
    {
      id: 'kz.office.apk-deputy', kind: 'office', name: 'Deputy Chairman of the Assembly', scope: 'kz', country: 'kz', multi: true, names: { en: ['Deputy Chairman of the Assembly'] }, explanation: 'A deputy.', sources: src,
      tenures: [{ person: 'kz.person.azilkhanov-marat', from: '2025-03-05', to: '2025-03-05', seen: true, sources: src }],
    },
    {
      id: 'kz.office.guard-head', kind: 'office', name: 'Head of the Guard', scope: 'kz', country: 'kz', names: { en: ['Head of the Guard'] }, explanation: 'A head.', sources: src,
      tenures: [
        { person: 'kz.person.azilkhanov-marat', from: '2020-01-10', to: '2020-01-10', seen: true, sources: src },
        { person: 'kz.person.other-deputy', from: '2020-06-01', to: '2021-01-01', sources: src },
      ],
    },
  ];
  const eng = createEngine(compile([...FIXTURE, ...extra], ASOF).index);
  const holder = (text: string, date: string) => eng.findMentions(text, date).find((m) => m.kind === 'office')?.holder?.id;

  it('is the holder on the page\'s date within a year of the sighting', () => {
    expect(holder('Deputy Chairman of the Assembly Marat Azilkhanov spoke.', '2025-10-10')).toBe('kz.person.azilkhanov-marat');
    expect(holder('Deputy Chairman of the Assembly Marat Azilkhanov spoke.', '2024-06-01')).toBe('kz.person.azilkhanov-marat');
  });
  it('is also the person named before the title in apposition', () => {
    expect(holder('Marat Azilkhanov, the Deputy Chairman of the Assembly, spoke.', '2025-10-10')).toBe('kz.person.azilkhanov-marat');
    const chain = eng.findMentions('Marat Azilkhanov, Head of the Guard, and the Deputy Chairman of the Assembly, spoke.', '2025-10-10');
    expect(chain.find((m) => m.id === 'kz.office.apk-deputy')?.holder?.id).toBe('kz.person.azilkhanov-marat');
    // a list of people is no apposition
    expect(holder('Marat Azilkhanov and the Deputy Chairman of the Assembly spoke.', '2025-10-10')).toBeUndefined();
  });
  it('is not, more than a year away, nor without being named, nor where the record has another holder then', () => {
    expect(holder('Deputy Chairman of the Assembly Marat Azilkhanov spoke.', '2027-01-10')).toBeUndefined();
    expect(holder('The Deputy Chairman of the Assembly spoke.', '2025-10-10')).toBeUndefined();
    expect(holder('Head of the Guard Marat Azilkhanov spoke.', '2020-03-01')).toBe('kz.person.azilkhanov-marat');
    expect(holder('Head of the Guard Marat Azilkhanov spoke.', '2020-08-01')).toBe('kz.person.other-deputy');
  });
});

describe("Kazakhstan's ambassadors by the bare title", () => {
  const src = ['https://example.org/source'];
  const extra: EntitySource[] = [
    { id: 'kz.person.zhengis-askar', kind: 'person', name: 'Askar Zhengis', scope: 'kz', country: 'kz', names: { en: ['Askar Zhengis'], ru: ['Аскар Женис'], kk: ['Асқар Жеңіс'] }, sources: src },
    {
      id: 'kz.office.ambassador-to-egypt', kind: 'office', name: 'Ambassador of Kazakhstan to Egypt', scope: 'kz', country: 'kz', parent: 'kz.body.ministry-of-foreign-affairs',
      names: { en: ['Ambassador of Kazakhstan to Egypt'] }, explanation: 'The envoy in Cairo.', sources: src, tenures: [{ person: 'kz.person.zhengis-askar', from: '2023-01-10', sources: src }],
    },
    { id: 'kz.office.ambassador-to-qatar', kind: 'office', name: 'Ambassador of Kazakhstan to Qatar', scope: 'kz', country: 'kz', parent: 'kz.body.ministry-of-foreign-affairs', names: { en: ['Ambassador of Kazakhstan to Qatar'] }, explanation: 'The envoy in Doha.', sources: src },
  ];
  const eng = createEngine(compile([...FIXTURE, ...extra], ASOF).index);
  const spans = (text: string) => eng.findMentions(text, '2025-05-05').map((m) => [m.text, m.id, m.holder?.id]);

  it.each([
    ['Kazakh Ambassador Askar Zhengis met the minister.', 'Ambassador'],
    ['Ambassador of Kazakhstan Askar Zhengis met the minister.', 'Ambassador'],
    ['The Ambassador of Kazakhstan, Askar Zhengis, met the minister.', 'Ambassador'],
    ['В Египте посол Казахстана Аскар Женис встретился с министром.', 'посол'],
    ['Қазақстан елшісі Асқар Жеңіс министрмен кездесті.', 'елшісі'],
  ])('is the post of the person named with it: %s', (text, title) => {
    expect(spans(text)[0]).toEqual([title, 'kz.office.ambassador-to-egypt', 'kz.person.zhengis-askar']);
  });
  it('alone, is the post the page named before, or nobody\'s', () => {
    expect(spans('The ambassador said.')).toEqual([]);
    expect(spans('Kazakh Ambassador said.')).toEqual([]);
    expect(spans('The Ambassador of Kazakhstan to Qatar arrived. The ambassador said.').map((x) => x[1])).toEqual(['kz.office.ambassador-to-qatar', 'kz.office.ambassador-to-qatar']);
  });
  it("does not make the ministry at home the one the ambassador's page speaks of", () => {
    expect(spans('The Ambassador of Kazakhstan to Qatar met the Ministry.').map((x) => x[1])).toEqual(['kz.office.ambassador-to-qatar']);
  });
});

describe('a surname alone after a title that goes on with a capitalised word', () => {
  const src = ['https://example.org/source'];
  const extra: EntitySource[] = [
    { id: 'np.person.saud-narayan', kind: 'person', name: 'Narayan Prakash Saud', scope: 'foreign', country: 'np', names: { en: ['Narayan Saud'], kk: ['Нараян Сауд'] }, sources: src },
    {
      id: 'np.office.fm', kind: 'office', name: 'Minister of Foreign Affairs of Nepal', scope: 'foreign', country: 'np', names: { en: ['Minister of Foreign Affairs of Nepal'] }, generic: { kk: ['Сыртқы істер министрі'] },
      explanation: 'A minister.', sources: src, tenures: [{ person: 'np.person.saud-narayan', from: '2023-03-31', to: '2024-03-04', sources: src }],
    },
    { id: 'kz.office.fm', kind: 'office', name: 'Minister of Foreign Affairs of Kazakhstan', scope: 'kz', country: 'kz', names: { en: ['Minister of Foreign Affairs of Kazakhstan'] }, generic: { kk: ['Сыртқы істер министрі'] }, explanation: 'A minister.', sources: src },
  ];
  const eng = createEngine(compile([...FIXTURE, ...extra], ASOF).index);
  const ids = (text: string) => eng.findMentions(text, '2023-06-01').map((m) => m.id);

  it('is no person named with the title: "Сыртқы істер министрі Сауд Арабиясы Короліне"', () => {
    expect(ids('Сыртқы істер министрі Сауд Арабиясы Короліне хат берді.')).toEqual(['kz.office.fm']);
  });
  it('is, once the page named the person in full', () => {
    expect(ids('Нараян Сауд келді. Сыртқы істер министрі Сауд Астанада болды.')).toEqual(['np.person.saud-narayan', 'np.office.fm', 'np.person.saud-narayan']);
  });
});

describe('a bare title of a Kazakh body long gone', () => {
  const src = ['https://example.org/source'];
  const parties: EntitySource[] = [
    { id: 'kz.body.cpk', kind: 'body', name: 'Communist Party of Kazakhstan', scope: 'kz', country: 'kz', from: '1991-10', to: '2015-08-03', names: { en: ['Communist Party of Kazakhstan'] }, explanation: 'A party.', sources: src },
    { id: 'cn.body.cpc', kind: 'body', name: 'Communist Party of China', scope: 'foreign', country: 'cn', names: { en: ['Communist Party of China'] }, explanation: 'A party.', sources: src },
  ];
  const eng = createEngine(compile([...FIXTURE, ...parties], ASOF).index);
  const ids = (text: string, date: string) => eng.findMentions(text, date).map((m) => m.id);

  it('is that body while it existed, and a few years after', () => {
    expect(ids('Members of the Communist Party met.', '2014-05-05')).toEqual(['kz.body.cpk']);
    expect(ids('Members of the Communist Party met.', '2016-05-05')).toEqual(['kz.body.cpk']);
  });
  it('is nobody\'s once it is long gone and another state\'s body of that name exists', () => {
    expect(ids('Members of the Communist Party met.', '2025-05-05')).toEqual([]);
    // the full name still names it
    expect(ids('The Communist Party of Kazakhstan was banned.', '2025-05-05')).toEqual(['kz.body.cpk']);
  });
});

describe("a member's seat by the bare title", () => {
  const src = ['https://example.org/source'];
  const chambers: EntitySource[] = [
    { id: 'kz.body.senate', kind: 'body', name: 'Senate of Kazakhstan', scope: 'kz', country: 'kz', names: { en: ['Senate of Kazakhstan'], ru: ['Сенат Казахстана'] }, generic: { en: ['Senate'], ru: ['сенат'] }, explanation: 'A chamber.', sources: src },
    { id: 'kz.office.senator', kind: 'office', name: 'Senator of Kazakhstan', scope: 'kz', country: 'kz', parent: 'kz.body.senate', multi: true, names: { en: ['Senator of Kazakhstan'], ru: ['сенатор Казахстана'] }, generic: { en: ['Senator'], ru: ['сенатор'] }, explanation: 'A seat.', sources: src },
    { id: 'ru.body.federation-council', kind: 'body', name: 'Federation Council of Russia', scope: 'foreign', country: 'ru', names: { en: ['Federation Council'], ru: ['Совет Федерации'] }, explanation: 'A chamber.', sources: src },
    { id: 'ru.office.member-federation-council', kind: 'office', name: 'Member of the Federation Council of Russia', scope: 'foreign', country: 'ru', parent: 'ru.body.federation-council', multi: true, names: { en: ['Member of the Federation Council of Russia'], ru: ['член Совета Федерации'] }, generic: { en: ['Senator'], ru: ['сенатор'] }, explanation: 'A seat.', sources: src },
    { id: 'ru.office.chairman-federation-council', kind: 'office', name: 'Chairman of the Federation Council of Russia', scope: 'foreign', country: 'ru', parent: 'ru.body.federation-council', heads: 'ru.body.federation-council', names: { en: ['Chairman of the Federation Council'], ru: ['Председатель Совета Федерации'] }, generic: { en: ['Chairman'] }, explanation: 'A head.', sources: src },
  ];
  const eng = createEngine(compile([...FIXTURE, ...chambers], ASOF).index);
  const of = (text: string) => eng.findMentions(text, '2023-05-10').filter((m) => /сенатор|senator/i.test(m.text)).map((m) => m.id);

  it('is a seat in the chamber the page named last, when no seat was named', () => {
    expect(of('Совет Федерации одобрил закон. Сенатор Андрей Клишас заявил об этом.')).toEqual(['ru.office.member-federation-council']);
    expect(of('Сенат одобрил закон. Сенатор Андрей Клишас заявил об этом.')).toEqual(['kz.office.senator']);
    expect(of('Сенатор Андрей Клишас заявил об этом.')).toEqual(['kz.office.senator']);
  });
  it('is the seat the page named, before the chamber named since', () => {
    expect(of('A senator of Kazakhstan spoke. The Chairman of the Federation Council arrived. The Senator said more.')).toEqual(['kz.office.senator', 'kz.office.senator']);
  });
});

describe("a bare «Президент» on a Kazakh page", () => {
  const src = ['https://example.org/source'];
  const china: EntitySource[] = [
    { id: 'cn.person.xi-jinping', kind: 'person', name: 'Xi Jinping', scope: 'foreign', country: 'cn', names: { en: ['Xi Jinping'], ru: ['Си Цзиньпин'], kk: ['Си Цзиньпин'] }, sources: src },
    {
      id: 'cn.office.president', kind: 'office', name: 'President of China', scope: 'foreign', country: 'cn',
      names: { en: ['President of China'], ru: ['Председатель КНР'], kk: ['Қытай Президенті', 'ҚХР Төрағасы'] }, generic: { en: ['President'], ru: ['президент'], kk: ['Президент'] },
      explanation: 'The head of state of China.', sources: src, tenures: [{ person: 'cn.person.xi-jinping', from: '2013-03-14', sources: src }],
    },
  ];
  const eng = createEngine(compile([...FIXTURE, ...china], ASOF).index);
  const presidents = (text: string) => eng.findMentions(text, '2022-09-14').filter((m) => /^Президент/.test(m.text)).map((m) => m.id);

  it("is Kazakhstan's, even right after another state's president was named", () => {
    expect(presidents('Қытай Президенті Си Цзиньпин Астанаға келді. Президент оны Ақордада қарсы алды.')).toEqual(['kz.office.president']);
    expect(presidents('Қытай Президенті Си Цзиньпин Астанаға келді. Президентке рахмет айтты.')).toEqual(['kz.office.president']);
  });
  it("is Kazakhstan's in Russian too when capitalised inside a sentence, as Kazakh news writes Kazakhstan's", () => {
    const ru = (text: string) => eng.findMentions(text, '2022-09-14').filter((m) => /^[Пп]резидент/.test(m.text)).map((m) => m.id);
    expect(ru('Председатель КНР Си Цзиньпин прибыл в Казахстан и выразил благодарность Президенту за тёплый приём.')).toEqual(['kz.office.president']);
    // in lower case it is still the president the page just named
    expect(ru('Председатель КНР Си Цзиньпин прибыл в Казахстан. Он и президент обсудили торговлю.')).toEqual(['cn.office.president']);
  });
});

describe('a bare title on a page about another state', () => {
  const src = ['https://example.org/source'];
  const kyrgyz: EntitySource[] = [
    { id: 'kg.person.abylgaziev', kind: 'person', name: 'Mukhammedkaly Abylgaziev', scope: 'foreign', country: 'kg', names: { en: ['Mukhammedkaly Abylgaziev'] }, sources: src },
    {
      id: 'kg.office.prime-minister', kind: 'office', name: 'Prime Minister of Kyrgyzstan', scope: 'foreign', country: 'kg',
      names: { en: ['Prime Minister of Kyrgyzstan'], ru: ['премьер-министр Кыргызстана'] }, generic: { en: ['Prime Minister'], ru: ['премьер-министр'] },
      explanation: 'The head of the Kyrgyz government.', sources: src, tenures: [{ person: 'kg.person.abylgaziev', from: '2018-04-20', to: '2020-06-15', sources: src }],
    },
    { id: 'kz.office.prime-minister', kind: 'office', name: 'Prime Minister of Kazakhstan', scope: 'kz', country: 'kz', names: { en: ['Prime Minister of Kazakhstan'], ru: ['премьер-министр Казахстана'] }, generic: { en: ['Prime Minister'], ru: ['премьер-министр'] }, explanation: 'The head of the Kazakh government.', sources: src },
    { id: 'kz.body.mazhilis-lower', kind: 'body', name: 'Lower house of Kazakhstan', scope: 'kz', country: 'kz', names: { en: ['Lower house of Kazakhstan'] }, generic: { en: ['lower house'] }, explanation: 'A chamber.', sources: src },
  ];
  const eng = createEngine(compile([...FIXTURE, ...kyrgyz], ASOF).index);
  const ids = (text: string) => eng.findMentions(text, '2018-04-20').filter((m) => m.kind !== 'person' && m.text !== 'President').map((m) => [m.text, m.id]);

  it("is that state's post, named before the state or after it, while the page names nothing of Kazakhstan", () => {
    expect(ids('New Prime Minister appointed in Kyrgyzstan. The parliament of Kyrgyzstan elected Mukhammedkaly Abylgaziev.')).toEqual([['Prime Minister', 'kg.office.prime-minister']]);
  });
  it('is none when that state has no such post: not a Kazakh one', () => {
    expect(ids('Lawmakers of Kyrgyzstan in the lower house passed the bill.')).toEqual([]);
  });
  it("is Kazakhstan's once the page or the sentence names Kazakhstan", () => {
    expect(ids('Kyrgyzstan and Kazakhstan held talks. The Prime Minister spoke.')).toEqual([['Prime Minister', 'kz.office.prime-minister']]);
    expect(ids('The Prime Minister flew to Kyrgyzstan, President Tokayev said.')).toEqual([['Prime Minister', 'kz.office.prime-minister']]);
  });
  it('is not a state named only in a later sentence', () => {
    expect(ids('The Prime Minister spoke. Then he flew to Kyrgyzstan.')).toEqual([['Prime Minister', 'kz.office.prime-minister']]);
  });
  it("is not on a Kazakh page a title in capitals, which Kazakh writes for Kazakhstan's own posts", () => {
    expect(ids('Премьер-министр Қырғызстанға жұмыс сапарымен барды.')).toEqual([['Премьер-министр', 'kz.office.prime-minister']]);
    expect(ids('Қырғызстанда премьер-министр ауысты, Мукхаммедкалы кеңесті.')).toEqual([['премьер-министр', 'kg.office.prime-minister']]);
  });
  it("does not take a foreign person named for the page's state", () => {
    // (nothing of Kazakhstan is named here: only the person's not counting keeps the title Kazakhstan's)
    expect(ids('The Prime Minister met Mukhammedkaly Abylgaziev.')).toEqual([['Prime Minister', 'kz.office.prime-minister']]);
  });
});

describe('a surname that is a common Kazakh word', () => {
  const src = ['https://example.org/source'];
  const iran: EntitySource[] = [
    { id: 'ir.person.rouhani-hassan', kind: 'person', name: 'Hassan Rouhani', scope: 'foreign', country: 'ir', names: { en: ['Hassan Rouhani'], ru: ['Хасан Рухани'], kk: ['Хасан Рухани'] }, sources: src },
    {
      id: 'ir.office.president', kind: 'office', name: 'President of Iran', scope: 'foreign', country: 'ir', names: { en: ['President of Iran'], kk: ['Иран Президенті'] },
      explanation: 'The head of government of Iran.', sources: src, tenures: [{ person: 'ir.person.rouhani-hassan', from: '2013-08-03', to: '2021-08-03', sources: src }],
    },
  ];
  const eng = createEngine(compile([...FIXTURE, ...iran], ASOF).index);
  const ids = (text: string) => eng.findMentions(text, '2019-07-10').map((m) => m.id);
  it('is the word («Рухани жаңғыру», spiritual renewal) unless the page named the person', () => {
    expect(ids('«Рухани жаңғыру» бағдарламасы аясында кездесу өтті.')).toEqual([]);
    expect(ids('Иран Президенті Хасан Рухани келді. Рухани сөз сөйледі.')).toEqual(['ir.office.president', 'ir.person.rouhani-hassan', 'ir.person.rouhani-hassan']);
  });
});

describe('a month or a weekday before a surname', () => {
  it.each(['In July Kusherbayev spoke.', 'On Monday Kusherbayev spoke.'])('is no given name: %s', (text) => {
    expect(find(text).map((x) => [x.text, x.id])).toEqual([['Kusherbayev', 'kz.person.kusherbayev-krymbek']]);
  });
});

describe("a title and a body with the body's state in the possessive between them", () => {
  const src = ['https://example.org/source'];
  const kenesh: EntitySource[] = [
    { id: 'kg.body.jogorku-kenesh', kind: 'body', name: 'Jogorku Kenesh', scope: 'foreign', country: 'kg', names: { en: ['Jogorku Kenesh'] }, explanation: 'The parliament of Kyrgyzstan.', sources: src },
    {
      id: 'kg.office.speaker-jogorku-kenesh', kind: 'office', name: 'Speaker of the Jogorku Kenesh', scope: 'foreign', country: 'kg', heads: 'kg.body.jogorku-kenesh',
      names: { en: ['Speaker of the Jogorku Kenesh'] }, explanation: 'The presiding officer of the parliament of Kyrgyzstan.', sources: src,
    },
    // a bare "Speaker" or "Chairman" is matched as a back-reference to Kazakhstan's Speaker, as in the gazetteer
    {
      id: 'kz.office.senate-chairman', kind: 'office', name: 'Chairman of the Senate of Kazakhstan', scope: 'kz', country: 'kz',
      names: { en: ['Chairman of the Senate of Kazakhstan'] }, short: { en: ['Speaker', 'Chairman'] }, explanation: 'The presiding officer of the Senate.', sources: src,
    },
  ];
  const withKenesh = createEngine(compile([...FIXTURE, ...kenesh], ASOF).index);
  const spans = (text: string) => withKenesh.findMentions(text, '2019-04-18').map((m) => [m.text, m.id]);

  it('name the body\'s head: "Speaker of Kyrgyzstan\'s Jogorku Kenesh", "Chairman of Kyrgyzstan\'s Jogorku Kenesh"', () => {
    expect(spans("Speaker of Kyrgyzstan's Jogorku Kenesh spoke.")).toEqual([["Speaker of Kyrgyzstan's Jogorku Kenesh", 'kg.office.speaker-jogorku-kenesh']]);
    expect(spans('Chairman of Kyrgyzstan’s Jogorku Kenesh spoke.')).toEqual([['Chairman of Kyrgyzstan’s Jogorku Kenesh', 'kg.office.speaker-jogorku-kenesh']]);
  });
  it('not when the state is another than the body\'s', () => {
    expect(spans("Speaker of Russia's Jogorku Kenesh spoke.")).toEqual([['Jogorku Kenesh', 'kg.body.jogorku-kenesh']]);
  });
  it('not across a stretch of words to a body of no state: "The Speaker expressed support … within the OSCE PA"', () => {
    const pa: EntitySource[] = [
      { id: 'intl.body.oscepa', kind: 'body', name: 'OSCE Parliamentary Assembly', scope: 'intl', names: { en: ['OSCE PA'] }, explanation: 'An assembly.', sources: src },
      { id: 'intl.office.oscepa-president', kind: 'office', name: 'President of the OSCE Parliamentary Assembly', scope: 'intl', heads: 'intl.body.oscepa', names: { en: ['OSCE PA President'] }, explanation: 'Its head.', sources: src },
    ];
    const eng = createEngine(compile([...FIXTURE, ...kenesh, ...pa], ASOF).index);
    const ids = eng.findMentions('The Speaker expressed support for creating within the OSCE PA a group.', '2019-04-18').map((m) => [m.text, m.id]);
    expect(ids).not.toContainEqual(expect.arrayContaining(['intl.office.oscepa-president']));
    expect(ids).toContainEqual(['OSCE PA', 'intl.body.oscepa']);
  });
});

describe('organs and places named beside a title', () => {
  it.each([
    'Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі хабарлады. Председатель совета директоров банка заявил.',
    'The Anti-Corruption Agency reported. The Chairman of the Board of the bank said.',
  ])('does not take a title in an organ the gazetteer does not have for the office named before: %s', (text) => {
    expect(find(text, '2024-04-15').map((x) => x.id)).not.toContain('kz.office.chairman-of-the-anti-corruption-agency');
  });

  it('leaves a title alone before "of" and a name of its own that ends in an organisation\'s word', () => {
    expect(find('Honorary President of the Kazakhstan Boxing Federation Askar Kulibayev came.', '2017-07-02')).toEqual([]);
    expect(find('The President of the Almaty Management University spoke.', '2017-07-02')).toEqual([]);
    // a lower-case word or a gap ends the name: the title is Kazakhstan's again
    expect(find('The President of the country met the Federation.', '2017-07-02').map((x) => x.id)).toContain('kz.office.president');
  });

  it('leaves a title alone before "of" and a name that ends in an organ\'s word, or a body\'s back-reference', () => {
    const stats: EntitySource = {
      id: 'kz.body.statistics-committee', kind: 'body', name: 'Committee on Statistics', scope: 'kz', country: 'kz',
      names: { en: ['Committee on Statistics of the Ministry of National Economy'] }, short: { en: ['Statistics Committee'] },
      explanation: 'A committee invented for the test.', sources: ['https://example.org/source'],
    };
    const eng = createEngine(compile([...FIXTURE, stats], ASOF).index);
    const ids = (text: string) => eng.findMentions(text, '2024-04-15').map((m) => m.id);
    expect(ids('The Anti-Corruption Agency reported. Chairman of the Statistics Committee spoke.')).not.toContain('kz.office.chairman-of-the-anti-corruption-agency');
    expect(ids('The Anti-Corruption Agency reported. Chairman of the Ethics Commission spoke.')).not.toContain('kz.office.chairman-of-the-anti-corruption-agency');
    // the back-reference alone still names the office
    expect(ids('The Anti-Corruption Agency reported. The Chairman spoke.')).toContain('kz.office.chairman-of-the-anti-corruption-agency');
  });

  it('leaves a Russian title alone before an organisation\'s name in the genitive, after its adjectives', () => {
    expect(find('Глава государства принял Президента Международного олимпийского комитета Томаса Баха.', '2022-05-01').map((x) => x.text)).toEqual(['Глава государства']);
    expect(find('Он встретился с президентом Федерации футбола.', '2022-05-01')).toEqual([]);
    // the state's own name after the title keeps it the President's
    expect(find('Он встретился с Президентом Казахстана.', '2022-05-01').map((x) => x.id)).toEqual(['kz.office.president']);
    expect(find('Он встретился с Президентом Республики Казахстан.', '2022-05-01').map((x) => x.id)).toEqual(['kz.office.president']);
  });

  it('still reads the title when the word after it is no organ', () => {
    expect(find('The Anti-Corruption Agency reported. The Chairman said.', '2024-04-15').map((x) => x.id)).toContain('kz.office.chairman-of-the-anti-corruption-agency');
  });

  it.each([
    ['ASTANA. The Akimat of Almaty announced a tender. The maslikhat approved the budget.', 'kz.body.maslikhat-almaty'],
    ['АСТАНА. Акимат Алматы объявил конкурс. Маслихат утвердил бюджет.', 'kz.body.maslikhat-almaty'],
    ['ASTANA. The Almaty Maslikhat met. The akimat agreed.', 'kz.body.akimat-almaty'],
  ])('takes a body named for a place as naming the place, for its sibling body: %s', (text, id) => {
    const m = find(text, '2024-04-15');
    expect(m[m.length - 1].id).toBe(id);
  });
});

describe('the page language', () => {
  it('reads a Kazakh ending only on a page with a letter only Kazakh has', () => {
    // Russian: "в президенты" is a plural, not the Kazakh possessive of "президент"
    expect(find('Регистрация кандидатов в президенты завершилась.', '2024-04-15')).toEqual([]);
    expect(find('Встреча с Токаевтын командой.', '2024-04-15')).toEqual([]);
    // the same word on a Kazakh page, where a word before it has a Kazakh letter
    expect(find('Мәжіліс отырысы. Токаевтын сөзі.', '2024-04-15').map((m) => m.id)).toContain('kz.person.tokayev-kassym-jomart');
    // and Russian cases are read on any page
    expect(find('Встреча с Токаевым.', '2024-04-15').map((m) => m.id)).toEqual(['kz.person.tokayev-kassym-jomart']);
  });
});

describe('a page in Kazakh written in Latin letters', () => {
  const page =
    'Búgin Aqordada Memleket basshysy Qasym-Jomart Toqaev Almaty qalasynyń ákimi Erbolat Dosaevty qabyldady, dep habarlaıdy QazAqparat tilshisi. ' +
    'Kezdesýde Prezıdentke qalanyń áleýmettik-ekonomıkalyq damýy týraly baıandaldy. Qazaqstan halqy Assambleıasynyń otyrysy da talqylandy.';
  it('finds the Kazakh names of offices and bodies, placed on the page as written', () => {
    const got = engine.findMentions(page, '2021-06-09');
    for (const m of got) expect(m.text).toBe(page.slice(m.start, m.end));
    const seen = got.map((m) => [m.text, m.id]);
    expect(seen).toContainEqual(['Memleket basshysy', 'kz.office.president']);
    expect(seen).toContainEqual(['Qasym-Jomart Toqaev', 'kz.person.tokayev-kassym-jomart']);
    expect(seen).toContainEqual(['Almaty qalasynyń ákimi', 'kz.office.akim-almaty']);
    expect(seen).toContainEqual(['Prezıdentke', 'kz.office.president']);
    expect(seen).toContainEqual(['Qazaqstan halqy Assambleıasynyń', 'kz.body.apk']);
  });
  it('reads later chunks of such a page the same way', () => {
    const session = engine.resolver.session({ date: '2021-06-09' });
    session.add(page);
    const later = 'Sondaı-aq Memleket basshysy.';
    expect(session.add(later).map((m) => [m.text, m.id])).toEqual([['Memleket basshysy', 'kz.office.president']]);
  });
});

describe('names of other things', () => {
  it.each([
    ['The rally will be held on Nur Otan street.', 'kz.body.amanat'],
    ['The Mazhilis building was closed for repairs.', 'kz.body.mazhilis'],
    ['Flights from Nursultan Nazarbayev International Airport resumed.', 'kz.person.nazarbayev-nursultan'],
    ['На проспекте Нурсултана Назарбаева открыли сквер.', 'kz.person.nazarbayev-nursultan'],
    ['Руководство АО «Международный аэропорт Нурсултан Назарбаев» сменилось.', 'kz.person.nazarbayev-nursultan'],
    ['Он прилетел в аэропорт Нурсултан Назарбаев.', 'kz.person.nazarbayev-nursultan'],
    ['Ремонт на улице «Нур Отан» завершён.', 'kz.body.amanat'],
    ['Замакима района Нур Отан выступил.', 'kz.body.amanat'],
    ['Мәжіліс көшесі жабылды.', 'kz.body.mazhilis'],
    ['Residents of Nur Otan district met the akim.', 'kz.body.amanat'],
    ['Нур Отан ауылының тұрғындары кездесті.', 'kz.body.amanat'],
    ['Нур Отан ауданында жол салынды.', 'kz.body.amanat'],
    ['Мәжіліс кентіне жол салынды.', 'kz.body.mazhilis'],
    ['They held Foreign Minister-level talks.', 'kz.office.minister-of-foreign-affairs'],
    ['A Foreign Minister–level official will head it.', 'kz.office.minister-of-foreign-affairs'],
    ['Политсовет Нур Отан алматинского филиала собрался.', 'kz.body.amanat'],
    ['Об этом передает «Нур Отан 24».', 'kz.body.amanat'],
    ['The Nur Otan amanaty programme began.', 'kz.body.amanat'],
    ['The President of the company said.', 'kz.office.president'],
    ['Президент компании заявил.', 'kz.office.president'],
    ['Компания Президенті айтты.', 'kz.office.president'],
    ['A round table dedicated to the Day of the President of the Republic was held.', 'kz.office.president'],
    ['Отмечается День Президента Республики.', 'kz.office.president'],
    ['Президент күніне арналған жиын өтті.', 'kz.office.president'],
    ['The Mazhilis Day was marked.', 'kz.body.mazhilis'],
  ])('does not read a street, a building, a holiday, "-level" or a post of another organisation as the entity: %s', (text, id) => {
    expect(find(text, '2024-04-15').map((x) => x.id)).not.toContain(id);
  });

  it.each([
    ['Он выступил от имени Нурсултана Назарбаева.', 'kz.person.nazarbayev-nursultan'],
    ['The Nur Otan party won seats.', 'kz.body.amanat'],
    ['Политсовет Нур Отан собрался.', 'kz.body.amanat'],
    ['Президент заявил.', 'kz.office.president'],
    ['The President of the Republic said.', 'kz.office.president'],
    ['The Mazhilis passed the bill.', 'kz.body.mazhilis'],
    ['Nursultan Nazarbayev arrived.', 'kz.person.nazarbayev-nursultan'],
    ['Нурсултан Назарбаев прибыл.', 'kz.person.nazarbayev-nursultan'],
    ['The Foreign Minister said.', 'kz.office.minister-of-foreign-affairs'],
    ['Президент ауылға барды.', 'kz.office.president'],
    ['Мемлекет басшымыз ауылға барды.', 'kz.office.president'],
    ['Тоқаев аудандағы ауруханаға барды.', 'kz.person.tokayev-kassym-jomart'],
    ['В этот день Президент заявил.', 'kz.office.president'],
    ['Президент күні бойы жұмыс істеді.', 'kz.office.president'],
    ['В Турксибском районе аким города Алматы выступил.', 'kz.office.akim-almaty'],
  ])('still reads the entity elsewhere: %s', (text, id) => {
    expect(find(text, '2024-04-15').map((x) => x.id)).toContain(id);
  });
});

describe('officesByPerson', () => {
  it('lists, for every person, the office of each of their tenures, and nothing for others', () => {
    const rec = (id: string, k: 0 | 1 | 2, ten?: [number, string, string, number][]) => ({ id, k, n: id, s: 'kz' as const, ten });
    const index = {
      entities: [
        rec('p0', 0),
        rec('p1', 0),
        rec('o2', 1, [[0, '2012-01-01', '2014-01-01', 0], [1, '2014-01-01', '', 0], [0, '2016-01-01', '', 1]]),
        rec('o3', 1, [[1, '2010-01-01', '2013-01-01', 0]]),
        rec('b4', 2),
      ],
    } as unknown as MatchIndex;
    const { start, list } = officesByPerson(index);
    const of = (p: number) => Array.from(list).slice(start[p], start[p + 1]);
    expect(of(0)).toEqual([2, 2]);
    expect(of(1)).toEqual([2, 3]);
    expect([2, 3, 4].map(of)).toEqual([[], [], []]);
  });
});

describe('a title and the person named with it', () => {
  const src = ['https://example.org/source'];
  const entities: EntitySource[] = [
    { id: 'kz.person.abayev-dauren', kind: 'person', name: 'Dauren Abayev', scope: 'kz', country: 'kz', names: { en: ['Dauren Abayev'] }, sources: src },
    {
      id: 'kz.office.minister-of-culture', kind: 'office', name: 'Minister of Culture and Information of Kazakhstan', scope: 'kz', country: 'kz', from: '2014-08-06',
      names: { en: ['Minister of Culture and Information of Kazakhstan'] }, generic: { en: ['Information Minister'] }, explanation: 'A minister.', sources: src,
      tenures: [{ person: 'kz.person.abayev-dauren', from: '2022-01-11', to: '2023-01-04', sources: src }],
    },
    {
      id: 'kz.office.minister-of-information', kind: 'office', name: 'Minister of Information and Communications of Kazakhstan', scope: 'kz', country: 'kz', from: '2016-05-06', to: '2019-02-25',
      names: { en: ['Minister of Information and Communications of Kazakhstan'] }, generic: { en: ['Information Minister'] }, explanation: 'A minister.', sources: src,
      tenures: [{ person: 'kz.person.abayev-dauren', from: '2016-05-06', to: '2019-02-25', sources: src }],
    },
    { id: 'de.person.von-der-leyen-ursula', kind: 'person', name: 'Ursula von der Leyen', scope: 'foreign', country: 'de', names: { en: ['Ursula von der Leyen'] }, sources: src },
    {
      id: 'de.office.president', kind: 'office', name: 'President of Germany', scope: 'foreign', country: 'de',
      names: { en: ['President of Germany'] }, generic: { en: ['President'] }, explanation: 'The head of state of Germany.', sources: src,
    },
    {
      id: 'intl.office.president-of-the-european-commission', kind: 'office', name: 'President of the European Commission', scope: 'intl',
      names: { en: ['President of the European Commission'] }, explanation: 'The head of the European Commission.', sources: src,
      tenures: [{ person: 'de.person.von-der-leyen-ursula', from: '2019-12-01', sources: src }],
    },
  ];
  const eng = createEngine(compile([...FIXTURE, ...entities], ASOF).index);
  const office = (text: string, date: string) => eng.findMentions(text, date).find((m) => m.kind === 'office')?.id;

  it('is the one held on the date', () => {
    expect(office('Information Minister Dauren Abayev said.', '2018-02-09')).toBe('kz.office.minister-of-information');
    expect(office("Kazakhstan's Information Minister Dauren Abayev said.", '2018-02-09')).toBe('kz.office.minister-of-information');
    expect(office('Information Minister Dauren Abayev said.', '2022-06-01')).toBe('kz.office.minister-of-culture');
  });

  it('is, when the person held none of the posts it names, the post they hold whose name starts with it', () => {
    expect(office('President von der Leyen met the ambassador. Ursula von der Leyen said.', '2023-03-09')).toBe('intl.office.president-of-the-european-commission');
  });
});

describe('posts that did not exist on the date', () => {
  const src = ['https://example.org'];
  const vp: EntitySource = {
    id: 'kz.office.vice-president', kind: 'office', name: 'Vice-President of Kazakhstan', scope: 'kz', country: 'kz', from: '1991-12-16',
    lapses: [{ from: '1996-02-22', to: '2026-07-01', sources: src }],
    names: { en: ['Vice-President of Kazakhstan'] }, generic: { en: ['Vice-President'] }, explanation: 'A post of the 1990s, restored in 2026.', sources: src,
  };
  const withVp = createEngine(compile([...FIXTURE, vp], ASOF).index);
  const ids = (text: string, date: string) => withVp.findMentions(text, date).map((m) => m.id);

  it('reads its lapses: the record says when it existed', () => {
    const rec = compile([...FIXTURE, vp], ASOF).index.entities.find((e) => e.id === vp.id)!;
    expect(existsAt(rec, '1995-01-01')).toBe(true);
    expect(existsAt(rec, '2017-05-10')).toBe(false);
    expect(existsAt(rec, '2026-08-01')).toBe(true);
    // 122 days to 1 July 2026; 30 years, 8 leap days and a week since 22 February 1996
    expect(distanceFromExistence(rec, '2026-03-01')).toEqual({ until: 122, since: 365 * 30 + 8 + 7 });
    expect(distanceFromExistence(rec, '1991-01-01').since).toBe(Infinity);
  });

  it('leaves a title alone for a post decades from its existence, not one planned for the coming months', () => {
    expect(ids('The Vice-President attended the forum.', '2017-05-10')).toEqual([]);
    expect(ids('The Vice-President will be appointed by the President.', '2026-03-10')[0]).toBe(vp.id);
    // named in full, it is named whatever the date
    expect(ids('the Vice-President of Kazakhstan in the 1990s', '2017-05-10')).toEqual([vp.id]);
    // a past post, in a biography some years on
    expect(ids('He was State Secretary before.', '2025-05-10')).toEqual(['kz.office.state-secretary']);
  });

  it('takes an abolished title before the name of the holder of its successor for the successor', () => {
    expect(find('State Secretary Yerlan Karin said.', '2025-05-10')[0]).toMatchObject({ id: 'kz.office.state-counsellor', holder: 'kz.person.karin-yerlan' });
    expect(find('State Secretary Krymbek Kusherbayev said.', '2021-05-10')[0]).toMatchObject({ id: 'kz.office.state-secretary', holder: 'kz.person.kusherbayev-krymbek' });
  });
});

describe('a bare role word before a name', () => {
  const src = ['https://example.org/source'];
  const extra: EntitySource[] = [
    { id: 'kz.person.testov-nurlan', kind: 'person', name: 'Nurlan Testov', scope: 'kz', country: 'kz', names: { en: ['Nurlan Testov'], ru: ['Нурлан Тестов'] }, sources: src },
    { id: 'kz.person.ualiev-berik', kind: 'person', name: 'Berik Ualiev', scope: 'kz', country: 'kz', names: { en: ['Berik Ualiev'], ru: ['Берик Уалиев'] }, sources: src },
    {
      id: 'kz.office.minister-of-energy', kind: 'office', name: 'Minister of Energy of Kazakhstan', scope: 'kz', country: 'kz', names: { en: ['Minister of Energy of Kazakhstan'] },
      explanation: 'Heads the Ministry of Energy.', sources: src, tenures: [{ person: 'kz.person.testov-nurlan', from: '2022-01-01', sources: src }],
    },
    {
      id: 'kz.office.deputy-head-pa', kind: 'office', name: 'Deputy Head of the Presidential Administration of Kazakhstan', scope: 'kz', country: 'kz', multi: true,
      names: { en: ['Deputy Head of the Presidential Administration of Kazakhstan'] }, explanation: 'One of the deputies of the head of the Administration.', sources: src,
      tenures: [{ person: 'kz.person.testov-nurlan', from: '2019-01-01', to: '2022-01-01', sources: src }],
    },
    {
      id: 'kz.office.deputy-minister-of-energy', kind: 'office', name: 'Deputy Minister of Energy of Kazakhstan', scope: 'kz', country: 'kz', multi: true,
      names: { en: ['Deputy Minister of Energy of Kazakhstan'] }, explanation: 'One of the deputies of the energy minister.', sources: src,
      tenures: [{ person: 'kz.person.ualiev-berik', from: '2023-02-01', to: '2023-02-01', seen: true, sources: src }],
    },
    {
      id: 'kz.office.press-secretary', kind: 'office', name: 'Press Secretary of the President of Kazakhstan', scope: 'kz', country: 'kz',
      names: { en: ['Press Secretary of the President of Kazakhstan'] }, explanation: "Speaks for the President to the press.", sources: src,
      tenures: [{ person: 'kz.person.ualiev-berik', from: '2019-03-01', to: '2022-01-01', sources: src }],
    },
  ];
  const eng = createEngine(compile([...FIXTURE, ...extra], ASOF).index);
  const spans = (text: string, date: string) => eng.findMentions(text, date).map((m) => [m.text, m.id, m.holder?.id ?? null]);

  it.each([
    ['Minister Nurlan Testov said.', '2023-05-05', 'Minister', 'kz.office.minister-of-energy', 'kz.person.testov-nurlan'],
    ['Press Secretary Berik Ualiev said.', '2020-05-05', 'Press Secretary', 'kz.office.press-secretary', 'kz.person.ualiev-berik'],
    // a sighting within a year counts
    ['Deputy Minister Berik Ualiev said.', '2023-06-01', 'Deputy Minister', 'kz.office.deputy-minister-of-energy', 'kz.person.ualiev-berik'],
    ['Встреча с министром Нурланом Тестовым.', '2023-05-05', 'министром', 'kz.office.minister-of-energy', 'kz.person.testov-nurlan'],
    ['Встреча с акимом Ерболатом Досаевым.', '2023-05-05', 'акимом', 'kz.office.akim-almaty', 'kz.person.dossayev-yerbolat'],
    ['Governor Yerbolat Dossayev said.', '2023-05-05', 'Governor', 'kz.office.akim-almaty', 'kz.person.dossayev-yerbolat'],
  ])('is the post of that kind the person holds: %s', (text, date, title, id, holder) => {
    expect(spans(text, date)[0]).toEqual([title, id, holder]);
  });

  it('is nothing where the person holds no post of that kind on the date, or was it before', () => {
    expect(spans('Press Secretary Berik Ualiev said.', '2024-05-05').map((x) => x[1])).toEqual(['kz.person.ualiev-berik']);
    expect(spans('Minister Nurlan Testov said.', '2020-05-05').map((x) => x[1])).toEqual(['kz.person.testov-nurlan']);
    expect(spans('Former Minister Nurlan Testov said.', '2023-05-05').map((x) => x[1])).toEqual(['kz.person.testov-nurlan']);
    // "Deputy Minister" is not the minister's post
    expect(spans('Deputy Minister Nurlan Testov said.', '2023-05-05').map((x) => x[1])).toEqual(['kz.person.testov-nurlan']);
    // a capitalised word before it makes a longer title the gazetteer lacks, unless it names a state or opens the sentence
    expect(spans('He met Health Minister Nurlan Testov.', '2023-05-05').map((x) => x[1])).toEqual(['kz.person.testov-nurlan']);
    expect(spans('He met Kazakh Minister Nurlan Testov.', '2023-05-05').map((x) => x[1])).toEqual(['kz.office.minister-of-energy', 'kz.person.testov-nurlan']);
    expect(spans('He left. Minister Nurlan Testov said.', '2023-05-05').map((x) => x[1])).toEqual(['kz.office.minister-of-energy', 'kz.person.testov-nurlan']);
  });

  it('overrides the back-reference the word made to another post', () => {
    // "Minister" after the foreign minister was named would be his post; Testov was not a minister in 2020
    const text = 'The Minister of Foreign Affairs of Kazakhstan met Minister Nurlan Testov.';
    expect(spans(text, '2020-05-05').map((x) => x[1])).toEqual(['kz.office.minister-of-foreign-affairs', 'kz.person.testov-nurlan']);
    expect(spans(text, '2023-05-05').map((x) => x.slice(0, 2))).toEqual([
      ['Minister of Foreign Affairs of Kazakhstan', 'kz.office.minister-of-foreign-affairs'],
      ['Minister', 'kz.office.minister-of-energy'],
      ['Nurlan Testov', 'kz.person.testov-nurlan'],
    ]);
  });
});

describe('Russian place nouns before or after a title, and names that begin like them', () => {
  const src = ['https://example.org/source'];
  const extra: EntitySource[] = [
    { id: 'tn.person.ennaifer-selma', kind: 'person', name: 'Selma Ennaifer', scope: 'foreign', country: 'tn', names: { en: ['Selma Ennaifer'], ru: ['Сельма Эннайфер'] }, sources: src },
    {
      id: 'tn.office.fm', kind: 'office', name: 'Minister of Foreign Affairs of Tunisia', scope: 'foreign', country: 'tn', names: { en: ['Minister of Foreign Affairs of Tunisia'], ru: ['Министр иностранных дел Туниса'] },
      explanation: 'A minister.', sources: src, tenures: [{ person: 'tn.person.ennaifer-selma', from: '2020-07-27', to: '2020-09-02', acting: true, sources: src }],
    },
    { id: 'cn.person.tuniyaz-erkin', kind: 'person', name: 'Erkin Tuniyaz', scope: 'foreign', country: 'cn', names: { en: ['Erkin Tuniyaz'], ru: ['Эркин Тунияз'] }, sources: src },
    {
      id: 'cn.office.chairman-xinjiang', kind: 'office', name: 'Chairman of the Xinjiang Uygur Autonomous Region', scope: 'foreign', country: 'cn',
      names: { en: ['Chairman of the Xinjiang Uygur Autonomous Region'], ru: ['Председатель Синьцзян-Уйгурского автономного района'] },
      explanation: 'Heads the regional government of Xinjiang.', sources: src, tenures: [{ person: 'cn.person.tuniyaz-erkin', from: '2021-09-30', sources: src }],
    },
  ];
  const eng = createEngine(compile([...FIXTURE, ...extra], ASOF).index);
  const ids = (text: string, date: string) => eng.findMentions(text, date).map((m) => m.id);

  it('a capitalised name after a title is no village or district ("Туниса Сельма" is not "села")', () => {
    expect(ids('Министр иностранных дел Туниса Сельма Эннайфер заявила.', '2020-08-13')).toEqual(['tn.office.fm', 'tn.person.ennaifer-selma']);
  });
  it('a name after "автономного района" is the region\'s official, not a district named so', () => {
    expect(ids('Председатель Синьцзян-Уйгурского автономного района Эркин Тунияз заявил.', '2024-06-24')).toEqual(['cn.office.chairman-xinjiang', 'cn.person.tuniyaz-erkin']);
  });
  it('still reads a village\'s or district\'s akim as another post', () => {
    expect(ids('Аким села заявил. Аким района Байтерек заявил.', '2024-06-24')).toEqual([]);
  });
});

describe('the day a term ended', () => {
  const src = ['https://example.org/source'];
  const extra: EntitySource[] = [
    { id: 'kz.person.omarov-saparkhan', kind: 'person', name: 'Saparkhan Omarov', scope: 'kz', country: 'kz', names: { en: ['Saparkhan Omarov'] }, sources: src },
    { id: 'kz.person.karashukeyev-yerbol', kind: 'person', name: 'Yerbol Karashukeyev', scope: 'kz', country: 'kz', names: { en: ['Yerbol Karashukeyev'] }, sources: src },
    {
      id: 'kz.office.minister-of-agriculture', kind: 'office', name: 'Minister of Agriculture of Kazakhstan', scope: 'kz', country: 'kz', names: { en: ['Minister of Agriculture of Kazakhstan'] },
      explanation: 'Heads the Ministry of Agriculture.', sources: src,
      tenures: [
        { person: 'kz.person.omarov-saparkhan', from: '2019-02-25', to: '2021-07-10', sources: src },
        { person: 'kz.person.karashukeyev-yerbol', from: '2021-07-10', to: '2023-01-05', sources: src },
      ],
    },
  ];
  const eng = createEngine(compile([...FIXTURE, ...extra], ASOF).index);
  const at = (text: string, date: string) => eng.findMentions(text, date).map((m) => [m.id, m.holder?.id ?? m.offices?.map((o) => o.id).join()]);

  it('the person named with the title held it that day, and the successor holds it otherwise', () => {
    expect(at('Minister of Agriculture of Kazakhstan Saparkhan Omarov was relieved of his post today.', '2021-07-10')).toEqual([
      ['kz.office.minister-of-agriculture', 'kz.person.omarov-saparkhan'],
      ['kz.person.omarov-saparkhan', 'kz.office.minister-of-agriculture'],
    ]);
    expect(at('The Minister of Agriculture of Kazakhstan spoke.', '2021-07-10')).toEqual([['kz.office.minister-of-agriculture', 'kz.person.karashukeyev-yerbol']]);
    expect(at('Saparkhan Omarov spoke.', '2021-07-11')).toEqual([['kz.person.omarov-saparkhan', '']]);
  });
});

describe('a style of address between a title and a name', () => {
  const src = ['https://example.org/source'];
  const extra: EntitySource[] = [
    { id: 'ae.person.al-nahyan-khalifa', kind: 'person', name: 'Khalifa bin Zayed Al Nahyan', scope: 'foreign', country: 'ae', names: { en: ['Khalifa bin Zayed Al Nahyan'] }, sources: src },
    {
      id: 'ae.office.president', kind: 'office', name: 'President of the United Arab Emirates', scope: 'foreign', country: 'ae', names: { en: ['President of the United Arab Emirates'] },
      generic: { en: ['President'] }, explanation: 'The head of state of the UAE.', sources: src, tenures: [{ person: 'ae.person.al-nahyan-khalifa', from: '2004-11-03', to: '2022-05-13', sources: src }],
    },
  ];
  const eng = createEngine(compile([...FIXTURE, ...extra], ASOF).index);
  const ids = (text: string) => eng.findMentions(text, '2019-05-05').map((m) => [m.id, m.holder?.id ?? null]);

  it('does not part the title from the person: "President His Highness Sheikh Khalifa bin Zayed Al Nahyan"', () => {
    expect(ids('The directives of President His Highness Sheikh Khalifa bin Zayed Al Nahyan.')[0]).toEqual(['ae.office.president', 'ae.person.al-nahyan-khalifa']);
    expect(ids('President H.E. Khalifa bin Zayed Al Nahyan spoke.')[0]).toEqual(['ae.office.president', 'ae.person.al-nahyan-khalifa']);
    // any other words between do
    expect(ids('President and also Khalifa bin Zayed Al Nahyan spoke.')[0][0]).toBe('kz.office.president');
  });
});

describe('"Department of State" before "Revenues"', () => {
  const src = ['https://example.org/source'];
  const extra: EntitySource[] = [
    { id: 'us.body.state-department', kind: 'body', name: 'United States Department of State', scope: 'foreign', country: 'us', names: { en: ['United States Department of State', 'Department of State'] }, explanation: 'The US foreign ministry.', sources: src },
  ];
  const eng = createEngine(compile([...FIXTURE, ...extra], ASOF).index);
  it('is a Kazakh revenue department, not the US State Department', () => {
    expect(eng.findMentions('The Department of State Revenues of Karaganda region reported.', '2023-05-05')).toEqual([]);
    expect(eng.findMentions('The Department of State said.', '2023-05-05').map((m) => m.id)).toEqual(['us.body.state-department']);
  });
});

describe('the holder a page names with a single-holder post', () => {
  const src = ['https://example.org/source'];
  const pg: EntitySource[] = [
    testPerson('kz.person.nurdauletov-gizat', 'Gizat Nurdauletov', 'kz'),
    testPerson('kz.person.asylov-berik', 'Berik Asylov', 'kz'),
    {
      id: 'kz.office.prosecutor-general', kind: 'office', name: 'Prosecutor General of Kazakhstan', scope: 'kz', country: 'kz',
      names: { en: ['Prosecutor General of Kazakhstan'] }, generic: { en: ['Prosecutor General'] }, explanation: 'The chief prosecutor.', sources: src,
      // year precision: both terms cover a day of 2022
      tenures: [
        { person: 'kz.person.nurdauletov-gizat', from: '2019-03', to: '2022', sources: src },
        { person: 'kz.person.asylov-berik', from: '2022', sources: src },
      ],
    },
    testPerson('kz.person.urazalin-ondassyn', 'Ondassyn Urazalin', 'kz'),
    testPerson('kz.person.tugzhanov-yeraly', 'Yeraly Tugzhanov', 'kz'),
    {
      id: 'kz.office.akim-aktobe-region', kind: 'office', name: 'Akim of Aktobe Region', scope: 'kz', country: 'kz',
      names: { en: ['Akim of Aktobe Region'] }, generic: { en: ['Aktobe akim'] }, explanation: 'The governor of Aktobe Region.', sources: src,
      tenures: [
        { person: 'kz.person.urazalin-ondassyn', from: '2019-02-05', to: '2022-08-31', sources: src },
        { person: 'kz.person.tugzhanov-yeraly', from: '2022-08-31', sources: src },
      ],
    },
  ];
  const eng = createEngine(compile([...FIXTURE, ...pg], ASOF).index);
  const holders = (text: string, date: string) => eng.findMentions(text, date).filter((m) => m.kind === 'office').map((m) => m.holder?.id);

  it('is the holder of a later bare title on the page, where the record has both people in office that month', () => {
    const text = 'Tokayev received Prosecutor General Gizat Nurdauletov. The Prosecutor General reported on the cases.';
    expect(holders(text, '2022-02-16')).toEqual(['kz.person.nurdauletov-gizat', 'kz.person.nurdauletov-gizat']);
    // without the name, the record's holder on the date
    expect(holders('The Prosecutor General reported on the cases.', '2022-02-16')).toEqual(['kz.person.asylov-berik']);
  });

  it('takes a surname after the title for the holder whose term ended that day, over a namesake in another post', () => {
    const src2 = ['https://example.org/source'];
    const namesake: EntitySource[] = [
      testPerson('kz.person.urazalin-olzhas', 'Olzhas Urazalin', 'kz'),
      {
        id: 'kz.office.chamber-head', kind: 'office', name: 'Chairman of the Chamber', scope: 'kz', country: 'kz', names: { en: ['Chairman of the Chamber'] }, explanation: 'A post.', sources: src2,
        tenures: [{ person: 'kz.person.urazalin-olzhas', from: '2020-01-01', sources: src2 }],
      },
    ];
    const eng2 = createEngine(compile([...FIXTURE, ...pg, ...namesake], ASOF).index);
    const person = eng2.findMentions('The President told the Akim of Aktobe Region O. Urazalin to step down.', '2022-08-31').find((m) => m.kind === 'person');
    expect(person?.id).toBe('kz.person.urazalin-ondassyn');
  });

  it('is not carried on the day the holder changed, nor from a past post', () => {
    // the outgoing akim is named; the bare title after is the record's holder on the date, his successor
    const text = 'Akim of Aktobe Region Ondassyn Urazalin left his post. The new Aktobe akim will be chosen today.';
    expect(holders(text, '2022-08-31')).toEqual(['kz.person.urazalin-ondassyn', 'kz.person.tugzhanov-yeraly']);
    expect(holders('Former Prosecutor General Gizat Nurdauletov spoke. The Prosecutor General reported.', '2023-05-01')).toEqual(['kz.person.asylov-berik', 'kz.person.asylov-berik']);
  });
});

describe('a surname after a title and initials', () => {
  const src = ['https://example.org/source'];
  const people: EntitySource[] = [
    { id: 'kz.person.mami-kairat', kind: 'person', name: 'Kairat Mami', scope: 'kz', country: 'kz', names: { en: ['Kairat Mami'], ru: ['Кайрат Мами'] }, sources: src },
    { id: 'kz.person.mamin-askar', kind: 'person', name: 'Askar Mamin', scope: 'kz', country: 'kz', names: { en: ['Askar Mamin'], ru: ['Аскар Мамин'] }, sources: src },
    {
      id: 'kz.office.prime-minister', kind: 'office', name: 'Prime Minister of Kazakhstan', scope: 'kz', country: 'kz', names: { en: ['Prime Minister of Kazakhstan'], ru: ['Премьер-министр Республики Казахстан'] },
      explanation: 'The head of the Government.', sources: src, tenures: [{ person: 'kz.person.mamin-askar', from: '2019-02-25', to: '2022-01-05', sources: src }],
    },
    {
      id: 'kz.office.cc-chairman', kind: 'office', name: 'Chairman of the Constitutional Council', scope: 'kz', country: 'kz', names: { en: ['Chairman of the Constitutional Council'] },
      explanation: 'The head of the Constitutional Council.', sources: src, tenures: [{ person: 'kz.person.mami-kairat', from: '2017-06-07', to: '2022-12-31', sources: src }],
    },
  ];
  const eng = createEngine(compile([...FIXTURE, ...people], ASOF).index);
  it('is the holder of the title, though the initials stand between them ("Премьер-министр Республики Казахстан А.У.Мамин")', () => {
    for (const text of ['Премьер-министр Республики Казахстан А.У.Мамин провел совещание.', 'Премьер-министр Республики Казахстан А. У. Мамин провел совещание.']) {
      const person = eng.findMentions(text, '2019-11-02').find((m) => m.kind === 'person');
      expect(person?.id).toBe('kz.person.mamin-askar');
    }
  });
});

describe('"ambassador" as a diplomatic rank', () => {
  const src = ['https://example.org/source'];
  const entities: EntitySource[] = [
    { id: 'hu.person.szabo-gyorgy', kind: 'person', name: 'György Szabó', scope: 'foreign', country: 'hu', names: { en: ['György Szabó', 'Gyorgy Szabo'] }, sources: src },
    testPerson('hu.person.baranyi-andras', 'András Baranyi', 'hu'),
    {
      id: 'intl.office.osce-office-head', kind: 'office', name: 'Head of the OSCE Programme Office in Astana', scope: 'intl', names: { en: ['Head of the OSCE Programme Office in Astana'] },
      explanation: 'The head of the OSCE office.', sources: src, tenures: [{ person: 'hu.person.szabo-gyorgy', from: '2015-01-01', to: '2019-01-01', sources: src }],
    },
    {
      id: 'hu.office.ambassador-to-kazakhstan', kind: 'office', name: 'Ambassador of Hungary to Kazakhstan', scope: 'foreign', country: 'hu', names: { en: ['Ambassador of Hungary to Kazakhstan'] }, generic: { en: ['Ambassador'] },
      explanation: "Hungary's envoy.", sources: src, tenures: [{ person: 'hu.person.baranyi-andras', from: '2014-01-01', to: '2018-01-01', sources: src }],
    },
  ];
  const eng = createEngine(compile([...FIXTURE, ...entities], ASOF).index);
  const ids = (text: string, date: string) => eng.findMentions(text, date).map((m) => m.id);
  it('is no post before a person who holds another one, and not this', () => {
    expect(ids('He met the Head of the OSCE Programme Office in Astana, Ambassador György Szabó.', '2016-09-14')).not.toContain('hu.office.ambassador-to-kazakhstan');
    // the envoy himself, or a person with no post on record, keeps the title
    expect(ids('He met Hungarian Ambassador András Baranyi.', '2016-09-14')).toContain('hu.office.ambassador-to-kazakhstan');
    expect(ids('He met Ambassador György Szabó.', '2020-09-14')).toContain('hu.office.ambassador-to-kazakhstan');
  });
});

describe('a generic name years before its body was made', () => {
  const src = ['https://example.org/source'];
  const bodies: EntitySource[] = [
    {
      id: 'kz.body.old-agency', kind: 'body', name: 'Agency for Civil Service and Integrity', scope: 'kz', country: 'kz', from: '2014-08-06', to: '2019-06-13',
      names: { en: ['Agency for Civil Service and Integrity'] }, explanation: 'The old agency.', sources: src,
    },
    {
      id: 'kz.body.new-agency', kind: 'body', name: 'Integrity Agency of Kazakhstan', scope: 'kz', country: 'kz', from: '2019-06-13', replaces: ['kz.body.old-agency'],
      names: { en: ['Integrity Agency of Kazakhstan'] }, generic: { en: ['Integrity Agency', 'Integrity'] }, explanation: 'The new agency.', sources: src,
    },
  ];
  const eng = createEngine(compile([...FIXTURE, ...bodies], ASOF).index);
  const ids = (text: string, date: string) => eng.findMentions(text, date).map((m) => m.id);
  it('is what it replaced, when that was in being on the date; a one-word name is left alone', () => {
    expect(ids('The Integrity Agency reported.', '2016-11-06')).toEqual(['kz.body.old-agency']);
    expect(ids('The Integrity Agency reported.', '2021-11-06')).toEqual(['kz.body.new-agency']);
    expect(ids('The Integrity reported.', '2016-11-06')).toEqual([]);
  });
});

/** A person for a test gazetteer, known by the one English name. */
function testPerson(id: string, name: string, country: string): EntitySource {
  return { id, kind: 'person', name, scope: country === 'kz' ? 'kz' : 'foreign', country, names: { en: [name] }, sources: ['https://example.org/source'] };
}

describe('a title after a count', () => {
  const ids = (text: string) => find(text).map((m) => `${m.text}=${m.id}`);
  it('is a number of posts, not the post', () => {
    expect(ids('Саммитке 11 мемлекет басшысы қатысты.')).toEqual([]);
    expect(ids('Форумға он екі мемлекет басшысы келді.')).toEqual([]);
    expect(ids('Форумға бірнеше мемлекет басшысы келді.')).toEqual([]);
    expect(ids('На встрече были два президента.')).toEqual([]);
  });
  it('is the post after a year, a number sign, a time on the line before, or Russian "он" (he)', () => {
    expect(ids('2019 жылы Мемлекет басшысы сөз сөйледі.')).toEqual(['Мемлекет басшысы=kz.office.president']);
    expect(ids('В 2019 Президент подписал указ.')).toEqual(['Президент=kz.office.president']);
    expect(ids('30 наурыз, 11:48\nМемлекет басшысы сөз сөйледі.')).toEqual(['Мемлекет басшысы=kz.office.president']);
    expect(ids('Сейчас он Президент.')).toEqual(['Президент=kz.office.president']);
  });
});

describe('a title at the end of a line', () => {
  it('takes no state from the dateline that starts the next line', () => {
    expect(find('Указ подписал Президент\nАЛМАТЫ. КАЗИНФОРМ – Сегодня').map((m) => m.id)).toEqual(['kz.office.president']);
  });
});

describe('a Kazakh page', () => {
  const src = ['https://example.org/source'];
  const extra: EntitySource[] = [
    {
      id: 'kz.body.national-kurultai', kind: 'body', name: 'National Kurultai', scope: 'kz', country: 'kz', from: '2022-06-16',
      names: { en: ['National Kurultai'], kk: ['Ұлттық құрылтай'] }, explanation: 'An advisory council.', sources: src,
    },
    {
      id: 'kz.office.chairman-of-the-national-kurultai', kind: 'office', name: 'Chairman of the National Kurultai', scope: 'kz', country: 'kz', from: '2022-06-16',
      heads: 'kz.body.national-kurultai', names: { en: ['Chairman of the National Kurultai'] }, explanation: 'Chairs the council.', sources: src,
    },
    {
      id: 'kz.body.adal', kind: 'body', name: 'Adal party', scope: 'kz', country: 'kz',
      names: { en: ['Adal party'], kk: ['ADAL партиясы'] }, short: { kk: ['партия'] }, explanation: 'A political party.', sources: src,
    },
  ];
  const eng = createEngine(compile([...FIXTURE, ...extra], ASOF).index);
  const ids = (text: string) => eng.findMentions(text, '2022-06-20').map((m) => `${m.text}=${m.id}`);
  it('reads a title before a body in the nominative as two things, not the head of the body', () => {
    expect(ids('Президент Ұлттық құрылтай туралы бастаманы қолдаған баршаға алғыс айтты.')).toEqual(['Президент=kz.office.president', 'Ұлттық құрылтай=kz.body.national-kurultai']);
  });
  it('reads "алқа мәжілісі" (a board meeting) as a meeting, in capitals too', () => {
    expect(ids('БІЛІМ САЛАСЫНЫҢ АЛҚА МӘЖІЛІСІ ӨТТІ. Басқарманың алқа мәжілісінде Мәжіліс заңы талқыланды.')).toEqual(['Мәжіліс=kz.body.mazhilis']);
  });
  it('reads a count with an adjective before a back-reference as a number of bodies', () => {
    expect(ids('ADAL партиясы – 3,57%. Межеден 3 саяси партия өтті. Саяси партия бағдарлама қабылдады.')).toEqual(['ADAL партиясы=kz.body.adal', 'партия=kz.body.adal']);
  });
});
