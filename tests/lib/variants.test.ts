import { describe, expect, it } from 'vitest';
import { kazakhPatronymic, nameVariants, personNameForms, withoutSoftSign } from '../../lib/text/variants';

describe('name variants', () => {
  it.each([
    ['Kassym-Jomart Tokayev', ['Kassym-Zhomart Tokayev', 'Kassym-Jomart Tokaev', 'Kasym-Jomart Tokayev']],
    ['Adilbek Dzhaksybekov', ['Adilbek Zhaksybekov', 'Adilbek Jaksybekov']],
    // and back: the older Russian "Дж" at the start of a name written with Zh
    ['Ruslan Zhaksylykov', ['Ruslan Dzhaksylykov', 'Ruslan Jaksylykov', 'Ruslan Djaksylykov']],
    // and the French "Dj" still used for Kyrgyz names, both ways
    ['Dastan Jumabekov', ['Dastan Djumabekov', 'Dastan Zhumabekov']],
    ['Dastan Djumabekov', ['Dastan Jumabekov', 'Dastan Zhumabekov']],
    // Arabic names: "son of" as bin or ibn, the article joined by a hyphen or a space
    ['Abdullah II bin Al-Hussein', ['Abdullah II ibn Al-Hussein', 'Abdullah II ibn Al Hussein', 'Abdullah II bin Al Hussein']],
    ['Yerlan Karin', ['Erlan Karin']],
    ['Karim Massimov', ['Karim Masimov']],
    ['Bauyrzhan Baibek', ['Baurzhan Baibek']],
    ['Akhmetzhan Yessimov', ['Akhmetzhan Esimov', 'Akhmetjan Yessimov']],
    ['Maulen Ashimbayev', ['Maulen Ashimbaev']],
    // Х inside a word as the Kazakh Latin alphabet writes it
    ['Askhat Rakhimzhanov', ['Ashat Rakhimzhanov', 'Askhat Rahimzhanov']],
  ])('generates the spellings news uses for %s', (name, expected) => {
    const v = nameVariants(name);
    expect(v[0]).toBe(name);
    for (const e of expected) expect(v).toContain(e);
  });

  it.each([
    ['Alikhan Smailov', ['Alikhan Smaylov']],
    ['Kairat Kelimbetov', ['Kayrat Kelimbetov']],
    ['Bakytzhan Sagintayev', ['Bakytzhan Sagyntayev', 'Bakytzhan Sagyntaev']],
    ['Adilbek Dzhaksybekov', ['Adylbek Dzhaksybekov', 'Adilbek Zhaksibekov']],
    ['Aidos Sarym', ['Aydos Sarim']],
  ])('for a Kazakh name, also spells ай and ы both ways: %s', (name, expected) => {
    const v = nameVariants(name, 32, true);
    for (const e of expected) expect(v).toContain(e);
    // not for others: these letters vary only in Kazakh (and Kyrgyz) names
    for (const e of expected) expect(nameVariants(name)).not.toContain(e);
  });

  it('leaves "ay" and "ai" before a vowel alone (Tokayev is not Tokaiev; Kaiyrbek is not Kayyrbek)', () => {
    const v = nameVariants('Kaiyrbek Tokayev', 32, true);
    expect(v).toContain('Kaiyrbek Tokaev');
    expect(v.filter((x) => /Tokaiev|Kayyr/.test(x))).toEqual([]);
  });

  it('keeps the count bounded', () => {
    expect(nameVariants('Yerzhan Kassymzhomart Dzhaksybekovich Yessimbayev', 16).length).toBeLessThanOrEqual(16);
  });

  it('does not touch names no rule covers', () => {
    expect(nameVariants('Charles Michel')).toEqual(['Charles Michel']);
  });

  it('lists every full form of a person name in one place, for the compiler, the coverage and tanys entities', () => {
    expect(personNameForms('Ерлан Қошанов', 'kk', 'kz')).toEqual([
      { form: 'Ерлан Қошанов', lang: 'kk', surnames: true },
      // surname first: no surname is derived from its last word
      { form: 'Қошанов Ерлан', lang: 'kk', surnames: false },
      { form: 'Erlan Qoşanov', lang: 'en', surnames: true },
      { form: 'Erlan Qoshanov', lang: 'en', surnames: true },
    ]);
    expect(personNameForms('Сержан Абдыкаримов', 'ru', 'kz').map((f) => f.form)).toEqual(['Сержан Абдыкаримов', 'Сержан Абдикаримов', 'Абдыкаримов Сержан']);
    expect(personNameForms('Сергей Лавров', 'ru', 'ru')).toEqual([{ form: 'Сергей Лавров', lang: 'ru', surnames: true }]);
    // Kazakh writes "Ж" for the Russian "Дж"; Russian news writes Kazakh names both ways
    expect(personNameForms('Джейхун Байрамов', 'ru', 'az')).toEqual([
      { form: 'Джейхун Байрамов', lang: 'ru', surnames: true },
      { form: 'Жейхун Байрамов', lang: 'kk', surnames: true },
    ]);
    expect(personNameForms('Адильбек Джаксыбеков', 'ru', 'kz').map((f) => `${f.form}/${f.lang}`)).toContain('Адильбек Жаксыбеков/ru');
    expect(personNameForms('Yerlan Karin', 'en', 'kz').map((f) => f.form)).toEqual(nameVariants('Yerlan Karin', 32, true));
  });

  it('adds the given name and patronymic alone, a respectful address, when a Russian name of a Kazakh person has them', () => {
    expect(personNameForms('Касым-Жомарт Кемелевич Токаев', 'ru', 'kz').map((f) => f.form)).toContain('Касым-Жомарт Кемелевич');
    expect(personNameForms('Токаев Касым-Жомарт Кемелевич', 'ru', 'kz').map((f) => f.form)).toContain('Касым-Жомарт Кемелевич');
    // no patronymic, or a name with no surname besides it: nothing added
    expect(personNameForms('Айгуль Сейткали Нурова', 'ru', 'kz').filter((f) => f.lang === 'ru').map((f) => f.form)).toEqual(['Айгуль Сейткали Нурова']);
  });

  it('derives the Kazakh patronymic ("son of", "daughter of") from the Russian one, with and without the surname', () => {
    const kk = (name: string) => personNameForms(name, 'ru', 'kz').filter((f) => f.lang === 'kk').map((f) => f.form);
    expect(kk('Касым-Жомарт Кемелевич Токаев')).toEqual(['Касым-Жомарт Кемелулы', 'Касым-Жомарт Кемелулы Токаев', 'Токаев Касым-Жомарт Кемелулы']);
    expect(kk('Нурова Айгуль Абишевна')).toEqual(expect.arrayContaining(['Айгуль Абишкызы', 'Айгуль Абишкызы Нурова', 'Нурова Айгуль Абишкызы']));
    expect(kazakhPatronymic('Кудиярович')).toBe('Кудиярулы');
    expect(kazakhPatronymic('Ильич')).toBeUndefined();
    // a Russian person's patronymic is no Kazakh one
    expect(personNameForms('Сергей Викторович Лавров', 'ru', 'ru').some((f) => f.lang === 'kk')).toBe(false);
  });

  it('writes a Kazakh person\'s Russian name without the soft sign, as Kazakh spells it', () => {
    const kk = (name: string, country = 'kz') => personNameForms(name, 'ru', country).filter((f) => f.lang === 'kk').map((f) => f.form);
    expect(kk('Айгуль Нуркина')).toEqual(['Айгул Нуркина']);
    expect(kk('Марат Кульдиков')).toEqual(['Марат Кулдиков']);
    // before я, ю, е the soft sign is и: "Ильяс" is "Ілияс"
    expect(kk('Ильяс Бакытов')).toContain('Илияс Бакытов');
    expect(withoutSoftSign('Дарья')).toBe('Дария');
    // not for a name with no soft sign, nor for another country's person
    expect(kk('Ерлан Карин')).toEqual([]);
    expect(kk('Игорь Кобзарь', 'ru')).toEqual([]);
  });

  it('writes the Arabic "son of" particle both ways in Russian', () => {
    expect(personNameForms('Мухаммед бин Салман', 'ru', 'sa').map((f) => f.form)).toEqual(['Мухаммед бин Салман', 'Мухаммед бен Салман']);
    expect(personNameForms('Тамим бен Хамад Аль Тани', 'ru', 'qa').map((f) => f.form)).toEqual(['Тамим бен Хамад Аль Тани', 'Тамим бин Хамад Аль Тани']);
    expect(personNameForms('Бенедикт Бинтов', 'ru', 'ru').map((f) => f.form)).toEqual(['Бенедикт Бинтов']);
  });
});
