// Figures as plain numbers and units: "RMB 1.21 billion" → 1210000000 yuan, "41 million
// yuan" → 41000000 yuan, "16.6%" → 16.6 percent, "39 high-tech enterprises" → 39
// enterprises. The number words themselves are read by the language library (numberValue).
import { numberValue } from './language.js';
import { NUMBER_WORDS } from './lexicon.js';

export interface Quantity {
  start: number;
  end: number;
  value: number;
  unit: string;
  /** The counted thing for counts ("high-tech enterprises"), used as the figure's name. */
  counted?: string;
  /** Which reader found it: the figure's rule name in the draft (`figure-money`, `figure-count`, …). */
  reader: FigureReader;
}

/** The figure readers, in the order they claim a span (money first). */
export type FigureReader =
  'figure-money' | 'figure-percent' | 'figure-measure' | 'figure-count' | 'figure-number-of' | 'figure-output';

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const SCALE = String.raw`(?:hundred\s+million|ten\s+thousand|thousand|million|billion|trillion)`;
const WORD_NUMBER = `(?:${NUMBER_WORDS.join('|')})`;
const MEASURE =
  'deadweight tons|tons|tonnes|square meters|square metres|square kilometers|square kilometres|sq km|hectares|mu|kilometers|kilometres|km|megawatts|MW|kilowatts|units|sets|vehicles|ships|pieces|people|jobs|employees|patents|households|visitors|tourists';
const COUNTED_HEAD =
  'start-ups|startups|substations|farmers|doctors|professors|technicians|engineers|countries|member units|units|stations|enterprises|companies|firms|projects|patents|products|brands|platforms|laboratories|labs|centers|centres|researchers|students|talents|experts|academicians|teams|universities|institutes|incubators|parks|activities|agreements|contracts|trademarks|awards|titles';

const MONEY_BEFORE = new RegExp(
  String.raw`\b(?:RMB|CNY|US\$|USD|\$)\s?(${NUM}(?:\s?${SCALE})?)(?:\s?(?:yuan|dollars))?`,
  'g',
);
const MONEY_AFTER = new RegExp(String.raw`\b(${NUM}(?:\s?${SCALE})?)\s?(yuan|RMB|US dollars|dollars)\b`, 'g');
const PERCENT = new RegExp(String.raw`\b(${NUM})\s?(%|percent\b|per cent\b)`, 'g');
const MEASURED = new RegExp(String.raw`\b(${NUM}(?:\s?${SCALE})?)\s(${MEASURE})\b`, 'g');
const COUNTED = new RegExp(
  String.raw`\b(${NUM}|${WORD_NUMBER})\s((?:(?!and\b|or\b|of\b|in\b)[a-z][\w-]*\s){0,3}(?:${COUNTED_HEAD}))\b`,
  'gi',
);

const NUMBER_OF = new RegExp(
  String.raw`\bnumber of ([a-z][\w-]*)\b[^.,;]{0,40}?\b(?:reached|was|totalled|totaled|hit|stood at|exceeded|rose to)\s+(?:about\s+|over\s+|more than\s+)?(${NUM})\b`,
  'gi',
);
const MADE = new RegExp(
  String.raw`\b(?:produce|produces|produced|make|makes|made|deliver|delivers|delivered|sell|sells|sold|build|builds|built|install|installs|installed|export|exports|exported)\s+(?:about\s+|over\s+|more than\s+|nearly\s+)?(${NUM}(?:\s?${SCALE})?)\s+((?:[a-z][\w-]*\s){0,3}[a-z][\w-]*s)\b`,
  'g',
);

function valueOf(phrase: string): number | null {
  const plain = phrase.replace(/,/g, '').replace(/\s+/g, ' ').trim();
  if (/^\d+(\.\d+)?$/.test(plain)) return Number(plain);
  const scaled = /^(\d+(?:\.\d+)?) ?(hundred million|ten thousand)$/.exec(plain);
  if (scaled) return Number(scaled[1]) * (scaled[2] === 'hundred million' ? 1e8 : 1e4);
  return numberValue(plain);
}

/** Every figure of a sentence (offsets into the sentence), money first, overlaps dropped. */
export function findQuantities(sentence: string): Quantity[] {
  const found: Quantity[] = [];
  let reader: FigureReader = 'figure-money';
  const add = (start: number, end: number, phrase: string, unit: string, counted?: string) => {
    const value = valueOf(phrase);
    if (value === null) return;
    if (found.some((q) => start < q.end && q.start < end)) return;
    found.push({ start, end, value: Number(value.toPrecision(12)), unit, reader, ...(counted ? { counted } : {}) });
  };
  for (const m of sentence.matchAll(MONEY_BEFORE))
    add(m.index, m.index + m[0].length, m[1] ?? '', /US|\$|dollar/.test(m[0]) ? 'US dollars' : 'yuan');
  for (const m of sentence.matchAll(MONEY_AFTER))
    add(m.index, m.index + m[0].length, m[1] ?? '', /dollar/.test(m[2] ?? '') ? 'US dollars' : 'yuan');
  reader = 'figure-percent';
  for (const m of sentence.matchAll(PERCENT)) add(m.index, m.index + m[0].length, m[1] ?? '', 'percent');
  reader = 'figure-measure';
  for (const m of sentence.matchAll(MEASURED))
    add(m.index, m.index + m[0].length, m[1] ?? '', (m[2] ?? '').toLowerCase());
  reader = 'figure-count';
  for (const m of sentence.matchAll(COUNTED)) {
    const what = (m[2] ?? '').trim();
    // Years ("2023 projects" is rare; "in 2023 enterprises" is not a count) and ordinals are no counts.
    if (/^(19|20)\d\d$/.test(m[1] ?? '')) continue;
    const head = what.split(/\s+/).pop() ?? what;
    add(m.index, m.index + m[0].length, m[1] ?? '', head.toLowerCase(), what);
  }
  reader = 'figure-number-of';
  for (const m of sentence.matchAll(NUMBER_OF)) {
    const num = m[2] ?? '';
    const at = m.index + m[0].length - num.length;
    add(at, at + num.length, num, (m[1] ?? '').toLowerCase(), `number of ${m[1] ?? ''}`);
  }
  reader = 'figure-output';
  for (const m of sentence.matchAll(MADE)) {
    const phrase = m[1] ?? '';
    const what = m[2] ?? '';
    const at = m.index + m[0].indexOf(phrase);
    add(at, m.index + m[0].length, phrase, (what.split(' ').pop() ?? what).toLowerCase(), what);
  }
  return found.sort((a, b) => a.start - b.start);
}
