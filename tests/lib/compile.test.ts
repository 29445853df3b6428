import { describe, expect, it } from 'vitest';
import { Paradigm } from '../../lib/text/inflect';
import { agencyShorts, aliasTokens, compile, contextSpellings, deputyMinisterShorts, headedAcronymForms, headedForms, headOfForms, institutionForms, ministerNames, ministerShorts, ministryHeadForms, ruMinistryGenitive, surnameForms } from '../../lib/index/compile';
import { createMatcher } from '../../lib/match/matcher';
import type { EntitySource } from '../../lib/gazetteer/types';
import { createEngine } from '../../lib/engine';

describe('forms of official names', () => {
  it('adds the country’s other names and drops "the" after "of"', () => {
    const f = institutionForms('Minister of Foreign Affairs of the Republic of Kazakhstan', 'en', 'kz');
    expect(f.full).toEqual(expect.arrayContaining(['Minister of Foreign Affairs of Kazakhstan', 'Minister of Foreign Affairs of Republic of Kazakhstan']));
    // and "of the RK", as Kazinform wrote in the 2010s
    expect(f.full).toEqual(expect.arrayContaining(['Minister of Foreign Affairs of the RK', 'Minister of Foreign Affairs of RK']));
    expect(f.generic).toContain('Minister of Foreign Affairs');
    // a minister's title without its country is also written in lower case; a chairman's is not
    expect(f.generic).toContain('minister of foreign affairs');
    expect(institutionForms('Chairman of the Senate of Kazakhstan', 'en', 'kz').generic).not.toContain('chairman of the senate');
  });

  it('keeps the country on a title that ends in its body\'s acronym ("Chairman of the CEC of Uzbekistan")', () => {
    expect(institutionForms('Chairman of the CEC of Uzbekistan', 'en', 'uz').generic).toEqual([]);
    expect(institutionForms('Chairman of the Central Election Commission of Uzbekistan', 'en', 'uz').generic).toContain('Chairman of the Central Election Commission');
  });

  it('makes no title without its country out of an acting holder\'s ("Acting Prime Minister of Afghanistan")', () => {
    const f = institutionForms('Acting Prime Minister of Afghanistan', 'en', 'af');
    expect(f.generic.map((g) => g.toLowerCase())).not.toContain('acting prime minister');
    expect(institutionForms('исполняющий обязанности премьер-министра Афганистана', 'ru', 'af').generic).toEqual([]);
  });

  it('puts an agency\'s or committee\'s subject before the word, as news does', () => {
    expect(institutionForms('Agency for Religious Affairs of Kazakhstan', 'en', 'kz').generic).toContain('Religious Affairs Agency');
    expect(institutionForms('Chairman of the Agency of Statistics of Kazakhstan', 'en', 'kz').generic).toContain('Chairman of the Statistics Agency');
    // not where the subject has words of its own after it ("… of Competition")
    expect(institutionForms('Agency for Protection and Development of Competition of Kazakhstan', 'en', 'kz').generic.filter((g) => g.endsWith(' Agency'))).toEqual([]);
  });

  it('drops a Russian title\'s country only where the country owns the post, not where it is its place', () => {
    expect(institutionForms('Министр иностранных дел России', 'ru', 'ru').generic).toContain('Министр иностранных дел');
    // "Посол Казахстана в США" is no "Посол Казахстана в", which took "Посол Казахстана в Северной Македонии"
    expect(institutionForms('Посол Казахстана в США', 'ru', 'kz').generic).toEqual(['Посол в США']);
    // nor where only "head" or "leader" is left: "глава КНР" is a title, "глава" of anything is not
    expect(institutionForms('глава КНР', 'ru', 'cn').generic).toEqual([]);
    expect(institutionForms('лидер Китая', 'ru', 'cn').generic).toEqual([]);
    // nor "the Bank" and its head, which any bank has
    expect(institutionForms('Банк России', 'ru', 'ru').generic).toEqual([]);
    expect(institutionForms('Председатель Банка России', 'ru', 'ru').generic).not.toContain('Председатель Банка');
    expect(institutionForms('Председатель Центрального банка России', 'ru', 'ru').generic).toContain('Председатель Центрального банка');
    expect(institutionForms('Председатель КНР', 'ru', 'cn').generic).toEqual(['Председатель']);
  });

  it('writes "Қазақстанның" also as "Қазақстан Республикасының" and "ҚР"', () => {
    expect(institutionForms('Қазақстанның Германиядағы елшісі', 'kk', 'kz').full).toEqual(
      expect.arrayContaining(['Қазақстан Республикасының Германиядағы елшісі', 'ҚР Германиядағы елшісі', 'ҚР-ның Германиядағы елшісі']),
    );
  });

  it("writes a ministry's title without its country in lower case too, as news often does", () => {
    expect(institutionForms('Ministry of Energy of Kazakhstan', 'en', 'kz').generic).toEqual(expect.arrayContaining(['Ministry of Energy', 'ministry of energy']));
  });

  it("calls a region's akim its mayor too, as English news does", () => {
    expect(institutionForms('Akim of Karaganda Region', 'en', 'kz').full).toContain('Mayor of Karaganda Region');
    expect(institutionForms('Akim of Karaganda', 'en', 'kz').full.filter((f) => f.startsWith('Mayor'))).toEqual([]);
  });

  it('writes the words Kazakh names use either way both ways, but "бойынша" (by region) never as "жөніндегі"', () => {
    const f = institutionForms('Еуропалық Одақтың Орталық Азия жөніндегі арнайы өкілі', 'kk', undefined).full;
    expect(f).toEqual(expect.arrayContaining(['Еуропа Одағының Орта Азия бойынша арнаулы өкілі', 'ЕО-ның Орталық Азия жөніндегі арнайы өкілі']));
    expect(institutionForms('Алматы облысы бойынша Мемлекеттік кірістер департаменті', 'kk', 'kz').full).toEqual(['Алматы облысы бойынша Мемлекеттік кірістер департаменті']);
    // whole words only
    expect(institutionForms('Арнайыландырылған сот', 'kk', 'kz').full).toEqual(['Арнайыландырылған сот']);
    // capitalised, opening a name, too
    expect(institutionForms('Арнайы операциялар күштері', 'kk', 'kz').full).toEqual(['Арнайы операциялар күштері', 'Арнаулы операциялар күштері']);
  });

  it('writes "new" before the last word of a Kazakh title of a post, as news of an appointment does', () => {
    expect(institutionForms('Алматы облысының әкімі', 'kk', 'kz').full).toContain('Алматы облысының жаңа әкімі');
    expect(institutionForms('Көкпекті ауданының әкімі', 'kk', 'kz').full).toContain('Көкпекті ауданының қазіргі әкімі');
    expect(institutionForms('АҚШ-тың Қазақстандағы елшісі', 'kk', 'us').full).toContain('АҚШ-тың Қазақстандағы жаңа елшісі');
    // not inside a body's name, nor twice
    expect(institutionForms('Алматы облысының әкімдігі', 'kk', 'kz').full.some((f) => f.includes('жаңа'))).toBe(false);
    expect(institutionForms('Жаңа Қазақстан партиясының төрағасы', 'kk', 'kz').full.filter((f) => /жаңа/iu.test(f.slice(5)))).toEqual([]);
  });

  it('puts the demonym inside the title and treats Chair/Chairman/Chairperson as one', () => {
    const f = institutionForms('Chairman of the Senate of Uzbekistan', 'en', 'uz');
    expect(f.full).toEqual(expect.arrayContaining(['Chairperson of the Uzbek Senate', 'Chair of the Senate of Uzbekistan']));
    expect(institutionForms('Senate of Uzbekistan', 'en', 'uz').full).toContain('Uzbek Senate');
    // only bodies take a demonym: "Minister of the Russian Foreign Affairs" is not English
    expect(institutionForms('Minister of Foreign Affairs of Russia', 'en', 'ru').full.filter((x) => x.includes('of the Russian Foreign'))).toEqual([]);
  });

  it('keeps the country on a bank\'s title: "Chairman of the Bank of Russia" is no generic "Chairman of the Bank"', () => {
    expect(institutionForms('Chairman of the Bank of Russia', 'en', 'ru').generic).toEqual([]);
    expect(institutionForms('Governor of the Bank of Russia', 'en', 'ru').generic).toEqual([]);
    // nor is "Bank of Russia" a generic "Bank"
    expect(institutionForms('Bank of Russia', 'en', 'ru').generic).toEqual([]);
    expect(institutionForms('Chairman of the Central Bank of Russia', 'en', 'ru').generic).toContain('Chairman of the Central Bank');
    expect(institutionForms('Chairman of the Senate of Russia', 'en', 'ru').generic).toContain('Chairman of the Senate');
  });

  it('writes "Healthcare Minister" and "Kazakh Healthcare Minister", and "Vice" for "Deputy"', () => {
    const f = institutionForms('Minister of Healthcare of Kazakhstan', 'en', 'kz');
    expect(f.generic).toContain('Healthcare Minister');
    expect(f.full).toContain('Kazakh Healthcare Minister');
    expect(institutionForms('Minister of Foreign Affairs of Russia', 'en', 'ru').generic).toContain('Foreign Affairs Minister');
    // not from a title whose subject is not a plain name ("of the Population")
    expect(
      institutionForms('Minister of Labour and Social Protection of the Population of Kazakhstan', 'en', 'kz').generic.filter((x) => x.endsWith(' Minister')),
    ).toEqual([]);
    const d = institutionForms('First Deputy Minister of Foreign Affairs of Kazakhstan', 'en', 'kz');
    expect(d.full).toContain('First Vice Minister of Foreign Affairs of Kazakhstan');
    expect(d.generic).toEqual(expect.arrayContaining(['First Vice Minister of Foreign Affairs', 'First Vice Foreign Affairs Minister']));
    expect(d.generic.filter((x) => x.endsWith('Republic'))).toEqual([]);
    expect(institutionForms('Deputy Prime Minister of Kazakhstan', 'en', 'kz').generic).toContain('Vice Prime Minister');
    // a lone title says nothing of whose it is
    expect(institutionForms("Chairman of the People's Republic of China", 'en', 'cn').generic).toEqual([]);
  });

  it("gives a chamber's deputy presiding officer every English title news uses, and nobody else", () => {
    const f = institutionForms('Vice President of the Chamber of Deputies of Romania', 'en', 'ro');
    expect(f.full).toEqual(
      expect.arrayContaining(['Deputy Speaker of the Chamber of Deputies of Romania', 'Vice Chairman of the Chamber of Deputies of Romania']),
    );
    expect(f.generic).toEqual(expect.arrayContaining(['Vice Chairman of the Chamber of Deputies']));
    expect(institutionForms('First Deputy Chairman of the State Duma of Russia', 'en', 'ru').full).toContain('First Vice Speaker of the State Duma of Russia');
    expect(institutionForms('Vice President of the World Bank', 'en', undefined).full).not.toContain('Deputy Speaker of the World Bank');
    // a security council is no chamber, though its name ends like the Belarusian one ("Council of the Republic")
    expect(institutionForms('Chairman of the Security Council of the Republic of Kazakhstan', 'en', 'kz').full).not.toContain(
      'President of the Security Council of the Republic of Kazakhstan',
    );
    expect(institutionForms('Chairman of the Council of the Republic of Belarus', 'en', 'by').full).toContain(
      'Speaker of the Council of the Republic of Belarus',
    );
    expect(institutionForms('Chairman of the Senate of Kazakhstan', 'en', 'kz').full).toEqual(
      expect.arrayContaining(['Speaker of the Senate of Kazakhstan', 'President of the Senate of Kazakhstan']),
    );
  });

  it('writes a title and its body in apposition', () => {
    expect(institutionForms('Deputy Chairman of the Security Council of Russia', 'en', 'ru').full).toContain(
      'Deputy Chairman, Security Council of the Russian Federation',
    );
  });

  it('makes Russian and Kazakh titles generic without their country', () => {
    expect(institutionForms('Министерство иностранных дел Республики Казахстан', 'ru', 'kz').generic).toEqual(['Министерство иностранных дел']);
    expect(institutionForms('Қазақстан Республикасының Президенті', 'kk', 'kz').generic).toEqual(['Президенті']);
    expect(institutionForms('Қазақстан Республикасының Президенті', 'kk', 'kz').full).toContain('ҚР Президенті');
    // the official name in the genitive or not, either way round
    expect(institutionForms('Қазақстан Республикасының Премьер-Министрі', 'kk', 'kz').full).toContain('Қазақстан Республикасы Премьер-Министрі');
    expect(institutionForms('Қазақстан Республикасы Премьер-Министрі', 'kk', 'kz').full).toContain('Қазақстан Республикасының Премьер-Министрі');
    // a deputy's title of Kazakhstan's also after the official name (its principal's title has it), not another state's
    expect(institutionForms('Қорғаныс министрінің бірінші орынбасары', 'kk', 'kz').full).toEqual(
      expect.arrayContaining(['Қазақстан Республикасы Қорғаныс министрінің бірінші орынбасары', 'Қазақстан Республикасының Қорғаныс министрінің бірінші орынбасары']),
    );
    expect(institutionForms('Қорғаныс министрінің бірінші орынбасары', 'kk', 'uz').full.filter((f) => f.startsWith('Қазақстан'))).toEqual([]);
    // and with the country's abbreviation: "ҚР Президенті", "Министерство иностранных дел РК"
    expect(institutionForms('Министерство иностранных дел Республики Казахстан', 'ru', 'kz').full).toContain('Министерство иностранных дел РК');
    // without the country the possessive goes too: "Парламент Сенатының Төрағасы"
    expect(institutionForms('Қазақстан Республикасы Парламенті Сенатының Төрағасы', 'kk', 'kz').generic.filter((g) => !/ (?:жаңа|қазіргі) /.test(g))).toEqual([
      'Парламенті Сенатының Төрағасы',
      'Парламент Сенатының Төрағасы',
      'Парламенті Сенатының Басшысы',
      'Парламент Сенатының Басшысы',
      'Парламенті Сенатының Төрайымы',
      'Парламент Сенатының Төрайымы',
    ]);
  });

  it('writes a foreign state\'s official Kazakh name before a title, and "Глава" and "басшысы" for a chairman', () => {
    expect(institutionForms('Өзбекстан Президенті', 'kk', 'uz').full).toContain('Өзбекстан Республикасының Президенті');
    expect(institutionForms('Қырғызстан Президенті', 'kk', 'kg').full).toContain('Қырғыз Республикасының Президенті');
    expect(institutionForms('АҚШ Мемлекеттік хатшысы', 'kk', 'us').full).toContain('Америка Құрама Штаттарының Мемлекеттік хатшысы');
    // the full diplomatic title
    expect(institutionForms('Қазақстанның Түркиядағы елшісі', 'kk', 'kz').full).toContain('Қазақстанның Түркиядағы Төтенше және Өкілетті Елшісі');
    expect(institutionForms('Иранның Қазақстандағы елшісі', 'kk', 'ir').full).toContain('Иранның Қазақстандағы Төтенше және Өкілетті Елшісі');
    // and with the state's official name before it
    expect(institutionForms('Қазақстанның Өзбекстандағы елшісі', 'kk', 'kz').full).toContain('Қазақстан Республикасының Өзбекстандағы Төтенше және Өкілетті Елшісі');
    // and without the genitive ending: "Өзбекстан Республикасы Президенті"
    expect(institutionForms('Өзбекстан Президенті', 'kk', 'uz').full).toContain('Өзбекстан Республикасы Президенті');
    expect(institutionForms('Ресей Федерация Кеңесі', 'kk', 'ru').full).toContain('Ресей Федерациясы Федерация Кеңесі');
    // only the state the office belongs to
    expect(institutionForms('Өзбекстандағы елші', 'kk', 'kz').full).toEqual(['Өзбекстандағы елші']);
    expect(institutionForms('Ұлттық Банк төрағасы', 'kk', 'kz').full).toContain('Ұлттық Банк басшысы');
    // a capitalised title too, and the chairwoman's form: "Федерация Кеңесінің Төрайымы Валентина Матвиенко"
    expect(institutionForms('Ресей Федерация Кеңесінің Төрағасы', 'kk', 'ru').full).toEqual(expect.arrayContaining(['Ресей Федерация Кеңесінің Басшысы', 'Ресей Федерация Кеңесінің Төрайымы']));
    expect(institutionForms('Председатель Верховного суда', 'ru', 'kz').full).toContain('Глава Верховного суда');
    expect(institutionForms('Министр финансов', 'ru', 'kz').full).toEqual(['Министр финансов']);
  });

  it('makes a Kazakh mission abroad generic in Russian too, as in English', () => {
    expect(institutionForms('Генконсульство Казахстана в Стамбуле', 'ru', 'kz').generic).toEqual(['Генконсульство в Стамбуле']);
    expect(institutionForms('Посольство Республики Казахстан во Франции', 'ru', 'kz').generic).toEqual(['Посольство во Франции']);
    expect(institutionForms('Ambassador of Kazakhstan to Hungary', 'en', 'kz').generic).toEqual([
      'Ambassador to Hungary',
      'Ambassador Extraordinary and Plenipotentiary to Hungary',
      // the title in lower case, the place with its capitals: "the ambassador to Hungary"
      'ambassador to Hungary',
    ]);
    expect(institutionForms('Ambassador of Kazakhstan to Hungary', 'en', 'kz').full).toContain(
      'Ambassador Extraordinary and Plenipotentiary of Kazakhstan to Hungary',
    );
    // "envoy", news's other word for an ambassador named by country
    expect(institutionForms('Russian Ambassador to Kazakhstan', 'en', 'ru').full).toContain('Russian envoy to Kazakhstan');
    expect(institutionForms('Kazakh Ambassador to Hungary', 'en', 'kz').full).toContain('Kazakh envoy to Hungary');
    expect(institutionForms('Ambassador of Kazakhstan to Hungary', 'en', 'kz').full.filter((x) => x.includes('envoy'))).toEqual([]);
    expect(institutionForms('Посол Казахстана в Венгрии', 'ru', 'kz').full).toContain('Чрезвычайный и Полномочный Посол Казахстана в Венгрии');
    // another state's mission keeps its country: which country's embassy "Посольство в Казахстане" is, context decides
    expect(institutionForms('Посольство России в Казахстане', 'ru', 'ru').generic).toEqual([]);
  });
});

