import { describe, expect, it } from 'vitest';
import { isKazakhLatin, kazakhLatin, kazakhLatinToCyrillic } from '../../lib/text/kazakh-latin';

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

describe('a text in Kazakh Latin letters', () => {
  const kk2018 = 'Qazaqstan Respýblıkasy Parlamenti Májilisiniń depýtattary saılaý týraly zańǵa ózgerister engizdi, dep habarlaıdy QazAqparat tilshisi.';
  const kk2021 = 'Qazaqstan Respublikasy Parlamentı Mäjılısınıñ deputattary saiylau turaly zañğa özgerıster engızdı, dep habarlaidy ūlttyq agenttık.';

  it('is told from English, Turkish, Azerbaijani, German and Spanish text with a few such letters', () => {
    expect(isKazakhLatin(kk2018)).toBe(true);
    expect(isKazakhLatin(kk2021)).toBe(true);
    expect(isKazakhLatin('Spanish Foreign Minister José Manuel Albares met Mónica García in Málaga and Recep Tayyip Erdoğan in Ankara on Monday.')).toBe(false);
    expect(isKazakhLatin('Cumhurbaşkanı Erdoğan, Kazakistan Cumhurbaşkanı Tokayev ile görüştü ve işbirliği anlaşmaları imzalandı.')).toBe(false);
    expect(isKazakhLatin('Qazaxıstan Prezidenti Kasım-Jomart Tokayev öz administrasiyasının sabiq rəhbərini respublikanın yeni Baş naziri təyin edib.')).toBe(false);
    expect(isKazakhLatin('Der Präsident und der Bundeskanzler trafen sich in Berlin. Später erklärte das Außenministerium, die Gespräche über Energie seien für beide Länder wichtig gewesen.')).toBe(false);
    expect(isKazakhLatin('El presidente de España habló con el ministro de Economía sobre la política energética. También participó la ministra de Asuntos Exteriores, según informó el año pasado la agencia.')).toBe(false);
    // a Kazakh text in Cyrillic letters that names a site in Latin ones
    expect(isKazakhLatin('Мемлекет басшысы Qasym-Jomart Toqaev туралы ақпарат QazAqparat сайтында жарияланды, деп хабарлайды тілші.')).toBe(false);
  });

  it('is read in Cyrillic letters, with й after a vowel and the letter pairs', () => {
    expect(kazakhLatinToCyrillic(kk2018).text).toBe('Қазақстан Республикасы Парламенті Мәжілісінің депутаттары сайлау туралы заңға өзгерістер енгізді, деп хабарлайды ҚазАқпарат тілшісі.');
    expect(kazakhLatinToCyrillic('Shyǵys Qazaqstan, Komıssııa, Premer-Mınıstr, ShQO').text).toBe('Шығыс Қазақстан, Комиссия, Премьер-Министр, ШҚО');
    // ts is ц but tsh is т and ш; in the 2018 alphabet i after a vowel is still і (й is ı there), in the 2021 one it is й
    expect(kazakhLatinToCyrillic('Konstıtýtsııalyq Keńes, Qaýipsizdik Keńesiniń hatshysy').text).toBe('Конституциялық Кеңес, Қауіпсіздік Кеңесінің хатшысы');
    expect(kazakhLatinToCyrillic('Qauıpsızdık Keñesı, saiylau').text).toBe('Қауіпсіздік Кеңесі, сайылау');
  });

  it('keeps a map from each Cyrillic letter back to the Latin text', () => {
    const input = 'Shyǵys ákimi';
    const { text, map } = kazakhLatinToCyrillic(input);
    expect(text).toBe('Шығыс әкімі');
    expect(map.length).toBe(text.length + 1);
    // "Sh" is one letter: the word "ákimi" starts at 7 in the Latin text and at 6 in the Cyrillic one
    expect(map[6]).toBe(7);
    expect(map[text.length]).toBe(input.length);
  });
});
