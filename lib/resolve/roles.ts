import { countryOfWord } from './countries';
import { keyOf } from '../text/fold';

// A bare role word right before a person's name ("Minister Nurtleu", "Press Secretary Berik Uali", «аким Досаев»):
// no office by itself, but the post the person named holds, where the record says which one.

interface Role {
  /** the role word(s), anchored at the end of the text before the name, with the space before the name */
  re: RegExp;
  /** how the English names of the offices it stands for begin */
  prefixes: readonly string[];
}

const MINISTER = ['Minister of ', 'Minister for ', 'Federal Minister '];
const DEPUTY_MINISTER = ['Deputy Minister ', 'Vice Minister ', 'Vice-Minister '];
const FIRST_DEPUTY_MINISTER = ['First Deputy Minister ', 'First Vice Minister ', 'First Vice-Minister '];
const AKIM = ['Akim of ', 'Governor of ', 'Mayor of ', 'Hokim of '];
const PRESS_SECRETARY = ['Press Secretary '];
const CHAIRMAN = ['Chairman of ', 'Chair of ', 'Chairperson of ', 'Chairwoman of '];
const DIRECTOR = ['Director of ', 'Director General ', 'Director-General ', 'Director General of '];
const SECRETARY_GENERAL = ['Secretary General ', 'Secretary-General '];
const MP = ['Deputy of the '];
// a chamber's presiding officer, by the titles the gazetteer's chambers give the post
const SPEAKER = ['Speaker ', 'Chairman of the Mazhilis', 'Chairman of the Senate', 'Chairman of the State Duma', 'Chairman of the Federation Council', 'Chairwoman of the Federation Council', 'President of the Senate', 'President of the National Assembly', 'President of the Chamber of Deputies', 'Toraga '];

// Russian and Kazakh case endings of the role nouns (the name after declines with them)
const RU_MASC = '(?:а|у|ом|е)?';
const ROLES: readonly Role[] = [
  // English: capitalised as a title (a lower-case "minister" before a name is rare and often something else)
  { re: /(?:^|[^\p{L}\p{M}-])(First (?:Deputy|Vice)[- ]Minister) $/u, prefixes: FIRST_DEPUTY_MINISTER },
  { re: /(?:^|[^\p{L}\p{M}-])((?:Deputy|Vice)[- ]Minister) $/u, prefixes: DEPUTY_MINISTER },
  { re: /(?:^|[^\p{L}\p{M}-])(Minister) $/u, prefixes: MINISTER },
  { re: /(?:^|[^\p{L}\p{M}-])(Akim|Governor|Mayor) $/u, prefixes: AKIM },
  { re: /(?:^|[^\p{L}\p{M}-])(Press Secretary) $/u, prefixes: PRESS_SECRETARY },
  { re: /(?:^|[^\p{L}\p{M}-])(Chairman|Chairwoman|Chairperson) $/u, prefixes: CHAIRMAN },
  { re: /(?:^|[^\p{L}\p{M}-])(Director[- ]General|Director) $/u, prefixes: DIRECTOR },
  { re: /(?:^|[^\p{L}\p{M}-])(Secretary[- ]General) $/u, prefixes: SECRETARY_GENERAL },
  { re: /(?:^|[^\p{L}\p{M}-])(MP) $/u, prefixes: MP },
  { re: /(?:^|[^\p{L}\p{M}-])(Speaker) $/u, prefixes: SPEAKER },
  // Russian, any case, either capital
  { re: new RegExp(`(?:^|[^\\p{L}\\p{M}-])([Пп]ерв(?:ый|ого|ому|ым|ом) вице-министр${RU_MASC}) $`, 'u'), prefixes: FIRST_DEPUTY_MINISTER },
  { re: new RegExp(`(?:^|[^\\p{L}\\p{M}-])([Вв]ице-министр${RU_MASC}) $`, 'u'), prefixes: DEPUTY_MINISTER },
  { re: new RegExp(`(?:^|[^\\p{L}\\p{M}-])([Мм]инистр${RU_MASC}) $`, 'u'), prefixes: MINISTER },
  { re: new RegExp(`(?:^|[^\\p{L}\\p{M}-])([Аа]ким${RU_MASC}) $`, 'u'), prefixes: AKIM },
  { re: /(?:^|[^\p{L}\p{M}-])([Пп]ресс-секретар(?:ь|я|ю|ём|ем|е)) $/u, prefixes: PRESS_SECRETARY },
  { re: new RegExp(`(?:^|[^\\p{L}\\p{M}-])([Дд]епутат${RU_MASC}) $`, 'u'), prefixes: MP },
  { re: new RegExp(`(?:^|[^\\p{L}\\p{M}-])([Сс]пикер${RU_MASC}) $`, 'u'), prefixes: SPEAKER },
  // Kazakh: the title before the name stays in the nominative
  { re: /(?:^|[^\p{L}\p{M}-])([Вв]ице-министр) $/u, prefixes: DEPUTY_MINISTER },
  { re: /(?:^|[^\p{L}\p{M}-])([Әә]кім) $/u, prefixes: AKIM },
];

// words that make the role another post ("district akim", "Deputy Akim", "бывший министр") or say the person is not in
// it on the date: the rule then stays out
const NOT_BEFORE = /(?:^|[^\p{L}\p{M}-])(?:former|ex|then|acting|deputy|vice|assistant|district|village|rural|бывш\p{L}*|экс|временно|исполняющ\p{L}*|районн\p{L}*|сельск\p{L}*|бұрынғы|аудан\p{L}*|ауыл\p{L}*)[- ]$/iu;

// how the last word of a role begins (any case)
const ROLE_LAST_WORD = /^(?:minister|akim|governor|mayor|secretary|general|chair|director|speaker|mp$|министр|вице-министр|аким|әкім|пресс-секретар|депутат|спикер)/iu;

export interface RoleSpan {
  start: number;
  end: number;
  prefixes: readonly string[];
}

/** The role word(s) ending one space before `pos` (where a person's name starts), if any. */
export function roleBefore(text: string, pos: number): RoleSpan | undefined {
  // most names have no role word before them: a cheap look at the last word first
  if (pos < 3 || text.charCodeAt(pos - 1) !== 0x20) return undefined;
  let w = pos - 1;
  while (w > 0 && w > pos - 20 && text.charCodeAt(w - 1) > 0x40 && text[w - 1] !== ' ') w--;
  if (!ROLE_LAST_WORD.test(text.slice(w, pos - 1))) return undefined;
  const from = Math.max(0, pos - 40);
  const before = text.slice(from, pos);
  for (const { re, prefixes } of ROLES) {
    const m = re.exec(before);
    if (!m) continue;
    const end = pos - 1;
    const start = end - m[1].length;
    const lead = text.slice(Math.max(0, start - 24), start);
    if (NOT_BEFORE.test(lead)) return undefined;
    // a capitalised word before it inside a sentence makes a longer title the gazetteer lacks ("Energy Minister",
    // "Prime Minister"), unless it names a state ("Italian Minister")
    const word = /(?:^|[^\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]*) $/u.exec(lead);
    if (word && !/^(?:The|A|An)$/.test(word[1]) && countryOfWord(keyOf(word[1]), true) === undefined && !/(?:^|[.!?:;"“”«»]\s*)$/u.test(lead.slice(0, lead.length - word[1].length - 1))) return undefined;
    return { start, end, prefixes };
  }
  return undefined;
}

/** Whether an office's English name is one the role stands for. */
export function roleFits(prefixes: readonly string[], name: string): boolean {
  return prefixes.some((p) => name.startsWith(p));
}