describe('a title after the body it heads', () => {
  const src = ['https://example.org'];
  const chamber: EntitySource = {
    id: 'kz.body.supreme-audit-chamber',
    kind: 'body',
    name: 'Supreme Audit Chamber of Kazakhstan',
    scope: 'kz',
    country: 'kz',
    sources: src,
    names: { en: ['Supreme Audit Chamber of Kazakhstan', 'Supreme Audit Chamber', 'Embassy in Paris'] },
    generic: { en: ['Accounts Committee', 'Chamber'] },
  };
  const chairman: EntitySource = {
    id: 'kz.office.supreme-audit-chamber-chairman',
    kind: 'office',
    name: 'Chairman of the Supreme Audit Chamber of Kazakhstan',
    scope: 'kz',
    country: 'kz',
    sources: src,
    names: { en: ['Chairman of the Supreme Audit Chamber of Kazakhstan'] },
    heads: chamber.id,
  };
  it('writes "Supreme Audit Chamber Chairman", from full names as full forms and generic ones as generic', () => {
    const f = headedForms(chairman, chamber);
    expect(f.full).toEqual(expect.arrayContaining(['Supreme Audit Chamber Chairman', 'Kazakh Supreme Audit Chamber Chairperson']));
    expect(f.generic).toEqual(expect.arrayContaining(['Accounts Committee Chairman', 'Accounts Committee Chair']));
    // a generic form is matched with its capitals, so the title in lower case is written out too
    expect(f.generic).toEqual(expect.arrayContaining(['Accounts Committee chairman']));
    // nothing from a name with "of"/"in", nor from a lone generic word
    expect([...f.full, ...f.generic].filter((x) => / of | in |^Chamber /.test(x))).toEqual([]);
  });
  it('writes a one-word name in the possessive too ("Kazatomprom\'s CEO"), not a longer one', () => {
    const company = { ...chamber, id: 'kz.body.kazatomprom', names: { en: ['Kazatomprom', 'National Atomic Company'] }, generic: undefined };
    const ceo = { ...chairman, id: 'kz.office.ceo-kazatomprom', names: { en: ['CEO of Kazatomprom'] }, heads: company.id };
    const f = headedForms(ceo, company);
    expect(f.full).toEqual(expect.arrayContaining(['Kazatomprom CEO', "Kazatomprom's CEO", 'National Atomic Company CEO']));
    expect(f.full).not.toContain("National Atomic Company's CEO");
  });
  it('only when the title is of the body itself: a governor of a region does not "govern" its akimat', () => {
    const akimat = { ...chamber, id: 'kz.body.akimat-abai-region', names: { en: ['Akimat of Abai Region', 'Abai Region Akimat'] }, generic: undefined };
    const akim = { ...chairman, id: 'kz.office.akim-abai-region', names: { en: ['Akim of Abai Region', 'Governor of Abai Region'] }, heads: akimat.id };
    expect(headedForms(akim, akimat)).toEqual({ full: [], generic: [] });
  });
});

