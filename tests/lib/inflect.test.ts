import { describe, expect, it } from 'vitest';
import { formsOf, ruParadigm, Paradigm, paradigmEndings } from '../../lib/text/inflect';
import { aliasTokens, compile } from '../../lib/index/compile';
import { createMatcher } from '../../lib/match/matcher';
import { keyOf } from '../../lib/text/fold';
import type { EntitySource } from '../../lib/gazetteer/types';

describe('inflection', () => {
  it.each([
    ['токаев', Paradigm.RuHard],
    ['ассамблея', Paradigm.RuYa],
    ['партия', Paradigm.RuIya],
    ['министерство', Paradigm.RuO],
    ['секретарь', Paradigm.RuSoft],
    ['область', Paradigm.RuSoftF],
    ['национальный', Paradigm.RuAdj],
    ['курултай', Paradigm.RuJ],
    ['палата', Paradigm.RuA],
  ])('puts %s in paradigm %i', (word, p) => {
    expect(ruParadigm(word).paradigm).toBe(p);
  });

  it('inflects the head noun and its adjectives, not the genitive complement', () => {
    const toks = aliasTokens('Национальный курултай', 'ru', false);
    expect(toks.map((t) => t.forms[0][1])).toEqual([Paradigm.RuAdj, Paradigm.RuJ]);
    const apk = aliasTokens('Ассамблея народа Казахстана', 'ru', false);
    expect(apk.map((t) => t.forms[0][1])).toEqual([Paradigm.RuYa, Paradigm.Exact, Paradigm.Exact]);
    // a neuter noun in -ние is the head noun, not a plural adjective: Управления, Управлением делами Президента
    const ud = aliasTokens('Управление делами Президента', 'ru', false);
    expect(ud.map((t) => t.forms[0][1])).toEqual([Paradigm.RuE, Paradigm.Exact, Paradigm.Exact]);
    expect(formsOf(ruParadigm('управление').stem, Paradigm.RuE)).toEqual(expect.arrayContaining(['управления', 'управлением', 'управлению']));
  });

  it('generates the singular cases only: a plural names no one entity', () => {
    const forms = (w: string) => formsOf(ruParadigm(w).stem, ruParadigm(w).paradigm);
    expect(forms('совет')).toEqual(expect.arrayContaining(['совет', 'совета', 'совету', 'советом', 'совете']));
    expect(forms('совет')).not.toEqual(expect.arrayContaining(['советы']));
    for (const [word, plurals] of [
      ['совет', ['советы', 'советов', 'советам', 'советами', 'советах']],
      ['аким', ['акимы', 'акимов', 'акимам']],
      ['палата', ['палат', 'палатам', 'палатами', 'палатах']],
      ['министерство', ['министерств', 'министерствам']],
      ['комиссия', ['комиссий', 'комиссиям']],
      ['секретарь', ['секретари', 'секретарей', 'секретарям']],
      ['управление', ['управлений', 'управлениям']],
      ['курултай', ['курултаи', 'курултаев']],
    ] as const)
      for (const pl of plurals) expect(forms(word), `${word} → ${pl}`).not.toContain(pl);
    // a feminine noun in -ь: "Туркестанской области", "областью"; the masculine "секретари" stays out (above)
    expect(forms('область')).toEqual(expect.arrayContaining(['область', 'области', 'областью']));
    // a woman's surname keeps its own form: Балаева, Балаевой, Балаеву, never the man's Балаев
    expect(forms('балаева')).toEqual(expect.arrayContaining(['балаева', 'балаевой', 'балаеву']));
    expect(forms('балаева')).not.toContain('балаев');
  });

  it('inflects the last Kazakh word fully, and a word before a possessed head only with the genitive', () => {
    const kinds = (alias: string) => aliasTokens(alias, 'kk', false).map((t) => t.forms.map((f) => f[1]));
    // (the head in -сы also takes "our" in place of it: "Ассамблеямыз", "төрағамыз")
    expect(kinds('Қазақстан халқы Ассамблеясы')).toEqual([[Paradigm.KkGen], [Paradigm.KkGen], [Paradigm.Kk, Paradigm.KkOur]]);
    // "Ұлттық Банк" is not followed by a possessed word: no genitive on "Ұлттық"
    expect(kinds('Ұлттық Банк төрағасы')).toEqual([[Paradigm.Exact], [Paradigm.KkGen], [Paradigm.Kk, Paradigm.KkOur]]);
    // after a consonant the possessive is "-ы/-і" and stays: "министрі"
    expect(kinds('Қаржы министрі')).toEqual([[Paradigm.KkGen], [Paradigm.Kk]]);
    // a person's name never takes the genitive inside it
    expect(aliasTokens('Мәулен Әшімбаев', 'kk', true)[0].forms.map((f) => f[1])).not.toContain(Paradigm.KkGen);
    // the genitive, also after the possessive ("мемлекетінің басшысы"), folded
    expect(paradigmEndings()[Paradigm.KkGen]).toEqual(['', 'нын', 'нин', 'дын', 'дин', 'тын', 'тин', 'ынын', 'инин', 'сынын', 'синин']);
  });

  it('finds Kazakh and Russian office names in the forms news writes besides the listed one', () => {
    const entities: EntitySource[] = [
      { id: 'kz.office.a', kind: 'office', name: 'A', scope: 'kz', country: 'kz', names: { kk: ['Сенат төрағасы', 'Қазақстан халқы Ассамблеясы төрағасының орынбасары'] }, explanation: 'An office invented for the inflection test.', sources: ['https://example.org'] },
      { id: 'kz.office.b', kind: 'office', name: 'B', scope: 'kz', country: 'kz', names: { kk: ['Ұлттық Банк төрағасы'], ru: ['Председатель Национального банка'] }, explanation: 'An office invented for the inflection test.', sources: ['https://example.org'] },
    ];
    const m = createMatcher(compile(entities, '2026-01-01').index);
    const spans = (text: string) => m.find(text).matches.map((x) => text.slice(x.start, x.end));
    // also with "new" between the genitive and the head: «Сенаттың жаңа төрағасы»
    for (const text of ['Сенат төрағасы', 'Сенаттың төрағасы', 'Сенаттың төрағасына', 'Сенаттың жаңа төрағасы', 'Сенаттың қазіргі төрағасына', 'Қазақстан халқы Ассамблеясының төрағасының орынбасары', 'Ұлттық Банктің төрағасы', 'Ұлттық Банк басшысы', 'Ұлттық Банктің басшысымен', 'главы Национального банка', 'Председатель Национального банка'])
      expect(spans(`Бүгін ${text} сөйледі.`), text).toEqual([text]);
    // "our": «Президентіміз», with a case after it
    const ours: EntitySource[] = [{ id: 'kz.office.c', kind: 'office', name: 'C', scope: 'kz', country: 'kz', names: { kk: ['Президент'] }, explanation: 'An office invented for the inflection test.', sources: ['https://example.org'] }];
    const our = createMatcher(compile(ours, '2026-01-01').index);
    for (const text of ['Президентіміз', 'Президентіміздің', 'Президентімізге']) expect(our.find(`Бүгін ${text} сөйледі.`).matches.map((x) => x.end - x.start), text).toEqual([text.length]);
    // and in place of the possessive of a title's head noun: «Сенат төрағамыз», «Ұлттық Банк басшымыздың»
    for (const text of ['Сенат төрағамыз', 'Ұлттық Банк басшымыздың', 'Ұлттық Банктің басшымызға']) expect(spans(`Бүгін ${text} сөйледі.`), text).toEqual([text]);
    // not on the bare stem, nor with a case ending straight on it
    expect(spans('Бүгін Сенат төраға сөйледі.')).toEqual([]);
    expect(spans('Бүгін Сенат төрағаның сөзі.')).toEqual([]);
    // the genitive belongs before the head only, and a lone genitive names nothing here
    expect(spans('Сенаттың отырысы')).toEqual([]);
    expect(spans('Сенат төрағасының')).toEqual(['Сенат төрағасының']);
    expect(spans('Ұлттықтың Банк төрағасы')).toEqual([]);
  });

  it('the matcher finds every form the paradigms generate (differential against the generator)', () => {
    const names = ['Ассамблея', 'Курултай', 'Секретарь', 'Министерство', 'Партия', 'Палата', 'Сенат', 'Управление'];
    const entities: EntitySource[] = names.map((n, i) => ({
      id: `kz.body.x${i}`, kind: 'body', name: `X${i}`, scope: 'kz', country: 'kz', names: { ru: [n] }, explanation: 'A body invented for the inflection test.', sources: ['https://example.org'],
    }));
    const m = createMatcher(compile(entities, '2026-01-01').index);
    for (const n of names) {
      const { stem, paradigm } = ruParadigm(keyOf(n));
      for (const form of formsOf(stem, paradigm)) {
        if (form.length < 3) continue;
        const found = m.find(form).matches;
        expect(found.length, `${n} → ${form}`).toBe(1);
      }
    }
  });

  it('has Kazakh case endings for the forms news uses', () => {
    for (const e of ['тын', 'ке', 'ка', 'ни', 'ти', 'ди', 'нын', 'ынын', 'ине']) expect(paradigmEndings()[Paradigm.Kk]).toContain(e);
  });
});

