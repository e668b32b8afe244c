// The synthetic data generator: reproducible, in the real model's shape, with provenance
// that holds and the heavy tail the benchmark relies on. No database needed.
import { describe, expect, it } from 'vitest';
import { generateSyntheticGraph } from '../../bench/generator/synthetic-graph.js';
import { DOMAIN_LABELS } from '../../src/model/graph-model.js';

describe('synthetic graph generator', () => {
  const graph = generateSyntheticGraph({ scale: 1, seed: 'generator-test' });

  it('is reproducible: the same seed and scale give the same graph', () => {
    const again = generateSyntheticGraph({ scale: 1, seed: 'generator-test' });
    expect(JSON.stringify([...again.nodes])).toBe(JSON.stringify([...graph.nodes]));
    expect(JSON.stringify(again.relationships)).toBe(JSON.stringify(graph.relationships));
    const other = generateSyntheticGraph({ scale: 1, seed: 'another-seed' });
    expect(JSON.stringify([...other.nodes])).not.toBe(JSON.stringify([...graph.nodes]));
  });

  it('has the proportions of one scale unit', () => {
    const count = (label: string) => graph.nodes.get(label)?.length ?? 0;
    expect(count('Enterprise')).toBe(1000);
    expect(count('Zone')).toBe(50);
    expect(count('University')).toBe(20);
    expect(count('Brand')).toBe(300);
    expect(count('Award')).toBe(30);
    expect(count('Document')).toBe(200);
  });

  it('builds nodes of every domain label of the model', () => {
    for (const label of DOMAIN_LABELS) expect(graph.nodes.get(label)?.length ?? 0, label).toBeGreaterThan(0);
  });

  it('gives ids of the form <kind>:synthetic-… and every entity a name among its aliases', () => {
    for (const label of DOMAIN_LABELS) {
      for (const node of graph.nodes.get(label) ?? []) {
        expect(node.id).toMatch(new RegExp(`^${label.toLowerCase()}:synthetic-\\d{6}$`));
        expect(node.props.aliases).toContain(node.props.name);
      }
    }
  });

  it('backs every fact with quotes that occur in the cited documents', () => {
    const text = new Map((graph.nodes.get('Document') ?? []).map((d) => [d.id, d.props.text as string]));
    const facts = graph.relationships.filter((g) => g.type !== 'MENTIONS').flatMap((g) => g.rows.map((r) => r.props));
    const indicators = (graph.nodes.get('Indicator') ?? []).map((n) => n.props);
    expect(facts.length).toBeGreaterThan(4000);
    for (const props of [...facts, ...indicators]) {
      const sources = props.sources as string[];
      const evidence = props.evidence as string[];
      expect(sources.length).toBeGreaterThan(0);
      expect(evidence).toHaveLength(sources.length);
      sources.forEach((doc, i) => expect(text.get(doc)).toContain(evidence[i]));
    }
  });

  it('has heavy-tailed degrees: a few zones and awards hold a large share of the links', () => {
    const inDegree = (type: string, toLabel: string) => {
      const counts = new Map<string, number>();
      for (const g of graph.relationships.filter((x) => x.type === type && x.toLabel === toLabel)) {
        for (const r of g.rows) counts.set(r.to, (counts.get(r.to) ?? 0) + 1);
      }
      const sorted = [...counts.values()].sort((a, b) => b - a);
      return { max: sorted[0] ?? 0, median: sorted[Math.floor(sorted.length / 2)] ?? 0 };
    };
    const zones = inDegree('LOCATED_IN', 'Zone');
    const awards = inDegree('RECEIVED', 'Award');
    expect(zones.max).toBeGreaterThan(8 * zones.median);
    expect(awards.max).toBeGreaterThan(5 * awards.median);
  });
});