describe('a title with the acronym of the body it heads, in Russian and Kazakh', () => {
  it('writes "Председатель ВАП", "глава ВАП" and "ВАП төрағасы" from the body\'s acronyms only', () => {
    const src = ['https://example.org'];
    const body: EntitySource = {
      id: 'kz.body.supreme-audit-chamber',
      kind: 'body',
      name: 'Supreme Audit Chamber of Kazakhstan',
      scope: 'kz',
      sources: src,
      names: { ru: ['Высшая аудиторская палата', 'ВАП', 'ВАП РК'], kk: ['Жоғары аудиторлық палата', 'ЖАП'] },
    };
    const office: EntitySource = {
      id: 'kz.office.supreme-audit-chamber-chairman',
      kind: 'office',
      name: 'Chairman of the Supreme Audit Chamber',
      scope: 'kz',
      sources: src,
      heads: body.id,
      names: { ru: ['Председатель Высшей аудиторской палаты'], kk: ['Жоғары аудиторлық палатаның төрағасы'] },
    };
    const f = headedAcronymForms(office, body);
    expect(f.ru.sort()).toEqual(['Председатель ВАП', 'Председатель ВАП РК', 'глава ВАП', 'глава ВАП РК'].sort());
    expect(f.kk).toEqual(['ЖАП төрағасы']);
    // an office whose names carry no head title gets nothing
    expect(headedAcronymForms({ ...office, names: { ru: ['Аудитор'] } }, body)).toEqual({ ru: [], kk: [] });
  });
});

