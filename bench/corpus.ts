// Deterministic news-like text for benchmarks: sentences naming officials and bodies, in English and Russian,
// mixed with filler, so that matches are as dense as in real articles.
const EN = [
  'President Kassym-Jomart Tokayev held a meeting with Prime Minister Olzhas Bektenov in Akorda on Tuesday.',
  'The Mazhilis approved amendments to the Budget Code, and the Senate is expected to consider them next week.',
  'Kazakh Foreign Minister Murat Nurtleu met with Russian Foreign Minister Sergey Lavrov in Moscow.',
  'Speaking at the session, the Head of State instructed the Government to support small businesses in the regions.',
  'The akim of Almaty reported on the construction of new schools and hospitals in the city.',
  'Analysts expect inflation to slow in the second half of the year as food prices stabilise across the country.',
  'The National Bank kept its base rate unchanged, citing risks from external markets and fiscal spending.',
  'Farmers in the north began sowing wheat earlier than usual thanks to a warm and dry spring.',
  'The Assembly of People of Kazakhstan held its annual session in Astana with delegates from all regions.',
  'Tourists visiting the mountains near the city are advised to check the weather before setting out.',
];
const RU = [
  'Президент Казахстана Касым-Жомарт Токаев провёл совещание с акимами областей в Акорде.',
  'Мажилис Парламента одобрил поправки, а Сенат рассмотрит их на следующей неделе.',
  'Глава государства поручил Правительству ускорить строительство дорог в регионах.',
  'Синоптики обещают тёплую погоду без осадков на всей территории страны до конца недели.',
  'Министр иностранных дел Мурат Нуртлеу встретился с послом России в Казахстане.',
];

/** At least `chars` characters of paragraphs, the same for every run. */
export function newsText(chars: number): string {
  const out: string[] = [];
  let n = 0;
  let i = 0;
  while (n < chars) {
    const lang = i % 5 === 4 ? RU : EN;
    const p = [0, 3, 7].map((k) => lang[(i * 7 + k) % lang.length]).join(' ');
    out.push(p);
    n += p.length + 2;
    i++;
  }
  return out.join('\n\n');
}
