// The language layer: sentences with their offsets and number values come from
// `compromise` (see docs/drafting.md for why it and not wink-nlp). What it does not know
// out of the box — "RMB 1.21 billion", "RMB10.55 billion", "41 million yuan", "16.6%" as
// a plain number and a unit — is a thin domain layer on top (quantities.ts).
import nlp from 'compromise';
import { YEAR_SOURCE } from './lexicon.js';
import type { Sentence } from './types.js';

interface CompromiseSentenceJson {
  text: string;
  offset: { start: number; length: number };
}

/**
 * Sentences of the whole text. Each paragraph (line) is split separately, so headings and
 * header lines stay sentences of their own, and offsets point into the original text.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') {
      const json = nlp(line).json({ offset: true, terms: false } as object) as CompromiseSentenceJson[];
      for (const s of json) {
        let start = lineStart + s.offset.start;
        let end = start + s.offset.length;
        // The library's offsets count characters; trust them only when they give back its text.
        if (text.slice(start, end) !== s.text) {
          const at = text.indexOf(s.text.trim(), lineStart);
          if (at < 0) continue;
          start = at;
          end = at + s.text.trim().length;
        }
        for (const [a, b] of splitAfterLegalForm(text, start, end)) push(a, b);
      }
    }
    lineStart += line.length + 1;
  }
  return out;

  function push(start: number, end: number): void {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed)
      out.push({ index: out.length, start: start + lead, end: start + lead + trimmed.length, text: trimmed });
  }
}

/**
 * The library keeps "Co., Ltd. The five enterprises…" together ("Ltd." is an abbreviation to
 * it). A name's last legal form ("Ltd.", "Inc.", "Corp.") followed by a capital or a number
 * ends the sentence ("… Co., Ltd. Up to now, …", "… Co., Ltd. Anshan Zhengfa … provides"): a
 * list goes on after a comma or "and", never straight on. After "Co." only a word that opens
 * sentences does, since "Co. Ltd." is one legal form.
 */
function splitAfterLegalForm(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re =
    /(?:(?:Ltd\.|Inc\.|Corp\.)\s+(?=[A-Z0-9"“](?!(?:td|imited|ranch)\b))|Co\.\s+(?=(?:The|In|It|Its|This|These|According|Since|On|At|By|As|With|He|She|They|We|After|Before|During|Last|Next|Meanwhile|Besides|Officials|Both|Their)\b))/g;
  const span = text.slice(start, end);
  let from = 0;
  for (const m of span.matchAll(re)) {
    const cut = m.index + m[0].length;
    out.push([start + from, start + cut]);
    from = cut;
  }
  out.push([start + from, end]);
  return out;
}

/** The value of a number phrase ("1.21 billion", "three", "2,400"), or null if it is none. */
export function numberValue(phrase: string): number | null {
  const values = nlp(phrase).numbers().get() as unknown[];
  const v = values[0];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Four-digit years a sentence states (1950–2099). */
export function yearsIn(sentence: string): number[] {
  return [...sentence.matchAll(new RegExp(YEAR_SOURCE, 'g'))].map((m) => Number(m[1]));
}

/** Noun phrases of a span, as the library's part-of-speech tagger sees them. */
export function nounPhrases(span: string): string[] {
  return nlp(span).nouns().out('array') as string[];
}