describe('a minister named as the head of the ministry', () => {
  const src = ['https://example.org'];
  const ministry: EntitySource = {
    id: 'kz.body.ministry-of-finance',
    kind: 'body',
    name: 'Ministry of Finance of Kazakhstan',
    scope: 'kz',
    country: 'kz',
    sources: src,
    names: {
      en: ['Ministry of Finance of Kazakhstan', "Kazakhstan's Finance Ministry"],
      ru: ['Министерство финансов Республики Казахстан', 'Минфин РК', 'МФ РК'],
      kk: ['Қазақстан Республикасының Қаржы министрлігі', 'ҚР Қаржы министрлігі'],
    },
    generic: { en: ['Ministry of Finance', 'Finance Ministry'], ru: ['Министерство финансов', 'Минфин'], kk: ['Қаржы министрлігі'] },
  };
  const minister: EntitySource = {
    id: 'kz.office.minister-of-finance',
    kind: 'office',
    name: 'Minister of Finance of Kazakhstan',
    scope: 'kz',
    country: 'kz',
    sources: src,
    heads: ministry.id,
    names: { en: ['Minister of Finance of Kazakhstan'], ru: ['Министр финансов Республики Казахстан'] },
  };

  it('puts the ministry\'s Russian name in the genitive after "глава"', () => {
    expect(ruMinistryGenitive('Министерство финансов')).toBe('Министерства финансов');
    expect(ruMinistryGenitive('Минфин РК')).toBe('Минфина РК');
    expect(ruMinistryGenitive('Минэнерго')).toBe('Минэнерго');
    expect(ruMinistryGenitive('МИД Казахстана')).toBe('МИД Казахстана');
    expect(ruMinistryGenitive('Минобороны')).toBe('Минобороны');
    expect(ruMinistryGenitive('МФ РК')).toBe('МФ РК');
    expect(ruMinistryGenitive('Комитет национальной безопасности')).toBeUndefined();
  });

  it('writes "Head of the Ministry of Finance", "глава Минфина" and "Қаржы министрлігі басшысы", full or generic as the ministry\'s name', () => {
    const f = ministryHeadForms(minister, ministry);
    expect(f.en.full).toEqual(['Head of the Ministry of Finance of Kazakhstan']);
    expect(f.en.generic.sort()).toEqual([
      'Head of the Finance Ministry',
      'Head of the Ministry of Finance',
      'head of the Finance Ministry',
      'head of the Ministry of Finance',
    ]);
    expect(f.ru.full).toEqual(expect.arrayContaining(['Глава Министерства финансов Республики Казахстан', 'Руководитель Минфина РК', 'Глава МФ РК']));
    expect(f.ru.generic).toEqual(expect.arrayContaining(['Глава Министерства финансов', 'Глава Минфина']));
    // an acronym Russian declines, in both forms: "глава МИД Казахстана", "глава МИДа Казахстана"
    const mfa = ministryHeadForms(
      { ...minister, id: 'kz.office.minister-of-foreign-affairs', heads: 'kz.body.mfa' },
      { ...ministry, id: 'kz.body.mfa', names: { en: ['Ministry of Foreign Affairs'], ru: ['МИД Казахстана'] }, generic: { ru: ['МИД'] } },
    );
    expect(mfa.ru.full).toEqual(expect.arrayContaining(['Глава МИД Казахстана', 'Глава МИДа Казахстана']));
    expect(mfa.ru.generic).toEqual(expect.arrayContaining(['Глава МИД', 'Глава МИДа']));
    // and Kazakhstan's by the adjective, as the foreign press writes it
    expect(mfa.ru.full).toEqual(expect.arrayContaining(['Глава казахстанского МИДа']));
    expect(f.ru.full).toEqual(expect.arrayContaining(['Глава казахстанского Минфина']));
    // the Kazakh name with the country in front is left out: "…министрлігі басшысы" after it is no Kazakh
    expect(f.kk).toEqual({ full: ['ҚР Қаржы министрлігі басшысы'], generic: ['Қаржы министрлігі басшысы'] });
  });

  it('writes the minister\'s title from each name of the ministry, those the office lacks', () => {
    const renamed = { ...ministry, names: { ...ministry.names, en: [...ministry.names!.en!, 'Ministry of Finance and Budget Planning of Kazakhstan'] } };
    const f = ministerNames(minister, renamed);
    expect(f.en.full).toEqual(['Minister of Finance and Budget Planning of Kazakhstan']);
    expect(f.en.generic.sort()).toEqual(['Finance Minister', 'Minister of Finance']);
    // (the office's own Russian name is not given again)
    expect(f.ru.full).toEqual([]);
    expect(f.ru.generic).toEqual(['Министр финансов']);
    expect(f.kk.full).toEqual(['Қазақстан Республикасының Қаржы министрі', 'ҚР Қаржы министрі']);
    expect(f.kk.generic).toEqual(['Қаржы министрі']);
    // and the compiled index finds the renamed ministry's minister by the title
    const m = createMatcher(compile([renamed, { ...minister, names: { en: ['Minister of Finance of Kazakhstan'] } }], '2026-01-01').index);
    const text = 'Minister of Finance and Budget Planning of Kazakhstan spoke; Министр финансов выступил.';
    expect(m.find(text).matches.map((x) => text.slice(x.start, x.end))).toEqual(expect.arrayContaining(['Minister of Finance and Budget Planning of Kazakhstan', 'Министр финансов']));
    const deputy = { ...minister, id: 'kz.office.deputy-minister-of-finance', names: { en: ['Deputy Minister of Finance of Kazakhstan'] } };
    expect(ministerNames(deputy, renamed).en).toEqual({ full: [], generic: [] });
  });

  it('writes the head\'s title "of" each other full name of the body, in title case and no other entity\'s', () => {
    const agency: EntitySource = {
      id: 'kz.body.ardfm', kind: 'body', name: 'Agency for Regulation and Development of the Financial Market', scope: 'kz', country: 'kz', sources: src,
      names: { en: ['Agency for Regulation and Development of the Financial Market', 'Financial Market Regulation and Development Agency', 'Kazakh financial regulator', 'ARDFM'] },
      generic: { en: ['Financial Market Agency'] },
    };
    const chair: EntitySource = {
      id: 'kz.office.chairman-of-ardfm', kind: 'office', name: 'Chairman of the ARDFM', scope: 'kz', country: 'kz', sources: src, heads: agency.id,
      names: { en: ['Chairman of the Agency for Regulation and Development of the Financial Market'] },
    };
    expect(headOfForms(chair, agency).sort()).toEqual(['Chairman of the ARDFM', 'Chairman of the Financial Market Regulation and Development Agency']);
    // a name another entity has too is left to the resolver, which reads the title and the body together
    expect(headOfForms(chair, agency, (n) => n === 'ARDFM')).toEqual(['Chairman of the Financial Market Regulation and Development Agency']);
    // an office with no title "of" the body's name gets nothing
    expect(headOfForms({ ...chair, names: { en: ['Chief Financial Regulator'] } }, agency)).toEqual([]);
    // and the compiled index finds the chairman by it
    const m = createMatcher(compile([agency, chair], '2026-01-01').index);
    const text = 'Chairperson of the Financial Market Regulation and Development Agency said.';
    expect(m.find(text).matches.map((x) => text.slice(x.start, x.end))).toEqual(['Chairperson of the Financial Market Regulation and Development Agency']);
  });

  it('gives a deputy minister nothing: the head of a ministry is its minister', () => {
    const deputy = { ...minister, id: 'kz.office.deputy-minister-of-finance', names: { en: ['Deputy Minister of Finance of Kazakhstan'] } };
    expect(ministryHeadForms(deputy, ministry).en).toEqual({ full: [], generic: [] });
  });

  it('writes "г." for "города" in Russian titles, as news abbreviates it', () => {
    expect(institutionForms('Аким города Астаны', 'ru', 'kz').full).toEqual(['Аким города Астаны', 'Аким г. Астаны']);
    expect(institutionForms('Аким города районного значения', 'ru', 'kz').full).toEqual(['Аким города районного значения']);
  });

  it('declines the acronyms Russian reads as words, and calls a woman chair "төрайымы" in Kazakh', () => {
    expect(institutionForms('МИД РК', 'ru', 'kz').full).toEqual(['МИД РК', 'МИДа РК', 'МИДу РК', 'МИДом РК', 'МИДе РК']);
    expect(institutionForms('КНБ РК', 'ru', 'kz').full).toEqual(['КНБ РК']);
    expect(institutionForms('Сенат төрағасы', 'kk', 'kz').full.filter((f) => !/ (?:жаңа|қазіргі) /.test(f))).toEqual(['Сенат төрағасы', 'Сенат басшысы', 'Сенат төрайымы']);
  });

  it('writes "Education Minister" and "Kazakh Education Minister" from a title without its country too', () => {
    const forms = institutionForms('Deputy Minister of Education', 'en', 'kz');
    expect(forms.generic).toContain('Deputy Education Minister');
    expect(forms.full).toContain('Kazakh Deputy Education Minister');
  });

  it('calls a region\'s akim the head of the region in Russian: «глава Костанайского региона»', () => {
    expect(institutionForms('аким Костанайской области', 'ru', 'kz').full).toContain('глава Костанайского региона');
    expect(institutionForms('аким Северо-Казахстанской области', 'ru', 'kz').full).toContain('глава Северо-Казахстанского региона');
  });

  it('gives no fleeting vowel to an acronym: «АНОК» is no «АНК», while «посол» is «посла»', () => {
    const body = (id: string, ru: string[]): EntitySource => ({ id, kind: 'body', name: id, scope: 'intl', names: { ru }, explanation: 'A body invented for the fleeting vowel test.', sources: ['https://example.org'] });
    const m = createMatcher(compile([body('intl.body.anoc', ['АНОК']), body('intl.body.posol', ['посол'])], '2026-01-01').index);
    const found = (text: string) => m.find(text).matches.map((x) => text.slice(x.start, x.end));
    expect(found('Сессия АНК прошла. АНОК заявила.')).toEqual(['АНОК']);
    expect(found('Встреча посла прошла.')).toEqual(['посла']);
    // nor to a person's name: «Адера» is declined, «АДР» (an agency's acronym) is not him
    const p = createMatcher(compile([{ id: 'hu.person.ader', kind: 'person', name: 'János Áder', scope: 'foreign', country: 'hu', names: { ru: ['Янош Адер'] }, explanation: 'A person invented for the fleeting vowel test.', sources: ['https://example.org'] }], '2026-01-01').index);
    const ofPerson = (text: string) => p.find(text).matches.map((x) => text.slice(x.start, x.end));
    expect(ofPerson('Янош Адер приехал. АДР сообщило. Адера встретили.')).toEqual(['Янош Адер', 'Адера']);
  });

  it('declines a given name of two letters before the surname: «Яна Гамачека»', () => {
    const m = createMatcher(compile([{ id: 'cz.person.hamacek', kind: 'person', name: 'Jan Hamáček', scope: 'foreign', country: 'cz', names: { ru: ['Ян Гамачек'] }, explanation: 'A person invented for the declension test.', sources: ['https://example.org'] }], '2026-01-01').index);
    const found = (text: string) => m.find(text).matches.map((x) => text.slice(x.start, x.end));
    expect(found('Визит Яна Гамачека. Встреча с Яном Гамачеком.')).toEqual(['Яна Гамачека', 'Яном Гамачеком']);
  });

  it('calls a chairman the head of his body, in either case when the title is generic, and not the reverse', () => {
    const f = institutionForms('Chairman of the Supreme Court of Kazakhstan', 'en', 'kz');
    expect(f.full).toContain('Head of the Supreme Court of Kazakhstan');
    expect(f.generic).toEqual(expect.arrayContaining(['Head of the Supreme Court', 'head of the Supreme Court']));
    expect(f.full.filter((x) => x.startsWith('Head,'))).toEqual([]);
    expect(institutionForms('Deputy Chairman of the Senate of Kazakhstan', 'en', 'kz').generic).toContain('deputy head of the Senate');
    expect(institutionForms('Head of the Presidential Administration of Kazakhstan', 'en', 'kz').full.filter((x) => /^Chair/.test(x))).toEqual([]);
  });
});

