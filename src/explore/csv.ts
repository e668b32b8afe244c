// The facts of a page as CSV: one row per quote, so every row carries its source.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify as stringifyStream } from 'csv-stringify';
import { stringify } from 'csv-stringify/sync';
import { sentence, type Fact } from './facts.js';
import type { IndicatorData } from './operations.js';

const HEADER = [
  'sentence',
  'subject_id',
  'subject',
  'relationship',
  'object_id',
  'object',
  'details',
  'document_id',
  'document_title',
  'quote',
];

function detailText(properties: Record<string, unknown>): string {
  return Object.entries(properties)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('|') : String(value)}`)
    .join('; ');
}

export function figureSentence(figure: IndicatorData): string {
  const value = figure.value === null ? '' : `${figure.value}${figure.unit ? ` ${figure.unit}` : ''}`;
  const what = figure.label ?? `${figure.name}${value ? `: ${value}` : ''}`;
  return `${figure.subject.name} — ${what}${figure.year ? `, ${figure.year}` : ''}${figure.change ? ` (${figure.change})` : ''}`;
}

/** The CSV rows of one fact: one per quote (one without a source when it has none). */
export function factRows(fact: Fact): string[][] {
  return (fact.evidence.length ? fact.evidence : [undefined]).map((e) => [
    sentence(fact),
    fact.from.id,
    fact.from.name,
    fact.type,
    fact.to.id,
    fact.to.name,
    detailText(fact.properties),
    e?.documentId ?? '',
    e?.documentTitle ?? '',
    e?.quote ?? '',
  ]);
}

/** The CSV rows of one figure: one per quote. */
export function figureRows(figure: IndicatorData): string[][] {
  const properties: Record<string, unknown> = { name: figure.name };
  for (const key of ['value', 'unit', 'year', 'change'] as const) {
    if (figure[key] !== null) properties[key] = figure[key];
  }
  return figure.evidence.map((e) => [
    figureSentence(figure),
    figure.subject.id,
    figure.subject.name,
    'REPORTED',
    figure.id,
    figure.label ?? figure.name,
    detailText(properties),
    e.document.id,
    e.document.title,
    e.quote,
  ]);
}

export function factsCsv(facts: Fact[], figures: IndicatorData[] = []): string {
  return stringify([HEADER, ...facts.flatMap(factRows), ...figures.flatMap(figureRows)]);
}

/**
 * The same CSV from facts that arrive one at a time (a hub's thousands, streamed from the
 * database), written to `out` as they come, with backpressure; the figures follow.
 */
export async function streamFactsCsv(
  facts: AsyncIterable<Fact>,
  figures: IndicatorData[],
  out: NodeJS.WritableStream,
): Promise<void> {
  async function* rows(): AsyncGenerator<string[]> {
    yield HEADER;
    for await (const fact of facts) yield* factRows(fact);
    for (const figure of figures) yield* figureRows(figure);
  }
  await pipeline(Readable.from(rows()), stringifyStream(), out);
}
