// Reads data/*.json in Node (build step, CLI, tests). Not bundled into the extension.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GazetteerMeta } from './types';
import type { SourceFile } from './validate';

export const DATA_DIR = new URL('../../data/', import.meta.url).pathname;

/** Every gazetteer source file (data/*.json except meta.json), sorted by name, paths relative to the project. */
export function readSourceFiles(dir = DATA_DIR): SourceFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'meta.json')
    .sort()
    .map((f) => ({ path: `data/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

export function readMeta(dir = DATA_DIR): GazetteerMeta {
  return JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as GazetteerMeta;
}