describe('inflection of names', () => {
  it('does not decline a name in -о/-е, nor cut a stem to two letters ("Кро" must not match "ҚР")', () => {
    const stems = (alias: string, person: boolean) =>
      aliasTokens(alias, 'ru', person)
        .at(-1)!
        .forms.map((f) => f[0]);
    expect(stems('Александр Де Кро', true)).not.toContain('кр');
    expect(stems('Тарас Шевченко', true)).not.toContain('шевченк');
    // a Russian noun in -а still declines: "Сагинтаева" → "сагинтаев…"
    expect(stems('Гульшара Абдыкаликова', true)).toContain('абдыкаликов');
    // but a name in -й declines on its two-letter stem: "Цой" → "Цоя", "Цою"
    expect(aliasTokens('Алексей Цой', 'ru', true).at(-1)!.forms).toContainEqual(['цо', Paradigm.RuJ]);
    expect(aliasTokens('Юн Сок Ель', 'ru', true).at(-1)!.forms).toContainEqual(['ел', Paradigm.RuSoft]);
    // and the last part of a hyphenated word on its short stem, the part before it matched too: "Алма-Ата" → "Алма-Аты"
    expect(stems('Алма-Ата', false)).toContain('ат');
  });
  it('declines a given name in -ий as a noun ("Дмитрия", "Юрию"), a surname in -ский as an adjective', () => {
    expect(aliasTokens('Дмитрий Медведев', 'ru', true)[0].forms).toContainEqual(['дмитри', Paradigm.RuJ]);
    expect(aliasTokens('Юрий Берг', 'ru', true)[0].forms).toContainEqual(['юри', Paradigm.RuJ]);
    expect(aliasTokens('Фёдор Достоевский', 'ru', true).at(-1)!.forms.map((f) => f[1])).not.toContain(Paradigm.RuJ);
    // not in the titles of offices: "Верховный", "Высший" stay adjectives
    expect(aliasTokens('Высший судебный совет', 'ru', false)[0].forms.map((f) => f[1])).not.toContain(Paradigm.RuJ);
  });
  it('declines both nouns of a hyphenated title, not a prefix: "директора-распорядителя", "премьер-министра"', () => {
    const paradigms = (alias: string) => aliasTokens(alias, 'ru', false).map((t) => [...new Set(t.forms.map((f) => f[1]))]);
    expect(paradigms('Директор-распорядитель МВФ')).toEqual([[Paradigm.RuHard], [Paradigm.RuSoft], [Paradigm.Exact]]);
    expect(paradigms('Премьер-министр')).toEqual([[Paradigm.Exact], [Paradigm.RuHard]]);
    expect(paradigms('Вице-министр')).toEqual([[Paradigm.Exact], [Paradigm.RuHard]]);
  });
  it('declines the head of each title in two titles joined by a dash, and no genitive complement', () => {
    const toks = aliasTokens('Председатель Кабинета министров – руководитель Администрации Президента', 'ru', false);
    const paradigms = (key: string) => toks.find((t) => t.key === key)!.forms.map((f) => f[1]);
    expect(paradigms('председатель')).toContain(Paradigm.RuSoft);
    expect(paradigms('руководитель')).toContain(Paradigm.RuSoft);
    expect(paradigms('администрации')).toEqual([Paradigm.Exact]);
  });
  it('declines every adjective of a chain joined by "и" ("Экономической и социальной комиссии")', () => {
    const toks = aliasTokens('Экономическая и социальная комиссия ООН', 'ru', false);
    const paradigms = (key: string) => toks.find((t) => t.key === key)!.forms.map((f) => f[1]);
    expect(paradigms('економическая')).toContain(Paradigm.RuAdj); // keys are folded: э → е
    expect(paradigms('социальная')).toContain(Paradigm.RuAdj);
    expect(paradigms('комиссия')).toContain(Paradigm.RuIya);
    expect(paradigms('оон')).toEqual([Paradigm.Exact]);
  });
  it('declines the noun after a surname that stands as a brand ("в Назарбаев Университете"), not the surname', () => {
    const toks = aliasTokens('Назарбаев Университет', 'ru', false);
    expect(toks[0].forms).toEqual([['назарбаев', Paradigm.Exact]]);
    expect(toks[1].forms).toContainEqual(['университет', Paradigm.RuHard]);
    // a title's head still declines before a surname-like genitive: "Председатель Сената" is no brand
    expect(aliasTokens('Председатель Сената', 'ru', false)[0].forms.map((f) => f[1])).toContain(Paradigm.RuSoft);
  });
});

