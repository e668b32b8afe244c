import { describe, expect, it } from 'vitest';
import { renderDraftCypher } from '../../src/draft/cypher-writer.js';
import type { Draft, DraftFact } from '../../src/draft/types.js';

function draftWith(fact: DraftFact): Draft {
  return {
    document: {
      id: '005_0000000000000000',
      title: 'T',
      date: '2024',
      dateDerivation: 'test',
      file: 't.txt',
      text: 'T',
    },
    entities: [],
    facts: [fact],
    indicators: [],
    review: [],
    validation: { valid: true, violations: [] },
  };
}

const fact = (type: string, properties: DraftFact['properties']): DraftFact => ({
  type,
  from: 'zone:a',
  to: 'project:b',
  properties,
  confidence: 0.9,
  evidence: ['the quote'],
  rule: 'test-rule',
});

describe('the Cypher writer keys facts as the relationship registry says', () => {
  it('a year-keyed type other than RECEIVED is MERGEd on its year, and the year is not SET again', () => {
    const script = renderDraftCypher(draftWith(fact('IMPLEMENTS', { year: 2023 })));
    expect(script).toContain('MERGE (a)-[r:IMPLEMENTS {year: 2023}]->(b)');
    expect(script).not.toContain('r.year =');
  });

  it('a year-keyed fact without a year is the one undated relationship of its ends', () => {
    const script = renderDraftCypher(draftWith(fact('IMPLEMENTS', { year: null })));
    expect(script).toContain('OPTIONAL MATCH (a)-[undated:IMPLEMENTS]->(b) WHERE undated.year IS NULL');
    expect(script).toContain('MATCH (a)-[r:IMPLEMENTS]->(b) WHERE r.year IS NULL');
  });

  it('a type that is not year-keyed is MERGEd on its ends and its year is a property', () => {
    const script = renderDraftCypher(draftWith(fact('HOLDS', { year: 2021 })));
    expect(script).toContain('MERGE (a)-[r:HOLDS]->(b)');
    expect(script).toContain('SET r.year = 2021');
  });

  it('refuses a type the registry does not know, so no unknown text reaches the script', () => {
    expect(() => renderDraftCypher(draftWith(fact('HOLDS]->(b) DETACH DELETE b //', {})))).toThrow(
      /not a relationship type of the model/,
    );
  });
});
