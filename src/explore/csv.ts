// The facts of a page as CSV: one row per quote, so every row carries its source.
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

export function factsCsv(facts: Fact[], figures: IndicatorData[] = []): string {
  const rows: string[][] = [HEADER];
  for (const fact of facts) {
    for (const e of fact.evidence.length ? fact.evidence : [undefined]) {
      rows.push([
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
  }
  for (const figure of figures) {
    const properties: Record<string, unknown> = { name: figure.name };
    for (const key of ['value', 'unit', 'year', 'change'] as const) {
      if (figure[key] !== null) properties[key] = figure[key];
    }
    for (const e of figure.evidence) {
      rows.push([
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
  }
  return stringify(rows);
}