describe('the region an entity is named after', () => {
  it('is also read in the spellings of its own names', () => {
    const akimat: EntitySource = {
      id: 'kz.body.akimat-mangystau-region', kind: 'body', name: 'Akimat of Mangystau Region', scope: 'kz', country: 'kz',
      names: { en: ['Akimat of Mangystau Region', 'Akimat of Mangistau Region', 'Mangistau regional administration', 'East-Kazakhstan Oblast Akimat'] },
      context: { en: ['Mangystau Region', 'Mangystau region'] }, explanation: 'x', sources: ['https://example.org'],
    };
    expect(contextSpellings(akimat)).toEqual(['Mangistau Region', 'Mangistau region', 'Mangistau oblast', 'East-Kazakhstan Region', 'East-Kazakhstan region', 'East-Kazakhstan oblast']);
    // only for an entity with a region in its context
    expect(contextSpellings({ ...akimat, context: undefined })).toEqual([]);
  });
});

describe("ministers' back-references", () => {
  it('gives every minister of Kazakhstan "the Minister", but no deputy and no other state\'s', () => {
    const ministry: EntitySource = { id: 'kz.body.ministry-of-trade', kind: 'body', name: 'Ministry of Trade', scope: 'kz', country: 'kz', names: { en: ['Ministry of Trade'] }, sources: [] };
    const office: EntitySource = { id: 'kz.office.minister-of-trade', kind: 'office', name: 'Minister of Trade', scope: 'kz', country: 'kz', heads: ministry.id, names: { en: ['Minister of Trade'] }, sources: [] };
    expect(ministerShorts(office, ministry).en).toEqual(['Minister', 'minister']);
    expect(ministerShorts(office, ministry).kk).toEqual(['министр', 'сала басшысы', 'сала министрі']);
    expect(ministerShorts({ ...office, names: { en: ['Deputy Minister of Trade'] } }, ministry).en).toEqual([]);
    expect(ministerShorts({ ...office, country: 'ru' }, ministry).ru).toEqual([]);
  });

  it('gives every deputy minister of Kazakhstan "the Vice Minister", «вице-министр», but no other office', () => {
    const office: EntitySource = { id: 'kz.office.deputy-minister-of-trade', kind: 'office', name: 'Deputy Minister of Trade', scope: 'kz', country: 'kz', names: { en: ['Deputy Minister of Trade'] }, sources: [] };
    expect(deputyMinisterShorts(office).en).toContain('Vice Minister');
    expect(deputyMinisterShorts(office).ru).toEqual(['вице-министр', 'замминистра']);
    expect(deputyMinisterShorts({ ...office, id: 'kz.office.minister-of-trade' }).en).toEqual([]);
    expect(deputyMinisterShorts({ ...office, country: 'ru' }).kk).toEqual([]);
  });

  it('gives every agency of Kazakhstan named «министерство», «агентство», «комитет», «служба» or «Генпрокуратура», and every ministry committee, the word «ведомство»', () => {
    const ministry: EntitySource = { id: 'kz.body.ministry-of-trade', kind: 'body', name: 'Ministry of Trade', scope: 'kz', country: 'kz', names: { en: ['Ministry of Trade'] }, short: { ru: ['министерство'] }, sources: [] };
    expect(agencyShorts(ministry)).toEqual({ en: [], ru: ['ведомство'], kk: ['ведомство'] });
    // not another state's, not an akimat, not a body with no such short name
    expect(agencyShorts({ ...ministry, country: 'ru' }).ru).toEqual([]);
    expect(agencyShorts({ ...ministry, short: { ru: ['акимат'] } }).ru).toEqual([]);
    expect(agencyShorts({ ...ministry, short: undefined }).kk).toEqual([]);
    // the Prosecutor General's Office by its generic name; a ministry's committee, not a parliament's
    expect(agencyShorts({ ...ministry, short: undefined, generic: { ru: ['Генпрокуратура'] } }).ru).toEqual(['ведомство']);
    const committee: EntitySource = { ...ministry, short: undefined, names: { ru: ['Комитет по делам религий', 'Комитет по делам религий Министерства юстиции'] } };
    expect(agencyShorts(committee).kk).toEqual(['ведомство']);
    expect(agencyShorts({ ...committee, parent: 'kz.body.ministry-of-justice', names: { ru: ['Комитет по делам религий'] } }).kk).toEqual(['ведомство']);
    expect(agencyShorts({ ...committee, names: { ru: ['Комитет по международным делам Сената'] } }).kk).toEqual([]);
  });
});

