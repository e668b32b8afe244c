// Indicator: a stated figure, its subject and its quotes.
import type { IndicatorResolvers } from '../generated/resolvers-types.js';
import { defineType, evidenceOf, prop, scalar, type NodeBinding, type ObjectSpec } from '../translate/spec.js';

const one = (pattern: (i: string, x: string) => string): ObjectSpec<NodeBinding, NodeBinding> => ({
  kind: 'object',
  query: (b, _args, s) => {
    const x = s.fresh('x');
    return { clauses: `MATCH ${pattern(b.node, x)}`, binding: { node: x }, orderBy: [`${x}.id`] };
  },
});

export const IndicatorSpec = defineType<IndicatorResolvers>('Indicator', {
  id: prop('id'),
  name: scalar((b) => `coalesce(${b.node}.name, ${b.node}.id)`),
  label: prop('label'),
  value: scalar((b) => `toFloat(${b.node}.value)`),
  unit: prop('unit'),
  year: scalar((b) => `toInteger(${b.node}.year)`),
  change: scalar((b) => `toString(${b.node}.change)`),
  subject: one((i, x) => `(${x}:Entity)-[:REPORTED]->(${i})`),
  measures: one((i, x) => `(${i})-[:MEASURES]->(${x}:Entity)`),
  evidence: evidenceOf('node'),
});
