// Colours, sizes and captions per kind, read from the project's Neo4j Browser style sheet
// (guide/style.grass), so the explorer draws every kind as Browser does.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { parseGrass } from '../browser-guide/grass.js';
import { DOMAIN_LABELS } from '../model/graph-model.js';

export interface KindStyle {
  color: string;
  border: string;
  text: string;
  diameter: number;
}

let cached: Record<string, KindStyle> | undefined;

/** Keyed by the API's EntityKind (ENTERPRISE, ZONE…). */
export function kindStyles(): Record<string, KindStyle> {
  if (cached) return cached;
  const rules = parseGrass(readFileSync(resolve(PROJECT_ROOT, 'guide/style.grass'), 'utf8'));
  const base = rules['node'] ?? {};
  const styles: Record<string, KindStyle> = {};
  for (const label of DOMAIN_LABELS) {
    const rule = { ...base, ...(rules[`node.${label}`] ?? {}) };
    styles[label.toUpperCase()] = {
      color: rule['color'] ?? '#A5ABB6',
      border: rule['border-color'] ?? '#9AA1AC',
      text: rule['text-color-internal'] ?? '#FFFFFF',
      diameter: Number.parseFloat(rule['diameter'] ?? '50') || 50,
    };
  }
  cached = styles;
  return styles;
}

/** One CSS rule per kind for the colour swatches on the pages. */
export function kindCss(): string {
  return Object.entries(kindStyles())
    .map(
      ([kind, s]) =>
        // A swatch beside dark text: white captions on these colours would be too faint to read.
        `.dot-${kind}{background:${s.color};border-color:${s.border}}`,
    )
    .join('\n');
}

export function kindLabel(kind: string): string {
  return kind.charAt(0) + kind.slice(1).toLowerCase();
}
