import { describe, expect, it } from 'vitest';
import { kazakhLatin } from '../../lib/text/kazakh-latin';

describe('Kazakh Latin spellings', () => {
  it.each([
    ['Қасым-Жомарт Тоқаев', ['Qasym-Jomart Toqaev']],
    ['Ерлан Қошанов', ['Erlan Qoşanov', 'Erlan Qoshanov']],
    ['Ермек Көшербаев', ['Ermek Köşerbaev', 'Ermek Kósherbaev']],
    ['Ғабит Сыздықбеков', ['Ğabit Syzdyqbekov', 'Ǵabit Syzdyqbekov']],
    ['Жеңіс Қасымбек', ['Jeñıs Qasymbek', 'Jeńis Qasymbek']],
    ['Шолпан Үмбетова', ['Şolpan Ümbetova', 'Sholpan Úmbetova']],
  ])('writes %s in the 2021 and the 2018 alphabets', (cyr, latin) => {
    expect(kazakhLatin(cyr)).toEqual(latin);
  });

  it('leaves a Latin name alone', () => {
    expect(kazakhLatin('Kassym-Jomart Tokayev')).toEqual([]);
  });
});
