// The command line as the evaluation scripts use it: one process, JSON out, one-line errors.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const ROOT = new URL('../../', import.meta.url).pathname;
const run = (args: string[], input?: string) => spawnSync('npx', ['tsx', 'cli/tanys.ts', ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60000, maxBuffer: 64 * 1024 * 1024 });
const tmp = mkdtempSync(join(tmpdir(), 'tanys-cli-'));

describe('tanys command line', () => {
  it('annotates a text file with offsets into the text as read', () => {
    const text = 'Kazakh Secretary of State Krymbek Kusherbayev met the People’s Assembly of Kazakhstan.\n';
    const f = join(tmp, 'a.txt');
    writeFileSync(f, text);
    const r = run(['annotate', '--json', '--date', '2021-06-09', f]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.date).toBe('2021-06-09');
    expect(out.dateSource).toBe('option');
    for (const m of out.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const office = out.mentions.find((m: { kind: string }) => m.kind === 'office');
    expect(office.holder.name).toBe('Krymbek Kusherbayev');
  }, 60000);

  it('annotates HTML, returning the extracted text and the page date from metadata', () => {
    const f = join(tmp, 'p.html');
    writeFileSync(f, '<html><head><meta property="article:published_time" content="2016-03-19T10:00:00+06:00"></head><body><nav>President</nav><article><p>Senate Speaker Kassym-Jomart Tokayev met deputies.</p></article></body></html>');
    const r = run(['annotate', '--json', f]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.dateSource).toBe('meta');
    expect(out.date).toBe('2016-03-19');
    expect(out.text).not.toContain('President');
    for (const m of out.mentions) expect(out.text.slice(m.start, m.end)).toBe(m.text);
    expect(out.mentions.find((m: { kind: string }) => m.kind === 'office').holder.id).toBe('kz.person.tokayev-kassym-jomart');
  }, 60000);

  it('annotates a batch in input order, one process', () => {
    const f = join(tmp, 'b.jsonl');
    writeFileSync(f, [JSON.stringify({ id: 'x', text: 'Prime Minister Olzhas Bektenov', date: '2025-01-01' }), JSON.stringify({ id: 'y', html: '<p>Мажилис</p>', date: '2020-01-01' })].join('\n') + '\n');
    const r = run(['annotate', '--jsonl', f]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['x', 'y']);
    expect(lines[0].mentions[0].holder.id).toBe('kz.person.bektenov-olzhas');
    expect(lines[1].mentions[0].id).toBe('kz.body.mazhilis');
  }, 60000);

  it('reads stdin', () => {
    const r = run(['annotate', '--json', '--date', '2024-01-01', '-'], 'Токаев заявил');
    expect(JSON.parse(r.stdout).mentions[0].id).toBe('kz.person.tokayev-kassym-jomart');
  }, 60000);

  it('prints text: the holder on the date, and "one of several holders" where the page names none', () => {
    const r = run(['annotate', '--date', '2024-06-10', '-'], 'Prime Minister Olzhas Bektenov met a senator. Сенатор выступил.');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/"Prime Minister" → Prime Minister of Kazakhstan — held by Olzhas Bektenov/);
    expect(r.stdout).toMatch(/"Сенатор" → Senator of Kazakhstan — one of several holders/);
  }, 60000);

  it('prints text: an office that did not exist on the date says so', () => {
    const r = run(['annotate', '--date', '2026-01-10', '-'], 'The Vice-President of Kazakhstan will be appointed.');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/"Vice-President of Kazakhstan" → Vice-President of Kazakhstan — did not exist on this date/);
  }, 60000);

  it('stops quietly when its reader stops reading (a pipe into head)', () => {
    const r = spawnSync('sh', ['-c', 'npx tsx cli/tanys.ts entities --json | head -c 10'], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
    expect(r.stdout).toHaveLength(10);
    expect(r.stderr).not.toMatch(/EPIPE|at .+:\d+:\d+/);
  }, 60000);

  it('lists entities with every alias', () => {
    const r = run(['entities', '--json']);
    const list = JSON.parse(r.stdout) as { id: string; names: string[] }[];
    expect(list.length).toBeGreaterThan(500);
    expect(list.find((e) => e.id === 'kz.person.tokayev-kassym-jomart')!.names).toContain('Касым-Жомарт Токаев');
    // the coverage on stderr: counts by kind, tenures, names by script and the known gaps, matching the list
    const offices = list.filter((e) => e.id.includes('.office.')).length;
    expect(r.stderr).toMatch(new RegExp(`: ${list.length} entities\\n`));
    expect(r.stderr).toMatch(new RegExp(`\\n  office: ${offices} \\(kz \\d+, intl \\d+, foreign \\d+\\)`));
    expect(r.stderr).toMatch(/\n {2}tenures: \d+ \(\d+ known only from sightings\)/);
    expect(r.stderr).toMatch(/\n {2}names written: \d+ Latin, \d+ Russian, \d+ Kazakh/);
    expect(r.stderr).toMatch(/\n {2}known gaps: \d+ of \d+ single-holder offices/);
  }, 60000);

  it('looks up any spelling', () => {
    const r = run(['lookup', '--json', 'kusherbaev']);
    expect(JSON.parse(r.stdout)[0].id).toBe('kz.person.kusherbayev-krymbek');
  }, 60000);

  it.each([
    [['annotate', '--json', '/no/such/file.txt'], /^tanys: no such file: \/no\/such\/file.txt\n$/],
    [['annotate', '--date', '2021-13-40', '-'], /^tanys: bad date "2021-13-40": use YYYY-MM-DD\n$/],
    [['frobnicate'], /^tanys: unknown command "frobnicate"/],
    [['annotate', '--jsonl', '-'], /^tanys: -:1: not a JSON object\n$/],
  ])('fails with one line for %j', (args, pattern) => {
    const r = run(args as string[], 'not json');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 60000);

  it('validates the gazetteer', () => {
    const r = run(['validate']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/gazetteer valid: \d+ entities/);
  }, 60000);
});
