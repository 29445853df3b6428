import { describe, expect, it } from 'vitest';
import { readSourceFiles, readMeta } from '../../lib/gazetteer/load-node';
import { validateFiles } from '../../lib/gazetteer/validate';
import { compileDetails } from '../../lib/index/compile';
import { Search } from '../../lib/search';

const details = compileDetails(validateFiles(readSourceFiles()).entities, readMeta().asOf);
const search = new Search(details.entities);
const top = (q: string) => search.search(q, 5).map((h) => h.entity.id);

describe('search', () => {
  it.each([
    ['kusherbaev', 'kz.person.kusherbayev-krymbek'],
    ['Кушербаев', 'kz.person.kusherbayev-krymbek'],
    ['Көшербаев', 'kz.person.kusherbayev-krymbek'],
    ['majilis', 'kz.body.mazhilis'],
    ['Мәжіліс', 'kz.body.mazhilis'],
    ['akim almaty', 'kz.office.akim-almaty'],
    ['tokaev', 'kz.person.tokayev-kassym-jomart'],
    ['Nur Otan', 'kz.body.amanat'],
  ])('finds %s', (q, id) => {
    expect(top(q)).toContain(id);
  });

  it('answers the same after the warm-up the popup runs (its scratch arrays are left clean)', () => {
    const fresh = new Search(details.entities);
    const queries = ['k', 'ku', 'kusherbaev', 'akim almaty', 'Кушербаев', 'majilis', 'Nur Otan'];
    const before = queries.map((q) => fresh.search(q, 10).map((h) => [h.entity.id, h.score]));
    const warmed = new Search(details.entities);
    warmed.warm();
    expect(queries.map((q) => warmed.search(q, 10).map((h) => [h.entity.id, h.score]))).toEqual(before);
    // two indexes of the whole gazetteer and a warm-up: seconds on a busy machine, not a measure of speed
  }, 60_000);

  it('ranks an exact name first', () => {
    expect(top('Mazhilis')[0]).toBe('kz.body.mazhilis');
  });

  it('returns nothing for an empty query', () => {
    expect(search.search('   ')).toEqual([]);
  });
});
