// Quotes: the shortest verbatim span of the article that states a fact. Every quote is a
// slice of the article's own text, and is checked to be one before it leaves this module.

export class QuoteError extends Error {
  override name = 'QuoteError';
}

/** Asserts that `quote` occurs character for character in `text`. */
export function assertVerbatim(text: string, quote: string): string {
  if (quote === '' || !text.includes(quote))
    throw new QuoteError(`Quote is not verbatim in the article: ${JSON.stringify(quote)}`);
  return quote;
}

/**
 * The span from `start` to `end` widened to whole words and stripped of surrounding
 * spaces and clause punctuation, limited to the sentence [`min`, `max`).
 */
export function quoteSpan(text: string, start: number, end: number, min = 0, max = text.length): string {
  let s = Math.max(min, start);
  let e = Math.min(max, end);
  while (s > min && /[\p{L}\p{N}]/u.test(text[s - 1] ?? '')) s -= 1;
  while (e < max && /[\p{L}\p{N}]/u.test(text[e] ?? '')) e += 1;
  // Keep a closing quotation mark or bracket whose opening one is inside the span.
  const closers: Record<string, string> = { '”': '“', '"': '"', ')': '(', '’': '‘' };
  while (e < max && closers[text[e] ?? ''] && text.slice(s, e).includes(closers[text[e] ?? ''] ?? '')) e += 1;
  let quote = text.slice(s, e);
  const trimmedStart = quote.length - quote.replace(/^[\s,;:]+/, '').length;
  quote = quote.replace(/^[\s,;:]+/, '').replace(/[\s,;:]+$/, '');
  s += trimmedStart;
  return assertVerbatim(text, text.slice(s, s + quote.length));
}
