import { describe, expect, it } from 'vitest';
import { nameVariants } from '../../lib/text/variants';

describe('name variants', () => {
  it.each([
    ['Kassym-Jomart Tokayev', ['Kassym-Zhomart Tokayev', 'Kassym-Jomart Tokaev', 'Kasym-Jomart Tokayev']],
    ['Adilbek Dzhaksybekov', ['Adilbek Zhaksybekov', 'Adilbek Jaksybekov']],
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

  it('keeps the count bounded', () => {
    expect(nameVariants('Yerzhan Kassymzhomart Dzhaksybekovich Yessimbayev', 16).length).toBeLessThanOrEqual(16);
  });

  it('does not touch names no rule covers', () => {
    expect(nameVariants('Charles Michel')).toEqual(['Charles Michel']);
  });
});
