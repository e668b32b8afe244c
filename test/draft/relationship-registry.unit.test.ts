import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOMAIN_LABELS } from '../../src/model/graph-model.js';
import { RELATIONSHIP_TYPES } from '../../src/model/relationship-types.js';

/** Types of docs/model.md's relationship table that are not facts between entities. */
const NOT_IN_REGISTRY = ['MENTIONS', 'REPORTED', 'MEASURES'];

describe('the relationship registry', () => {
  it('names the same types as the relationship table of docs/model.md', () => {
    const doc = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');
    const section = doc.slice(doc.indexOf('## Relationships'), doc.indexOf('## Provenance'));
    const documented = [...section.matchAll(/^\| `([A-Z_]+)`/gm)].map((m) => m[1]!);
    expect(documented.filter((t) => !NOT_IN_REGISTRY.includes(t)).sort()).toEqual(
      RELATIONSHIP_TYPES.map((t) => t.type).sort(),
    );
  });

  it('has one record per type, UPPER_SNAKE names and endpoint labels of the model', () => {
    const types = RELATIONSHIP_TYPES.map((t) => t.type);
    expect(new Set(types).size).toBe(types.length);
    for (const t of RELATIONSHIP_TYPES) {
      expect(t.type).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
      expect(t.from.length).toBeGreaterThan(0);
      expect(t.to.length).toBeGreaterThan(0);
      for (const label of [...t.from, ...t.to]) expect(DOMAIN_LABELS).toContain(label);
      if (t.yearKeyed) expect(t.properties.map((p) => p.name)).toContain('year');
    }
  });
});
