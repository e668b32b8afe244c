// Splits a document's text at the start and end of every quote that cites it, so each piece
// knows which quotes cover it. Quotes may overlap or nest (a date line inside a longer
// sentence); a piece covered by several is marked once and lists them all.

export interface TextPiece {
  text: string;
  /** Indexes (into the quotes given) of the quotes covering this piece; empty when none. */
  quotes: number[];
  /** Quotes that start exactly here (their anchor goes before the piece). */
  starts: number[];
}

/** Where each quote first occurs in the text; -1 when it does not occur. */
export function quoteOffsets(text: string, quotes: readonly string[]): number[] {
  return quotes.map((quote) => (quote ? text.indexOf(quote) : -1));
}

export function splitByQuotes(text: string, quotes: readonly string[]): TextPiece[] {
  const offsets = quoteOffsets(text, quotes);
  const cuts = new Set<number>([0, text.length]);
  offsets.forEach((start, i) => {
    if (start < 0) return;
    cuts.add(start);
    cuts.add(start + quotes[i]!.length);
  });
  const bounds = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k]!;
    const to = bounds[k + 1]!;
    const covering: number[] = [];
    const starts: number[] = [];
    offsets.forEach((start, i) => {
      if (start < 0) return;
      if (start <= from && to <= start + quotes[i]!.length) covering.push(i);
      if (start === from) starts.push(i);
    });
    pieces.push({ text: text.slice(from, to), quotes: covering, starts });
  }
  return pieces;
}
