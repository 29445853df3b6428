// Interface strings in English, Russian and Kazakh. The browser's language picks one unless the reader chose.
import type { UiLanguage } from './settings';

const en = {
  person: 'Person', office: 'Office', body: 'Body', yours: 'yours',
  heldOn: 'Held on {date} by', heldNow: 'Holds it now', headOn: 'Headed on {date} by', headNow: 'Heads it now',
  officesOn: 'On {date}', officesNow: 'Now', nobody: 'nobody on record', acting: 'acting', partOf: 'Part of',
  sources: 'Sources', asOf: 'Gazetteer as of {date}', ambiguous: 'Could also be', close: 'Close',
  search: 'Search people, offices, bodies', noResults: 'Nothing found', onThisPage: 'On this page',
  nothingOnPage: 'No known names on this page', siteOn: 'Tanys is on for {site}', siteOff: 'Tanys is off for {site}',
  enableSite: 'Turn on for {site}', disableSite: 'Turn off for {site}', options: 'Settings', back: 'Back',
  timeline: 'Holders', officesHeld: 'Offices', names: 'Names', children: 'Includes', replaces: 'Replaced', replacedBy: 'Replaced by',
  notAvailable: 'Tanys cannot run on this page', explainNone: 'Tanys knows no entry for “{text}”',
  settingsTitle: 'Tanys settings', enabled: 'Highlight names on news pages', kinds: 'Highlight', firstOnly: 'Only the first mention of each',
  hoverDelay: 'Hover delay (ms)', dateMode: 'Resolve offices at', datePage: 'the page’s date', dateToday: 'today', language: 'Language',
  sites: 'Sites', addSite: 'Add site', remove: 'Remove', importTitle: 'Your own entries', importBtn: 'Import JSON', exportBtn: 'Export',
  resetBtn: 'Reset everything', imported: 'Imported {n} entries', importRejected: 'Nothing was imported:', saved: 'Saved', languageAuto: 'Browser language',
  now: 'now', lapseAbolished: 'the post did not exist', lapseVacant: 'vacant',
  heldOnSeveral: 'Among those who held it on {date}', heldNowSeveral: 'Among those who hold it now',
  seenIn: 'in office at least {when}',
  namedFormer: 'Named here as a former holder',
};
type Strings = typeof en;

const ru: Strings = {
  person: 'Персона', office: 'Должность', body: 'Орган', yours: 'ваше',
  heldOn: '{date} занимал(а)', heldNow: 'Сейчас занимает', headOn: '{date} возглавлял(а)', headNow: 'Сейчас возглавляет',
  officesOn: 'На {date}', officesNow: 'Сейчас', nobody: 'нет данных', acting: 'и. о.', partOf: 'Входит в',
  sources: 'Источники', asOf: 'Справочник на {date}', ambiguous: 'Возможно также', close: 'Закрыть',
  search: 'Поиск людей, должностей, органов', noResults: 'Ничего не найдено', onThisPage: 'На этой странице',
  nothingOnPage: 'Известных имён на странице нет', siteOn: 'Tanys включён для {site}', siteOff: 'Tanys выключен для {site}',
  enableSite: 'Включить для {site}', disableSite: 'Выключить для {site}', options: 'Настройки', back: 'Назад',
  timeline: 'Кто занимал', officesHeld: 'Должности', names: 'Названия', children: 'Включает', replaces: 'Заменил(а)', replacedBy: 'Заменён(а)',
  notAvailable: 'Tanys не работает на этой странице', explainNone: 'В справочнике нет «{text}»',
  settingsTitle: 'Настройки Tanys', enabled: 'Подсвечивать имена на новостных страницах', kinds: 'Подсвечивать', firstOnly: 'Только первое упоминание',
  hoverDelay: 'Задержка наведения (мс)', dateMode: 'Должности на дату', datePage: 'страницы', dateToday: 'сегодня', language: 'Язык',
  sites: 'Сайты', addSite: 'Добавить сайт', remove: 'Удалить', importTitle: 'Ваши записи', importBtn: 'Импорт JSON', exportBtn: 'Экспорт',
  resetBtn: 'Сбросить всё', imported: 'Импортировано записей: {n}', importRejected: 'Ничего не импортировано:', saved: 'Сохранено', languageAuto: 'Язык браузера',
  now: 'сейчас', lapseAbolished: 'должность не существовала', lapseVacant: 'вакантна',
  heldOnSeveral: '{date} среди занимавших', heldNowSeveral: 'Сейчас среди занимающих',
  seenIn: 'в должности как минимум {when}',
  namedFormer: 'Назван(а) здесь как занимавший(ая) её прежде',
};