describe('surnames', () => {
  it('derives a surname and an initial form from a personal name, not from a title', () => {
    expect(surnameForms('Kassym-Jomart Tokayev', 'kz')).toEqual({ surname: 'Tokayev', initial: 'K. Tokayev' });
    expect(surnameForms('Xi Jinping', 'cn')).toEqual({ surname: 'Xi' });
    // a given name that begins with a Latin pair for one Kazakh letter has the pair as an initial too
    expect(surnameForms('Zhenis Kassymbek', 'kz')).toEqual({ surname: 'Kassymbek', initial: 'Z. Kassymbek', digraph: 'Zh. Kassymbek' });
    // a particle stays with the family name; an honorific is no surname
    expect(surnameForms('Abdullah Al Al-Sheikh', 'sa')).toEqual({ surname: 'Al Al-Sheikh', initial: 'A. Al Al-Sheikh' });
    expect(surnameForms('Abdullah Al Sheikh', 'sa')).toBeNull();
    // a European particle in lower case too, however many ("de Mistura said"); "bin" (son of) leaves no surname
    expect(surnameForms('Staffan de Mistura', 'it')).toEqual({ surname: 'de Mistura', initial: 'S. de Mistura' });
    expect(surnameForms('Ursula von der Leyen', 'de')).toEqual({ surname: 'von der Leyen', initial: 'U. von der Leyen' });
    expect(surnameForms('Mohamad Adli bin Abdullah', 'my')).toBeNull();
    // an Arabic family name keeps its article, as written or joined otherwise, and is also used without it; "bin …"
    // before it is no obstacle; a ruling house's name is no one's surname
    expect(surnameForms('Abdullatif bin Rashid Al Zayani', 'bh')).toEqual({ surname: 'Al Zayani', alts: ['Al-Zayani', 'Zayani'] });
    expect(surnameForms('Abdel Fattah el-Sisi', 'eg')).toEqual({ surname: 'el-Sisi', alts: ['Sisi'] });
    expect(surnameForms('Adel bin Ahmed Al-Jubeir', 'sa')).toEqual({ surname: 'Al-Jubeir', alts: ['Al Jubeir', 'Jubeir'] });
    expect(surnameForms('Башара аль-Асада', 'sy')).toEqual({ surname: 'аль-Асада', alts: ['Асада'] });
    expect(surnameForms('Dafallah al-Haj', 'sd')).toEqual({ surname: 'al-Haj', alts: [] });
    expect(surnameForms('Tamim bin Hamad Al Thani', 'qa')).toBeNull();
    expect(surnameForms('Mohammed bin Salman Al Saud', 'sa')).toBeNull();
    expect(surnameForms('First President of Kazakhstan', 'kz')).toBeNull();
    expect(surnameForms('Первый Президент Казахстана', 'kz')).toBeNull();
    // regnal numbers are not surnames: "V" alone must never name Harald V
    expect(surnameForms('Harald V', 'no')).toBeNull();
    expect(surnameForms('Carl XVI Gustaf', 'se')).toBeNull();
    expect(surnameForms('Карл XVI Густав', 'se')).toBeNull();
  });
});

describe('places that stand for an entity', () => {
  it('are among its names in the details, for cards and the search', async () => {
    const { compiled } = await import('../fixtures/gazetteer');
    const d = compiled.details.entities.find((e) => e.id === 'kz.body.presidential-administration')!;
    expect(d.names.en).toEqual(['Presidential Administration of Kazakhstan', 'Akorda']);
    expect(d.names.kk).toEqual(['Ақорда']);
  });

  it('link the bodies one place names, both ways, for the resolver', async () => {
    const { compiled } = await import('../fixtures/gazetteer');
    const ents = compiled.index.entities;
    const at = (id: string) => ents.findIndex((e) => e.id === id);
    expect(ents[at('kz.body.akimat-almaty')].sib).toEqual([at('kz.body.maslikhat-almaty')]);
    expect(ents[at('kz.body.maslikhat-almaty')].sib).toEqual([at('kz.body.akimat-almaty')]);
    expect(ents[at('kz.body.maslikhat-astana')].sib).toBeUndefined();
  });
});

describe('the trie', () => {
  it('is numbered breadth-first, so edge k leads to node k + 1 and no child numbers are shipped', async () => {
    const { compiled } = await import('../fixtures/gazetteer');
    const { nodes, edgeStart, edgeBase, acceptNode } = compiled.index;
    expect('edgeChild' in compiled.index).toBe(false);
    // a tree: every node but the root has exactly one incoming edge, numbered one below it
    expect(edgeBase.length).toBe(nodes - 1);
    expect(edgeStart.length).toBe(nodes + 1);
    for (let n = 0; n < nodes; n++) {
      expect(edgeStart[n + 1]).toBeGreaterThanOrEqual(edgeStart[n]);
      // children in base order (the matcher's binary search needs it), and after their parent
      for (let k = edgeStart[n] + 1; k < edgeStart[n + 1]; k++) expect(edgeBase[k]).toBeGreaterThan(edgeBase[k - 1]);
      if (edgeStart[n + 1] > edgeStart[n]) expect(edgeStart[n] + 1).toBeGreaterThan(n);
    }
    expect([...acceptNode].every((v, i, a) => v < nodes && (i === 0 || v > a[i - 1]))).toBe(true);
  });
});

