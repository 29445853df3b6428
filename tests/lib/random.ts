// Seeded random input for differential tests (mulberry32).
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['a', 'B', 'ş', 'ä', 'Қ', 'ә', 'й', 'ё', 'Ё', ' ', '\u00a0', '’', '-', '–', '«', '»', '.', ',', '\n', '1', 'İ', 'ß', '\u0301', 'e\u0301', '😀', 'ı', 'Ж', 'x'];

export function randomText(random: () => number, max: number): string {
  const n = Math.floor(random() * max);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(random() * PIECES.length)];
  return s;
}

export function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}
