// Folded Cyrillic → Latin, for search ("кушербаев" ~ "kusherbaev"). Input is already folded (lib/text/fold.ts).
const MAP: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '',
  ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

export function cyrToLatin(s: string): string {
  let out = '';
  for (const ch of s) out += MAP[ch] ?? ch;
  return out;
}