const kk: Strings = {
  person: 'Тұлға', office: 'Лауазым', body: 'Орган', yours: 'сіздікі',
  heldOn: '{date} атқарған', heldNow: 'Қазір атқарады', headOn: '{date} басқарған', headNow: 'Қазір басқарады',
  officesOn: '{date}', officesNow: 'Қазір', nobody: 'дерек жоқ', acting: 'м.а.', partOf: 'Құрамында',
  sources: 'Дереккөздер', asOf: 'Анықтамалық {date} күйінде', ambiguous: 'Басқа нұсқа', close: 'Жабу',
  search: 'Тұлға, лауазым, орган іздеу', noResults: 'Ештеңе табылмады', onThisPage: 'Осы бетте',
  nothingOnPage: 'Бетте белгілі атаулар жоқ', siteOn: 'Tanys {site} үшін қосулы', siteOff: 'Tanys {site} үшін өшірулі',
  enableSite: '{site} үшін қосу', disableSite: '{site} үшін өшіру', options: 'Баптаулар', back: 'Артқа',
  timeline: 'Атқарғандар', officesHeld: 'Лауазымдар', names: 'Атаулар', children: 'Құрамы', replaces: 'Орнына келді', replacedBy: 'Орнына келген',
  notAvailable: 'Tanys бұл бетте жұмыс істемейді', explainNone: 'Анықтамалықта «{text}» жоқ',
  settingsTitle: 'Tanys баптаулары', enabled: 'Жаңалық беттерінде атауларды белгілеу', kinds: 'Белгілеу', firstOnly: 'Тек алғашқы аталуы',
  hoverDelay: 'Меңзер кідірісі (мс)', dateMode: 'Лауазымдар күні', datePage: 'беттің күні', dateToday: 'бүгін', language: 'Тіл',
  sites: 'Сайттар', addSite: 'Сайт қосу', remove: 'Өшіру', importTitle: 'Өз жазбаларыңыз', importBtn: 'JSON импорттау', exportBtn: 'Экспорттау',
  resetBtn: 'Бәрін қалпына келтіру', imported: '{n} жазба импортталды', importRejected: 'Ештеңе импортталмады:', saved: 'Сақталды', languageAuto: 'Браузер тілі',
  now: 'қазір', lapseAbolished: 'лауазым болмаған', lapseVacant: 'бос болған',
  heldOnSeveral: '{date} атқарғандардың арасында', heldNowSeveral: 'Қазір атқаратындардың арасында',
  seenIn: 'кемінде {when} қызметте болған',
  namedFormer: 'Мұнда бұрын атқарған ретінде аталған',
};

export type StringKey = keyof Strings;
export const STRINGS: Record<'en' | 'ru' | 'kk', Strings> = { en, ru, kk };

/** The interface language for a setting and the browser's language ("ru-RU" → ru). */
export function pickLanguage(setting: UiLanguage, browserLang: string): 'en' | 'ru' | 'kk' {
  if (setting !== 'auto') return setting;
  const l = browserLang.toLowerCase();
  return l.startsWith('kk') ? 'kk' : l.startsWith('ru') ? 'ru' : 'en';
}

/** A translator: t('heldOn', {date}) fills {placeholders}. */
export function translator(lang: 'en' | 'ru' | 'kk') {
  const s = STRINGS[lang];
  return (key: StringKey, vars: Record<string, string | number> = {}) => s[key].replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? ''));
}
export type T = ReturnType<typeof translator>;
