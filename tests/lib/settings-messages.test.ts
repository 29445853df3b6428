import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isEnabledOn, normalizeSettings } from '../../lib/settings';
import { parseRequest } from '../../lib/messages';
import { isDefaultSite } from '../../lib/sites';
import { pickLanguage, translator } from '../../lib/i18n';

describe('settings', () => {
  it('falls back to defaults for missing or mistyped fields', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    const s = normalizeSettings({ enabled: 'yes', hoverDelay: -5, kinds: { person: false }, dateMode: 'today', sites: { 'Bad Host!': true, 'example.kz': true } });
    expect(s.enabled).toBe(true);
    expect(s.hoverDelay).toBe(DEFAULT_SETTINGS.hoverDelay);
    expect(s.kinds).toEqual({ person: false, office: true, body: true });
    expect(s.dateMode).toBe('today');
    expect(s.sites).toEqual({ 'example.kz': true });
  });

  it('decides where Tanys runs: global switch, site override, default list', () => {
    const s = normalizeSettings({ sites: { 'inform.kz': false, 'example.kz': true } });
    expect(isEnabledOn(s, 'www.inform.kz', true)).toBe(false);
    expect(isEnabledOn(s, 'news.example.kz', false)).toBe(true);
    expect(isEnabledOn(s, 'astanatimes.com', true)).toBe(true);
    expect(isEnabledOn({ ...s, enabled: false }, 'astanatimes.com', true)).toBe(false);
    expect(isDefaultSite('en.inform.kz')).toBe(true);
    expect(isDefaultSite('notinform.kz')).toBe(false);
  });
});

describe('messages', () => {
  it.each([
    [{ type: 'details', ids: ['a'] }, true],
    [{ type: 'details', ids: [1] }, false],
    [{ type: 'search', query: 'x', limit: 5 }, true],
    [{ type: 'search', query: 'x', limit: 1000 }, false],
    [{ type: 'command', command: 'next' }, true],
    [{ type: 'command', command: 'rm -rf' }, false],
    [{ type: 'eval', code: 'alert(1)' }, false],
    ['details', false],
    [null, false],
  ])('accepts only well-formed requests: %j', (m, ok) => {
    expect(parseRequest(m) !== null).toBe(ok);
  });
});

describe('interface language', () => {
  it('follows the browser unless chosen, and fills placeholders', () => {
    expect(pickLanguage('auto', 'kk-KZ')).toBe('kk');
    expect(pickLanguage('auto', 'ru-RU')).toBe('ru');
    expect(pickLanguage('auto', 'de-DE')).toBe('en');
    expect(pickLanguage('ru', 'en-US')).toBe('ru');
    expect(translator('en')('heldOn', { date: '2021-06-09' })).toBe('Held on 2021-06-09 by');
  });
});
