import { describe, expect, it } from 'vitest';
import { validateImport, compileUserEntries } from '../../lib/user-entries';
import { createEngine } from '../../lib/engine';
import { compiled, ASOF } from '../fixtures/gazetteer';

const bundled = compiled.details.entities.map((e) => ({ id: e.id, kind: e.kind, name: e.name }));
const body = { id: 'kz.body.reader-council', kind: 'body', name: 'Reader Council of Almaty', scope: 'kz', country: 'kz', names: { en: ['Reader Council of Almaty'] }, explanation: 'A council a reader added for themselves.', sources: ['https://example.org/council'] };
const office = { id: 'kz.office.reader-council-chair', kind: 'office', name: 'Chair of the Reader Council', scope: 'kz', country: 'kz', heads: 'kz.body.reader-council', names: { en: ['Chair of the Reader Council'] }, explanation: 'Leads the reader council, elected by its members.', sources: ['https://example.org/chair'], tenures: [{ person: 'kz.person.karin-yerlan', from: '2024-01-01', sources: ['https://example.org/t'] }] };

describe('user import', () => {
  it('accepts a valid file that refers to bundled entities', () => {
    const r = validateImport(JSON.stringify({ entities: [body, office] }), bundled);
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('rejects the whole file, with one reason per problem', () => {
    const r = validateImport(JSON.stringify({ entities: [body, { ...office, tenures: [{ person: 'kz.person.nobody', from: '2024-13-01', sources: [] }] }] }), bundled);
    expect(r.ok).toBe(false);
    expect(r.entities).toEqual([]);
    expect(r.errors.some((e) => e.includes('tenures[0].from'))).toBe(true);
    expect(r.errors.some((e) => e.includes('tenures[0].sources'))).toBe(true);
    expect(r.errors.some((e) => e.includes('kz.person.nobody'))).toBe(true);
  });

  it('rejects ids that the bundled gazetteer already has, and files that are not JSON', () => {
    expect(validateImport(JSON.stringify([{ ...body, id: 'kz.body.apk' }]), bundled).errors.join()).toContain('already in the bundled gazetteer');
    expect(validateImport('{', bundled).errors[0]).toMatch(/^not valid JSON/);
    expect(validateImport('{"entities": []}', bundled).ok).toBe(false);
  });

  it('compiles imported entries so that detection finds them, holders included', () => {
    const { index } = compileUserEntries([body, office] as never, bundled, ASOF);
    const m = createEngine(index).findMentions('Chair of the Reader Council Yerlan Karin', '2025-01-01');
    expect(m[0]).toMatchObject({ id: 'kz.office.reader-council-chair', holder: { id: 'kz.person.karin-yerlan' } });
  });
});