describe('the shipped index file', () => {
  it('decodes the binary file back to exactly the compiled index', async () => {
    const { serializeIndexBinary, parseIndexBinary, serializeIndex, toBase64, fromBase64 } = await import('../../lib/index/wire');
    const { compiled } = await import('../fixtures/gazetteer');
    const index = compiled.index;
    const bin = serializeIndexBinary(index);
    const back = parseIndexBinary(bin);
    const { lazy, ...rest } = back;
    const plain = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v])) as Record<
      string,
      unknown
    > & { entities: object[] };
    // the records come without their tenures, which are read, office by office, when first asked for
    expect(plain.entities.some((e) => 'ten' in e)).toBe(false);
    plain.entities = plain.entities.map((e, i) => (lazy!.tenures(i) ? { ...e, ten: lazy!.tenures(i) } : e));
    expect(plain).toEqual(index);
    // the offices each person held, as the resolver builds them from the records
    const { officesByPerson } = await import('../../lib/resolve/holders');
    const built = officesByPerson(index);
    expect(Array.from(lazy!.held.start)).toEqual(Array.from(built.start));
    expect(Array.from(lazy!.held.list)).toEqual(Array.from(built.list));
    // the number lists are views of the file's bytes, not copies
    expect(ArrayBuffer.isView(back.edgeStart) && (back.edgeStart as Uint16Array).buffer).toBe(bin.buffer);
    // and a list whose values need four bytes keeps them
    const wide = { ...index, patEntity: [...index.patEntity, 70_000], patType: [...index.patType, 0], patMask: [...index.patMask, 0] };
    expect(Array.from(parseIndexBinary(serializeIndexBinary(wide)).patEntity as Int32Array).at(-1)).toBe(70_000);
    // bytes at an odd offset (a Node Buffer from a pool) are copied, not misread
    const odd = new Uint8Array(bin.length + 1);
    odd.set(bin, 1);
    expect(Array.from(parseIndexBinary(odd.subarray(1)).edgeStart as Uint16Array)).toEqual(Array.from(index.edgeStart));
    // through a message (base64) and from an ArrayBuffer alike
    expect(Array.from(fromBase64(toBase64(bin)))).toEqual(Array.from(bin));
    expect(parseIndexBinary(bin.slice().buffer).asOf).toBe(index.asOf);
    // anything else is refused with a message, not misread
    expect(() => parseIndexBinary(new TextEncoder().encode(serializeIndex(index)))).toThrow(/not a Tanys index file/);
    expect(() => parseIndexBinary(bin.subarray(0, bin.length - 3))).toThrow();
    // a file of the previous format (tenures in the header) is refused too
    const six = bin.slice();
    six[3] = 6;
    expect(() => parseIndexBinary(six)).toThrow(/not a Tanys index file \(format 7\)/);
  });

  it('resolves from the file exactly as from the compiled index: holders, offices held, on any date', async () => {
    const { serializeIndexBinary, parseIndexBinary } = await import('../../lib/index/wire');
    const { createEngine } = await import('../../lib/engine');
    const { compiled } = await import('../fixtures/gazetteer');
    const fromFile = createEngine(parseIndexBinary(serializeIndexBinary(compiled.index)));
    const inMemory = createEngine(compiled.index);
    const text =
      'Secretary of State Krymbek Kusherbayev met President Kassym-Jomart Tokayev. Kusherbayev and the Foreign Minister Sergey Lavrov spoke. Nursultan Nazarbayev, Yerlan Karin.';
    for (const date of ['2018-05-01', '2021-06-09', '2022-03-01', '2024-04-15']) {
      const got = fromFile.findMentions(text, date);
      expect(got).toEqual(inMemory.findMentions(text, date));
      expect(got.some((m) => m.holder || m.offices?.length)).toBe(true);
    }
  });

  it("numbers patterns by the node that accepts them: a node's patterns are one run of ids, in entity order", async () => {
    const { compiled } = await import('../fixtures/gazetteer');
    const { acceptStart, patEntity } = compiled.index;
    expect(acceptStart[acceptStart.length - 1]).toBe(patEntity.length);
    for (let i = 0; i + 1 < acceptStart.length; i++) {
      expect(acceptStart[i + 1]).toBeGreaterThan(acceptStart[i]);
      for (let p = acceptStart[i] + 1; p < acceptStart[i + 1]; p++) expect(patEntity[p]).toBeGreaterThanOrEqual(patEntity[p - 1]);
    }
  });

  it('parses back to exactly the compiled index, and is smaller than plain JSON', async () => {
    const { serializeIndex, parseIndex } = await import('../../lib/index/wire');
    const { compiled } = await import('../fixtures/gazetteer');
    const index = compiled.index;
    const text = serializeIndex(index);
    expect(parseIndex(text)).toEqual(index);
    expect(text.length).toBeLessThan(JSON.stringify(index).length);
    // a plain index file still loads; one of another version is refused
    expect(parseIndex(JSON.stringify(index))).toEqual(index);
    expect(() => parseIndex(JSON.stringify({ ...index, v: 3 }))).toThrow(/version 4/);
  });
});

describe('the shipped details files', () => {
  it('splits the details into parts of whole entities under the budget, named by a manifest, and reads them back unchanged', async () => {
    const { serializeDetailsFiles, loadDetails, DETAILS_MANIFEST } = await import('../../lib/index/wire');
    const { compiled } = await import('../fixtures/gazetteer');
    const details = compiled.details;
    const bytes = (t: string) => new TextEncoder().encode(t).length;
    // a budget of a tenth of the whole makes several parts
    const budget = Math.ceil(bytes(JSON.stringify(details)) / 10);
    const files = serializeDetailsFiles(details, budget);
    expect(files[0].name).toBe(DETAILS_MANIFEST);
    const parts = files.slice(1);
    expect(parts.length).toBeGreaterThan(5);
    expect(JSON.parse(files[0].text)).toEqual({ asOf: details.asOf, parts: parts.map((_, i) => `details-${i + 1}.json`) });
    // each part is near the budget at most (its URL table writes each URL once, its entities cite them by number)
    for (const p of parts) expect(bytes(p.text), p.name).toBeLessThan(budget * 1.1);
    const byName = new Map(files.map((f) => [f.name, f.text]));
    const read = async (n: string) => {
      const t = byName.get(n);
      if (t === undefined) throw new Error(`no file ${n}`);
      return t;
    };
    expect(await loadDetails(read)).toEqual(details);
    // with the default budget the fixture is one part
    expect(serializeDetailsFiles(details).length).toBe(2);
    // a manifest that names no parts, or a part of another date, is refused
    byName.set(DETAILS_MANIFEST, JSON.stringify({ asOf: details.asOf, parts: ['../index.bin'] }));
    await expect(loadDetails(read)).rejects.toThrow(/does not name its parts/);
    byName.set(DETAILS_MANIFEST, JSON.stringify({ asOf: '2000-01-01', parts: ['details-1.json'] }));
    await expect(loadDetails(read)).rejects.toThrow(/details-1.json is of .*, not 2000-01-01/);
  });
});

describe('missions abroad', () => {
  it('derive the title without the sending country, for context to decide', () => {
    expect(institutionForms('Consulate General of Kazakhstan in Brest', 'en', 'kz').generic).toContain('Consulate General in Brest');
    expect(institutionForms('Ambassador of the Republic of Kazakhstan to Hungary', 'en', 'kz').generic).toContain('Ambassador to Hungary');
    // a name without a posting is left alone
    expect(institutionForms('Ministry of Foreign Affairs of Kazakhstan', 'en', 'kz').generic).not.toContain('Ministry of Foreign Affairs in');
  });
});

describe('forms derived from a generic title', () => {
  it('are generic titles of the office too: "басшысы" from a generic "төрағасы", "Глава" from a generic "Председатель"', () => {
    const src = ['https://example.org/source'];
    const entities: EntitySource[] = [
      { id: 'kz.body.bank', kind: 'body', name: 'National Bank of Kazakhstan', scope: 'kz', country: 'kz', names: { en: ['National Bank of Kazakhstan'] }, explanation: 'The central bank.', sources: src },
      {
        id: 'kz.office.bank-chairman', kind: 'office', name: 'Chairman of the National Bank of Kazakhstan', scope: 'kz', country: 'kz', heads: 'kz.body.bank',
        names: { en: ['Chairman of the National Bank of Kazakhstan'] }, generic: { ru: ['Председатель Нацбанка'], kk: ['Ұлттық банк төрағасы'] }, explanation: 'The head of the central bank.', sources: src,
      },
    ];
    const eng = createEngine(compile(entities, '2026-11-26').index);
    const ids = (text: string) => eng.findMentions(text, '2024-01-01').map((m) => [m.text, m.id]);
    expect(ids('Ұлттық банк басшысының айтуынша.')).toEqual([['Ұлттық банк басшысының', 'kz.office.bank-chairman']]);
    expect(ids('Глава Нацбанка заявил.')).toEqual([['Глава Нацбанка', 'kz.office.bank-chairman']]);
  });
});