describe('a body named in the plural', () => {
  const src = ['https://example.org/source'];
  const body = (id: string, ru: string): EntitySource => ({ id, kind: 'body', name: id, scope: 'kz', country: 'kz', names: { ru: [ru] }, explanation: 'A body invented for the inflection test.', sources: src });
  const m = createMatcher(compile([body('kz.body.af', 'Вооружённые силы Республики Казахстан'), body('kz.body.sof', 'Силы специальных операций'), body('kz.body.it', 'Внутренние войска'), body('kz.body.hd', 'управление здравоохранения')], '2026-01-01').index);
  const spans = (text: string) => m.find(text).matches.map((x) => text.slice(x.start, x.end));
  it('declines the plural head noun and its adjectives, soft ones in -нние too', () => {
    expect(ruParadigm('внутренние').paradigm).toBe(Paradigm.RuAdj);
    expect(ruParadigm('управление').paradigm).toBe(Paradigm.RuE);
    for (const text of ['Вооруженных сил Республики Казахстан', 'Вооружёнными силами Республики Казахстан', 'Сил специальных операций', 'Силам специальных операций', 'Внутренних войск', 'Внутренними войсками'])
      expect(spans(`части ${text} провели`), text).toEqual([text]);
  });
  it('reads a head in -ние as a noun: its genitive complement does not decline', () => {
    expect(aliasTokens('управление здравоохранения', 'ru', false).map((t) => t.forms.map((f) => f[1]))).toEqual([[Paradigm.RuE], [Paradigm.Exact]]);
    expect(spans('управлением здравоохранению')).toEqual([]);
    expect(spans('управлением здравоохранения')).toEqual(['управлением здравоохранения']);
  });
});
